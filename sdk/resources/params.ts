/**
 * The checks every method runs before it sends anything. The query parameters' own rules are in
 * sdk/schemas/queries.ts, shared with the mock.
 */
import { clientValidationError, type KeyedRequestOptions } from '../http.js';
import type { FieldError } from '../errors.js';
import { IDEMPOTENCY_KEY_PATTERN } from '../schemas/primitives.js';
import type { ProblemSlug } from '../schemas/problem.js';
import type { Validator } from '../schemas/validate.js';

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
  if (typeof ref?.uuid !== 'string' || ref.uuid === '')
    errors.push({ pointer: '/uuid', code: 'required', message: 'The organization UUID is required.' });
  if (!Number.isSafeInteger(ref?.version) || ref.version < 1) {
    errors.push({
      pointer: '/version',
      code: 'required',
      message: 'The organization version (from the last read) is required.',
    });
  }
  // Without a version there is no If-Match, which the server answers with 428 precondition-required.
  if (errors.length > 0)
    throw clientValidationError(errors, errors.at(-1)?.pointer === '/version' ? 'precondition-required' : 'validation');
  return ref;
}

/** Checks an id that goes into the path; its format is the server's business (a malformed one is a 404 there). */
export function assertId(id: string, name: string): string {
  if (typeof id !== 'string' || id === '')
    throw clientValidationError([{ pointer: `/${name}`, code: 'required', message: `The ${name} is required.` }]);
  return id;
}

/** The caller's Idempotency-Key (1–255 printable ASCII), or a fresh UUID v4. */
export function idempotencyKeyOf(options: KeyedRequestOptions | undefined, fresh: () => string): string {
  const key = options?.idempotencyKey;
  if (key === undefined) return fresh();
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw clientValidationError(
      [{ pointer: '', code: 'invalid-format', message: 'An Idempotency-Key has 1 to 255 printable ASCII characters.' }],
      'malformed-request',
    );
  }
  return key;
}
