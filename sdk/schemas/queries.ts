/**
 * Query parameters of the two list operations (GET /organizations, GET /organizations/{uuid}/members): one rule for
 * the client, which checks them before it sends anything, and for the mock, which reads a query string with it.
 * A bad value is the server's `400 malformed-request`; the client reports it as field errors at `/q`, `/limit`, ….
 */
import * as z from 'zod/mini';
import { isValidForSearchBy, MAX_QUERY_LENGTH } from '../rules/search-key.js';
import { intRange, text, uniqueList } from './checks.js';
import { AccountType, ManagedBy, MemberRole, MemberStatus, OrganizationStatus, SearchBy } from './enums.js';
import { MAX_MEMBER_QUERY_LENGTH, MAX_PAGE_SIZE } from './field-rules.js';
import { Cursor } from './primitives.js';
import type { FieldError } from './problem.js';
import { normalizeInput, validateWith } from './validate.js';

export const SEARCH_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const Limit = /* @__PURE__ */ z.optional(/* @__PURE__ */ intRange(1, MAX_PAGE_SIZE));

// An empty `q` is allowed here because the client leaves an empty value out of the URL (filters only); on the
// wire a parameter given empty is refused before these schemas run (see fromQuery).
export const SearchParams = /* @__PURE__ */ z.strictObject({
  q: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(0, MAX_QUERY_LENGTH)),
  searchBy: /* @__PURE__ */ z.optional(SearchBy),
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ uniqueList(OrganizationStatus, 3)),
  accountType: /* @__PURE__ */ z.optional(/* @__PURE__ */ uniqueList(AccountType, 5)),
  managedBy: /* @__PURE__ */ z.optional(/* @__PURE__ */ uniqueList(ManagedBy, 2)),
  limit: Limit,
  cursor: /* @__PURE__ */ z.optional(Cursor),
  sort: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(SEARCH_SORTS)),
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

export const MemberListParams = /* @__PURE__ */ z.strictObject({
  q: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(0, MAX_MEMBER_QUERY_LENGTH)),
  role: /* @__PURE__ */ z.optional(/* @__PURE__ */ uniqueList(MemberRole, 3)),
  status: /* @__PURE__ */ z.optional(/* @__PURE__ */ uniqueList(MemberStatus, 3)),
  limit: Limit,
  cursor: /* @__PURE__ */ z.optional(Cursor),
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

/** Field errors of search parameters, including a `q` that cannot match an explicit `searchBy`. */
export function validateSearchParams(input: unknown): FieldError[] {
  const errors = validateWith(SearchParams, input);
  const { q, searchBy } = (input ?? {}) as { q?: unknown; searchBy?: unknown };
  const by = SearchBy.safeParse(searchBy);
  if (
    typeof q === 'string' &&
    by.success &&
    !errors.some((e) => e.pointer === '/q') &&
    !isValidForSearchBy(q, by.data)
  ) {
    errors.push({ pointer: '/q', code: 'invalid-format', message: `This is not a valid ${by.data} to search for.` });
  }
  return errors;
}

export function validateMemberListParams(input: unknown): FieldError[] {
  return validateWith(MemberListParams, input);
}

/** Query parameters read back from a URL: the parameters, or what is wrong with them. */
export type ParsedQuery<T> = { ok: true; params: T } | { ok: false; errors: FieldError[] };

/**
 * Reads a query string the way the client writes it (each parameter once, lists comma-separated, whole numbers in
 * digits), then checks it with the client's own validator. Parameters the operation does not have are ignored, as
 * servers do; a parameter given twice or given empty is an error (the client never sends either).
 */
function fromQuery<T>(
  query: URLSearchParams,
  schema: { shape: object },
  lists: readonly string[],
  validate: (input: unknown) => FieldError[],
): ParsedQuery<T> {
  const input: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const key of Object.keys(schema.shape)) {
    const values = query.getAll(key);
    const raw = values[0];
    if (raw === undefined) continue;
    const isList = lists.includes(key);
    if (values.length > 1) {
      errors.push({
        pointer: `/${key}`,
        code: 'duplicate-key',
        message: isList ? 'Give this parameter once, as a comma-separated list.' : 'Give this parameter once.',
      });
    } else if (raw === '') {
      errors.push({ pointer: `/${key}`, code: 'too-short', message: 'Give a value, or leave the parameter out.' });
    } else {
      // `limit` is the one whole-number parameter of both operations.
      input[key] = isList ? raw.split(',') : key === 'limit' && /^[0-9]+$/.test(raw) ? Number(raw) : raw;
    }
  }
  errors.push(...validate(input));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: normalizeInput(input) as T };
}

/** GET /organizations's query string as search parameters (what the mock answers with `400` when it fails). */
export function parseSearchQuery(query: URLSearchParams): ParsedQuery<SearchParams> {
  return fromQuery(query, SearchParams, ['status', 'accountType', 'managedBy'], validateSearchParams);
}

/** GET /organizations/{uuid}/members's query string as member-list parameters. */
export function parseMemberListQuery(query: URLSearchParams): ParsedQuery<MemberListParams> {
  return fromQuery(query, MemberListParams, ['role', 'status'], validateMemberListParams);
}
