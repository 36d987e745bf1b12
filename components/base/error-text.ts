import { isApiError, isAuthenticationError, isRateLimitError } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

/**
 * A plain-words message for any failure, for a banner. Widgets handle the problem types that are
 * specific to them (conflicts, `has-child-organizations`, …) before falling back to this.
 */
export function errorText(error: unknown, localize: LocalizeController): string {
  if (!isApiError(error)) return localize.term('errorUnexpected');
  if (isRateLimitError(error)) return localize.term('errorRateLimited', error.retryAfter);
  switch (error.type) {
    case 'network':
      return localize.term('errorNetwork');
    case 'timeout':
      return localize.term('errorTimeout');
    case 'unauthenticated':
      return localize.term('errorUnauthenticated');
    case 'forbidden':
      return localize.term('errorForbidden');
    case 'validation':
      return localize.term('organizationInvalid');
    default:
      // A server failure's title is whatever the server or a proxy said ("Internal Server Error"): say it in
      // the person's language. The contract's own titles are fixed English sentences meant for people.
      if (error.status >= 500 || !error.title) return localize.term('errorServer');
      return error.title.endsWith('.') ? error.title : `${error.title}.`;
  }
}

/** The messages that say a change's outcome is unknown (its answer was lost, so it may have been applied). */
export type UnconfirmedKey =
  | 'errorUnconfirmed'
  | 'createErrorUnconfirmed'
  | 'overviewSaveUnconfirmed'
  | 'overviewPictureUnconfirmed';

/** True when a failed change may have been applied all the same: the kit cannot say it was not saved. */
export const mayHaveBeenApplied = (error: unknown): boolean => isApiError(error) && error.mayHaveBeenApplied;

/**
 * The failure of a change, for a banner: when its answer was lost (`mayHaveBeenApplied`), that the outcome is
 * unknown and that "Try again" checks and finishes (after signing in again, when the session expired meanwhile);
 * otherwise what `errorText` says.
 */
export function changeErrorText(
  error: unknown,
  localize: LocalizeController,
  unconfirmed: UnconfirmedKey = 'errorUnconfirmed',
): string {
  if (!mayHaveBeenApplied(error)) return errorText(error, localize);
  const text = localize.term(unconfirmed);
  return isAuthenticationError(error) ? `${errorText(error, localize)} ${text}` : text;
}
