import type { FieldError } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

const numberIn = (message: string): number | undefined => {
  const m = /(\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
};

/**
 * A field error in the person's language. The SDK's validators and the server both speak English, with stable
 * codes: the message is chosen from the code (and the field, for format errors), the English text is the fallback.
 */
export function fieldMessage(error: FieldError, localize: LocalizeController): string {
  const last = error.pointer.split('/').pop() ?? '';
  switch (error.code) {
    case 'required':
      return localize.term('createFieldRequired');
    case 'too-short': {
      const min = numberIn(error.message) ?? 1;
      return min <= 1 ? localize.term('createFieldRequired') : localize.term('createFieldTooShort', min);
    }
    case 'too-long': {
      const max = numberIn(error.message);
      return max === undefined ? error.message : localize.term('createFieldTooLong', max);
    }
    case 'invalid-format':
      if (/email/i.test(last)) return localize.term('createFieldEmail');
      if (last === 'mobileNumber') return localize.term('createFieldMobile');
      if (last === 'tenantId') return localize.term('createFieldTenantId');
      return localize.term('createFieldInvalid');
    case 'country-unknown':
      return localize.term('createFieldCountry');
    case 'currency-not-enabled':
      return localize.term('createFieldCurrency');
    case 'buyer-tag-key-not-allowed':
      return localize.term('createFieldTagKey');
    case 'duplicate-key':
      return localize.term('createFieldTagDuplicate');
    case 'too-many-items': {
      const max = numberIn(error.message);
      return max === undefined ? error.message : localize.term('createFieldTooManyTags', max);
    }
    case 'owner-required':
      return localize.term('createErrorOwnerRequired');
    case 'duplicate-tenant-id':
      return localize.term('createErrorDuplicateTenantId');
    case 'account-type-not-allowed':
      return localize.term('createErrorAccountType');
    case 'subscription-model-not-allowed':
      return localize.term('createErrorSubscriptionModel');
    default:
      return error.message || localize.term('createFieldInvalid');
  }
}
