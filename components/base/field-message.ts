import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

/** Format errors that have a message of their own, by the field's name (the pointer's last segment). */
const FORMATS = {
  billingEmail: 'fieldEmail',
  email: 'fieldEmail',
  mobileNumber: 'fieldMobile',
  tenantId: 'fieldTenantId',
  postCode: 'fieldPostCode',
  taxRegistrationNumber: 'fieldTaxNumber',
  countryCode: 'fieldCountry',
  key: 'fieldTagKey',
} as const;

/**
 * A field error in the person's language, for every widget. The SDK's validators and the server both speak
 * English, with stable codes: the message is chosen from the code (and the field, for format errors); a code
 * no widget knows keeps the message it came with.
 */
export function fieldMessage(error: FieldError, localize: LocalizeController): string {
  const t = localize.term.bind(localize);
  const n = Number(/\d+/.exec(error.message)?.[0] ?? NaN);
  const field = error.pointer.split('/').pop() ?? '';
  switch (error.code) {
    case 'required':
      return t('fieldRequired');
    case 'too-short':
      return n > 1 ? t('fieldTooShort', n) : t('fieldRequired');
    case 'too-long':
      return n ? t('fieldTooLong', n) : error.message;
    case 'too-many-items':
      return n ? t('fieldTooManyTags', n) : error.message;
    case 'invalid-format':
      return t(FORMATS[field as keyof typeof FORMATS] ?? 'fieldPrintable');
    case 'country-unknown':
      return t('fieldCountry');
    case 'currency-not-enabled':
      return t('fieldCurrency');
    case 'buyer-tag-key-not-allowed':
      return t('fieldTagKey');
    case 'duplicate-key':
      return t('fieldTagDuplicate');
    default:
      return error.message || t('fieldInvalid');
  }
}

/** A field's message, `#<id>-error`: what the control's `aria-describedby` points at. Nothing without one. */
export const fieldError = (id: string, message: string | undefined): TemplateResult | typeof nothing =>
  message ? html`<div id="${id}-error" class="field-error">${message}</div>` : nothing;
