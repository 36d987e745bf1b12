import type { FieldError } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

const numberIn = (message: string): number | undefined => {
  const m = /(\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
};

/**
 * A field error of the Overview's forms in the person's language, chosen from its stable code (and the field,
 * for format errors). Codes this widget does not know keep the message the SDK or the server gave.
 */
export function fieldText(error: FieldError, localize: LocalizeController): string {
  const field = error.pointer.split('/').pop() ?? '';
  switch (error.code) {
    case 'required':
      return localize.term('overviewErrorRequired');
    case 'too-short': {
      const min = numberIn(error.message) ?? 1;
      return min <= 1 ? localize.term('overviewErrorRequired') : localize.term('overviewErrorTooShort', min);
    }
    case 'too-long': {
      const max = numberIn(error.message);
      return max === undefined ? error.message : localize.term('overviewErrorTooLong', max);
    }
    case 'invalid-format':
      switch (field) {
        case 'billingEmail':
          return localize.term('overviewErrorEmail');
        case 'postCode':
          return localize.term('overviewErrorPostCode');
        case 'taxRegistrationNumber':
          return localize.term('overviewErrorTax');
        case 'countryCode':
          return localize.term('overviewErrorCountry');
        default:
          return localize.term('overviewErrorPrintable');
      }
    case 'country-unknown':
      return localize.term('overviewErrorCountry');
    case 'duplicate-key':
      return localize.term('overviewErrorTagDuplicate');
    case 'buyer-tag-key-not-allowed':
      return localize.term('overviewErrorTagKey');
    case 'too-many-items': {
      const max = numberIn(error.message);
      return max === undefined ? error.message : localize.term('overviewBuyerTagsLimit', max);
    }
    default:
      return error.message;
  }
}
