/**
 * The request pipeline shared by every operation, in the contract's evaluation order (first failure wins):
 * 401 → 429 → 404 → 403 → 400 (headers, Idempotency-Key) → replay / 422 key-reused → 428 → 412 → 415 / 413 →
 * 400 (unparseable body) → the operation itself (409 immutable-field → 422 validation → 409 conflicts →
 * 422 business rules → 403 approval-required). Latency and scripted faults come before all of it, except a lost
 * answer, which strikes after the operation was applied.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { DomainCapabilities, Organization, Permission, RemoteSupportRequest } from '../sdk/schemas/index.js';
import {
  IDEMPOTENCY_KEY_PATTERN,
  isProfilePictureType,
  MAX_PROFILE_PICTURE_BYTES,
  PROFILE_PICTURE_TYPES,
  UUID_PATTERN,
} from '../sdk/schemas/index.js';
import type { MockDb } from './db.js';
import { isLostAnswer, type FaultState } from './faults.js';
import { canonicalJson, etagOf, jsonResponse, mediaType, Problem, problemResponse, statusResponse } from './http.js';
import type { Caller } from './types.js';

export interface Env {
  db: MockDb;
  capabilities: DomainCapabilities;
  callers: Map<string, Caller>;
  faults: FaultState;
  /** Path of the base URL, e.g. `/sales-hub/v1` (for `Location`). */
  basePath: string;
}

export interface Ctx {
  env: Env;
  request: Request;
  url: URL;
  caller: Caller;
  requestId: string;
  /** The organization of the path (operations with `org: true`). */
  org: Organization;
  /** The remote-support request of the path (operations with `remoteSupportRequest: true`). */
  rsRequest: RemoteSupportRequest;
  /** The parsed JSON body (undefined when there is none). */
  body: unknown;
  /** The raw body of an image upload. */
  bytes: Uint8Array;
}

export type BodyKind = 'none' | 'json' | 'merge-patch' | 'optional-json' | 'image';

export interface Operation {
  id: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Path under the base URL, msw syntax (`/organizations/:uuid`). */
  path: string;
  permission: Permission | null;
  org?: boolean;
  remoteSupportRequest?: boolean;
  /** Extra 403 checks (own organization, own request, SUPERNODE only). */
  authorize?: (ctx: Ctx) => void;
  idempotent?: boolean;
  ifMatch?: boolean;
  body?: BodyKind;
  run: (ctx: Ctx) => Response | Promise<Response>;
}

let requestCounter = 0;
function nextRequestId(): string {
  requestCounter = (requestCounter + 1) % 36 ** 6;
  return `mock-${Date.now().toString(36)}-${requestCounter.toString(36).padStart(6, '0')}`;
}

/** Waits `ms`, or until the request is aborted. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function unauthenticated(detail: string, invalid: boolean): Problem {
  return new Problem('unauthenticated', detail, {
    headers: {
      'WWW-Authenticate': invalid ? 'Bearer realm="sales-hub", error="invalid_token"' : 'Bearer realm="sales-hub"',
    },
  });
}

function authenticate(env: Env, request: Request): Caller {
  const header = request.headers.get('Authorization');
  if (!header) throw unauthenticated('A bearer token is required.', false);
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".', true);
  const caller = env.callers.get(match[1]!);
  if (!caller) throw unauthenticated('The access token is invalid or has expired.', true);
  return caller;
}

function notFound(what: string): Problem {
  return new Problem('not-found', `No ${what} is visible to you.`);
}

/** Loads the path organization: unknown, purged, out of scope or a malformed UUID are all 404. */
function loadOrganization(ctx: Ctx, raw: string): Organization {
  if (!UUID_PATTERN.test(raw)) throw notFound(`organization ${raw}`);
  const uuid = raw.toLowerCase();
  const org = ctx.env.db.get(uuid);
  if (!org || !ctx.env.db.isWithin(uuid, ctx.caller.organizationUuid)) throw notFound(`organization ${uuid}`);
  return org;
}

function fingerprintOf(request: Request, url: URL, bodyText: string): string {
  let body = bodyText;
  try {
    body = bodyText === '' ? '' : canonicalJson(JSON.parse(bodyText));
  } catch {
    // Not JSON: the raw text is the fingerprint (the request fails later with 400 and is not stored).
  }
  // Path UUIDs match in either case (the contract), so they fingerprint in one case too.
  return `${request.method} ${url.pathname.toLowerCase()} ${body}`;
}

async function replayed(stored: { status: number; headers: [string, string][]; body: string }): Promise<Response> {
  const headers = new Headers(stored.headers);
  headers.set('Idempotent-Replayed', 'true');
  return new Response(stored.body === '' ? null : stored.body, { status: stored.status, headers });
}

/** Idempotent requests still running, per caller and key: a concurrent retry waits for the first to finish. */
const inflight = new WeakMap<Env, Map<string, Promise<unknown>>>();

async function execute(
  op: Operation,
  env: Env,
  request: Request,
  params: Record<string, string>,
  url: URL,
  requestId: string,
): Promise<Response> {
  const ctx = { env, request, url, requestId, body: undefined } as Ctx;
  // 401
  ctx.caller = authenticate(env, request);
  // Read the body first: everything from here to the change is synchronous, so two concurrent requests
  // cannot both pass the same If-Match (the second one gets 412, as from a real server).
  const kind = op.body ?? 'none';
  const bytes = kind === 'image' ? new Uint8Array(await request.arrayBuffer()) : null;
  const bodyText = kind !== 'image' && (kind !== 'none' || op.idempotent) ? await request.text() : '';
  let running: Map<string, Promise<unknown>> | undefined;
  let slot = '';
  if (op.idempotent) {
    const key = request.headers.get('Idempotency-Key');
    running = inflight.get(env) ?? new Map();
    inflight.set(env, running);
    slot = `${ctx.caller.userId}\u0000${key}`;
    // A retry that overtakes its original waits for it, then is answered from the stored record.
    while (running.has(slot)) await running.get(slot);
  }
  // 404
  if (op.org) ctx.org = loadOrganization(ctx, params.uuid ?? '');
  if (op.remoteSupportRequest) {
    const id = (params.id ?? '').toLowerCase();
    const found = UUID_PATTERN.test(id) ? env.db.requestsOf(ctx.org.uuid).find((r) => r.id === id) : undefined;
    if (!found) throw notFound(`remote-support request ${params.id ?? ''}`);
    ctx.rsRequest = found;
  }
  // 403
  if (op.permission && !ctx.caller.permissions.includes(op.permission)) {
    throw new Problem('forbidden', `This action requires the permission ${op.permission}.`);
  }
  op.authorize?.(ctx);
  // 400 headers, then replay / key-reused
  let idempotencyKey: string | null = null;
  let fingerprint = '';
  if (op.idempotent) {
    const key = request.headers.get('Idempotency-Key');
    if (key === null || key === '')
      throw new Problem(
        'idempotency-key-missing',
        'This operation requires an Idempotency-Key header (1–255 characters).',
      );
    if (!IDEMPOTENCY_KEY_PATTERN.test(key))
      throw new Problem('malformed-request', 'Idempotency-Key must be 1–255 printable ASCII characters.');
    idempotencyKey = key;
    fingerprint = fingerprintOf(request, url, bodyText);
    const stored = env.db.idempotency.get(ctx.caller.userId)?.get(key);
    if (stored) {
      if (stored.fingerprint === fingerprint) return replayed(stored);
      throw new Problem('idempotency-key-reused', 'This Idempotency-Key was already used with a different request.');
    }
  }
  // 428 / 412
  if (op.ifMatch) {
    const ifMatch = request.headers.get('If-Match');
    if (ifMatch === null)
      throw new Problem(
        'precondition-required',
        'This request needs an If-Match header with the ETag from your last read.',
      );
    if (ifMatch !== etagOf(ctx.org)) {
      throw new Problem(
        'etag-mismatch',
        `If-Match ${ifMatch} does not match the current version ${ctx.org.version}. Reload and retry.`,
        {
          currentVersion: ctx.org.version,
          headers: { ETag: etagOf(ctx.org) },
        },
      );
    }
  }
  // 415 / 413, then 400 for a body that does not parse
  if (kind === 'image') {
    const type = mediaType(request);
    if (!isProfilePictureType(type))
      throw new Problem(
        'unsupported-media-type',
        `Send the picture as ${PROFILE_PICTURE_TYPES.join(', ')}; got ${type || 'no Content-Type'}.`,
      );
    if (bytes!.byteLength > MAX_PROFILE_PICTURE_BYTES)
      throw new Problem('payload-too-large', 'The picture must be at most 1 MiB (1,048,576 bytes).');
    ctx.bytes = bytes!;
  } else if (kind !== 'none') {
    const expected = kind === 'merge-patch' ? 'application/merge-patch+json' : 'application/json';
    const type = mediaType(request);
    if (kind === 'optional-json' && bodyText === '') {
      ctx.body = undefined;
    } else {
      if (type !== expected)
        throw new Problem('unsupported-media-type', `Send the body as ${expected}; got ${type || 'no Content-Type'}.`);
      try {
        ctx.body = JSON.parse(bodyText);
      } catch {
        throw new Problem(
          'malformed-request',
          bodyText === '' ? 'The request body is required.' : 'The request body is not valid JSON.',
        );
      }
    }
  }
  if (idempotencyKey === null || !running) return op.run(ctx);
  let done!: () => void;
  running.set(slot, new Promise<void>((resolve) => (done = resolve)));
  try {
    const response = await op.run(ctx);
    if (response.status >= 200 && response.status < 300) {
      const body = await response.clone().text();
      let records = env.db.idempotency.get(ctx.caller.userId);
      if (!records) env.db.idempotency.set(ctx.caller.userId, (records = new Map()));
      records.set(idempotencyKey, {
        fingerprint,
        status: response.status,
        headers: [...response.headers],
        body,
        storedAt: env.db.now().getTime(),
      });
      env.db.save();
    }
    return response;
  } finally {
    running.delete(slot);
    done();
  }
}

/** Resolves once the request is aborted (by the client's timeout or signal): a request that never answers. */
function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) =>
    signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true }),
  );
}

/** Runs the operation; every failure becomes problem+json. */
async function answer(
  op: Operation | null,
  env: Env,
  request: Request,
  params: Record<string, string>,
  url: URL,
  requestId: string,
): Promise<Response> {
  const instance = url.pathname;
  try {
    if (!op) {
      authenticate(env, request);
      throw new Problem('not-found', `No operation ${request.method} ${instance}.`);
    }
    const response = await execute(op, env, request, params, url, requestId);
    if (!response.headers.has('X-Request-Id')) {
      const headers = new Headers(response.headers);
      headers.set('X-Request-Id', requestId);
      return new Response(response.body, { status: response.status, headers });
    }
    return response;
  } catch (error) {
    if (error instanceof Problem) return problemResponse(error, instance, requestId);
    // A bug in the mock: answer like a server would (500), and say why in the console.
    console.error('[sales-hub-kit mock] unexpected error', error);
    return statusResponse(
      500,
      instance,
      requestId,
      undefined,
      'The mock backend failed unexpectedly; see the console.',
    );
  }
}

/** Applies latency and faults around the operation: most strike before it runs, a lost answer after. */
async function handle(
  op: Operation | null,
  env: Env,
  request: Request,
  params: Record<string, string>,
): Promise<Response> {
  const url = new URL(request.url);
  const requestId = nextRequestId();
  const instance = url.pathname;
  await wait(env.faults.latency(), request.signal);
  const fault = env.faults.take(request.method);
  if (isLostAnswer(fault)) {
    // The backend acts (the change and its idempotency record are stored), then the answer goes missing.
    await answer(op, env, request, params, url, requestId);
    if (fault.lose === 'network') return HttpResponse.error();
    if (fault.lose === 'hang') return untilAborted(request.signal).then(() => HttpResponse.error());
    return statusResponse(
      fault.lose,
      instance,
      requestId,
      undefined,
      'Injected by the mock backend after the operation was applied.',
    );
  }
  if (fault === 'network') return HttpResponse.error();
  if (fault === 'hang') return untilAborted(request.signal).then(() => HttpResponse.error());
  if (fault === 'malformed') return jsonResponse({ malformed: true, items: 'not-a-list', version: 'x' });
  if (fault) return statusResponse(fault.status, instance, requestId, fault.retryAfter);
  return answer(op, env, request, params, url, requestId);
}

/** msw handlers for the operations, under an absolute base URL, plus a catch-all 404 for unknown paths. */
export function buildHandlers(baseUrl: string, operations: readonly Operation[], env: Env): HttpHandler[] {
  const handlers = operations.map((op) =>
    http[op.method](`${baseUrl}${op.path}`, ({ request, params }) =>
      handle(op, env, request, params as Record<string, string>),
    ),
  );
  handlers.push(http.all(`${baseUrl}/*`, ({ request }) => handle(null, env, request, {})));
  return handlers;
}
