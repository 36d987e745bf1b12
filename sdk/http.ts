/**
 * The transport: a small fetch wrapper per client, with auth, the per-attempt timeout, the retry policy and
 * the mapping of every failure onto the `ApiError` tree. Resources call `http.request()` and never see fetch.
 *
 * It is written against fetch directly rather than ky: ky 2 alone is ~9 kB gzip, more than a third of the
 * SDK's 25 kB budget, and the SDK uses only the part of it that follows (the policy is ky's: exponential
 * backoff with full jitter, Retry-After honoured, retries for GET and keyed POSTs only).
 */
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
  /** Milliseconds per attempt (the answer's body included); default 10 000. `false` disables it. */
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
/** A server asking for a longer wait than this gets its error at once, instead of a frozen UI. */
const MAX_RETRY_AFTER_MS = 20_000;
const BACKOFF_BASE_MS = 300;
const BACKOFF_LIMIT_MS = 10_000;
const REDACTED = '[REDACTED]';

const isRetriableStatus = (status: number): boolean => status === 408 || status === 429 || (status >= 500 && status <= 599);

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

/** What one attempt ended with: an answer (body read), or why there was none. */
type Attempt =
  | { kind: 'answer'; response: Response; text: string }
  | { kind: 'timeout' }
  | { kind: 'network'; cause: unknown };

/** Rejects with `signal.reason` as soon as it aborts, so a fetch that ignores its signal cannot hang a call. */
function race<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createHttp(options: ClientOptions): Http {
  const { token } = options;
  const retryLimit = options.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(retryLimit) || retryLimit < 0) throw new TypeError('`retry` must be a whole number ≥ 0.');
  // Resolves a relative base URL against the page (browsers); Node needs an absolute one.
  const base = new Request(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).url;

  async function attempt(url: string, init: RequestInit, signal: AbortSignal | undefined, timeout: number | false): Promise<Attempt> {
    const controller = new AbortController();
    const timedOut = new Error('timeout');
    const timer = timeout === false ? undefined : setTimeout(() => controller.abort(timedOut), timeout);
    const onAbort = (): void => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // Looked up per call, so a fetch installed after createClient (a test stub, a polyfill) is used; called
      // unbound, as `window.fetch` must not get another object as `this`.
      const run = options.fetch ?? globalThis.fetch;
      const response = await race(Promise.resolve().then(() => run(new Request(url, { ...init, signal: controller.signal }))), controller.signal);
      // An msw `HttpResponse.error()` (and any Response.error()) is a dropped connection.
      if (response.type === 'error') return { kind: 'network', cause: new TypeError('Failed to fetch') };
      // The body is read inside the attempt, so the timeout covers a server that stalls mid-answer.
      const text = await race(response.text(), controller.signal);
      return { kind: 'answer', response, text };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (controller.signal.reason === timedOut) return { kind: 'timeout' };
      return { kind: 'network', cause: error };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  const http: Http = {
    capabilities: undefined,
    async request<T>(req: HttpRequest<T>): Promise<T> {
      const signal = req.options?.signal;
      signal?.throwIfAborted();
      const timeout = req.options?.timeout ?? options.timeout ?? DEFAULT_TIMEOUT;
      const limit = req.method === 'get' || req.idempotencyKey !== undefined ? retryLimit : 0;
      const secrets = new Set<string>();

      const search = toSearchParams(req.query).toString();
      const url = `${base}${req.path.replace(/^\/+/, '')}${search ? `?${search}` : ''}`;
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
      for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = v;
      if (req.version !== undefined) headers['If-Match'] = `"${req.version}"`;
      if (req.idempotencyKey !== undefined) headers['Idempotency-Key'] = req.idempotencyKey;
      let body: BodyInit | undefined;
      if (req.json !== undefined) {
        headers['Content-Type'] = req.jsonType ?? 'application/json';
        body = JSON.stringify(req.json);
      } else if (req.body !== undefined) {
        headers['Content-Type'] = req.contentType ?? (req.body.type || 'application/octet-stream');
        body = req.body;
      }

      for (let retries = 0; ; retries++) {
        // The token provider runs for every attempt, so a token refreshed between attempts is picked up.
        let value: unknown;
        try {
          value = typeof token === 'function' ? await token() : token;
        } catch (cause) {
          throw tokenError(cause);
        }
        if (typeof value !== 'string' || value === '') throw tokenError(undefined);
        secrets.add(value);

        const init: RequestInit = { method: req.method.toUpperCase(), headers: { ...headers, Authorization: `Bearer ${value}` } };
        if (body !== undefined) init.body = body;
        const outcome = await attempt(url, init, signal, timeout);

        if (outcome.kind === 'answer' && outcome.response.ok) {
          return parseBody(outcome.response, outcome.text, req.schema, req.allowEmpty === true, secrets);
        }
        let wait = Math.random() * Math.min(BACKOFF_LIMIT_MS, BACKOFF_BASE_MS * 2 ** retries);
        let retriable = retries < limit;
        if (outcome.kind === 'answer') {
          const retryAfter = retryAfterSeconds(outcome.response);
          retriable &&= isRetriableStatus(outcome.response.status) && (retryAfter === null || retryAfter * 1000 <= MAX_RETRY_AFTER_MS);
          // The server's timing is explicit, so no jitter on it.
          if (retryAfter !== null) wait = retryAfter * 1000;
          if (!retriable) throw problemToError(outcome.response, outcome.text, secrets);
        } else if (!retriable) {
          throw outcome.kind === 'timeout'
            ? new TimeoutError({ status: 0, type: 'timeout', title: 'The request timed out.' })
            : new NetworkError({ status: 0, type: 'network', title: 'The server could not be reached.', cause: redactedCause(outcome.cause, secrets) });
        }
        await sleep(wait, signal);
      }
    },
  };
  return http;
}

/**
 * The token provider failed (or returned no token), so nothing was sent. Its error keeps only its name: the
 * provider is where credentials live, and its message may quote one the client never saw and cannot redact.
 */
function tokenError(cause: unknown): AuthenticationError {
  const name = cause instanceof Error ? cause.name : undefined;
  return new AuthenticationError({
    status: 0,
    type: 'unauthenticated',
    title: 'The access token could not be obtained.',
    cause: name === undefined ? undefined : Object.assign(new Error('The token provider failed.'), { name }),
  });
}

/** `Retry-After` in seconds: delay-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterSeconds(response: Response): number | null {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseBody<T>(response: Response, text: string, schema: Parser<T>, allowEmpty: boolean, secrets: ReadonlySet<string>): T {
  if (response.status === 204) {
    if (allowEmpty) return null as T;
    throw breach(response, 'The response has no body.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    // V8 quotes the text in its message: the cause is redacted like every other.
    throw breach(response, 'The response is not JSON.', redactedCause(cause, secrets));
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw breach(response, redact(describeIssues(result.error), secrets));
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
    .map((e) => ({ pointer: str(e['pointer']) ?? '', code: str(e['code']) ?? 'invalid', message: str(e['message']) ?? '' }));
}

function problemToError(response: Response, text: string, secrets: ReadonlySet<string>): ApiError {
  let data: unknown;
  try {
    // Redacted after parsing, in every string of the document: a server that echoes the token (in `detail`,
    // say), even JSON-escaped (`\/`, `\u002B`), leaks it nowhere: not in the message, `problem` or field errors.
    data = redactDeep(JSON.parse(text), secrets);
  } catch {
    // Not a problem document (a proxy's HTML page, say): the status alone decides.
  }
  const problem: Record<string, unknown> = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const typeUri = str(problem['type']) ?? '';
  const type = typeUri.startsWith(PROBLEM_TYPE_BASE) ? typeUri.slice(PROBLEM_TYPE_BASE.length) : `http-${response.status}`;
  const detail = str(problem['detail']);
  const init: ApiErrorInit = {
    status: response.status,
    type,
    title: str(problem['title']) ?? (response.statusText || `HTTP ${response.status}`),
    detail,
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

/**
 * A fresh UUID v4 for an Idempotency-Key. Exported so a UI can keep one key per submission (the same key
 * when the person presses "Try again" after a network error) and pass it as `options.idempotencyKey`.
 * crypto.randomUUID exists in browsers on secure origins and in Node ≥ 19.
 */
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
