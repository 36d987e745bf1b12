/**
 * The transport: one ky instance per client, with auth, the retry policy and the mapping of
 * every failure onto the `ApiError` tree. Resources call `http.request()` and never see ky.
 */
import ky, { HTTPError, isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
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

/** A bearer token, or a function called for every request that returns one. */
export type TokenProvider = string | (() => string | Promise<string>);

export interface ClientOptions {
  /** Base URL of the API including `/sales-hub/v1`, e.g. `https://api.example.com/sales-hub/v1`. */
  baseUrl: string;
  token: TokenProvider;
  /** A `fetch` to use instead of the global one (tests, proxies, msw in-page). */
  fetch?: typeof fetch;
  /** Milliseconds per attempt; default 10 000. `false` disables it. */
  timeout?: number | false;
  /** Maximum retries of a retriable request; default 2. */
  retry?: number;
}

/** Options every method takes as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Milliseconds per attempt, overriding the client's. */
  timeout?: number | false;
}

export interface KeyedRequestOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`; a fresh UUID v4 when absent. Every retry of the call reuses it. */
  idempotencyKey?: string;
}

/** Something that parses an unknown value: a zod schema is one. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: unknown };
}

export interface HttpRequest<T> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  searchParams?: Record<string, string | number | undefined>;
  json?: unknown;
  body?: Blob;
  headers?: Record<string, string | undefined>;
  /** Version for `If-Match`. */
  version?: number;
  idempotencyKey?: string;
  /** How the success body is parsed; `null` for an empty body (204). */
  schema: Parser<T> | null;
  options?: RequestOptions | undefined;
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export interface Http {
  request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>>;
}

const DEFAULT_TIMEOUT = 10_000;
const PROBLEM_BASE = 'https://errors.sales-hub.example/';

export function createHttp(options: ClientOptions): Http {
  const { token } = options;
  const retryLimit = options.retry ?? 2;
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;

  const authorize = async (request: Request): Promise<void> => {
    const value = typeof token === 'function' ? await token() : token;
    request.headers.set('Authorization', `Bearer ${value}`);
  };

  const api: KyInstance = ky.create({
    baseUrl,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      // The token provider runs for every attempt, so a refreshed token is picked up by a retry.
      beforeRequest: [({ request }) => authorize(request)],
      beforeRetry: [({ request }) => authorize(request)],
    },
  });

  return {
    async request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
      const retriable = req.method === 'get' || req.idempotencyKey !== undefined;
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
      for (const [k, v] of Object.entries(req.headers ?? {})) if (v !== undefined) headers[k] = v;
      if (req.version !== undefined) headers['If-Match'] = `"${req.version}"`;
      if (req.idempotencyKey !== undefined) headers['Idempotency-Key'] = req.idempotencyKey;
      if (req.body) headers['Content-Type'] = req.body.type || 'application/octet-stream';

      const searchParams: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.searchParams ?? {})) if (v !== undefined) searchParams[k] = String(v);

      let response: Response;
      try {
        response = await api(req.path.replace(/^\//, ''), {
          method: req.method,
          headers,
          searchParams,
          ...(req.json !== undefined ? { json: req.json } : {}),
          ...(req.body ? { body: req.body } : {}),
          ...(req.options?.signal ? { signal: req.options.signal } : {}),
          ...(req.options?.timeout !== undefined ? { timeout: req.options.timeout } : {}),
          retry: {
            limit: retriable ? retryLimit : 0,
            methods: ['get', 'post'],
            statusCodes: [408, 429, 500, 502, 503, 504],
            afterStatusCodes: [429, 503],
            jitter: true,
            backoffLimit: 10_000,
            retryOnTimeout: true,
          },
        });
      } catch (error) {
        throw await toApiError(error, req.options?.signal);
      }
      const data = await parseBody(response, req.schema);
      return { data, status: response.status, headers: response.headers };
    },
  };
}

async function parseBody<T>(response: Response, schema: Parser<T> | null): Promise<T> {
  if (schema === null) return undefined as T;
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    throw new ResponseValidationError({
      status: response.status,
      type: 'response-validation',
      title: 'Response is not valid JSON.',
      cause,
    });
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ResponseValidationError({
    status: response.status,
    type: 'response-validation',
    title: 'Response does not match the contract.',
    detail: describeIssues(result.error),
  });
}

function describeIssues(error: unknown): string {
  const issues = (error as { issues?: Array<{ path?: PropertyKey[]; message?: string }> }).issues ?? [];
  return issues
    .slice(0, 5)
    .map((i) => `${(i.path ?? []).map(String).join('.') || '(root)'}: ${i.message ?? 'invalid'}`)
    .join('; ');
}

/** Maps whatever ky or fetch threw onto the error tree. Aborts stay aborts (the caller asked for them). */
async function toApiError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (isHTTPError(error)) return problemToError(error);
  if (isTimeoutError(error)) {
    return new TimeoutError({ status: 0, type: 'timeout', title: 'The request timed out.', cause: error });
  }
  if (isNetworkError(error) || error instanceof TypeError) {
    return new NetworkError({ status: 0, type: 'network', title: 'The server could not be reached.', cause: error });
  }
  if (error instanceof DOMException && error.name === 'AbortError') return error;
  return new NetworkError({ status: 0, type: 'network', title: 'The request failed.', cause: error });
}

async function problemToError(error: HTTPError): Promise<ApiError> {
  const { response } = error;
  // ky 2 has already read the body into `data` (JSON when the Content-Type says so, else text).
  let body: unknown = error.data;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // Not a problem document (a proxy's HTML page, say): fall back to the status alone.
    }
  }
  const problem: Record<string, unknown> = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const typeUri = typeof problem['type'] === 'string' ? problem['type'] : '';
  const type = typeUri.startsWith(PROBLEM_BASE) ? typeUri.slice(PROBLEM_BASE.length) : `http-${response.status}`;
  const init: ApiErrorInit = {
    status: response.status,
    type,
    title: typeof problem['title'] === 'string' ? problem['title'] : response.statusText || `HTTP ${response.status}`,
    detail: typeof problem['detail'] === 'string' ? problem['detail'] : undefined,
    requestId: typeof problem['requestId'] === 'string' ? problem['requestId'] : null,
    fieldErrors: Array.isArray(problem['errors']) ? (problem['errors'] as FieldError[]) : [],
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
      return new ConflictError({ ...init, currentVersion: typeof v === 'number' ? v : null });
    }
    case 429: {
      const seconds = Number(response.headers.get('Retry-After'));
      return new RateLimitError({ ...init, retryAfter: Number.isFinite(seconds) && seconds > 0 ? seconds : null });
    }
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
