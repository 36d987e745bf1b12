import { expect } from '@open-wc/testing';
import { createMockBackend } from '../../mocks/index.js';
import type { Organization } from '../schemas/organization.js';
import { changedOnlyBy, holdsChange } from './index.js';

const acme = (): Organization => {
  const backend = createMockBackend({ organizations: 20 });
  return structuredClone(backend.db.get(backend.known.acme)!);
};

describe('holdsChange: does the server copy already hold what was sent?', () => {
  it('holds a merge patch it matches, as the SDK sends it (trimmed, NFC)', () => {
    const org = { ...acme(), name: 'Café Ñandú' };
    expect(holdsChange(org, { name: '  Cafe\u0301 N\u0303andu\u0301 ' })).to.equal(true);
    expect(holdsChange(org, { name: 'Café Ñandú', countryCode: org.countryCode })).to.equal(true);
    expect(holdsChange(org, { name: 'Café Nandu' })).to.equal(false);
    expect(holdsChange(org, { name: 'Café Ñandú', countryCode: 'FR' })).to.equal(false);
  });

  it('holds a full billing replace, e-mail domain in any case; any other field that differs is a real difference', () => {
    const org = acme();
    const billing = {
      billingName: 'Acme Billing',
      billingEmail: 'Ap@Acme.EXAMPLE',
      address: {
        street1: '1 Raffles Pl',
        street2: null,
        city: 'Singapore',
        stateOrProvince: null,
        postCode: '048616',
        countryCode: 'SG',
      },
      taxRegistrationNumber: null,
    };
    const held = { ...org, billing: { ...billing, billingEmail: 'Ap@acme.example' } };
    expect(holdsChange(held, { billing })).to.equal(true);
    expect(holdsChange(held, { billing: { ...billing, taxRegistrationNumber: 'T-1' } })).to.equal(false);
    expect(holdsChange(held, { billing: { ...billing, address: null } })).to.equal(false);
    expect(holdsChange({ ...org, billing: null }, { billing })).to.equal(false);
  });

  it('holds a tag set only whole and in order', () => {
    const org = {
      ...acme(),
      buyerTags: [
        { key: 'CustomerRef', value: 'A' },
        { key: 'TypeRef', value: 'B' },
      ],
    };
    expect(
      holdsChange(org, {
        buyerTags: [
          { key: 'CustomerRef', value: 'A' },
          { key: 'TypeRef', value: 'B' },
        ],
      }),
    ).to.equal(true);
    expect(holdsChange(org, { buyerTags: [{ key: 'CustomerRef', value: 'A' }] })).to.equal(false);
    expect(
      holdsChange(org, {
        buyerTags: [
          { key: 'TypeRef', value: 'B' },
          { key: 'CustomerRef', value: 'A' },
        ],
      }),
    ).to.equal(false);
    expect(holdsChange({ ...org, buyerTags: [] }, { buyerTags: [] })).to.equal(true);
  });

  it('holds a status change with its reason and note', () => {
    const org: Organization = { ...acme(), status: 'SUSPENDED', statusReason: 'NON_PAYMENT', statusNote: null };
    expect(holdsChange(org, { status: 'SUSPENDED', statusReason: 'NON_PAYMENT', statusNote: null })).to.equal(true);
    expect(holdsChange(org, { status: 'SUSPENDED', statusReason: 'FRAUD_OR_ABUSE', statusNote: null })).to.equal(false);
    expect(holdsChange(org, { status: 'SUSPENDED', statusReason: 'NON_PAYMENT', statusNote: 'Unpaid' })).to.equal(
      false,
    );
    expect(holdsChange(org, { status: 'ACTIVE' })).to.equal(false);
  });
});

describe('changedOnlyBy: one change since the base, in these fields only', () => {
  it('recognises one new picture and nothing else', () => {
    const base = acme();
    const fresh = {
      ...base,
      version: base.version + 1,
      updatedAt: '2030-01-01T00:00:00Z',
      profilePictureUrl: 'https://cdn.example/p.png',
    };
    expect(changedOnlyBy(base, fresh, ['profilePictureUrl'])).to.equal(true);
  });

  it('refuses two changes, another field changed too, or the field unchanged', () => {
    const base = acme();
    const picture = { ...base, version: base.version + 1, profilePictureUrl: 'https://cdn.example/p.png' };
    expect(changedOnlyBy(base, { ...picture, version: base.version + 2 }, ['profilePictureUrl'])).to.equal(false);
    expect(changedOnlyBy(base, { ...picture, name: 'Someone Else Renamed It' }, ['profilePictureUrl'])).to.equal(false);
    expect(changedOnlyBy(base, { ...base, version: base.version + 1 }, ['profilePictureUrl'])).to.equal(false);
    expect(
      changedOnlyBy(base, { ...picture, uuid: '00000000-0000-4000-8000-000000000000' }, ['profilePictureUrl']),
    ).to.equal(false);
  });
});
