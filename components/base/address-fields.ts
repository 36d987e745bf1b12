import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import { fieldError } from './field-message.js';
import type { MessageKey } from '../translations/localize.js';

/** The contract's `PostalAddress` fields, in the order they are shown. */
export const ADDRESS_KEYS = ['street1', 'street2', 'city', 'stateOrProvince', 'postCode', 'countryCode'] as const;
export type AddressKey = (typeof ADDRESS_KEYS)[number];
/** The fields an address cannot do without. */
const REQUIRED = new Set<AddressKey>(['street1', 'city', 'countryCode']);
/** Label key, width and `autocomplete` token of each field. */
const FIELDS: Record<AddressKey, [MessageKey, string, string]> = {
  street1: ['addressStreet1', 'wide', 'address-line1'],
  street2: ['addressStreet2', 'wide', 'address-line2'],
  city: ['addressCity', '', 'address-level2'],
  stateOrProvince: ['addressState', '', 'address-level1'],
  postCode: ['addressPostCode', '', 'postal-code'],
  countryCode: ['addressCountry', '', 'country'],
};

export interface AddressFieldsView {
  /** What each field shows. */
  value: Readonly<Record<AddressKey, string>>;
  /** The JSON pointer of the address in the request body (`/address`, `/billing/address`). */
  pointer: string;
  /** True when street, city and country are required (some address field is filled in). */
  required: boolean;
  /** The message to show at a field's pointer, if any. */
  errorAt(pointer: string): string | undefined;
  onInput(key: AddressKey, value: string, pointer: string): void;
  onBlur?(pointer: string): void;
  /** The country control after its label (each widget has its own picker), with its message. */
  country(id: string, pointer: string, error: string | undefined, required: boolean): TemplateResult;
}

/**
 * The postal address fields of a billing form, under an "Address" legend: ids `billing-<field>`, each input with its
 * label, `autocomplete` token, `aria-required` and its message wired up (`aria-invalid` + `aria-describedby`).
 * The host adds `addressStyles` for the two-column layout.
 */
export function addressFields(localize: LocalizeController, view: AddressFieldsView): TemplateResult {
  const field = (key: AddressKey) => {
    const [label, width, autocomplete] = FIELDS[key];
    const id = `billing-${key}`;
    const pointer = `${view.pointer}/${key}`;
    const error = view.errorAt(pointer);
    const required = view.required && REQUIRED.has(key);
    return html`<div class="field control ${width}">
      <label for=${id}>${localize.term(label)}</label>
      ${
        key === 'countryCode'
          ? view.country(id, pointer, error, required)
          : html`<input
              id=${id}
              part="input"
              type="text"
              autocomplete=${autocomplete}
              data-pointer=${pointer}
              .value=${live(view.value[key])}
              aria-required=${required ? 'true' : 'false'}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
              @input=${(e: Event) => view.onInput(key, (e.target as HTMLInputElement).value, pointer)}
              @blur=${() => view.onBlur?.(pointer)}
            />${fieldError(id, error)}`
      }
    </div>`;
  };
  return html`<fieldset class="wide" part="address">
    <legend>${localize.term('address')}</legend>
    <div class="address">${ADDRESS_KEYS.map(field)}</div>
  </fieldset>`;
}
