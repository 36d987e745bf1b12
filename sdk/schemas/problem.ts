import * as z from 'zod/mini';
import { intRange, list, text } from './checks.js';
import { OrganizationStatus } from './enums.js';

/** Every problem `type` is this base followed by the slug. */
export const PROBLEM_TYPE_BASE = 'https://errors.sales-hub.example/';

/** The contract's `x-problem-catalogue`: each slug's HTTP status and fixed (never localised) title. */
export const PROBLEM_CATALOGUE = {
  'malformed-request': { status: 400, title: 'Request is malformed.' },
  'idempotency-key-missing': { status: 400, title: 'Idempotency-Key header is required.' },
  unauthenticated: { status: 401, title: 'Authentication is required.' },
  forbidden: { status: 403, title: 'You do not have permission to perform this action.' },
  'approval-required': { status: 403, title: 'Remote support approval is required.' },
  'not-found': { status: 404, title: 'Resource not found.' },
  'immutable-field': { status: 409, title: 'Field cannot be changed.' },
  'duplicate-tenant-id': { status: 409, title: 'Tenant ID is already in use.' },
  'invalid-state-transition': { status: 409, title: "Action is not allowed in the organization's current status." },
  'invalid-state': { status: 409, title: 'Action is not allowed in the current state.' },
  'ownership-unchanged': { status: 409, title: 'Organization already has this ownership type.' },
  'has-child-organizations': { status: 409, title: 'Organization has child organizations.' },
  'etag-mismatch': { status: 412, title: 'Organization has been modified.' },
  'payload-too-large': { status: 413, title: 'Payload is too large.' },
  'unsupported-media-type': { status: 415, title: 'Media type is not supported.' },
  validation: { status: 422, title: 'Organization is invalid.' },
  'owner-required': { status: 422, title: 'An owner is required.' },
  'former-owner-role-required': { status: 422, title: 'A role for the former owner is required.' },
  'member-not-eligible': { status: 422, title: 'Member cannot become the owner.' },
  'subscription-model-not-allowed': { status: 422, title: 'Subscription model is not allowed in this domain.' },
  'account-type-not-allowed': { status: 422, title: 'Account type cannot be created in this domain.' },
  'confirmation-mismatch': { status: 422, title: 'Confirmation does not match the organization name.' },
  'approval-not-required': { status: 422, title: 'Remote support approval is not required.' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key was used with a different request.' },
  'precondition-required': { status: 428, title: 'If-Match header is required.' },
  'rate-limited': { status: 429, title: 'Too many requests.' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof PROBLEM_CATALOGUE;
export type ProblemType = `${typeof PROBLEM_TYPE_BASE}${ProblemSlug}`;

export const PROBLEM_SLUGS = /* @__PURE__ */ Object.keys(PROBLEM_CATALOGUE) as readonly ProblemSlug[];

/** `https://errors.sales-hub.example/<slug>` */
export function problemTypeOf(slug: ProblemSlug): ProblemType {
  return `${PROBLEM_TYPE_BASE}${slug}`;
}

/** The slug of a known problem type URI, or null for anything else. */
export function problemSlugOf(type: string): ProblemSlug | null {
  if (!type.startsWith(PROBLEM_TYPE_BASE)) return null;
  const slug = type.slice(PROBLEM_TYPE_BASE.length);
  return Object.hasOwn(PROBLEM_CATALOGUE, slug) ? (slug as ProblemSlug) : null;
}

const POINTER_PATTERN = /^(\/([^~/]|~[01])*)*$/u;

/** One field error: an RFC 6901 pointer into the request body ("" = the whole body), a stable code, an English message. */
export const ProblemFieldError = /* @__PURE__ */ z.object({
  pointer: /* @__PURE__ */ text(0, 500, POINTER_PATTERN, 'Enter a JSON pointer.'),
  code: /* @__PURE__ */ text(1, 64, /^[a-z][a-z0-9-]*$/, 'Use lower-case letters, digits and hyphens.'),
  message: /* @__PURE__ */ text(1, 500),
});
export interface ProblemFieldError extends z.infer<typeof ProblemFieldError> {}
export type FieldError = ProblemFieldError;

/** RFC 9457 problem details. Clients branch on `type` and `errors[].code`, never on `title` or `detail`. */
export const Problem = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.enum(/* @__PURE__ */ PROBLEM_SLUGS.map(problemTypeOf) as readonly ProblemType[]),
  title: /* @__PURE__ */ text(1, 200),
  status: /* @__PURE__ */ intRange(400, 599),
  detail: /* @__PURE__ */ text(1, 2000),
  /** The request path. */
  instance: /* @__PURE__ */ text(0, 2048),
  requestId: /* @__PURE__ */ text(1, 128, /^[A-Za-z0-9._-]+$/, "Use letters, digits, '.', '_' or '-'."),
  /** Every field error of `validation`; the one field of a business-rule or immutable-field problem. */
  errors: /* @__PURE__ */ z.optional(/* @__PURE__ */ list(ProblemFieldError, 100, 'errors', 1)),
  /** Only on `etag-mismatch`. */
  currentVersion: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ intRange(
      1,
      9007199254740991 /* Number.MAX_SAFE_INTEGER, as a literal so that the schema stays tree-shakeable */,
      'Must be at least 1.',
    ),
  ),
  /** Only on `invalid-state-transition`. */
  currentStatus: /* @__PURE__ */ z.optional(OrganizationStatus),
});
export interface Problem extends z.infer<typeof Problem> {}
