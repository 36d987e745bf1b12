/**
 * The Billing Information section of the Overview: the billing name, email, address and tax number, replaced as
 * a whole when saved (an address with every field empty is no address).
 */
import { html, type TemplateResult } from 'lit';
import { addressFields, ADDRESS_KEYS } from '../base/address-fields.js';
import type { ComboboxController } from '../controllers/combobox-controller.js';
import { formatAddress, type BillingDraft } from './overview-drafts.js';
import { countryName, countryPicker, draftInput, field, section, type SectionContext } from './overview-section.js';

export interface BillingView {
  countryBox: ComboboxController;
}

/** Every field of the form: what the footer need not list again. */
const PLACED = [
  '/billingName',
  '/billingEmail',
  ...ADDRESS_KEYS.map((key) => `/address/${key}`),
  '/taxRegistrationNumber',
];

function billingForm(ctx: SectionContext, view: BillingView, draft: BillingDraft): TemplateResult {
  const { localize } = ctx;
  const t = localize.term.bind(localize);
  const e = ctx.editors.billing;
  const text = (
    key: keyof BillingDraft,
    pointer: string,
    label: string,
    cls = '',
    type = 'text',
    autocomplete = 'off',
  ) =>
    html`<div class="control ${cls}">
      <label for="billing-${key}">${label}</label>
      ${draftInput(e, `billing-${key}`, pointer, draft[key], (d, v) => ({ ...d, [key]: v }), type, autocomplete)}
    </div>`;
  return html`<div class="address">
    ${text('billingName', '/billingName', t('overviewBillingName'), 'wide', 'text', 'organization')}
    ${text('billingEmail', '/billingEmail', t('overviewBillingEmail'), 'wide', 'email', 'email')}
    ${addressFields(localize, {
      value: draft,
      pointer: '/address',
      required: ADDRESS_KEYS.some((key) => draft[key].trim() !== ''),
      errorAt: (pointer) => e.errorAt(pointer),
      onInput: (key, value, pointer) => e.update({ ...(e.draft as BillingDraft), [key]: value }, pointer),
      country: (id, pointer) => countryPicker(localize, view.countryBox, e, id, pointer),
    })}
    ${text('taxRegistrationNumber', '/taxRegistrationNumber', t('overviewBillingTaxOptional'), 'wide')}
  </div>`;
}

function billingView(ctx: SectionContext): TemplateResult {
  const { localize, org } = ctx;
  const t = localize.term.bind(localize);
  const b = org.billing;
  if (!b) return html`<p class="muted">${t('overviewBillingNone')}</p>`;
  const address = formatAddress(org, { country: (code) => countryName(localize, code) });
  return html`<dl>
    ${field(t('overviewBillingName'), b.billingName, 'billing-name')}
    ${field(t('overviewBillingEmail'), b.billingEmail, 'billing-email')}
    ${field(t('address'), address || t('overviewNotSet'), 'billing-address')}
    ${field(t('overviewBillingTax'), b.taxRegistrationNumber ?? t('overviewNotSet'), 'tax')}
  </dl>`;
}

export function billingSection(ctx: SectionContext, view: BillingView): TemplateResult {
  const editor = ctx.editors.billing;
  const draft = editor.editing ? editor.draft : undefined;
  return section(ctx, 'billing', !!draft, draft ? billingForm(ctx, view, draft) : billingView(ctx), PLACED);
}
