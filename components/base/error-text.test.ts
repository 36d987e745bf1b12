import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import { ApiError, AuthenticationError, NetworkError } from '../../sdk/index.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import '../translations/fr.js';
import { changeErrorText, errorText } from './error-text.js';

/** A LocalizeController on a detached host whose language is `lang`. */
function localizeIn(lang: string): LocalizeController {
  const host = document.createElement('div');
  host.setAttribute('lang', lang);
  return new LocalizeController(
    Object.assign(host, {
      addController: () => undefined,
      removeController: () => undefined,
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
    }),
  );
}

describe('errorText', () => {
  it("says a server failure in the person's language, not the proxy's English status text", () => {
    const error = new ApiError({ status: 500, type: 'http-500', title: 'Internal Server Error' });
    expect(errorText(error, localizeIn('en'))).to.equal('The server had a problem. Try again in a moment.');
    expect(errorText(error, localizeIn('fr'))).to.equal(
      'Le serveur a rencontré un problème. Réessayez dans un instant.',
    );
  });

  it("keeps the contract's own title for a problem the widget does not explain itself, as a sentence", () => {
    const error = new ApiError({
      status: 409,
      type: 'has-child-organizations',
      title: 'Organization has child organizations.',
    });
    expect(errorText(error, localizeIn('en'))).to.equal('Organization has child organizations.');
    expect(errorText(new ApiError({ status: 418, type: 'http-418', title: 'Teapot' }), localizeIn('en'))).to.equal(
      'Teapot.',
    );
  });

  it('explains transport failures in plain words', () => {
    const error = new NetworkError({ status: 0, type: 'network', title: 'The server could not be reached.' });
    expect(errorText(error, localizeIn('fr'))).to.contain('injoignable');
  });
});

describe('changeErrorText', () => {
  const lost = new NetworkError({ status: 0, type: 'network', title: 'No answer.', mayHaveBeenApplied: true });
  const refused = new ApiError({ status: 503, type: 'http-503', title: 'Service Unavailable' });

  it('says the outcome of a change whose answer was lost is unknown, in both languages', () => {
    expect(changeErrorText(lost, localizeIn('en'))).to.equal(
      "We couldn't confirm whether your change was saved. Try again to check and finish.",
    );
    expect(changeErrorText(lost, localizeIn('fr'))).to.equal(
      "Nous n'avons pas pu confirmer l'enregistrement de votre modification. Réessayez pour vérifier et terminer.",
    );
    expect(changeErrorText(lost, localizeIn('en'), 'createErrorUnconfirmed')).to.contain(
      "We couldn't confirm whether the organization was created.",
    );
  });

  it('says why when the failure is known (nothing was applied)', () => {
    expect(changeErrorText(refused, localizeIn('en'))).to.equal('The server had a problem. Try again in a moment.');
  });

  it('asks to sign in again when the session expired after an attempt whose answer was lost', () => {
    const expired = new AuthenticationError({
      status: 401,
      type: 'unauthenticated',
      title: 'Authentication is required.',
      mayHaveBeenApplied: true,
    });
    expect(changeErrorText(expired, localizeIn('en'))).to.equal(
      "Your session has expired. Sign in again. We couldn't confirm whether your change was saved. Try again to check and finish.",
    );
  });
});
