import * as z from 'zod/mini';
import { MAX_BUYER_TAGS, ORGANIZATION_FIELDS } from './organization.js';
import type { FieldError, ProblemSlug } from './problem.js';
import {
  ApproveRemoteSupportRequest,
  BillingInput,
  BuyerTagsReplacement,
  CreateOrganizationRequest,
  CreateRemoteSupportRequest,
  OrganizationPatch,
  OwnershipChangeRequest,
  RejectRemoteSupportRequest,
  SuspendRequest,
} from './requests.js';
import type { DomainCapabilities } from './session.js';
import { MIN_GRANT_MINUTES } from './field-rules.js';

/**
 * Client-side twin of the server's `422 validation`: the UI runs these on every keystroke, the mock backend
 * runs them to answer requests, so both report the same pointers, codes and messages. Each runs the request's
 * zod/mini schema (requests.ts), the one statement of the contract's rules, and turns its issues into field errors.
 */

/** RFC 6901 JSON Pointer of a path: `~` → `~0`, `/` → `~1`; the empty path is `""` (the whole body). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Must be text.',
  number: 'Must be a number.',
  int: 'Must be a whole number.',
  boolean: 'Must be true or false.',
  array: 'Must be a list.',
  object: 'Must be an object.',
};
const REQUIRED = 'This field is required.';
const NOT_ALLOWED = 'This field is not allowed.';
const choices = (values: readonly unknown[]): string => `Choose one of: ${values.map(String).join(', ')}.`;

/** The contract's stable field-error codes (ProblemFieldError.code). */
export const FIELD_ERROR_CODES = [
  'required',
  'unknown-field',
  'field-not-patchable',
  'invalid-type',
  'invalid-format',
  'too-short',
  'too-long',
  'out-of-range',
  'not-allowed-value',
  'too-many-items',
  'duplicate-key',
  'country-unknown',
  'currency-not-enabled',
  'buyer-tag-key-not-allowed',
  'image-invalid',
  'immutable-field',
] as const;
/** A field-error code: one of the stable codes, or the slug of the business-rule problem the error stands for. */
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number] | ProblemSlug;

/**
 * Codes the validators report as field errors for the UI's sake, although the server answers them with their own
 * 422 problem (whose slug is the code) only after the rest of the body passed validation.
 */
export const BUSINESS_RULE_CODES = ['owner-required', 'former-owner-role-required'] as const;

export function isBusinessRuleCode(code: string): boolean {
  return (BUSINESS_RULE_CODES as readonly string[]).includes(code);
}

/**
 * Splits a validator's result the way the server evaluates it: `validation` errors first (all of them, as one
 * `422 validation`), and only when there are none, the first of `businessRules` as its own problem.
 */
export function splitBusinessRuleErrors(errors: readonly FieldError[]): {
  validation: FieldError[];
  businessRules: FieldError[];
} {
  return {
    validation: errors.filter((e) => !isBusinessRuleCode(e.code)),
    businessRules: errors.filter((e) => isBusinessRuleCode(e.code)),
  };
}

/** A validator: the field errors of a request body, `[]` when it is valid. */
export type Validator = (input: unknown, capabilities?: DomainCapabilities) => FieldError[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * What the server does to every string before validating: NFC-normalise and trim. Deep; returns a new value
 * and leaves the input untouched. Values other than strings, arrays and plain objects pass through.
 */
export function normalizeInput<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map((item: unknown) => normalizeInput(item)) as T;
  // fromEntries defines own properties, so a JSON "__proto__" key stays a key instead of becoming a prototype.
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeInput(v)])) as T;
  return value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): FieldError[] {
  const pointer = toPointer(issue.path);
  const error = (code: string, message: string): FieldError[] => [{ pointer, code, message }];
  // A value the schema expected but the body lacks: a missing property, whatever kind of value it should have been.
  const missing = valueAt(input, issue.path) === undefined;
  switch (issue.code) {
    case 'custom':
      return error(typeof issue.params?.code === 'string' ? issue.params.code : 'invalid-format', issue.message);
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        pointer: toPointer([...issue.path, key]),
        code: 'unknown-field',
        message: NOT_ALLOWED,
      }));
    case 'invalid_type':
      if (missing) return error('required', REQUIRED);
      return error('invalid-type', TYPE_MESSAGES[issue.expected] ?? 'Has the wrong type.');
    case 'invalid_value':
      return missing ? error('required', REQUIRED) : error('not-allowed-value', choices(issue.values));
    case 'invalid_union':
      if (missing) return error('required', REQUIRED);
      return 'options' in issue && issue.options
        ? error('not-allowed-value', choices(issue.options))
        : error('invalid-type', 'Has the wrong type.');
    case 'too_big':
      if (issue.origin === 'string') return error('too-long', `Must be at most ${issue.maximum} characters.`);
      if (issue.origin === 'array') return error('too-many-items', `Add at most ${issue.maximum} items.`);
      return error('out-of-range', `Must be at most ${issue.maximum}.`);
    case 'too_small':
      if (issue.origin === 'string') return error('too-short', `Must be at least ${issue.minimum} characters.`);
      if (issue.origin === 'array') return error('too-short', `Add at least ${issue.minimum} items.`);
      return error('out-of-range', `Must be at least ${issue.minimum}.`);
    default:
      return error('invalid-format', 'Has an invalid format.');
  }
}

/** Turns zod issues into field errors; `input` is the validated value, used to tell "missing" from "wrong type". */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const seen = new Set<string>();
  return issues
    .flatMap((issue) => fromIssue(issue, input))
    .filter((e) => {
      const id = `${e.pointer}\u0000${e.code}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

function check(schema: z.core.$ZodType, normalized: unknown): FieldError[] {
  const result = z.safeParse(schema, normalized);
  return result.success ? [] : toFieldErrors(result.error.issues, normalized);
}

/** Validates any schema of this folder against the normalised `input` (see normalizeInput). */
export function validateWith(schema: z.core.$ZodType, input: unknown): FieldError[] {
  return check(schema, normalizeInput(input));
}

const hasErrorAt = (errors: readonly FieldError[], pointer: string): boolean =>
  errors.some((e) => e.pointer === pointer || e.pointer.startsWith(`${pointer}/`));

function field(body: unknown, key: string): unknown {
  return isPlainObject(body) ? body[key] : undefined;
}

function currencyErrors(body: unknown, errors: readonly FieldError[], capabilities: DomainCapabilities): FieldError[] {
  const currency = field(body, 'currencyCode');
  if (
    typeof currency !== 'string' ||
    hasErrorAt(errors, '/currencyCode') ||
    capabilities.enabledCurrencies.includes(currency)
  )
    return [];
  return [
    { pointer: '/currencyCode', code: 'currency-not-enabled', message: `${currency} is not enabled for this domain.` },
  ];
}

function buyerTagErrors(body: unknown, errors: readonly FieldError[], capabilities: DomainCapabilities): FieldError[] {
  const tags = field(body, 'buyerTags');
  if (!Array.isArray(tags)) return [];
  const out: FieldError[] = [];
  const max = Math.min(MAX_BUYER_TAGS, capabilities.maxBuyerTags);
  if (tags.length > max && !errors.some((e) => e.pointer === '/buyerTags' && e.code === 'too-many-items')) {
    out.push({
      pointer: '/buyerTags',
      code: 'too-many-items',
      message:
        max === 0 ? 'This domain does not use buyer tags.' : `Add at most ${max} buyer tag${max === 1 ? '' : 's'}.`,
    });
  }
  tags.forEach((tag: unknown, index) => {
    const key = field(tag, 'key');
    const pointer = `/buyerTags/${index}/key`;
    if (typeof key === 'string' && !hasErrorAt(errors, pointer) && !capabilities.buyerTagKeys.includes(key)) {
      out.push({
        pointer,
        code: 'buyer-tag-key-not-allowed',
        message: `${key} is not a buyer tag key of this domain.`,
      });
    }
  });
  return out;
}

/**
 * The business-rule field errors, one copy shared with `sdk/rules` (which the server applies after validation):
 * the validators report them so a form can show them at their field as the person types.
 */
export const OWNER_REQUIRED_ON_CREATE: FieldError = {
  pointer: '/owner',
  code: 'owner-required',
  message: "Enter the owner's email, first name and last name.",
};
export const OWNER_REQUIRED_ON_SWITCH: FieldError = {
  pointer: '/newOwner',
  code: 'owner-required',
  message: 'Choose an existing member or invite a new person as the owner.',
};
export const FORMER_OWNER_ROLE_REQUIRED: FieldError = {
  pointer: '/formerOwnerRole',
  code: 'former-owner-role-required',
  message: 'Choose the role the former owner will have.',
};

/**
 * Create-organization body. Without capabilities it checks the contract alone; with them it adds
 * currency-not-enabled, buyer-tag-key-not-allowed and the domain's buyer-tag limit. The business rule
 * owner-required (managedBy CUSTOMER without owner) comes last; account type and subscription model are
 * business problems, not field errors (see creationRuleViolations in sdk/rules).
 */
export function validateCreateOrganization(input: unknown, capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(input);
  const errors = check(CreateOrganizationRequest, body);
  if (capabilities)
    errors.push(...currencyErrors(body, errors, capabilities), ...buyerTagErrors(body, errors, capabilities));
  if (field(body, 'managedBy') === 'CUSTOMER' && field(body, 'owner') === undefined) {
    errors.push({ ...OWNER_REQUIRED_ON_CREATE });
  }
  return errors;
}

/** Fields fixed at creation; a PATCH naming any of them gets `409 immutable-field` before validation. */
export const IMMUTABLE_FIELDS = [
  'uuid',
  'tenantId',
  'accountType',
  'subscriptionModel',
  'currencyCode',
  'createdAt',
] as const;
export type ImmutableField = (typeof IMMUTABLE_FIELDS)[number];

const IMMUTABLE_LABELS: Record<ImmutableField, string> = {
  uuid: 'UUID',
  tenantId: 'Tenant ID',
  accountType: 'Account type',
  subscriptionModel: 'Subscription model',
  currencyCode: 'Currency',
  createdAt: 'Creation time',
};

/** The immutable fields a patch names, even with their current value, in contract order. */
export function immutableFieldsIn(patch: unknown): ImmutableField[] {
  return isPlainObject(patch) ? IMMUTABLE_FIELDS.filter((key) => Object.hasOwn(patch, key)) : [];
}

/** The `errors` of a `409 immutable-field` problem for this patch (empty when it names none). */
export function immutableFieldErrors(patch: unknown): FieldError[] {
  return immutableFieldsIn(patch).map((key) => ({
    pointer: `/${key}`,
    code: 'immutable-field',
    message: `${IMMUTABLE_LABELS[key]} cannot be changed.`,
  }));
}

const PATCHABLE = new Set(['name', 'countryCode']);

/**
 * PATCH body (name, countryCode). Keys of Organization that cannot be patched give field-not-patchable, other
 * keys unknown-field. Immutable keys are left out: report them with immutableFieldsIn, the server's 409 comes first.
 */
export function validateOrganizationPatch(input: unknown, _capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(input);
  const errors = check(OrganizationPatch, body).filter((e) => e.code !== 'unknown-field');
  if (!isPlainObject(body)) return errors;
  const immutable: readonly string[] = IMMUTABLE_FIELDS;
  const known: readonly string[] = ORGANIZATION_FIELDS;
  for (const key of Object.keys(body)) {
    if (PATCHABLE.has(key) || immutable.includes(key)) continue;
    errors.push(
      known.includes(key)
        ? {
            pointer: toPointer([key]),
            code: 'field-not-patchable',
            message: 'This field cannot be changed by editing.',
          }
        : { pointer: toPointer([key]), code: 'unknown-field', message: 'This field is not allowed.' },
    );
  }
  return errors;
}

/** `PUT …/billing` body; pointers are relative to that body (`/address/postCode`). */
export function validateBilling(input: unknown, _capabilities?: DomainCapabilities): FieldError[] {
  return check(BillingInput, normalizeInput(input));
}

/**
 * `PUT …/buyer-tags`. Takes the body `{buyerTags: [...]}` or, for a form holding just the list, the array
 * itself; either way the pointers are the body's (`/buyerTags/1/key`), so they match the server's.
 */
export function validateBuyerTags(input: unknown, capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(Array.isArray(input) ? { buyerTags: input } : input);
  const errors = check(BuyerTagsReplacement, body);
  if (capabilities) errors.push(...buyerTagErrors(body, errors, capabilities));
  return errors;
}

/** Ownership change, discriminated on `to`; a missing newOwner / formerOwnerRole is reported as its business rule. */
export function validateOwnershipChange(input: unknown, _capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(input);
  const errors = check(OwnershipChangeRequest, body);
  const to = field(body, 'to');
  if (to === 'CUSTOMER' && field(body, 'newOwner') === undefined) {
    errors.push({ ...OWNER_REQUIRED_ON_SWITCH });
  }
  if (to === 'SERVICE_PROVIDER' && field(body, 'formerOwnerRole') === undefined) {
    errors.push({ ...FORMER_OWNER_ROLE_REQUIRED });
  }
  return errors;
}

export function validateSuspend(input: unknown, _capabilities?: DomainCapabilities): FieldError[] {
  return check(SuspendRequest, normalizeInput(input));
}

/** Applies the domain's `maxGrantMinutes` to a minutes field, with a message naming the real range. */
function minutesErrors(
  body: unknown,
  key: string,
  errors: FieldError[],
  capabilities?: DomainCapabilities,
): FieldError[] {
  if (!capabilities) return errors;
  const max = capabilities.remoteSupport.maxGrantMinutes;
  const pointer = `/${key}`;
  const message = `Must be between ${MIN_GRANT_MINUTES} and ${max} minutes.`;
  const value = field(body, key);
  const adjusted = errors.map((e) => (e.pointer === pointer && e.code === 'out-of-range' ? { ...e, message } : e));
  if (typeof value === 'number' && value > max && !hasErrorAt(errors, pointer))
    adjusted.push({ pointer, code: 'out-of-range', message });
  return adjusted;
}

/** New remote-support request; `requestedMinutes` is MIN_GRANT_MINUTES..capabilities.remoteSupport.maxGrantMinutes. */
export function validateRemoteSupportRequest(input: unknown, capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(input);
  return minutesErrors(body, 'requestedMinutes', check(CreateRemoteSupportRequest, body), capabilities);
}

/** Approve body. The body is optional, so `undefined` (no body) is valid. */
export function validateApprove(input: unknown, capabilities?: DomainCapabilities): FieldError[] {
  const body = normalizeInput(input === undefined ? {} : input);
  return minutesErrors(body, 'minutes', check(ApproveRemoteSupportRequest, body), capabilities);
}

/** Reject body. The body is optional, so `undefined` (no body) is valid. */
export function validateReject(input: unknown, _capabilities?: DomainCapabilities): FieldError[] {
  return check(RejectRemoteSupportRequest, normalizeInput(input === undefined ? {} : input));
}
