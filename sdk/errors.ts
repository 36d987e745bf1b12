/**
 * The one error tree of the SDK. Every failure of a client call rejects with an `ApiError`
 * or one of its subclasses, so callers branch on `type` (the problem slug) or on the class.
 *
 * Credentials never reach an error: nothing here copies request headers, and `cause`
 * is scrubbed of `Request` objects (which carry `Authorization`).
 */

import type { ProblemSlug } from './schemas/problem.js';

/** The failures the SDK names itself, where no problem document came back. */
export type SdkErrorType = 'network' | 'timeout' | 'response-validation';

/**
 * What went wrong: a problem slug of the contract, one of the SDK's own, or `http-<status>` for an answer that is not
 * one of the contract's problems (a proxy's 502 page, a problem type this SDK does not know).
 */
export type ApiErrorType = ProblemSlug | SdkErrorType | `http-${number}`;

/** A field error, the same shape as the server's problem `errors[]`. */
export interface FieldError {
  /** RFC 6901 JSON Pointer into the request body ("" = the whole body). */
  pointer: string;
  /** Stable machine-readable code (`required`, `too-long`, `owner-required`, …). */
  code: string;
  /** English text that can be shown to a person. */
  message: string;
}

export interface ApiErrorInit {
  status: number;
  type: ApiErrorType;
  title: string;
  detail?: string | undefined;
  requestId?: string | null | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  /** Every extra member of the problem body (`currentVersion`, `currentStatus`, …). */
  problem?: Readonly<Record<string, unknown>> | undefined;
  /** See `ApiError.mayHaveBeenApplied`; false when absent. */
  mayHaveBeenApplied?: boolean | undefined;
  /** `ConflictError` only: the server's version, from the problem or the `ETag`. */
  currentVersion?: number | null | undefined;
  /** `RateLimitError` only: seconds from `Retry-After`. */
  retryAfter?: number | null | undefined;
  cause?: unknown;
}

const ERROR_NAMES = [
  'ApiError',
  'ValidationError',
  'ConflictError',
  'NotFoundError',
  'PermissionError',
  'AuthenticationError',
  'RateLimitError',
  'NetworkError',
  'TimeoutError',
  'ResponseValidationError',
] as const;
export type ApiErrorName = (typeof ERROR_NAMES)[number];

/**
 * Anything but plain data is dropped from `cause`, so a `Request` (with its bearer token), ky's error (whose
 * `request` and `options` carry the headers) or a token provider's object never rides along. An Error is
 * copied down to its name and message; the transport has already redacted secrets from that message.
 */
function safeCause(cause: unknown): unknown {
  if (cause === undefined || cause === null) return undefined;
  if (cause instanceof Error || (typeof cause === 'object' && 'message' in cause && 'name' in cause)) {
    const { name, message } = cause as { name: unknown; message: unknown };
    const copy = new Error(String(message));
    copy.name = String(name);
    return copy;
  }
  return typeof cause === 'object' || typeof cause === 'function' ? undefined : cause;
}

export class ApiError extends Error {
  override readonly name: ApiErrorName = 'ApiError';
  /** HTTP status, or 0 when there was no HTTP answer. */
  readonly status: number;
  /** Problem slug (`etag-mismatch`, `owner-required`, …), `network` / `timeout` / `response-validation`, or `http-<status>`. */
  readonly type: ApiErrorType;
  readonly title: string;
  readonly detail: string;
  readonly requestId: string | null;
  readonly fieldErrors: readonly FieldError[];
  /** The whole problem body, minus nothing: hosts can read extension members from it. */
  readonly problem: Readonly<Record<string, unknown>>;
  /**
   * True when a change may have been applied although the call rejected: a mutation (POST, PUT, PATCH, DELETE)
   * got no answer (`network`, `timeout`), a 500, 502 or 504, or a success whose body broke the contract, and no
   * later attempt settled it. Reload before offering "Try again" (a keyed POST may simply be retried with its key).
   * False for every refusal before acting (4xx, 429, 503, a check made before sending) and for every read.
   */
  readonly mayHaveBeenApplied: boolean;

  constructor(init: ApiErrorInit) {
    const cause = safeCause(init.cause);
    super(init.detail ? `${init.title} ${init.detail}` : init.title, cause === undefined ? undefined : { cause });
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail ?? '';
    this.requestId = init.requestId ?? null;
    this.fieldErrors = Object.freeze([...(init.fieldErrors ?? [])]);
    this.problem = Object.freeze({ ...(init.problem ?? {}) });
    this.mayHaveBeenApplied = init.mayHaveBeenApplied === true;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      status: this.status,
      type: this.type,
      title: this.title,
      detail: this.detail,
      requestId: this.requestId,
      fieldErrors: this.fieldErrors,
      mayHaveBeenApplied: this.mayHaveBeenApplied,
    };
  }
}

/**
 * The request was refused for what it contains (400, 413, 415, 422: `validation`, `owner-required`, …); `fieldErrors`
 * say where. Also every check the client makes before sending: status 0, with the `type` the server would answer.
 */
export class ValidationError extends ApiError {
  override readonly name = 'ValidationError' as const;
}

/** 412 `etag-mismatch`: someone else changed the organization. `currentVersion` is the server's version. */
export class ConflictError extends ApiError {
  override readonly name = 'ConflictError' as const;
  readonly currentVersion: number | null;
  constructor(init: ApiErrorInit) {
    super(init);
    this.currentVersion = init.currentVersion ?? null;
  }
}

export class NotFoundError extends ApiError {
  override readonly name = 'NotFoundError' as const;
}

/** 403: `forbidden` or `approval-required`. */
export class PermissionError extends ApiError {
  override readonly name = 'PermissionError' as const;
}

export class AuthenticationError extends ApiError {
  override readonly name = 'AuthenticationError' as const;
}

export class RateLimitError extends ApiError {
  override readonly name = 'RateLimitError' as const;
  /** Seconds to wait, from `Retry-After`, or null when absent. */
  readonly retryAfter: number | null;
  constructor(init: ApiErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter ?? null;
  }
}

/** No HTTP answer: DNS, connection reset, CORS, offline. */
export class NetworkError extends ApiError {
  override readonly name = 'NetworkError' as const;
}

/** An attempt took longer than the client's `timeout`. */
export class TimeoutError extends ApiError {
  override readonly name = 'TimeoutError' as const;
}

/** The server answered with a body that breaks the contract. */
export class ResponseValidationError extends ApiError {
  override readonly name = 'ResponseValidationError' as const;
}

type Guard<T> = (e: unknown) => e is T;

/** Cross-realm guard: checks the `name` brand and the shape, not only `instanceof`. */
function guard<T extends ApiError>(ctor: abstract new (...args: never[]) => T, names: readonly string[]): Guard<T> {
  return (e: unknown): e is T => {
    if (e instanceof ctor) return true;
    if (typeof e !== 'object' || e === null) return false;
    const { name, status, type } = e as { name?: unknown; status?: unknown; type?: unknown };
    return typeof name === 'string' && names.includes(name) && typeof status === 'number' && typeof type === 'string';
  };
}

export const isApiError: Guard<ApiError> = guard(ApiError, ERROR_NAMES);
export const isValidationError: Guard<ValidationError> = guard(ValidationError, ['ValidationError']);
export const isConflictError: Guard<ConflictError> = guard(ConflictError, ['ConflictError']);
export const isNotFoundError: Guard<NotFoundError> = guard(NotFoundError, ['NotFoundError']);
export const isPermissionError: Guard<PermissionError> = guard(PermissionError, ['PermissionError']);
export const isAuthenticationError: Guard<AuthenticationError> = guard(AuthenticationError, ['AuthenticationError']);
export const isRateLimitError: Guard<RateLimitError> = guard(RateLimitError, ['RateLimitError']);
export const isNetworkError: Guard<NetworkError> = guard(NetworkError, ['NetworkError']);
export const isTimeoutError: Guard<TimeoutError> = guard(TimeoutError, ['TimeoutError']);
export const isResponseValidationError: Guard<ResponseValidationError> = guard(ResponseValidationError, [
  'ResponseValidationError',
]);
