import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import {
  APPROVE_REMOTE_SUPPORT_REQUEST,
  BILLING_INPUT,
  BUYER_TAGS_REPLACEMENT,
  checkBody,
  CREATE_ORGANIZATION_REQUEST,
  CREATE_REMOTE_SUPPORT_REQUEST,
  ORGANIZATION_PATCH,
  OWNERSHIP_CHANGE_REQUEST,
  REJECT_REMOTE_SUPPORT_REQUEST,
  SUSPEND_REQUEST,
} from './body-check.js';
import {
  ApproveRemoteSupportRequest,
  BillingInput,
  BuyerTagsReplacement,
  CreateOrganizationRequest,
  CreateRemoteSupportRequest,
  normalizeInput,
  OrganizationPatch,
  OwnershipChangeRequest,
  RejectRemoteSupportRequest,
  SuspendRequest,
  validateWith,
} from './index.js';

// The zod-free request bodies (what the validators run) must report exactly what the zod schemas report.

const PERSON = { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan', mobileNumber: '+6591234567' };
const ADDRESS = { street1: '1 Raffles Place', street2: '#20-01', city: 'Singapore', stateOrProvince: null, postCode: '048616', countryCode: 'SG' };
const BILLING = { billingName: 'Acme Pte Ltd', billingEmail: 'accounts@acme.com.sg', address: ADDRESS, taxRegistrationNumber: 'M2-1234567-8' };
const TAGS = [
  { key: 'CustomerRef', value: 'CRM-00042' },
  { key: 'BillingRef', value: 'ERP-7781' },
];

type Pair = [name: string, zod: z.core.$ZodType, plain: Parameters<typeof checkBody>[0], examples: unknown[]];
const PAIRS: Pair[] = [
  [
    'CreateOrganizationRequest',
    CreateOrganizationRequest,
    CREATE_ORGANIZATION_REQUEST,
    [
      {
        name: 'Acme Pte Ltd',
        accountType: 'BUSINESS_USER',
        subscriptionModel: 'LICENSE',
        managedBy: 'CUSTOMER',
        countryCode: 'SG',
        currencyCode: 'SGD',
        tenantId: 'acme-sg',
        owner: PERSON,
        billing: BILLING,
        buyerTags: TAGS,
        requireRemoteSupportApproval: true,
      },
    ],
  ],
  ['OrganizationPatch', OrganizationPatch, ORGANIZATION_PATCH, [{ name: 'Acme Singapore', countryCode: 'SG' }, {}]],
  ['BillingInput', BillingInput, BILLING_INPUT, [BILLING]],
  ['BuyerTagsReplacement', BuyerTagsReplacement, BUYER_TAGS_REPLACEMENT, [{ buyerTags: TAGS }]],
  [
    'OwnershipChangeRequest',
    OwnershipChangeRequest,
    OWNERSHIP_CHANGE_REQUEST,
    [
      { to: 'CUSTOMER', newOwner: { kind: 'NEW_PERSON', ...PERSON }, requireRemoteSupportApproval: true },
      { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' } },
      { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
    ],
  ],
  ['SuspendRequest', SuspendRequest, SUSPEND_REQUEST, [{ reason: 'NON_PAYMENT', note: 'Invoice overdue.\nSecond line.' }]],
  ['CreateRemoteSupportRequest', CreateRemoteSupportRequest, CREATE_REMOTE_SUPPORT_REQUEST, [{ reason: 'TCK-1234', requestedMinutes: 1440 }]],
  ['ApproveRemoteSupportRequest', ApproveRemoteSupportRequest, APPROVE_REMOTE_SUPPORT_REQUEST, [{ minutes: 720 }]],
  ['RejectRemoteSupportRequest', RejectRemoteSupportRequest, REJECT_REMOTE_SUPPORT_REQUEST, [{ note: 'Later, please.' }]],
];

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  '',
  '   ',
  'x',
  'x'.repeat(600),
  'a\u0001b',
  'line\nbreak',
  'ZZ',
  'SG',
  'sg',
  'JPY',
  '+6591234567',
  '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
  'ada@acme.com',
  'CUSTOMER',
  'NEW_PERSON',
  'EXISTING_MEMBER',
  'ADMIN',
  'OTHER',
  0,
  14,
  15,
  720,
  10080,
  10081,
  15.5,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  [{ key: 'CustomerRef', value: 'A' }, { key: 'CustomerRef', value: 'B' }],
  [1, 'x', null],
  TAGS.concat(TAGS),
  {},
  { extra: 1 },
  new Date(0),
];

/** A small deterministic random source, so a failure is reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Every path to a value inside `value`, the root included. */
function paths(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) out.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return out;
}

/** A deep copy of `value` with `path` set to `next` (deleted when `next` is the DELETE marker). */
const DELETE = Symbol('delete');
function withValue(value: unknown, path: PropertyKey[], next: unknown): unknown {
  if (path.length === 0) return next === DELETE ? undefined : next;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<PropertyKey, unknown>;
  const [head, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  if (rest.length === 0 && next === DELETE) delete copy[head];
  else copy[head] = withValue(copy[head], rest, next);
  return copy;
}

function variants(example: unknown, rand: () => number): unknown[] {
  const all = paths(example);
  const out: unknown[] = [example];
  for (const path of all) {
    for (const odd of ODD_VALUES) out.push(withValue(example, path, odd));
    out.push(withValue(example, path, DELETE));
    out.push(withValue(example, [...path, 'unknownKey'], 'x'));
  }
  // Combinations of several changes at once.
  for (let i = 0; i < 400; i++) {
    let body = example;
    const changes = 2 + Math.floor(rand() * 3);
    for (let c = 0; c < changes; c++) {
      const targets = paths(body);
      const path = targets[Math.floor(rand() * targets.length)]!;
      const choice = Math.floor(rand() * (ODD_VALUES.length + 2));
      body = withValue(body, choice === ODD_VALUES.length ? [...path, 'zz'] : path, choice > ODD_VALUES.length ? DELETE : ODD_VALUES[choice] ?? 'z');
    }
    out.push(body);
  }
  // A __proto__ own key, as JSON.parse makes it, and inherited keys.
  out.push(JSON.parse(`{"__proto__": {"a": 1}, ${JSON.stringify(example).slice(1)}`.replace(', }', '}')));
  out.push(Object.assign(Object.create({ inherited: 'x' }), example));
  out.push(Object.assign(Object.create(null), example));
  out.push([example]);
  return out;
}

describe('zod-free request validation', () => {
  for (const [name, zod, plain, examples] of PAIRS) {
    it(`reports what the zod schema ${name} reports, for valid and broken bodies`, () => {
      const rand = random(name.length * 7919);
      let compared = 0;
      for (const example of examples) {
        for (const body of variants(example, rand)) {
          const expected = validateWith(zod, body);
          const actual = checkBody(plain, normalizeInput(body));
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            expect(actual, `${name}: ${JSON.stringify(body)}`).to.deep.equal(expected);
          }
          compared++;
        }
      }
      expect(compared).to.be.greaterThan(400);
    });
  }
});
