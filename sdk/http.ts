/**
 * The transport: one ky instance per client. ky does the fetching, per-attempt timeouts (the body read included),
 * retries with backoff and jitter, `Retry-After`, hooks and schema validation; this file keeps only what is ours:
 * the options, auth from the token provider, the retry policy's two rules (GET and keyed POSTs only; a long
 * `Retry-After` rejects at once), the mapping of every failure onto the `ApiError` tree, redaction and idempotency.
 */
import ky, {
  isHTTPError,
  isNetworkError,
  isTimeoutError,
  SchemaValidationError,
  type AfterResponseHook,
  type BeforeRequestHook,
  type BeforeRequestState,
  type BeforeRetryState,
  type StandardSchemaV1,
} from 'ky';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  isApiError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
  type ApiErrorInit,
  type FieldError,
} from './errors.js';
import { PROBLEM_CATALOGUE, type ProblemSlug, problemSlugOf } from './schemas/problem.js';

const CLASS_BY_STATUS: Record<number, new (init: ApiErrorInit) => ApiError> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  412: ConflictError,
  413: ValidationError,
  415: ValidationError,
  422: ValidationError,
  429: RateLimitError,
};

/**
 * The error for a problem of HTTP status `status`: the one mapping of statuses onto classes, used for the server's
 * answers and for the checks made before sending (which pass the catalogue's status of the type they report).
 */
function problemError(status: number, init: ApiErrorInit): ApiError {
  return new (CLASS_BY_STATUS[status] ?? ApiError)(init);
}

/** A bearer token, or a function called for every request (and every retry) that returns one. */
export type TokenProvider = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** Base URL of the API including `/sales-hub/v1`, e.g. `https://api.example.com/sales-hub/v1`. */
  baseUrl: string;
  token: TokenProvider;
  /** A `fetch` to use instead of the global one (tests, proxies, msw in-page). */
  fetch?: typeof fetch;
  /** Milliseconds per attempt (the answer's body included); default 10 000. `false` disables it. */
  timeout?: number | false;
  /** Maximum retries of a retriable request (GET, or a POST with an Idempotency-Key); default 2. */
  retry?: number;
  /**
   * ky hooks run on every call: `beforeRequest` once per call (after the token is set; add a tracing or CSRF header
   * to `request.headers`), `afterResponse` on every answer (status, headers, a clone of the body).
   */
  hooks?: {
    beforeRequest?: BeforeRequestHook[];
    afterResponse?: AfterResponseHook[];
  };
}

/** Options every method takes as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, overriding the client's. */
  timeout?: number | false | undefined;
}

export interface KeyedRequestOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`; a fresh UUID v4 when absent. Every retry of the call reuses it. */
  idempotencyKey?: string | undefined;
}

export type QueryValue = string | number | readonly string[] | undefined;

export interface HttpRequest<T> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Path below the base URL, segments already encoded. */
  path: string;
  /** Arrays are sent comma-separated (`style: form, explode: false`); undefined and empty values are left out. */
  query?: Record<string, QueryValue> | undefined;
  json?: unknown;
  /** Content-Type of the JSON body; `application/json` when absent. */
  jsonType?: string;
  /** A raw body (the profile picture), sent with `contentType`. */
  body?: Blob;
  contentType?: string;
  headers?: Record<string, string | undefined>;
  /** Version for `If-Match: "<version>"`. */
  version?: number;
  /** Sent as `Idempotency-Key`; makes a POST retriable. */
  idempotencyKey?: string;
  /** The schema the success body must match (a zod/mini schema). */
  schema: StandardSchemaV1<unknown, T>;
  /** A 204 resolves with `null` instead of being a contract breach. */
  allowEmpty?: boolean;
  options?: RequestOptions | undefined;
}

export interface Http {
  request<T>(req: HttpRequest<T>): Promise<T>;
}

/** What one call remembers across its attempts, handed to the hooks through ky's `context`. */
interface Call {
  /** Every bearer token sent by this call, to redact from what comes back. */
  secrets: Set<string>;
  /** An attempt of this mutation ended without saying whether the server acted (see mayHaveBeenApplied). */
  open: boolean;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRY = 2;
/** A server asking for a longer wait than this gets its error at once, instead of a frozen UI. */
const MAX_RETRY_AFTER_S = 20;
const REDACTED = '[REDACTED]';

/** Serialises query values: arrays comma-separated, empty values dropped. */
export function toSearchParams(query: Record<string, QueryValue> | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    if (typeof value === 'object') {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  return params;
}

/** Answers that do not say whether the server acted: a server or gateway failure. */
const OPEN_STATUSES = [500, 502, 504];
/** Refusals before acting: they say nothing about what an earlier attempt did. */
const REFUSED_STATUSES = [408, 429, 503];

/** An attempt that leaves open whether the server acted: no answer at all, or an OPEN_STATUSES one. */
const leavesOutcomeOpen = (error: unknown): boolean =>
  isNetworkError(error) ||
  isTimeoutError(error) ||
  (isHTTPError(error) && OPEN_STATUSES.includes(error.response.status));

export function createHttp(options: ClientOptions): Http {
  const { token } = options;
  const retryLimit = options.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(retryLimit) || retryLimit < 0) throw new TypeError('`retry` must be a whole number ≥ 0.');

  /** Sets Authorization before each attempt: the provider runs every time, so a refreshed token is used on retry. */
  async function authorize({ request, options: { context } }: BeforeRequestState | BeforeRetryState): Promise<void> {
    const call = context.call as Call;
    let value: unknown;
    try {
      value = typeof token === 'function' ? await token() : token;
    } catch (cause) {
      throw tokenError(cause, call.open);
    }
    if (typeof value !== 'string' || value === '') throw tokenError(undefined, call.open);
    call.secrets.add(value);
    request.headers.set('Authorization', `Bearer ${value}`);
  }

  const api = ky.create({
    // Resolves a relative base URL against the page (browsers); Node needs an absolute one.
    baseUrl: options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`,
    // Looked up per call, so a fetch installed after createClient (a test stub, a polyfill) is used; called
    // unbound, as `window.fetch` must not get another object as `this`.
    fetch: async (input, init) => {
      const response = await (options.fetch ?? globalThis.fetch)(input, init);
      // An msw `HttpResponse.error()` (and any Response.error()) is a dropped connection: ky retries those.
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
    headers: { Accept: 'application/json, application/problem+json' },
    retry: {
      limit: retryLimit,
      // POSTs only with an Idempotency-Key: the others get `retry: 0` per call.
      methods: ['get', 'post'],
      jitter: true,
      backoffLimit: 10_000,
      retryOnTimeout: true,
      shouldRetry: ({ error }) => {
        if (!isHTTPError(error)) return undefined;
        const after = retryAfterSeconds(error.response);
        return after !== null && after > MAX_RETRY_AFTER_S ? false : undefined;
      },
    },
    hooks: {
      beforeRequest: [authorize, ...(options.hooks?.beforeRequest ?? [])],
      beforeRetry: [
        (state) => {
          const call = state.options.context.call as Call;
          call.open ||= leavesOutcomeOpen(state.error);
          return authorize(state);
        },
      ],
      afterResponse: options.hooks?.afterResponse ?? [],
    },
  });

  return {
    async request<T>(req: HttpRequest<T>): Promise<T> {
      const signal = req.options?.signal;
      signal?.throwIfAborted();
      const call: Call = { secrets: new Set(), open: false };
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = v;
      if (req.version !== undefined) headers['If-Match'] = `"${req.version}"`;
      if (req.idempotencyKey !== undefined) headers['Idempotency-Key'] = req.idempotencyKey;
      if (req.json !== undefined) headers['Content-Type'] = req.jsonType ?? 'application/json';
      else if (req.body !== undefined)
        headers['Content-Type'] = req.contentType ?? (req.body.type || 'application/octet-stream');
      const mutation = req.method !== 'get';
      let response: Response | undefined;
      try {
        const pending = api(req.path, {
          method: req.method,
          searchParams: toSearchParams(req.query),
          headers,
          ...(req.json !== undefined ? { json: req.json } : req.body !== undefined ? { body: req.body } : {}),
          timeout: req.options?.timeout ?? options.timeout ?? DEFAULT_TIMEOUT,
          ...(mutation && req.idempotencyKey === undefined ? { retry: 0 } : {}),
          ...(signal ? { signal } : {}),
          context: { call },
        });
        response = await pending;
        if (response.status === 204 && req.allowEmpty) return null as T;
        return await pending.json(req.schema);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw toApiError(error, response, call, mutation);
      }
    },
  };
}

/**
 * Maps whatever a call threw onto the ApiError tree. `response` is the success answer, when there was one.
 * `mayHaveBeenApplied` is set for a mutation left without a settling answer: none at all (network, timeout), a
 * 500/502/504, a success whose body cannot be read, or a refusal before acting (408, 429, 503) after such an attempt.
 */
function toApiError(error: unknown, response: Response | undefined, call: Call, mutation: boolean): ApiError {
  if (isApiError(error)) return error;
  const { secrets } = call;
  if (isHTTPError(error)) {
    const status = error.response.status;
    const open = OPEN_STATUSES.includes(status) || (REFUSED_STATUSES.includes(status) && call.open);
    return problemToError(error.response, error.data, secrets, mutation && open);
  }
  if (isTimeoutError(error))
    return new TimeoutError({
      status: 0,
      type: 'timeout',
      title: 'The request timed out.',
      mayHaveBeenApplied: mutation,
    });
  if (response && error instanceof SchemaValidationError)
    return breach(response, redact(describeIssues(error.issues), secrets), mutation);
  // V8 quotes the text in its message: the cause is redacted like every other.
  if (response && error instanceof SyntaxError)
    return breach(response, 'The response is not JSON.', mutation, redactedCause(error, secrets));
  // ky's NetworkError, or anything else a fetch threw: the cause keeps only a redacted name and message.
  const cause = isNetworkError(error) ? error.cause : error;
  return new NetworkError({
    status: 0,
    type: 'network',
    title: 'The server could not be reached.',
    cause: redactedCause(cause, secrets),
    mayHaveBeenApplied: mutation,
  });
}

/**
 * The token provider failed (or returned no token), so this attempt was not sent (an earlier one may have been:
 * `mayHaveBeenApplied`). Its error keeps only its name: the provider is where credentials live, and its message
 * may quote one the client never saw and cannot redact.
 */
function tokenError(cause: unknown, mayHaveBeenApplied: boolean): AuthenticationError {
  const name = cause instanceof Error ? cause.name : undefined;
  return new AuthenticationError({
    status: 0,
    type: 'unauthenticated',
    title: 'The access token could not be obtained.',
    cause: name === undefined ? undefined : Object.assign(new Error('The token provider failed.'), { name }),
    mayHaveBeenApplied,
  });
}

/** An HTTP date in any of the three forms RFC 9110 accepts: each starts with the day's name. */
const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/**
 * `Retry-After` in seconds from now, whether sent as delay-seconds or as an HTTP date (RFC 9110 §10.2.3; a date
 * already past is 0); null when absent or unreadable.
 */
function retryAfterSeconds(response: Response, now = Date.now()): number | null {
  const value = response.headers.get('Retry-After')?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value);
  const at = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function breach(
  response: Response,
  detail: string,
  mayHaveBeenApplied: boolean,
  cause?: unknown,
): ResponseValidationError {
  return new ResponseValidationError({
    status: response.status,
    type: 'response-validation',
    title: 'The response does not match the contract.',
    detail,
    requestId: response.headers.get('X-Request-Id'),
    cause,
    mayHaveBeenApplied,
  });
}

function describeIssues(issues: SchemaValidationError['issues']): string {
  return issues
    .slice(0, 5)
    .map(
      (i) =>
        `${(i.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('.') || '(root)'}: ${i.message}`,
    )
    .join('; ');
}

/** Replaces every secret (the bearer tokens used by this call) in a text. */
function redact(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

/** `redact` applied to every string (keys included) of a parsed JSON value. */
function redactDeep(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactDeep(v, secrets)]));
  }
  return value;
}

/** An Error reduced to its name and redacted message: no stack, no request, no headers ride along. */
function redactedCause(error: unknown, secrets: ReadonlySet<string>): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const copy = new Error(redact(error.message, secrets));
  copy.name = error.name;
  return copy;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      pointer: str(e.pointer) ?? '',
      code: str(e.code) ?? 'invalid',
      message: str(e.message) ?? '',
    }));
}

/** The problem document of an error answer: ky parsed JSON bodies already; a text one may still be JSON. */
function problemOf(data: unknown): Record<string, unknown> {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      // Not a problem document (a proxy's HTML page, say): the status alone decides.
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function problemToError(
  response: Response,
  data: unknown,
  secrets: ReadonlySet<string>,
  mayHaveBeenApplied: boolean,
): ApiError {
  // Redacted after parsing, in every string of the document: a server that echoes the token (in `detail`,
  // say), even JSON-escaped (`\/`, `\u002B`), leaks it nowhere: not in the message, `problem` or field errors.
  const problem = redactDeep(problemOf(data), secrets) as Record<string, unknown>;
  const type = problemSlugOf(str(problem.type) ?? '') ?? `http-${response.status}`;
  const version = problem.currentVersion;
  const etag = /^"(\d+)"$/.exec(response.headers.get('ETag') ?? '');
  return problemError(response.status, {
    status: response.status,
    type,
    title: str(problem.title) ?? (response.statusText || `HTTP ${response.status}`),
    detail: str(problem.detail),
    requestId: str(problem.requestId) ?? response.headers.get('X-Request-Id'),
    fieldErrors: fieldErrorsOf(problem.errors),
    problem,
    currentVersion: typeof version === 'number' ? version : etag ? Number(etag[1]) : null,
    retryAfter: retryAfterSeconds(response),
    mayHaveBeenApplied,
  });
}

/**
 * A fresh UUID v4 for an Idempotency-Key. Exported so a UI can keep one key per submission (the same key
 * when the person presses "Try again" after a network error) and pass it as `options.idempotencyKey`.
 * crypto.randomUUID exists in browsers on secure origins and in Node ≥ 19.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Insecure origins (a LAN IP over http) have no randomUUID; build a v4 from random bytes.
  const b = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 in byte 6's high nibble, variant 10 in byte 8's two high bits.
  const h = [...b]
    .map((x, i) => (i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x).toString(16).padStart(2, '0'))
    .join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A check made before sending failed, so nothing was sent (status 0). It carries the problem the server would
 * have answered, with its class and title: a field error whose code is a problem slug (`owner-required`,
 * `payload-too-large`, …) stands for that problem, which the server checks only once the body is otherwise valid;
 * any other field error is `validation` (or `type` when given: the query's `malformed-request`, say).
 */
export function clientValidationError(fieldErrors: readonly FieldError[], type?: ProblemSlug): ApiError {
  const slug: ProblemSlug =
    type ??
    (fieldErrors.find((e) => !Object.hasOwn(PROBLEM_CATALOGUE, e.code))
      ? 'validation'
      : ((fieldErrors[0]?.code ?? 'validation') as ProblemSlug));
  const { status, title } = PROBLEM_CATALOGUE[slug];
  return problemError(status, {
    status: 0,
    type: slug,
    title,
    detail: `${fieldErrors.length} field${fieldErrors.length === 1 ? '' : 's'} failed validation.`,
    fieldErrors,
  });
}
