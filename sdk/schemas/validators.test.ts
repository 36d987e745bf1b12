import { expect } from '@open-wc/testing';
import {
  validateApprove,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
  validateOwnershipChange,
  validateReject,
  validateRemoteSupportRequest,
  validateSuspend,
  type Validator,
} from './index.js';

// The validators the widgets run as a person types, checked against the contract's own rules. The rules below are
// copied from sales-hub.openapi.yaml (lengths, patterns, enums, ranges, required and additionalProperties); the
// expected field error of every probe is computed from them, never from the SDK's schemas, on the value the server
// validates (NFC-normalised and trimmed). Each probe changes one field of a valid body, so exactly one field error
// is due, at that field's pointer.

type FieldRule =
  | { kind: 'text'; min: number; max: number; pattern: RegExp; unassigned?: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' };

const text = (min: number, max: number, pattern: string, unassigned?: readonly string[]): FieldRule => ({
  kind: 'text',
  min,
  max,
  pattern: new RegExp(pattern, 'u'),
  unassigned,
});
const int = (min: number, max: number): FieldRule => ({ kind: 'int', min, max });
const oneOf = (...values: string[]): FieldRule => ({ kind: 'enum', values });
const BOOL: FieldRule = { kind: 'bool' };

// components/schemas of the contract.
const DISPLAY = '^[^\\x00-\\x1F\\x7F-\\x9F]*[^\\s\\x00-\\x1F\\x7F-\\x9F][^\\x00-\\x1F\\x7F-\\x9F]*$';
const NO_CONTROL = '^[^\\x00-\\x1F\\x7F-\\x9F]+$';
const MULTILINE = '^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+$';
const ORGANIZATION_NAME = text(1, 100, DISPLAY);
const PERSON_NAME = text(1, 50, DISPLAY);
const EMAIL = text(
  3,
  254,
  "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$",
);
const E164 = text(3, 16, '^\\+[1-9][0-9]{1,14}$');
// "Codes that match the pattern but are not assigned fail with validation code country-unknown."
const COUNTRY_CODE = text(2, 2, '^[A-Z]{2}$', ['ZZ', 'XX', 'AA']);
const CURRENCY_CODE = text(3, 3, '^[A-Z]{3}$');
const TENANT_ID = text(1, 64, '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$');
const UUID = text(
  0,
  Number.POSITIVE_INFINITY,
  '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
);
const BUYER_TAG_KEY = text(1, 32, '^[A-Za-z][A-Za-z0-9]{0,31}$');
const FORMAT = '\\xAD\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF';
const BUYER_TAG_VALUE = text(
  1,
  64,
  `^[^\\x00-\\x1F\\x7F-\\x9F${FORMAT}]*[^\\s\\x00-\\x1F\\x7F-\\x9F${FORMAT}][^\\x00-\\x1F\\x7F-\\x9F${FORMAT}]*$`,
);
const NOTE = text(1, 500, MULTILINE);
const MINUTES = int(15, 10080);

interface Field {
  path: (string | number)[];
  rule: FieldRule;
  required?: boolean;
  nullable?: boolean;
  /** The business rule the contract names for a missing value, instead of `required`. */
  whenMissing?: string;
}
const f = (path: Field['path'], rule: FieldRule, options: Omit<Field, 'path' | 'rule'> = {}): Field => ({
  path,
  rule,
  ...options,
});

const ADDRESS = {
  street1: '1 Raffles Place',
  street2: '#20-01',
  city: 'Singapore',
  stateOrProvince: 'Central',
  postCode: '048616',
  countryCode: 'SG',
};
const BILLING = {
  billingName: 'Acme Pte Ltd',
  billingEmail: 'accounts@acme.com.sg',
  address: ADDRESS,
  taxRegistrationNumber: 'M2-1234567-8',
};
const billingFields = (at: string[]): Field[] => [
  f([...at, 'billingName'], ORGANIZATION_NAME, { required: true }),
  f([...at, 'billingEmail'], EMAIL, { required: true }),
  f([...at, 'address', 'street1'], text(1, 100, NO_CONTROL), { required: true }),
  f([...at, 'address', 'street2'], text(1, 100, NO_CONTROL), { nullable: true }),
  f([...at, 'address', 'city'], text(1, 60, NO_CONTROL), { required: true }),
  f([...at, 'address', 'stateOrProvince'], text(1, 60, NO_CONTROL), { nullable: true }),
  f([...at, 'address', 'postCode'], text(1, 16, '^[A-Za-z0-9 -]+$'), { nullable: true }),
  f([...at, 'address', 'countryCode'], COUNTRY_CODE, { required: true }),
  f([...at, 'taxRegistrationNumber'], text(1, 50, '^[A-Za-z0-9 ./-]+$'), { nullable: true }),
];
const tagFields = (at: string[]): Field[] => [
  f([...at, 0, 'key'], BUYER_TAG_KEY, { required: true }),
  f([...at, 0, 'value'], BUYER_TAG_VALUE, { required: true }),
];

interface Body {
  name: string;
  validate: Validator;
  example: Record<string, unknown>;
  fields: Field[];
  /** Objects of the body (additionalProperties: false), where an unknown key is refused. */
  objects: (string | number)[][];
}

const BODIES: Body[] = [
  {
    name: 'CreateOrganizationRequest',
    validate: validateCreateOrganization,
    example: {
      name: 'Acme Pte Ltd',
      accountType: 'BUSINESS_USER',
      subscriptionModel: 'LICENSE',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      tenantId: 'acme-sg',
      owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan', mobileNumber: '+6591234567' },
      billing: BILLING,
      buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
      requireRemoteSupportApproval: true,
    },
    fields: [
      f(['name'], ORGANIZATION_NAME, { required: true }),
      f(['accountType'], oneOf('SERVICE_PROVIDER', 'CPAAS_TELCO', 'BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER'), {
        required: true,
      }),
      f(['subscriptionModel'], oneOf('APP', 'LICENSE')),
      f(['managedBy'], oneOf('SERVICE_PROVIDER', 'CUSTOMER'), { required: true }),
      f(['countryCode'], COUNTRY_CODE, { required: true }),
      f(['currencyCode'], CURRENCY_CODE, { required: true }),
      f(['tenantId'], TENANT_ID),
      f(['owner', 'email'], EMAIL, { required: true }),
      f(['owner', 'firstName'], PERSON_NAME, { required: true }),
      f(['owner', 'lastName'], PERSON_NAME, { required: true }),
      f(['owner', 'mobileNumber'], E164),
      ...billingFields(['billing']),
      ...tagFields(['buyerTags']),
      f(['requireRemoteSupportApproval'], BOOL),
    ],
    objects: [[], ['owner'], ['billing'], ['billing', 'address'], ['buyerTags', 0]],
  },
  {
    name: 'OrganizationPatch',
    validate: validateOrganizationPatch,
    example: { name: 'Acme Singapore Pte Ltd', countryCode: 'SG' },
    fields: [f(['name'], ORGANIZATION_NAME), f(['countryCode'], COUNTRY_CODE)],
    objects: [],
  },
  {
    name: 'BillingInfo',
    validate: validateBilling,
    example: BILLING,
    fields: billingFields([]),
    objects: [[], ['address']],
  },
  {
    name: 'BuyerTagsReplacement',
    validate: validateBuyerTags,
    example: { buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }] },
    fields: tagFields(['buyerTags']),
    objects: [[], ['buyerTags', 0]],
  },
  {
    name: 'OwnershipChangeToCustomer (NewPersonOwner)',
    validate: validateOwnershipChange,
    example: {
      to: 'CUSTOMER',
      newOwner: {
        kind: 'NEW_PERSON',
        email: 'ada.tan@acme.com.sg',
        firstName: 'Ada',
        lastName: 'Tan',
        mobileNumber: '+6591234567',
      },
      requireRemoteSupportApproval: true,
    },
    fields: [
      f(['newOwner', 'email'], EMAIL, { required: true }),
      f(['newOwner', 'firstName'], PERSON_NAME, { required: true }),
      f(['newOwner', 'lastName'], PERSON_NAME, { required: true }),
      f(['newOwner', 'mobileNumber'], E164),
      f(['requireRemoteSupportApproval'], BOOL),
    ],
    objects: [[], ['newOwner']],
  },
  {
    name: 'OwnershipChangeToCustomer (ExistingMemberOwner)',
    validate: validateOwnershipChange,
    example: {
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' },
    },
    fields: [f(['newOwner', 'memberId'], UUID, { required: true })],
    objects: [[], ['newOwner']],
  },
  {
    name: 'OwnershipChangeToServiceProvider',
    validate: validateOwnershipChange,
    example: { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
    fields: [f(['formerOwnerRole'], oneOf('ADMIN', 'MEMBER'), { whenMissing: 'former-owner-role-required' })],
    objects: [[]],
  },
  {
    name: 'SuspendRequest',
    validate: validateSuspend,
    example: { reason: 'NON_PAYMENT', note: 'Invoice INV-2025-0311 overdue by 45 days.' },
    fields: [
      f(['reason'], oneOf('NON_PAYMENT', 'FRAUD_OR_ABUSE', 'CUSTOMER_REQUEST', 'COMPLIANCE', 'OTHER'), {
        required: true,
      }),
      f(['note'], NOTE),
    ],
    objects: [[]],
  },
  {
    name: 'CreateRemoteSupportRequest',
    validate: validateRemoteSupportRequest,
    example: { reason: 'TCK-1234: inbound calls not reaching the hunt group', requestedMinutes: 1440 },
    fields: [f(['reason'], NOTE, { required: true }), f(['requestedMinutes'], MINUTES, { required: true })],
    objects: [[]],
  },
  {
    name: 'ApproveRemoteSupportRequest',
    validate: validateApprove,
    example: { minutes: 720 },
    fields: [f(['minutes'], MINUTES)],
    objects: [[]],
  },
  {
    name: 'RejectRemoteSupportRequest',
    validate: validateReject,
    example: { note: 'After business hours, please.' },
    fields: [f(['note'], NOTE)],
    objects: [[]],
  },
];

/** Strings around every limit and pattern of the rules above, and values of every other JSON type. */
function probes(rule: FieldRule): unknown[] {
  const common: unknown[] = [
    null,
    true,
    false,
    0,
    15.5,
    [],
    {},
    'x',
    '',
    '   ',
    'SG',
    'sg',
    'ZZ',
    'SGD',
    'JPY',
    'ada@acme.com',
    'a@b',
    'ada@acme',
    '+6591234567',
    '+0123',
  ];
  common.push(
    '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
    'CustomerRef',
    '1Bad',
    'CRM-00042',
    'acme-sg',
    '-acme',
    '  padded  ',
    'a\u0001b',
    'line\nbreak',
    'tab\there',
  );
  common.push('e\u0301', '\u200Bzero', 'A\u00ADB', 'M2-1234567-8', '048616', '#20-01', 'ADMIN', 'OTHER', 'admin');
  if (rule.kind === 'text') {
    for (const n of [rule.min - 1, rule.min, rule.max, rule.max + 1])
      if (n > 0 && n < 1000) common.push('a'.repeat(n), '😀'.repeat(n));
  }
  if (rule.kind === 'int')
    common.push(
      rule.min - 1,
      rule.min,
      rule.max,
      rule.max + 1,
      -1,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      1e20,
      String(rule.min),
    );
  if (rule.kind === 'enum') common.push(...rule.values, ...rule.values.map((v) => v.toLowerCase()));
  return common;
}

/** The contract's verdict on `value` (already normalised): the field-error code due, or null. */
function expectedCode(rule: FieldRule, value: unknown, nullable: boolean): string | null {
  if (value === null && nullable) return null;
  switch (rule.kind) {
    case 'text': {
      if (typeof value !== 'string') return 'invalid-type';
      const length = [...value].length;
      if (length < rule.min) return 'too-short';
      if (length > rule.max) return 'too-long';
      if (!rule.pattern.test(value)) return 'invalid-format';
      return rule.unassigned?.includes(value) ? 'country-unknown' : null;
    }
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'invalid-type';
      return value < rule.min || value > rule.max ? 'out-of-range' : null;
    case 'enum':
      return rule.values.includes(value as string) ? null : 'not-allowed-value';
    case 'bool':
      return typeof value === 'boolean' ? null : 'invalid-type';
  }
}

const normalized = (value: unknown): unknown => (typeof value === 'string' ? value.normalize('NFC').trim() : value);

function withValue(body: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  if (remove) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return copy;
}

const pointer = (path: (string | number)[]): string => path.map((p) => `/${p}`).join('');
const show = (errors: { pointer: string; code: string }[]): string[] => errors.map((e) => `${e.pointer} ${e.code}`);

describe('the validators against the contract’s rules', () => {
  for (const body of BODIES) {
    it(`${body.name}: the contract's field error for every probe of every field, and nothing else`, () => {
      expect(show(body.validate(body.example)), 'the example is valid').to.deep.equal([]);
      let probed = 0;
      for (const field of body.fields) {
        for (const value of probes(field.rule)) {
          const code = expectedCode(field.rule, normalized(value), field.nullable === true);
          const expected = code === null ? [] : [`${pointer(field.path)} ${code}`];
          expect(
            show(body.validate(withValue(body.example, field.path, value))),
            `${body.name} ${pointer(field.path)} = ${JSON.stringify(value)}`,
          ).to.deep.equal(expected);
          probed++;
        }
        const code = field.whenMissing ?? (field.required ? 'required' : undefined);
        const missing = code ? [`${pointer(field.path)} ${code}`] : [];
        expect(
          show(body.validate(withValue(body.example, field.path, undefined, true))),
          `${body.name} without ${pointer(field.path)}`,
        ).to.deep.equal(missing);
      }
      for (const object of body.objects) {
        const extra = withValue(body.example, [...object, 'colour'], 'red');
        expect(show(body.validate(extra)), `${body.name}: unknown key in ${pointer(object)}`).to.deep.equal([
          `${pointer([...object, 'colour'])} unknown-field`,
        ]);
      }
      expect(probed).to.be.greaterThanOrEqual(39 * body.fields.length);
    });
  }

  it('lists: at most 3 buyer tags (maxItems), keys unique', () => {
    const tag = (key: string) => ({ key, value: 'v' });
    const four = [tag('CustomerRef'), tag('BillingRef'), tag('TypeRef'), tag('OtherRef')];
    expect(show(validateBuyerTags({ buyerTags: four }))).to.deep.equal(['/buyerTags too-many-items']);
    expect(show(validateBuyerTags({ buyerTags: four.slice(0, 3) }))).to.deep.equal([]);
    expect(show(validateBuyerTags({ buyerTags: [tag('CustomerRef'), tag('CustomerRef')] }))).to.deep.equal([
      '/buyerTags/1/key duplicate-key',
    ]);
    expect(show(validateBuyerTags({ buyerTags: [] }))).to.deep.equal([]);
  });

  it('business rules the contract names: owner-required and former-owner-role-required, after the fields', () => {
    const create = BODIES[0]!.example;
    expect(
      show(validateCreateOrganization(withValue({ ...create, managedBy: 'CUSTOMER' }, ['owner'], undefined, true))),
    ).to.deep.equal(['/owner owner-required']);
    expect(show(validateOwnershipChange({ to: 'CUSTOMER' }))).to.deep.equal(['/newOwner owner-required']);
    expect(show(validateOwnershipChange({ to: 'SERVICE_PROVIDER' }))).to.deep.equal([
      '/formerOwnerRole former-owner-role-required',
    ]);
    expect(show(validateOrganizationPatch({}))).to.deep.equal([' too-short']);
  });
});
