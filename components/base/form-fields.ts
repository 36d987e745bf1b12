/**
 * Fields that several forms share, so they read and behave the same everywhere: a labelled text input with its hint
 * and message, and the remote-support approval checkbox of an organization that becomes customer-managed.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import { fieldError } from './field-message.js';

export interface TextFieldView {
  id: string;
  label: string;
  value: string;
  /** The message shown at the field, if any (it marks the input invalid). */
  error: string | undefined;
  onInput(event: Event): void;
  /** The person left the field (its messages may show from now on). */
  onBlur(): void;
  type?: string;
  /** Sets `aria-required` (left out when undefined). */
  required?: boolean;
  hint?: string;
  autocomplete?: string;
}

/** The ids, space-separated, of what describes a control (undefined when none). */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/** A labelled text input of a form, with its hint and message wired up (aria-invalid + aria-describedby). */
export function textField(view: TextFieldView): TemplateResult {
  const { id, error, hint } = view;
  return html`<div class="field" part="field">
    <label for=${id}>${view.label}</label>
    <input
      id=${id}
      type=${view.type ?? 'text'}
      .value=${live(view.value)}
      autocomplete=${view.autocomplete ?? 'off'}
      aria-required=${ifDefined(view.required === undefined ? undefined : String(view.required))}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(error && `${id}-error`, hint && `${id}-hint`))}
      @input=${view.onInput}
      @blur=${view.onBlur}
    />
    ${hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing} ${fieldError(id, error)}
  </div>`;
}

/**
 * "Require approval for remote support" of a customer-managed organization (`#approval`, with its hint), where an
 * organization becomes customer-managed: the create form and the ownership switch.
 */
export function approvalCheckbox(
  localize: LocalizeController,
  checked: boolean,
  onChange: (checked: boolean) => void,
): TemplateResult {
  return html`<div class="field check" part="field">
    <input
      type="checkbox"
      id="approval"
      aria-describedby="approval-hint"
      .checked=${live(checked)}
      @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
    />
    <label for="approval">${localize.term('createRemoteSupport')}</label>
    <div id="approval-hint" class="hint">${localize.term('createRemoteSupportHint')}</div>
  </div>`;
}
