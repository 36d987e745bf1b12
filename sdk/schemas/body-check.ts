import { ACCOUNT_TYPES, FORMER_OWNER_ROLES, MANAGED_BY_VALUES, SUBSCRIPTION_MODELS, SUSPENSION_REASONS } from './enums.js';
import * as F from './field-rules.js';
import type { FieldError } from './problem.js';

/**
 * The request bodies of requests.ts stated once more without zod, for the validators (validate.ts): a page that
 * checks what a person types then does not bundle zod. They report exactly what the zod schemas report once
 * their issues are turned into field errors (toFieldErrors): the same pointers, codes, messages and order.
 * schemas.test.ts compares the two on every contract example and on generated bodies. Internal to sdk/schemas.
 */

/** RFC 6901 JSON Pointer of a path: `~` → `~0`, `/` → `~1`; the empty path is `""` (the whole body). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export const TYPE_MESSAGES: Record<string, string> = {
  string: 'Must be text.',
  number: 'Must be a number.',
  int: 'Must be a whole number.',
  boolean: 'Must be true or false.',
  array: 'Must be a list.',
  object: 'Must be an object.',
};

export const REQUIRED = 'This field is required.';
export const NOT_ALLOWED = 'This field is not allowed.';
export const choices = (values: readonly unknown[]): string => `Choose one of: ${values.map(String).join(', ')}.`;

/** Checks the value at `path` and appends its field errors to `out`. */
type Node = (value: unknown, path: PropertyKey[], out: FieldError[]) => void;
/** An optional property: absent or undefined is fine. */
type Optional = Node & { optional: true };

const add = (out: FieldError[], path: PropertyKey[], code: string, message: string): void => {
  out.push({ pointer: toPointer(path), code, message });
};

/** A value of the wrong kind; a missing one (undefined) is `required`. */
const wrongType = (value: unknown, path: PropertyKey[], out: FieldError[], expected: string): void =>
  value === undefined ? add(out, path, 'required', REQUIRED) : add(out, path, 'invalid-type', TYPE_MESSAGES[expected]!);

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/* @__NO_SIDE_EFFECTS__ */
function text(rules: F.Rule<string>[]): Node {
  return (value, path, out) => {
    if (typeof value !== 'string') return wrongType(value, path, out, 'string');
    const failed = F.firstFailure(rules, value);
    if (failed) add(out, path, ...failed);
  };
}

/* @__NO_SIDE_EFFECTS__ */
function int(rules: F.Rule<number>[]): Node {
  return (value, path, out) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(value, path, out, 'number');
    if (!Number.isInteger(value)) return add(out, path, 'invalid-type', TYPE_MESSAGES.int!);
    // Beyond the safe range zod reports its own bound first; the rule's out-of-range then repeats pointer and code.
    if (!Number.isSafeInteger(value)) {
      add(out, path, 'out-of-range', value > 0 ? `Must be at most ${Number.MAX_SAFE_INTEGER}.` : `Must be at least ${Number.MIN_SAFE_INTEGER}.`);
    }
    const failed = F.firstFailure(rules, value);
    if (failed) add(out, path, ...failed);
  };
}

const bool: Node = (value, path, out) => {
  if (typeof value !== 'boolean') wrongType(value, path, out, 'boolean');
};

/** An enum or a literal. */
/* @__NO_SIDE_EFFECTS__ */
function oneOf(values: readonly unknown[]): Node {
  return (value, path, out) => {
    if (values.includes(value)) return;
    if (value === undefined) add(out, path, 'required', REQUIRED);
    else add(out, path, 'not-allowed-value', choices(values));
  };
}

/* @__NO_SIDE_EFFECTS__ */
function optional(node: Node): Optional {
  return Object.assign<Node, { optional: true }>((value, path, out) => value !== undefined && node(value, path, out), { optional: true });
}

/* @__NO_SIDE_EFFECTS__ */
function nullable(node: Node): Node {
  return (value, path, out) => value !== null && node(value, path, out);
}

/**
 * A strict object: each property in shape order, then every key the shape lacks (`unknown-field`, in `for…in`
 * order, inherited keys included, as zod does), then `whenClean` when nothing above failed.
 */
/* @__NO_SIDE_EFFECTS__ */
function strict(shape: Record<string, Node | Optional>, whenClean?: (value: Record<PropertyKey, unknown>, path: PropertyKey[], out: FieldError[]) => void): Node {
  return (value, path, out) => {
    if (!isObject(value)) return wrongType(value, path, out, 'object');
    const before = out.length;
    for (const key of Object.keys(shape)) {
      const node = shape[key]!;
      if ('optional' in node && !(key in value)) continue;
      node(value[key], [...path, key], out);
    }
    for (const key in value) if (!Object.hasOwn(shape, key)) add(out, [...path, key], 'unknown-field', NOT_ALLOWED);
    if (whenClean && out.length === before) whenClean(value, path, out);
  };
}

/** A list: each item, then the list's own checks, which run even when items failed. */
/* @__NO_SIDE_EFFECTS__ */
function list(item: Node, ...checks: ((items: unknown[], report: F.Report) => void)[]): Node {
  return (value, path, out) => {
    if (!Array.isArray(value)) return wrongType(value, path, out, 'array');
    for (let i = 0; i < value.length; i++) item(value[i], [...path, i], out);
    for (const check of checks) check(value, (code, message, at = []) => add(out, [...path, ...at], code, message));
  };
}

/** A union told apart by the `key` property, whose value picks the option. */
/* @__NO_SIDE_EFFECTS__ */
function discriminated(key: string, options: [tag: string, node: Node][]): Node {
  return (value, path, out) => {
    if (!isObject(value)) return wrongType(value, path, out, 'object');
    const tag = value[key];
    const option = options.find(([t]) => t === tag);
    if (option) return option[1](value, path, out);
    if (tag === undefined) add(out, [...path, key], 'required', REQUIRED);
    else add(out, [...path, key], 'not-allowed-value', choices(options.map(([t]) => t)));
  };
}

const NOTE = /* @__PURE__ */ text(F.NOTE);
const MINUTES = /* @__PURE__ */ int(F.MINUTES);
const ORGANIZATION_NAME = /* @__PURE__ */ text(F.ORGANIZATION_NAME);
const PERSON_NAME = /* @__PURE__ */ text(F.PERSON_NAME);
const EMAIL = /* @__PURE__ */ text(F.EMAIL);
const E164 = /* @__PURE__ */ text(F.E164);
const COUNTRY_CODE = /* @__PURE__ */ text(F.COUNTRY_CODE);
const ADDRESS_LINE = /* @__PURE__ */ text(F.ADDRESS_LINE);
const CITY_NAME = /* @__PURE__ */ text(F.CITY_NAME);

const POSTAL_ADDRESS = /* @__PURE__ */ strict({
  street1: ADDRESS_LINE,
  street2: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(ADDRESS_LINE)),
  city: CITY_NAME,
  stateOrProvince: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(CITY_NAME)),
  postCode: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ text(F.POST_CODE))),
  countryCode: COUNTRY_CODE,
});

export const BILLING_INPUT = /* @__PURE__ */ strict({
  billingName: ORGANIZATION_NAME,
  billingEmail: EMAIL,
  address: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(POSTAL_ADDRESS)),
  taxRegistrationNumber: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ text(F.TAX_REGISTRATION_NUMBER))),
});

const BUYER_TAG_LIST = /* @__PURE__ */ list(
  /* @__PURE__ */ strict({ key: /* @__PURE__ */ text(F.BUYER_TAG_KEY), value: /* @__PURE__ */ text(F.BUYER_TAG_VALUE) }),
  /* @__PURE__ */ F.listSize(F.MAX_BUYER_TAGS, 'buyer tags'),
  F.uniqueBuyerTagKeys,
);

export const CREATE_ORGANIZATION_REQUEST = /* @__PURE__ */ strict({
  name: ORGANIZATION_NAME,
  accountType: /* @__PURE__ */ oneOf(ACCOUNT_TYPES),
  subscriptionModel: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(SUBSCRIPTION_MODELS)),
  managedBy: /* @__PURE__ */ oneOf(MANAGED_BY_VALUES),
  countryCode: COUNTRY_CODE,
  currencyCode: /* @__PURE__ */ text(F.CURRENCY_CODE),
  tenantId: /* @__PURE__ */ optional(/* @__PURE__ */ text(F.TENANT_ID)),
  owner: /* @__PURE__ */ optional(
    /* @__PURE__ */ strict({ email: EMAIL, firstName: PERSON_NAME, lastName: PERSON_NAME, mobileNumber: /* @__PURE__ */ optional(E164) }),
  ),
  billing: /* @__PURE__ */ optional(BILLING_INPUT),
  buyerTags: /* @__PURE__ */ optional(BUYER_TAG_LIST),
  requireRemoteSupportApproval: /* @__PURE__ */ optional(bool),
});

/** minProperties 1, judged only on an otherwise clean body (see OrganizationPatch in requests.ts). */
export const ORGANIZATION_PATCH = /* @__PURE__ */ strict(
  { name: /* @__PURE__ */ optional(ORGANIZATION_NAME), countryCode: /* @__PURE__ */ optional(COUNTRY_CODE) },
  (value, path, out) => {
    if (!('name' in value) && !('countryCode' in value)) add(out, path, 'too-short', 'Change at least one field.');
  },
);

export const BUYER_TAGS_REPLACEMENT = /* @__PURE__ */ strict({ buyerTags: BUYER_TAG_LIST });

const NEW_OWNER = /* @__PURE__ */ discriminated('kind', [
  [
    'NEW_PERSON',
    /* @__PURE__ */ strict({
      kind: /* @__PURE__ */ oneOf(['NEW_PERSON']),
      email: EMAIL,
      firstName: PERSON_NAME,
      lastName: PERSON_NAME,
      mobileNumber: /* @__PURE__ */ optional(E164),
    }),
  ],
  ['EXISTING_MEMBER', /* @__PURE__ */ strict({ kind: /* @__PURE__ */ oneOf(['EXISTING_MEMBER']), memberId: /* @__PURE__ */ text(F.UUID) })],
]);

export const OWNERSHIP_CHANGE_REQUEST = /* @__PURE__ */ discriminated('to', [
  [
    'CUSTOMER',
    /* @__PURE__ */ strict({
      to: /* @__PURE__ */ oneOf(['CUSTOMER']),
      newOwner: /* @__PURE__ */ optional(NEW_OWNER),
      requireRemoteSupportApproval: /* @__PURE__ */ optional(bool),
    }),
  ],
  [
    'SERVICE_PROVIDER',
    /* @__PURE__ */ strict({ to: /* @__PURE__ */ oneOf(['SERVICE_PROVIDER']), formerOwnerRole: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(FORMER_OWNER_ROLES)) }),
  ],
]);

export const SUSPEND_REQUEST = /* @__PURE__ */ strict({ reason: /* @__PURE__ */ oneOf(SUSPENSION_REASONS), note: /* @__PURE__ */ optional(NOTE) });
export const CREATE_REMOTE_SUPPORT_REQUEST = /* @__PURE__ */ strict({ reason: NOTE, requestedMinutes: MINUTES });
export const APPROVE_REMOTE_SUPPORT_REQUEST = /* @__PURE__ */ strict({ minutes: /* @__PURE__ */ optional(MINUTES) });
export const REJECT_REMOTE_SUPPORT_REQUEST = /* @__PURE__ */ strict({ note: /* @__PURE__ */ optional(NOTE) });

/** The field errors of `body` (already normalised), each pointer and code once, first report first, as toFieldErrors. */
export function checkBody(node: Node, body: unknown): FieldError[] {
  const out: FieldError[] = [];
  node(body, [], out);
  const seen = new Set<string>();
  return out.filter((e) => {
    const id = `${e.pointer}\u0000${e.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
