import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { translate } from './localize.js';
import '../index.js';

describe('translation catalogues', () => {
  it('has a French message for every English key, of the same kind', () => {
    const missing = Object.keys(en).filter((key) => !(key in fr));
    expect(missing, `missing in fr: ${missing.join(', ')}`).to.deep.equal([]);
    const mismatched = Object.keys(en).filter(
      (key) => key in fr && typeof en[key as keyof typeof en] !== typeof fr[key as keyof typeof fr],
    );
    expect(mismatched, 'string in one language, function in the other').to.deep.equal([]);
  });

  it('has every English message built in once the elements are loaded, each brought by the element that shows it', () => {
    const missing = Object.keys(en).filter((key) => {
      const message = en[key as keyof typeof en] as string | (() => string);
      return typeof message === 'string' && translate('en', key as keyof typeof en) !== message;
    });
    expect(missing, `not built in: ${missing.join(', ')}`).to.deep.equal([]);
  });
});
