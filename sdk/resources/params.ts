/**
 * Query parameters of the two list operations, and the checks every method runs before it sends anything.
 * Query rules live here rather than in sdk/schemas because they shape URLs, not bodies: a bad value would
 * be the server's `400 malformed-request`, and the client reports it as field errors at `/q`, `/limit`, ….
 */
import * as z from 'zod/mini';
import { clientValidationError, type KeyedRequestOptions } from '../http.js';
import type { FieldError } from '../errors.js';
import { isValidForSearchBy } from '../rules/search-key.js';
import type { ProblemSlug } from '../schemas/problem.js';
import { AccountType, ManagedBy, MemberRole, MemberStatus, OrganizationStatus, SearchBy } from '../schemas/enums.js';
import { validateWith, type Validator } from '../schemas/validate.js';

const enumList = <T extends z.core.SomeType>(item: T, max: number) =>
  z.optional(
    z.array(item).check(
      z.maxLength(max),
      z.refine((values: unknown[]) => new Set(values).size === values.length, { params: { code: 'duplicate-key' }, error: 'Each value may appear only once.' }),
    ),
  );
/** Lengths count code points, as the contract does (`maxLength` of a JSON Schema string). */
const query = (max: number) =>
  z.optional(
    z.string().check(z.refine((s: string) => [...s].length <= max, { params: { code: 'too-long' }, error: `Must be at most ${max} characters.` })),
  );
const Limit = z.optional(z.int().check(z.minimum(1), z.maximum(100)));
const Cursor = z.optional(z.string().check(z.minLength(1), z.maxLength(512), z.regex(/^[A-Za-z0-9_-]+$/)));

export const SEARCH_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SearchParams = z.strictObject({
  q: query(200),
  searchBy: z.optional(SearchBy),
  status: enumList(OrganizationStatus, 3),
  accountType: enumList(AccountType, 5),
  managedBy: enumList(ManagedBy, 2),
  limit: Limit,
  cursor: Cursor,
  sort: z.optional(z.enum(SEARCH_SORTS)),
});
/** `client.organizations.search()` parameters. Lists are sent comma-separated; an empty `q` means filters only. */
export interface SearchParams {
  /** Free text, a UUID, a phone number, a customer reference, an external contract or a SIP username. */
  q?: string | undefined;
  /** `auto` (default): the server detects the key from the shape of `q`. */
  searchBy?: SearchBy | undefined;
  /** Default (server side): ACTIVE and SUSPENDED. */
  status?: readonly OrganizationStatus[] | undefined;
  accountType?: readonly AccountType[] | undefined;
  managedBy?: readonly ManagedBy[] | undefined;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A `nextCursor` to start from. */
  cursor?: string | undefined;
  sort?: SearchSort | undefined;
}

export const MemberListParams = z.strictObject({
  q: query(100),
  role: enumList(MemberRole, 3),
  status: enumList(MemberStatus, 3),
  limit: Limit,
  cursor: Cursor,
});
/** `client.members.list()` parameters. Lists are sent comma-separated. */
export interface MemberListParams {
  /** Substring of first name, last name or email, ignoring case. */
  q?: string | undefined;
  role?: readonly MemberRole[] | undefined;
  status?: readonly MemberStatus[] | undefined;
  /** 1–100, default 20. */
  limit?: number | undefined;
  /** A `nextCursor` to start from. */
  cursor?: string | undefined;
}

export function validateSearchParams(input: unknown): FieldError[] {
  const errors = validateWith(SearchParams, input);
  const { q, searchBy } = (input ?? {}) as { q?: unknown; searchBy?: unknown };
  const by = SearchBy.safeParse(searchBy);
  if (typeof q === 'string' && by.success && !errors.some((e) => e.pointer === '/q') && !isValidForSearchBy(q, by.data)) {
    errors.push({ pointer: '/q', code: 'invalid-format', message: `This is not a valid ${by.data} to search for.` });
  }
  return errors;
}

export function validateMemberListParams(input: unknown): FieldError[] {
  return validateWith(MemberListParams, input);
}

/**
 * Throws the client-side error (nothing is sent) when `validator` finds anything: the contract's rules only, so a
 * call behaves the same whatever was read before; the domain's rules (currencies, buyer-tag keys, grant minutes)
 * are the server's, and a form checks them with `validate*(input, capabilities)`.
 */
export function assertValid(validator: Validator, input: unknown, type?: ProblemSlug): void {
  const errors = validator(input);
  if (errors.length > 0) throw clientValidationError(errors, type);
}

/** An organization's UUID and the version to send as `If-Match`; an Organization is one. */
export interface OrganizationRef {
  uuid: string;
  version: number;
}

/** Checks a ref before its `If-Match` is sent: a stale or missing version is a programming error, not a 412. */
export function assertRef(ref: OrganizationRef): OrganizationRef {
  const errors: FieldError[] = [];
  if (typeof ref?.uuid !== 'string' || ref.uuid === '') errors.push({ pointer: '/uuid', code: 'required', message: 'The organization UUID is required.' });
  if (!Number.isSafeInteger(ref?.version) || ref.version < 1) {
    errors.push({ pointer: '/version', code: 'required', message: 'The organization version (from the last read) is required.' });
  }
  // Without a version there is no If-Match, which the server answers with 428 precondition-required.
  if (errors.length > 0) throw clientValidationError(errors, errors.at(-1)!.pointer === '/version' ? 'precondition-required' : 'validation');
  return ref;
}

/** Checks an id that goes into the path; its format is the server's business (a malformed one is a 404 there). */
export function assertId(id: string, name: string): string {
  if (typeof id !== 'string' || id === '') throw clientValidationError([{ pointer: `/${name}`, code: 'required', message: `The ${name} is required.` }]);
  return id;
}

const IDEMPOTENCY_KEY = /^[\x20-\x7E]{1,255}$/;

/** The caller's Idempotency-Key (1–255 printable ASCII), or a fresh UUID v4. */
export function idempotencyKeyOf(options: KeyedRequestOptions | undefined, fresh: () => string): string {
  const key = options?.idempotencyKey;
  if (key === undefined) return fresh();
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw clientValidationError([{ pointer: '', code: 'invalid-format', message: 'An Idempotency-Key has 1 to 255 printable ASCII characters.' }], 'malformed-request');
  }
  return key;
}
