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
import { deref, refName, type SchemaNode, schema } from '../../test/contract.js';

// The validators the widgets run as a person types, checked against the contract's own rules. The rules are read
// from sales-hub.openapi.yaml (lengths, patterns, enums, ranges, required, nullable and additionalProperties); the
// expected field error of every probe is computed from them, never from the SDK's schemas, on the value the server
// validates (NFC-normalised and trimmed). Each probe changes one field of a valid body, so exactly one field error
// is due, at that field's pointer.

type FieldRule =
  | { kind: 'text'; min: number; max: number; pattern: RegExp; unassigned?: readonly string[] }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'enum'; values: readonly unknown[] }
  | { kind: 'bool' };

type Path = (string | number)[];

interface Field {
  path: Path;
  rule: FieldRule;
  required: boolean;
  nullable: boolean;
  /** The business rule the contract names for a missing value, instead of `required`. */
  whenMissing?: string;
}

/** Codes that match CountryCode's pattern but are not assigned: the contract names their field error. */
const UNASSIGNED_COUNTRIES = ['ZZ', 'XX', 'AA'];

/** A property's schema with `anyOf: [X, null]` and `type: [T, 'null']` unwrapped: the schema and whether null is allowed. */
function unwrap(node: SchemaNode): { node: SchemaNode; nullable: boolean; ref?: string } {
  const isNull = (n: SchemaNode) => n.type === 'null';
  if (node.anyOf?.some(isNull)) {
    const [inner] = node.anyOf.filter((n) => !isNull(n));
    return { ...unwrap(inner!), nullable: true };
  }
  const ref = node.$ref ? refName(node.$ref) : undefined;
  const target = deref(node);
  const types = Array.isArray(target.type) ? target.type : [target.type];
  const type = types.find((t) => t !== 'null');
  return { node: { ...target, type }, nullable: types.includes('null'), ...(ref ? { ref } : {}) };
}

/** The rule of a leaf schema, or null for an object or array. */
function ruleOf(node: SchemaNode, ref: string | undefined): FieldRule | null {
  if (node.enum) return { kind: 'enum', values: node.enum };
  switch (node.type) {
    case 'string': {
      const unassigned = ref === 'CountryCode' && node.description?.includes('country-unknown');
      return {
        kind: 'text',
        min: node.minLength ?? 0,
        max: node.maxLength ?? Number.POSITIVE_INFINITY,
        pattern: new RegExp(node.pattern ?? '', 'u'),
        ...(unassigned ? { unassigned: UNASSIGNED_COUNTRIES } : {}),
      };
    }
    case 'integer':
      return {
        kind: 'int',
        min: node.minimum ?? Number.NEGATIVE_INFINITY,
        max: node.maximum ?? Number.POSITIVE_INFINITY,
      };
    case 'boolean':
      return { kind: 'bool' };
    default:
      return null;
  }
}

/** The option of a discriminated `oneOf` that `value` selects. */
function branch(node: SchemaNode, value: unknown): SchemaNode {
  if (!node.oneOf) return node;
  const { propertyName, mapping } = node.discriminator!;
  const tag = String((value as Record<string, unknown>)[propertyName]);
  return deref({ $ref: mapping[tag]! });
}

/**
 * Every leaf field of `example` under the contract's schema `node` (and every one the schema names beside them), and
 * every object of it that refuses unknown keys. A one-value enum is a discriminator, which selects the schema, so it
 * is not probed.
 */
function walk(node: SchemaNode, example: unknown, at: Path, fields: Field[], objects: Path[]): void {
  const object = branch(deref(node), example);
  if (object.additionalProperties === false) objects.push(at);
  for (const [key, property] of Object.entries(object.properties ?? {})) {
    const path = [...at, key];
    const { node: child, nullable, ref } = unwrap(property);
    const value = (example as Record<string, unknown>)[key];
    const required = object.required?.includes(key) ?? false;
    const rule = ruleOf(child, ref);
    if (rule) {
      if (rule.kind === 'enum' && rule.values.length === 1) continue;
      // "Required. When it is missing the result is `422 former-owner-role-required`."
      const whenMissing = /missing the result is `422 ([a-z-]+)`/.exec(property.description ?? '')?.[1];
      fields.push({ path, rule, required, nullable, ...(whenMissing ? { whenMissing } : {}) });
    } else if (child.type === 'array' && Array.isArray(value) && value.length > 0) {
      walk(child.items!, value[0], [...path, 0], fields, objects);
    } else if (value && typeof value === 'object') {
      walk(child, value, path, fields, objects);
    }
  }
}

interface Body {
  name: string;
  validate: Validator;
  example: Record<string, unknown>;
  fields: Field[];
  /** Objects of the body (additionalProperties: false), where an unknown key is refused. */
  objects: Path[];
}

function body(name: string, schemaName: string, validate: Validator, example: Record<string, unknown>): Body {
  const fields: Field[] = [];
  const objects: Path[] = [];
  walk(schema(schemaName), example, [], fields, objects);
  return { name, validate, example, fields, objects };
}

// Examples that fill every optional field, so that each is probed.
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

const BODIES: Body[] = [
  body('CreateOrganizationRequest', 'CreateOrganizationRequest', validateCreateOrganization, {
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
  }),
  body('OrganizationPatch', 'OrganizationPatch', validateOrganizationPatch, {
    name: 'Acme Singapore Pte Ltd',
    countryCode: 'SG',
  }),
  body('BillingInfo', 'BillingInfo', validateBilling, BILLING),
  body('BuyerTagsReplacement', 'BuyerTagsReplacement', validateBuyerTags, {
    buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
  }),
  body('OwnershipChangeToCustomer (NewPersonOwner)', 'OwnershipChangeRequest', validateOwnershipChange, {
    to: 'CUSTOMER',
    newOwner: {
      kind: 'NEW_PERSON',
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: '+6591234567',
    },
    requireRemoteSupportApproval: true,
  }),
  body('OwnershipChangeToCustomer (ExistingMemberOwner)', 'OwnershipChangeRequest', validateOwnershipChange, {
    to: 'CUSTOMER',
    newOwner: { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' },
  }),
  body('OwnershipChangeToServiceProvider', 'OwnershipChangeRequest', validateOwnershipChange, {
    to: 'SERVICE_PROVIDER',
    formerOwnerRole: 'ADMIN',
  }),
  body('SuspendRequest', 'SuspendRequest', validateSuspend, {
    reason: 'NON_PAYMENT',
    note: 'Invoice INV-2025-0311 overdue by 45 days.',
  }),
  body('CreateRemoteSupportRequest', 'CreateRemoteSupportRequest', validateRemoteSupportRequest, {
    reason: 'TCK-1234: inbound calls not reaching the hunt group',
    requestedMinutes: 1440,
  }),
  body('ApproveRemoteSupportRequest', 'ApproveRemoteSupportRequest', validateApprove, { minutes: 720 }),
  body('RejectRemoteSupportRequest', 'RejectRemoteSupportRequest', validateReject, {
    note: 'After business hours, please.',
  }),
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
  if (rule.kind === 'enum') common.push(...rule.values, ...rule.values.map((v) => String(v).toLowerCase()));
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
      expect(body.fields, 'fields read from the contract').to.not.be.empty;
      let probed = 0;
      for (const field of body.fields) {
        for (const value of probes(field.rule)) {
          const code = expectedCode(field.rule, normalized(value), field.nullable);
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

  it('lists: at most maxItems buyer tags, keys unique', () => {
    const max = schema('BuyerTagsReplacement').properties?.buyerTags?.maxItems ?? 0;
    const tag = (key: string) => ({ key, value: 'v' });
    const tooMany = Array.from({ length: max + 1 }, (_, i) => tag(`Key${i}`));
    expect(show(validateBuyerTags({ buyerTags: tooMany }))).to.deep.equal(['/buyerTags too-many-items']);
    expect(show(validateBuyerTags({ buyerTags: tooMany.slice(0, max) }))).to.deep.equal([]);
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
