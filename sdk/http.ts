/**
 * The transport: one ky instance per client, with auth, the retry policy and the mapping of
 * every failure onto the `ApiError` tree. Resources call `http.request()` and never see ky.
 */
import ky, { isHTTPError, isNetworkError, isTimeoutError, type HTTPError, type KyInstance } from 'ky';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
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
import { PROBLEM_TYPE_BASE } from './schemas/problem.js';
import type { DomainCapabilities } from './schemas/session.js';

/** A bearer token, or a function called for every request (and every retry) that returns one. */
export type TokenProvider = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** Base URL of the API including `/sales-hub/v1`, e.g. `https://api.example.com/sales-hub/v1`. */
  baseUrl: string;
  token: TokenProvider;
  /** A `fetch` to use instead of the global one (tests, proxies, msw in-page). */
  fetch?: typeof fetch;
  /** Milliseconds per attempt; default 10 000. `false` disables it. */
  timeout?: number | false;
  /** Maximum retries of a retriable request (GET, or a POST with an Idempotency-Key); default 2. */
  retry?: number;
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

/** Something that parses an unknown value: a zod/mini schema is one. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: unknown };
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
  /** How the success body is parsed. */
  schema: Parser<T>;
  /** A 204 resolves with `null` instead of being a contract breach. */
  allowEmpty?: boolean;
  options?: RequestOptions | undefined;
}

export interface Http {
  request<T>(req: HttpRequest<T>): Promise<T>;
  /** The capabilities last read through this client, so methods can validate against the domain's rules. */
  capabilities: DomainCapabilities | undefined;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_RETRY = 2;
/** A server asking for a longer wait than this gets its RateLimitError at once, instead of a frozen UI. */
const MAX_RETRY_AFTER_MS = 20_000;
const RETRY_STATUS_CODES = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];
const REDACTED = '[REDACTED]';

const isAbortError = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';

/**
 * Wraps the caller's fetch so that every failure to get an answer looks like a browser's network error
 * (which ky recognises and retries), an msw `HttpResponse.error()` counts as a dropped connection, and an
 * abort rejects at once even when a custom fetch ignores the signal.
 */
function transport(userFetch: typeof fetch | undefined): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = input instanceof Request ? input.signal : init?.signal;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      // Looked up per call, so a fetch installed after createClient (a test stub, a polyfill) is used.
      const run = userFetch ?? globalThis.fetch;
      Promise.resolve()
        .then(() => run(input, init))
        .then(
          (response) => {
            if (response.type === 'error') throw new TypeError('Failed to fetch');
            resolve(response);
          },
        )
        .catch((error: unknown) => {
          reject(isAbortError(error) ? error : new TypeError('Failed to fetch', { cause: error }));
        })
        .finally(() => signal?.removeEventListener('abort', onAbort));
    });
}

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

export function createHttp(options: ClientOptions): Http {
  const { token } = options;
  const retryLimit = options.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(retryLimit) || retryLimit < 0) throw new TypeError('`retry` must be a whole number ≥ 0.');
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;

  const api: KyInstance = ky.create({
    baseUrl,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    throwHttpErrors: true,
    fetch: transport(options.fetch),
  });

  const http: Http = {
    capabilities: undefined,
    async request<T>(req: HttpRequest<T>): Promise<T> {
      const signal = req.options?.signal;
      const secrets = new Set<string>();
      // The token provider runs for every attempt, so a token refreshed between attempts is picked up.
      const authorize = async ({ request }: { request: Request }): Promise<void> => {
        let value: string;
        try {
          value = typeof token === 'function' ? await token() : token;
        } catch (cause) {
          throw new TokenError(cause);
        }
        if (typeof value !== 'string' || value === '') throw new TokenError(undefined);
        secrets.add(value);
        request.headers.set('Authorization', `Bearer ${value}`);
      };

      const retriable = req.method === 'get' || req.idempotencyKey !== undefined;
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
      for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = v;
      if (req.version !== undefined) headers['If-Match'] = `"${req.version}"`;
      if (req.idempotencyKey !== undefined) headers['Idempotency-Key'] = req.idempotencyKey;
      if (req.json !== undefined) headers['Content-Type'] = req.jsonType ?? 'application/json';
      if (req.body !== undefined) headers['Content-Type'] = req.contentType ?? (req.body.type || 'application/octet-stream');

      let response: Response;
      try {
        response = await api(req.path.replace(/^\/+/, ''), {
          method: req.method,
          headers,
          searchParams: toSearchParams(req.query),
          ...(req.json !== undefined ? { body: JSON.stringify(req.json) } : {}),
          ...(req.body !== undefined ? { body: req.body } : {}),
          ...(signal ? { signal } : {}),
          ...(req.options?.timeout !== undefined ? { timeout: req.options.timeout } : {}),
          hooks: { beforeRequest: [authorize], beforeRetry: [authorize] },
          retry: {
            limit: retriable ? retryLimit : 0,
            methods: ['get', 'post'],
            statusCodes: RETRY_STATUS_CODES,
            afterStatusCodes: RETRY_STATUS_CODES,
            jitter: true,
            backoffLimit: 10_000,
            retryOnTimeout: true,
            shouldRetry: ({ error }) => (isHTTPError(error) && retryAfterMs(error.response) > MAX_RETRY_AFTER_MS ? false : undefined),
          },
        });
      } catch (error) {
        throw toApiError(error, signal, secrets);
      }
      try {
        return await parseBody(response, req.schema, req.allowEmpty === true);
      } catch (error) {
        throw toApiError(error, signal, secrets);
      }
    },
  };
  return http;
}

/** The token provider failed or returned nothing: no request was sent. */
class TokenError extends Error {
  constructor(cause: unknown) {
    super('The access token could not be obtained.', { cause });
  }
}

function retryAfterMs(response: Response): number {
  const seconds = retryAfterSeconds(response);
  return seconds === null ? 0 : seconds * 1000;
}

/** `Retry-After` in seconds: delay-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function parseBody<T>(response: Response, schema: Parser<T>, allowEmpty: boolean): Promise<T> {
  if (response.status === 204) {
    if (allowEmpty) return null as T;
    throw breach(response, 'The response has no body.');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw breach(response, 'The response is not JSON.', cause);
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw breach(response, describeIssues(result.error));
}

function breach(response: Response, detail: string, cause?: unknown): ResponseValidationError {
  return new ResponseValidationError({
    status: response.status,
    type: 'response-validation',
    title: 'The response does not match the contract.',
    detail,
    requestId: response.headers.get('X-Request-Id'),
    cause,
  });
}

function describeIssues(error: unknown): string {
  const issues = (error as { issues?: Array<{ path?: PropertyKey[]; message?: string }> }).issues ?? [];
  return issues
    .slice(0, 5)
    .map((i) => `${(i.path ?? []).map(String).join('.') || '(root)'}: ${i.message ?? 'invalid'}`)
    .join('; ');
}

/** Replaces every secret (the bearer tokens used by this call) in a text. */
function redact(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}

function redactedCause(error: unknown, secrets: ReadonlySet<string>): Error | undefined {
  if (!(error instanceof Error)) return undefined;
  const copy = new Error(redact(error.message, secrets));
  copy.name = error.name;
  return copy;
}

/** Maps whatever ky, fetch or parsing threw onto the error tree. Aborts stay aborts (the caller asked for them). */
function toApiError(error: unknown, signal: AbortSignal | undefined, secrets: ReadonlySet<string>): unknown {
  if (signal?.aborted) return signal.reason;
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) return problemToError(error, secrets);
  if (error instanceof TokenError) {
    return new AuthenticationError({
      status: 0,
      type: 'unauthenticated',
      title: error.message,
      cause: redactedCause(error.cause, secrets),
    });
  }
  if (isTimeoutError(error)) {
    return new TimeoutError({ status: 0, type: 'timeout', title: 'The request timed out.', cause: redactedCause(error, secrets) });
  }
  if (isAbortError(error)) return error;
  const title = isNetworkError(error) ? 'The server could not be reached.' : 'The request failed.';
  return new NetworkError({ status: 0, type: 'network', title, cause: redactedCause(error, secrets) });
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({ pointer: str(e['pointer']) ?? '', code: str(e['code']) ?? 'invalid', message: str(e['message']) ?? '' }));
}

function problemToError(error: HTTPError, secrets: ReadonlySet<string>): ApiError {
  const { response } = error;
  // ky has already read the body into `data` (parsed when the Content-Type is JSON, `application/problem+json` included).
  const data: unknown = error.data;
  const problem: Record<string, unknown> = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const typeUri = str(problem['type']) ?? '';
  const type = typeUri.startsWith(PROBLEM_TYPE_BASE) ? typeUri.slice(PROBLEM_TYPE_BASE.length) : `http-${response.status}`;
  const detail = str(problem['detail']);
  const init: ApiErrorInit = {
    status: response.status,
    type,
    title: redact(str(problem['title']) ?? (response.statusText || `HTTP ${response.status}`), secrets),
    detail: detail === undefined ? undefined : redact(detail, secrets),
    requestId: str(problem['requestId']) ?? response.headers.get('X-Request-Id'),
    fieldErrors: fieldErrorsOf(problem['errors']),
    problem,
  };
  switch (response.status) {
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionError(init);
    case 404:
      return new NotFoundError(init);
    case 412: {
      const v = problem['currentVersion'];
      const etag = /^"(\d+)"$/.exec(response.headers.get('ETag') ?? '');
      return new ConflictError({ ...init, currentVersion: typeof v === 'number' ? v : etag ? Number(etag[1]) : null });
    }
    case 429:
      return new RateLimitError({ ...init, retryAfter: retryAfterSeconds(response) });
  }
  if (type === 'validation') return new ValidationError(init);
  return new ApiError(init);
}

/** Fresh UUID v4 for idempotency keys (crypto.randomUUID exists in browsers on secure origins and in Node ≥ 19). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Insecure origins (a LAN IP over http) have no randomUUID; build a v4 from random bytes.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Client-side validation failure: nothing was sent. */
export function clientValidationError(fieldErrors: readonly FieldError[]): ValidationError {
  return new ValidationError({
    status: 0,
    type: 'validation',
    title: 'Organization is invalid.',
    detail: `${fieldErrors.length} field${fieldErrors.length === 1 ? '' : 's'} failed validation.`,
    fieldErrors,
  });
}
