import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { intOf, rule, tagged } from './checks.js';
import { contract, contractExamples, schema } from '../../test/contract.js';
import { rangeRules } from './field-rules.js';
import * as schemas from './index.js';
import {
  assignedCountries,
  BillingInput,
  type DomainCapabilities,
  type FieldError,
  immutableFieldErrors,
  immutableFieldsIn,
  isAssignedCountry,
  isIsoCurrency,
  normalizeInput,
  Organization,
  PostalAddressInput,
  Problem,
  PROBLEM_CATALOGUE,
  PROBLEM_SLUGS,
  PROBLEM_TYPE_BASE,
  problemSlugOf,
  problemTypeOf,
  splitBusinessRuleErrors,
  suggestCurrency,
  toPointer,
  validateApprove,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
  validateOwnershipChange,
  validateReject,
  validateRemoteSupportRequest,
  validateSuspend,
  validateWith,
} from './index.js';

// The contract is the oracle: every example it gives (schemas, request bodies, problem responses), its problem
// catalogue (`x-problem-catalogue`) and the Problem `type` enum, read from sales-hub.openapi.yaml.
/** Contract schemas the SDK checks without a zod schema: an upload's bytes (see validateProfilePicture). */
const NO_ZOD_SCHEMA = new Set(['ImageBytes']);
const CONTRACT_EXAMPLES = contractExamples().filter(([name]) => !NO_ZOD_SCHEMA.has(name));
const CONTRACT_CATALOGUE = contract['x-problem-catalogue'];
const CONTRACT_PROBLEM_TYPES = schema('Problem').properties?.type?.enum;
/** The contract's example of a domain's capabilities. */
const CAPABILITIES = schema('DomainCapabilities').examples?.[0] as DomainCapabilities;

const VALID_CREATE = {
  name: 'Acme Pte Ltd',
  accountType: 'BUSINESS_USER',
  managedBy: 'CUSTOMER',
  countryCode: 'SG',
  currencyCode: 'SGD',
  owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan' },
};

/** `pointer code` pairs: what a form needs to place each message. */
const codes = (errors: readonly FieldError[]): string[] => errors.map((e) => `${e.pointer} ${e.code}`);

const schemaNamed = (name: string): z.core.$ZodType => {
  const schema = (schemas as Record<string, unknown>)[name];
  if (!schema || typeof schema !== 'object') throw new Error(`No schema ${name} is exported`);
  return schema as z.core.$ZodType;
};

describe('contract examples', () => {
  for (const [name, label, value] of CONTRACT_EXAMPLES) {
    it(`accepts ${label} as ${name}`, () => {
      expect(validateWith(schemaNamed(name), value)).to.deep.equal([]);
    });
  }

  it('accepts the billing and address examples in their request forms too', () => {
    const billing = CONTRACT_EXAMPLES.find(([name]) => name === 'BillingInfo')?.[2];
    const address = CONTRACT_EXAMPLES.find(([name]) => name === 'PostalAddress')?.[2];
    expect(validateWith(BillingInput, billing)).to.deep.equal([]);
    expect(validateWith(PostalAddressInput, address)).to.deep.equal([]);
  });

  it('passes every create and ownership-change example through its validator with the example capabilities', () => {
    for (const [name, label, value] of CONTRACT_EXAMPLES) {
      if (name === 'CreateOrganizationRequest')
        expect(validateCreateOrganization(value, CAPABILITIES), label).to.deep.equal([]);
      if (name === 'OwnershipChangeRequest') expect(validateOwnershipChange(value), label).to.deep.equal([]);
    }
  });

  it('keeps the parsed create request exactly as sent, without filling in defaults', () => {
    const parsed = schemas.CreateOrganizationRequest.parse(VALID_CREATE);
    expect(parsed).to.deep.equal(VALID_CREATE);
    expect('subscriptionModel' in parsed).to.equal(false);
  });

  it('lists every property of Organization, in contract order, in ORGANIZATION_FIELDS', () => {
    expect(schemas.ORGANIZATION_FIELDS).to.deep.equal(Object.keys(Organization.shape));
  });
});

describe('primitives', () => {
  it('counts lengths in code points, not UTF-16 units', () => {
    expect(validateWith(schemas.PersonName, '😀'.repeat(50))).to.deep.equal([]);
    expect(codes(validateWith(schemas.PersonName, '😀'.repeat(51)))).to.deep.equal([' too-long']);
    expect(validateWith(schemas.PersonName, '😀'.repeat(51))[0]?.message).to.equal('Must be at most 50 characters.');
  });

  it('rejects C0 and C1 control characters in names', () => {
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\u0000Ltd'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\u0085Ltd'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\tLtd'))).to.deep.equal([' invalid-format']);
  });

  it('treats a whitespace-only name as empty after trimming', () => {
    expect(codes(validateWith(schemas.OrganizationName, '   \u00a0 '))).to.deep.equal([' too-short']);
  });

  it('reports the first failing rule of a value only', () => {
    expect(codes(validateWith(schemas.OrganizationName, 'x\u0001'.repeat(60)))).to.deep.equal([' too-long']);
  });

  it('validates emails with a dotted domain and a local part of at most 64 characters', () => {
    expect(validateWith(schemas.Email, 'ada.tan@acme.com.sg')).to.deep.equal([]);
    expect(validateWith(schemas.Email, "o'brien+sales@example.co")).to.deep.equal([]);
    expect(codes(validateWith(schemas.Email, 'ada@localhost'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.Email, `${'a'.repeat(65)}@example.com`))).to.deep.equal([' invalid-format']);
    expect(validateWith(schemas.Email, 'ada at acme')[0]?.message).to.equal('Enter a valid email address.');
  });

  it('requires E.164 numbers with a plus sign', () => {
    expect(validateWith(schemas.E164, '+6591234567')).to.deep.equal([]);
    expect(codes(validateWith(schemas.E164, '6591234567'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.E164, '+0591234567'))).to.deep.equal([' invalid-format']);
  });

  it('tells an unassigned country code from a malformed one', () => {
    expect(validateWith(schemas.CountryCode, 'SG')).to.deep.equal([]);
    expect(codes(validateWith(schemas.CountryCode, 'XX'))).to.deep.equal([' country-unknown']);
    expect(codes(validateWith(schemas.CountryCode, 'AA'))).to.deep.equal([' country-unknown']);
    expect(codes(validateWith(schemas.CountryCode, 'sg'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.CountryCode, 'SGP'))).to.deep.equal([' too-long']);
  });

  it('accepts UUIDs of any version and case', () => {
    expect(validateWith(schemas.Uuid, '3F0C2A9E-7B1D-1C55-9E8A-2D6F41B7C0A1')).to.deep.equal([]);
    expect(codes(validateWith(schemas.Uuid, '3f0c2a9e7b1d4c559e8a2d6f41b7c0a1'))).to.deep.equal([' invalid-format']);
  });

  it('accepts only real UTC timestamps', () => {
    expect(validateWith(schemas.Timestamp, '2025-03-14T08:21:37.250Z')).to.deep.equal([]);
    expect(codes(validateWith(schemas.Timestamp, '2025-03-14T08:21:37+08:00'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.Timestamp, '2025-02-30T08:21:37Z'))).to.deep.equal([' invalid-format']);
  });

  it('accepts SIP usernames with escapes and rejects broken ones', () => {
    expect(validateWith(schemas.SipUsername, 'acme%20trunk;01')).to.deep.equal([]);
    expect(codes(validateWith(schemas.SipUsername, 'acme%2'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.SipUsername, 'acme trunk'))).to.deep.equal([' invalid-format']);
  });

  it('rejects invisible format characters in buyer tag values', () => {
    expect(codes(validateWith(schemas.BuyerTag, { key: 'CustomerRef', value: 'CRM\u200B42' }))).to.deep.equal([
      '/value invalid-format',
    ]);
    expect(codes(validateWith(schemas.BuyerTag, { key: 'Customer Ref', value: 'x' }))).to.deep.equal([
      '/key invalid-format',
    ]);
  });

  it('reports for a whole number exactly what z.int() reports, before and with the field rules', () => {
    const values = [
      0,
      15,
      -3,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      -(2 ** 53),
      1e300,
      '15',
      null,
      undefined,
    ];
    const issues = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).error?.issues ?? [];
    for (const value of values) {
      expect(issues(intOf([]), value), String(value)).to.deep.equal(issues(z.int(), value));
      expect(issues(intOf(rangeRules(15, 60)), value), String(value)).to.deep.equal(
        issues(z.int().check(rule(...rangeRules(15, 60))), value),
      );
    }
    expect(issues(intOf([]), 1.5)).to.have.length(1);
  });

  it('lower-cases only the domain of an email', () => {
    expect(schemas.normalizeEmail('Ada.Tan@ACME.com.SG')).to.equal('Ada.Tan@acme.com.sg');
  });
});

describe('tagged unions', () => {
  const unions: [name: string, key: string, options: readonly z.ZodMiniObject[]][] = [
    ['Owner', 'type', [schemas.MemberOwner, schemas.AdminOrganizationOwner]],
    ['NewOwner', 'kind', [schemas.NewPersonOwner, schemas.ExistingMemberOwner]],
    ['OwnershipChangeRequest', 'to', [schemas.OwnershipChangeToCustomer, schemas.OwnershipChangeToServiceProvider]],
  ];
  const uuid = '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1';
  const inputs: unknown[] = [
    {
      type: 'MEMBER',
      memberId: uuid,
      email: 'ada@acme.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: null,
      status: 'ACTIVE',
      extra: 1,
    },
    { type: 'MEMBER', memberId: 'nope', email: 'ada', firstName: '', status: 'GONE' },
    { type: 'ADMIN_ORGANIZATION', organizationUuid: uuid, name: 'Acme' },
    { kind: 'NEW_PERSON', email: 'ada@acme.sg', firstName: 'Ada', lastName: 'Tan' },
    {
      kind: 'NEW_PERSON',
      email: 'ada@',
      firstName: 'Ada',
      lastName: 'x'.repeat(60),
      mobileNumber: '123',
      colour: 'red',
    },
    { kind: 'EXISTING_MEMBER', memberId: uuid },
    { kind: 'EXISTING_MEMBER' },
    { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: uuid }, requireRemoteSupportApproval: true },
    { to: 'CUSTOMER', newOwner: { kind: 'NEW_PERSON', email: 'x' }, requireRemoteSupportApproval: 'yes' },
    { to: 'CUSTOMER', newOwner: { kind: 'SOMEONE' } },
    { to: 'SERVICE_PROVIDER', formerOwnerRole: 'OWNER', extra: true },
    { to: 'SERVICE_PROVIDER' },
    { to: 'NOBODY' },
    { to: null },
    {},
    [],
    null,
    undefined,
    'CUSTOMER',
  ];

  it('parses and reports exactly what z.discriminatedUnion does', () => {
    for (const [name, key, options] of unions) {
      const ours = (schemas as unknown as Record<string, z.core.$ZodType>)[name]!;
      const zods = z.discriminatedUnion(key, options as [z.ZodMiniObject, z.ZodMiniObject]);
      for (const input of inputs) {
        const label = `${name} ${JSON.stringify(input)}`;
        const [a, b] = [z.safeParse(ours, input), z.safeParse(zods, input)];
        expect(a.success, label).to.equal(b.success);
        expect(a.data, label).to.deep.equal(b.data);
        expect(a.error?.issues, label).to.deep.equal(b.error?.issues);
      }
    }
  });

  it('tags options with one-value enums that answer as z.literal does', () => {
    for (const [, key, options] of unions) {
      for (const option of options) {
        const tag = option.shape[key] as z.ZodMiniEnum;
        const [value] = tag.options;
        for (const input of [value, 'OTHER', undefined, null, 1]) {
          expect(z.safeParse(tag, input).error?.issues, `${key} ${String(input)}`).to.deep.equal(
            z.safeParse(z.literal(value!), input).error?.issues,
          );
        }
      }
    }
  });

  it('reads the tags of its options, and nested unions keep their paths', () => {
    const union = tagged('to', [schemas.OwnershipChangeToCustomer, schemas.OwnershipChangeToServiceProvider]);
    const result = z.safeParse(union, { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: 'x' } });
    expect(result.error?.issues.map((i) => i.path)).to.deep.equal([['newOwner', 'memberId']]);
    const wrongTag = z.safeParse(union, { to: 'ELSEWHERE' });
    expect(wrongTag.error?.issues[0]).to.include({ code: 'invalid_union', discriminator: 'to' });
    expect(wrongTag.error?.issues[0]).to.have.deep.property('options', ['CUSTOMER', 'SERVICE_PROVIDER']);
  });
});

describe('countries and currencies', () => {
  it('knows the 249 assigned ISO 3166-1 codes and nothing else', () => {
    expect(assignedCountries()).to.have.length(249);
    for (const code of ['SG', 'US', 'DE', 'AX', 'BQ', 'SS', 'ZW']) expect(isAssignedCountry(code), code).to.equal(true);
    for (const code of ['XX', 'AA', 'XK', 'UK', 'EU', 'ZZ', 'sg'])
      expect(isAssignedCountry(code), code).to.equal(false);
  });

  it('knows active ISO 4217 codes and not withdrawn ones', () => {
    for (const code of ['SGD', 'USD', 'EUR', 'XCG', 'ZWG', 'SLE']) expect(isIsoCurrency(code), code).to.equal(true);
    for (const code of ['ABC', 'HRK', 'ANG', 'ZWL', 'sgd']) expect(isIsoCurrency(code), code).to.equal(false);
  });

  it('answers for every two- and three-letter code: 249 countries, 177 currencies of list A.1', () => {
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const pairs = letters.flatMap((a) => letters.map((b) => a + b));
    expect(pairs.filter(isAssignedCountry)).to.deep.equal(assignedCountries());
    const currencies = pairs.flatMap((pair) => letters.map((c) => pair + c)).filter(isIsoCurrency);
    expect(currencies).to.have.length(177);
    expect(currencies.filter((code) => !isAssignedCountry(code.slice(0, 2)))).to.deep.equal([
      'EUR',
      'XAF',
      'XAG',
      'XAU',
      'XBA',
      'XBB',
      'XBC',
      'XBD',
      'XCD',
      'XCG',
      'XDR',
      'XOF',
      'XPD',
      'XPF',
      'XPT',
      'XSU',
      'XTS',
      'XUA',
      'XXX',
    ]);
  });

  it('suggests the usual currency of a country', () => {
    const expected: Record<string, string> = {
      SG: 'SGD',
      US: 'USD',
      DE: 'EUR',
      GB: 'GBP',
      JP: 'JPY',
      IN: 'INR',
      AU: 'AUD',
      PR: 'USD',
      CH: 'CHF',
      LI: 'CHF',
      SN: 'XOF',
      CM: 'XAF',
      BG: 'EUR',
      HR: 'EUR',
      EC: 'USD',
      MX: 'MXN',
      CW: 'XCG',
      GG: 'GBP',
    };
    for (const [country, currency] of Object.entries(expected))
      expect(suggestCurrency(country), country).to.equal(currency);
  });

  it('suggests an active currency for every assigned country but Antarctica', () => {
    const without = assignedCountries().filter((code) => suggestCurrency(code) === null);
    expect(without).to.deep.equal(['AQ']);
    for (const code of assignedCountries())
      if (code !== 'AQ') expect(isIsoCurrency(suggestCurrency(code) ?? ''), code).to.equal(true);
    expect(suggestCurrency('XX')).to.equal(null);
  });
});

describe('normalizeInput', () => {
  it('trims and NFC-normalises strings deep inside objects and arrays', () => {
    const input = {
      name: '  Cafe\u0301 ',
      owner: { firstName: '\tAda\n' },
      tags: [{ value: ' x ' }],
      count: 3,
      flag: null,
    };
    expect(normalizeInput(input)).to.deep.equal({
      name: 'Caf\u00e9',
      owner: { firstName: 'Ada' },
      tags: [{ value: 'x' }],
      count: 3,
      flag: null,
    });
  });

  it('returns a new value and leaves the input untouched', () => {
    const input = { name: ' Acme ' };
    const output = normalizeInput(input);
    expect(output).not.to.equal(input);
    expect(input.name).to.equal(' Acme ');
  });

  it('keeps a "__proto__" key of parsed JSON as an ordinary (and unknown) field', () => {
    const input = JSON.parse('{"name":"Acme","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const output = normalizeInput(input);
    expect(Object.hasOwn(output, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(codes(validateOrganizationPatch(input))).to.deep.equal(['/__proto__ unknown-field']);
  });

  it('is applied before validating, so padding does not count towards a length', () => {
    expect(validateWith(schemas.PersonName, `  ${'a'.repeat(50)}  `)).to.deep.equal([]);
  });
});

describe('toPointer', () => {
  it('escapes ~ and / as RFC 6901 requires', () => {
    expect(toPointer([])).to.equal('');
    expect(toPointer(['buyerTags', 1, 'key'])).to.equal('/buyerTags/1/key');
    expect(toPointer(['a/b', 'c~d'])).to.equal('/a~1b/c~0d');
  });
});

describe('validateCreateOrganization', () => {
  it('accepts a minimal customer-managed organization', () => {
    expect(validateCreateOrganization(VALID_CREATE, CAPABILITIES)).to.deep.equal([]);
  });

  it('reports missing required fields as required', () => {
    expect(codes(validateCreateOrganization({}))).to.deep.equal([
      '/name required',
      '/accountType required',
      '/managedBy required',
      '/countryCode required',
      '/currencyCode required',
    ]);
  });

  it('rejects unknown fields, escaping their names in the pointer', () => {
    const errors = validateCreateOrganization({ ...VALID_CREATE, color: 'red', 'a/b~c': 1 });
    expect(codes(errors)).to.deep.equal(['/color unknown-field', '/a~1b~0c unknown-field']);
    expect(errors[0]?.message).to.equal('This field is not allowed.');
  });

  it('rejects unknown fields in nested request objects', () => {
    expect(
      codes(validateCreateOrganization({ ...VALID_CREATE, owner: { ...VALID_CREATE.owner, title: 'Dr' } })),
    ).to.deep.equal(['/owner/title unknown-field']);
  });

  it('tells a wrong type from a value outside the enum', () => {
    expect(
      codes(
        validateCreateOrganization({
          ...VALID_CREATE,
          name: 42,
          accountType: 'RESELLER',
          requireRemoteSupportApproval: 'yes',
        }),
      ),
    ).to.deep.equal([
      '/name invalid-type',
      '/accountType not-allowed-value',
      '/requireRemoteSupportApproval invalid-type',
    ]);
  });

  it('does not accept null for an optional property that is not nullable', () => {
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, tenantId: null }))).to.deep.equal([
      '/tenantId invalid-type',
    ]);
  });

  it('counts the name in code points after trimming', () => {
    expect(validateCreateOrganization({ ...VALID_CREATE, name: ` ${'🏢'.repeat(100)} ` })).to.deep.equal([]);
    const errors = validateCreateOrganization({ ...VALID_CREATE, name: '🏢'.repeat(101) });
    expect(errors).to.deep.equal([{ pointer: '/name', code: 'too-long', message: 'Must be at most 100 characters.' }]);
  });

  it('rejects control characters in nested names', () => {
    expect(
      codes(validateCreateOrganization({ ...VALID_CREATE, owner: { ...VALID_CREATE.owner, lastName: 'T\u0007an' } })),
    ).to.deep.equal(['/owner/lastName invalid-format']);
  });

  it('reports unassigned country codes, including in the billing address', () => {
    const errors = validateCreateOrganization({
      ...VALID_CREATE,
      countryCode: 'XX',
      billing: {
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: { street1: '1 Raffles Place', city: 'Singapore', countryCode: 'AA' },
      },
    });
    expect(codes(errors)).to.deep.equal([
      '/countryCode country-unknown',
      '/billing/address/countryCode country-unknown',
    ]);
    expect(errors[0]?.message).to.equal('XX is not an ISO country code.');
  });

  it('reports a currency the domain has not enabled, only when capabilities are given', () => {
    const body = { ...VALID_CREATE, currencyCode: 'JPY' };
    expect(validateCreateOrganization(body)).to.deep.equal([]);
    expect(validateCreateOrganization(body, CAPABILITIES)).to.deep.equal([
      { pointer: '/currencyCode', code: 'currency-not-enabled', message: 'JPY is not enabled for this domain.' },
    ]);
  });

  it('reports four buyer tags as too many', () => {
    const buyerTags = ['CustomerRef', 'BillingRef', 'TypeRef', 'CustomerRef'].map((key, i) => ({
      key,
      value: `v${i}`,
    }));
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, buyerTags }, CAPABILITIES))).to.deep.equal([
      '/buyerTags too-many-items',
      '/buyerTags/3/key duplicate-key',
    ]);
  });

  it('applies a domain limit below three buyer tags', () => {
    const buyerTags = [
      { key: 'CustomerRef', value: 'a' },
      { key: 'TypeRef', value: 'b' },
    ];
    const errors = validateCreateOrganization({ ...VALID_CREATE, buyerTags }, { ...CAPABILITIES, maxBuyerTags: 1 });
    expect(errors).to.deep.equal([
      { pointer: '/buyerTags', code: 'too-many-items', message: 'Add at most 1 buyer tag.' },
    ]);
  });

  it('points at the repeated key of a duplicate buyer tag', () => {
    const buyerTags = [
      { key: 'CustomerRef', value: 'a' },
      { key: 'CustomerRef', value: 'b' },
    ];
    const errors = validateCreateOrganization({ ...VALID_CREATE, buyerTags });
    expect(errors).to.deep.equal([
      { pointer: '/buyerTags/1/key', code: 'duplicate-key', message: 'Each buyer tag key may be used only once.' },
    ]);
  });

  it('reports buyer tag keys the domain does not offer', () => {
    const buyerTags = [{ key: 'ProjectRef', value: 'a' }];
    expect(validateCreateOrganization({ ...VALID_CREATE, buyerTags })).to.deep.equal([]);
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, buyerTags }, CAPABILITIES))).to.deep.equal([
      '/buyerTags/0/key buyer-tag-key-not-allowed',
    ]);
  });

  it('requires an owner for a customer-managed organization only', () => {
    const { owner: _owner, ...withoutOwner } = VALID_CREATE;
    expect(validateCreateOrganization(withoutOwner)).to.deep.equal([
      { pointer: '/owner', code: 'owner-required', message: "Enter the owner's email, first name and last name." },
    ]);
    expect(validateCreateOrganization({ ...withoutOwner, managedBy: 'SERVICE_PROVIDER' })).to.deep.equal([]);
  });

  it('reports every field error at once, with the business rule last', () => {
    const { owner: _owner, ...withoutOwner } = VALID_CREATE;
    const errors = validateCreateOrganization(
      { ...withoutOwner, name: '', countryCode: 'XX', currencyCode: 'JPY', extra: true },
      CAPABILITIES,
    );
    expect(codes(errors)).to.deep.equal([
      '/name too-short',
      '/countryCode country-unknown',
      '/extra unknown-field',
      '/currencyCode currency-not-enabled',
      '/owner owner-required',
    ]);
    const { validation, businessRules } = splitBusinessRuleErrors(errors);
    expect(validation).to.have.length(4);
    expect(codes(businessRules)).to.deep.equal(['/owner owner-required']);
  });

  it('reports a body that is not an object at the root pointer', () => {
    expect(codes(validateCreateOrganization('Acme'))).to.deep.equal([' invalid-type']);
    expect(codes(validateCreateOrganization(null))).to.deep.equal([' invalid-type']);
  });
});

describe('validateOrganizationPatch', () => {
  it('accepts name and countryCode', () => {
    expect(validateOrganizationPatch({ name: 'Acme Singapore Pte Ltd', countryCode: 'MY' })).to.deep.equal([]);
  });

  it('needs at least one property', () => {
    expect(validateOrganizationPatch({})).to.deep.equal([
      { pointer: '', code: 'too-short', message: 'Change at least one field.' },
    ]);
  });

  it('tells fields of Organization that cannot be patched from unknown keys', () => {
    expect(
      codes(validateOrganizationPatch({ managedBy: 'CUSTOMER', buyerTags: [], version: 3, colour: 'red' })),
    ).to.deep.equal([
      '/managedBy field-not-patchable',
      '/buyerTags field-not-patchable',
      '/version field-not-patchable',
      '/colour unknown-field',
    ]);
  });

  it('leaves immutable fields to immutableFieldsIn, even with an unchanged value', () => {
    const patch = { name: 'Acme', tenantId: 'acme-sg', createdAt: '2024-11-02T03:15:00Z' };
    expect(validateOrganizationPatch(patch)).to.deep.equal([]);
    expect(immutableFieldsIn(patch)).to.deep.equal(['tenantId', 'createdAt']);
    expect(immutableFieldErrors({ tenantId: 'x' })).to.deep.equal([
      { pointer: '/tenantId', code: 'immutable-field', message: 'Tenant ID cannot be changed.' },
    ]);
    expect(immutableFieldsIn({ name: 'Acme' })).to.deep.equal([]);
    expect(immutableFieldsIn('not an object')).to.deep.equal([]);
  });

  it('does not accept null, which would delete the field in a merge patch', () => {
    expect(codes(validateOrganizationPatch({ name: null }))).to.deep.equal(['/name invalid-type']);
  });

  it('validates the values it accepts', () => {
    expect(codes(validateOrganizationPatch({ name: 'a'.repeat(101), countryCode: 'AA' }))).to.deep.equal([
      '/name too-long',
      '/countryCode country-unknown',
    ]);
  });
});

describe('validateBilling', () => {
  it('accepts omitted or null optional properties', () => {
    expect(validateBilling({ billingName: 'Acme', billingEmail: 'billing@acme.sg' })).to.deep.equal([]);
    expect(
      validateBilling({
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: null,
        taxRegistrationNumber: null,
      }),
    ).to.deep.equal([]);
    expect(
      validateBilling({
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: {
          street1: '1 Raffles Place',
          street2: null,
          city: 'Singapore',
          stateOrProvince: null,
          postCode: null,
          countryCode: 'SG',
        },
      }),
    ).to.deep.equal([]);
  });

  it('points into the address', () => {
    expect(
      codes(
        validateBilling({
          billingName: 'Acme',
          billingEmail: 'not-an-email',
          address: { street1: '', city: 'Singapore', postCode: '04861#', countryCode: 'SG', floor: 3 },
          taxRegistrationNumber: 'GST_1',
        }),
      ),
    ).to.deep.equal([
      '/billingEmail invalid-format',
      '/address/street1 too-short',
      '/address/postCode invalid-format',
      '/address/floor unknown-field',
      '/taxRegistrationNumber invalid-format',
    ]);
  });

  it('reports a missing billing email as required', () => {
    expect(codes(validateBilling({ billingName: 'Acme' }))).to.deep.equal(['/billingEmail required']);
  });
});

describe('validateBuyerTags', () => {
  const tags = [
    { key: 'CustomerRef', value: 'CRM-1' },
    { key: 'CustomerRef', value: 'CRM-2' },
  ];

  it('gives the same body pointers for the body and for the bare list', () => {
    expect(codes(validateBuyerTags({ buyerTags: tags }))).to.deep.equal(['/buyerTags/1/key duplicate-key']);
    expect(codes(validateBuyerTags(tags))).to.deep.equal(['/buyerTags/1/key duplicate-key']);
  });

  it('accepts an empty list, which clears the tags', () => {
    expect(validateBuyerTags([], CAPABILITIES)).to.deep.equal([]);
  });

  it('applies the domain keys and limit', () => {
    expect(
      codes(validateBuyerTags([{ key: 'OrderRef', value: 'x' }], { ...CAPABILITIES, maxBuyerTags: 0 })),
    ).to.deep.equal(['/buyerTags too-many-items', '/buyerTags/0/key buyer-tag-key-not-allowed']);
  });

  it('requires the buyerTags property of the body', () => {
    expect(codes(validateBuyerTags({}))).to.deep.equal(['/buyerTags required']);
  });
});

describe('validateOwnershipChange', () => {
  it('reports a missing new owner as owner-required', () => {
    expect(validateOwnershipChange({ to: 'CUSTOMER', requireRemoteSupportApproval: false })).to.deep.equal([
      {
        pointer: '/newOwner',
        code: 'owner-required',
        message: 'Choose an existing member or invite a new person as the owner.',
      },
    ]);
  });

  it('reports a missing former-owner role as former-owner-role-required', () => {
    expect(codes(validateOwnershipChange({ to: 'SERVICE_PROVIDER' }))).to.deep.equal([
      '/formerOwnerRole former-owner-role-required',
    ]);
  });

  it('validates the discriminator', () => {
    expect(codes(validateOwnershipChange({}))).to.deep.equal(['/to required']);
    const errors = validateOwnershipChange({ to: 'RESELLER' });
    expect(codes(errors)).to.deep.equal(['/to not-allowed-value']);
    expect(errors[0]?.message).to.equal('Choose one of: CUSTOMER, SERVICE_PROVIDER.');
  });

  it('validates the new owner by kind', () => {
    expect(
      codes(
        validateOwnershipChange({
          to: 'CUSTOMER',
          newOwner: { kind: 'NEW_PERSON', email: 'ada@acme', firstName: 'Ada' },
        }),
      ),
    ).to.deep.equal(['/newOwner/email invalid-format', '/newOwner/lastName required']);
    expect(
      codes(validateOwnershipChange({ to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: 'nope' } })),
    ).to.deep.equal(['/newOwner/memberId invalid-format']);
    expect(codes(validateOwnershipChange({ to: 'CUSTOMER', newOwner: { kind: 'ROBOT' } }))).to.deep.equal([
      '/newOwner/kind not-allowed-value',
    ]);
  });

  it('rejects fields of the other branch and roles the former owner cannot take', () => {
    expect(
      codes(
        validateOwnershipChange({
          to: 'SERVICE_PROVIDER',
          formerOwnerRole: 'OWNER',
          requireRemoteSupportApproval: true,
        }),
      ),
    ).to.deep.equal(['/formerOwnerRole not-allowed-value', '/requireRemoteSupportApproval unknown-field']);
  });
});

describe('validateSuspend', () => {
  it('requires a reason from the list', () => {
    expect(codes(validateSuspend({}))).to.deep.equal(['/reason required']);
    expect(codes(validateSuspend({ reason: 'BORED' }))).to.deep.equal(['/reason not-allowed-value']);
  });

  it('allows line breaks but not other control characters in the note', () => {
    expect(validateSuspend({ reason: 'OTHER', note: 'Line one\nLine two\tend' })).to.deep.equal([]);
    expect(codes(validateSuspend({ reason: 'OTHER', note: 'bell\u0007' }))).to.deep.equal(['/note invalid-format']);
  });

  it('limits the note to 500 characters and rejects a blank one', () => {
    expect(codes(validateSuspend({ reason: 'OTHER', note: 'x'.repeat(501) }))).to.deep.equal(['/note too-long']);
    expect(codes(validateSuspend({ reason: 'OTHER', note: '   ' }))).to.deep.equal(['/note too-short']);
  });
});

describe('remote-support validators', () => {
  const shortGrants = { ...CAPABILITIES, remoteSupport: { defaultGrantMinutes: 60, maxGrantMinutes: 240 } };

  it('keeps requested minutes within 15 and the domain maximum', () => {
    expect(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 240 }, shortGrants)).to.deep.equal([]);
    expect(codes(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 14 }))).to.deep.equal([
      '/requestedMinutes out-of-range',
    ]);
    expect(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 241 }, shortGrants)).to.deep.equal([
      { pointer: '/requestedMinutes', code: 'out-of-range', message: 'Must be between 15 and 240 minutes.' },
    ]);
    expect(codes(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 241 }))).to.deep.equal([]);
  });

  it('requires whole minutes and a reason', () => {
    expect(codes(validateRemoteSupportRequest({ requestedMinutes: 30.5 }))).to.deep.equal([
      '/reason required',
      '/requestedMinutes invalid-type',
    ]);
  });

  it('accepts an approval without a body and checks its minutes', () => {
    expect(validateApprove(undefined)).to.deep.equal([]);
    expect(validateApprove({})).to.deep.equal([]);
    expect(codes(validateApprove({ minutes: 300 }, shortGrants))).to.deep.equal(['/minutes out-of-range']);
    expect(codes(validateApprove({ minutes: 60, note: 'ok' }))).to.deep.equal(['/note unknown-field']);
  });

  it('accepts a rejection without a body and checks its note', () => {
    expect(validateReject(undefined)).to.deep.equal([]);
    expect(codes(validateReject({ note: '' }))).to.deep.equal(['/note too-short']);
  });
});

describe('problems', () => {
  it('carries exactly the contract catalogue: its slugs, in its order, with their statuses and fixed titles', () => {
    expect(PROBLEM_CATALOGUE).to.deep.equal(CONTRACT_CATALOGUE);
    expect(PROBLEM_SLUGS).to.deep.equal(Object.keys(CONTRACT_CATALOGUE));
    expect(PROBLEM_SLUGS.map(problemTypeOf)).to.deep.equal(CONTRACT_PROBLEM_TYPES);
  });

  it('maps between slugs and type URIs', () => {
    expect(problemTypeOf('not-found')).to.equal(`${PROBLEM_TYPE_BASE}not-found`);
    expect(problemSlugOf('https://errors.sales-hub.example/etag-mismatch')).to.equal('etag-mismatch');
    expect(problemSlugOf('https://errors.sales-hub.example/teapot')).to.equal(null);
    expect(problemSlugOf('about:blank')).to.equal(null);
  });

  it('rejects a problem whose type is not in the catalogue', () => {
    const problem = {
      type: `${PROBLEM_TYPE_BASE}teapot`,
      title: 'I am a teapot.',
      status: 418,
      detail: 'Short and stout.',
      instance: '/x',
      requestId: 'r1',
    };
    expect(codes(validateWith(Problem, problem))).to.deep.equal(['/type not-allowed-value']);
  });
});

describe('response schemas', () => {
  const organization = CONTRACT_EXAMPLES.find(([name]) => name === 'Organization')?.[2] as Record<string, unknown>;

  it('require every property, as responses always carry them', () => {
    const { billing: _billing, ...withoutBilling } = organization;
    expect(codes(validateWith(Organization, withoutBilling))).to.deep.equal(['/billing required']);
    expect(validateWith(Organization, { ...organization, billing: null, profilePictureUrl: null })).to.deep.equal([]);
  });

  it('drop properties the contract does not name instead of failing', () => {
    const parsed = Organization.parse({ ...organization, futureField: 1 });
    expect('futureField' in parsed).to.equal(false);
  });

  it('reject a picture URL that is not https', () => {
    expect(
      codes(validateWith(Organization, { ...organization, profilePictureUrl: 'http://cdn.example/x.png' })),
    ).to.deep.equal(['/profilePictureUrl invalid-format']);
  });
});
