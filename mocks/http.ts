/** HTTP plumbing of the mock: problem+json answers, JSON answers, canonical JSON and opaque cursors. */
import type { FieldError, Organization, OrganizationStatus, ProblemSlug } from '../sdk/schemas/index.js';
import { PROBLEM_CATALOGUE, problemTypeOf } from '../sdk/schemas/index.js';

export interface ProblemExtras {
  errors?: FieldError[];
  currentVersion?: number;
  currentStatus?: OrganizationStatus;
  headers?: Record<string, string>;
}

/** Thrown by an operation to answer with the catalogue's status and fixed title for `slug`. */
export class Problem extends Error {
  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(`${slug}: ${detail}`);
  }
}

/** A 422 `validation` problem listing every field error. */
export function validationProblem(errors: FieldError[]): Problem {
  return new Problem('validation', `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation.`, {
    errors,
  });
}

/** A business-rule problem whose single field error has the slug as its code. */
export function ruleProblem(v: { slug: ProblemSlug; pointer?: string; message: string }): Problem {
  return new Problem(
    v.slug,
    v.message,
    v.pointer === undefined ? {} : { errors: [{ pointer: v.pointer, code: v.slug, message: v.message }] },
  );
}

/** What every problem document has besides its type, title and status. */
export interface ProblemFields {
  detail: string;
  instance: string;
  requestId: string;
  [member: string]: unknown;
}

/** A problem+json answer with `body` (its `status` is the answer's status). */
function problemAnswer(
  body: { type: string; title: string; status: number } & Record<string, unknown>,
  headers: Record<string, string>,
): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/**
 * The problem+json answer of a catalogue slug: its type, status and fixed title, then `fields`. The mock, the SDK's
 * tests and the components' tests all build their problem answers here.
 */
export function catalogueProblem(
  slug: ProblemSlug,
  fields: ProblemFields,
  headers: Record<string, string> = {},
): Response {
  const { status, title } = PROBLEM_CATALOGUE[slug];
  return problemAnswer({ type: problemTypeOf(slug), title, status, ...fields }, headers);
}

export function problemResponse(p: Problem, instance: string, requestId: string): Response {
  const { errors, currentVersion, currentStatus, headers } = p.extras;
  return catalogueProblem(
    p.slug,
    {
      detail: p.detail,
      instance,
      requestId,
      ...(errors?.length ? { errors } : {}),
      ...(currentVersion !== undefined ? { currentVersion } : {}),
      ...(currentStatus !== undefined ? { currentStatus } : {}),
    },
    { 'X-Request-Id': requestId, ...headers },
  );
}

/** A problem+json for a status outside the catalogue (scripted faults such as 503). */
export function statusResponse(
  status: number,
  instance: string,
  requestId: string,
  retryAfter?: number,
  detail = 'Injected by the mock backend.',
): Response {
  const slug = (Object.keys(PROBLEM_CATALOGUE) as ProblemSlug[]).find((s) => PROBLEM_CATALOGUE[s].status === status);
  const headers: Record<string, string> = { 'X-Request-Id': requestId };
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  if (slug) {
    if (status === 401) headers['WWW-Authenticate'] = 'Bearer realm="sales-hub", error="invalid_token"';
    return problemResponse(new Problem(slug, detail, { headers }), instance, requestId);
  }
  const title = STATUS_TEXT[status] ?? `HTTP ${status}`;
  return problemAnswer({ type: 'about:blank', title, status, detail, instance, requestId }, headers);
}

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  408: 'Request Timeout',
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function etagOf(org: Pick<Organization, 'version'>): string {
  return `"${org.version}"`;
}

/** JSON with object keys sorted at every level: the body part of an idempotency fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The media type of a Content-Type header, without parameters, lower-cased ('' when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(s)) return null;
  try {
    const bin = atob(s.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** A short hash of the query a cursor belongs to. */
export function queryHash(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export interface CursorPosition {
  p: string;
  u: string;
}

export function encodeCursor(pos: CursorPosition, hash: string): string {
  return toBase64Url(JSON.stringify([pos.p, pos.u, hash]));
}

/** The position a cursor points after, or null when it is not one of ours or belongs to another query. */
export function decodeCursor(cursor: string, hash: string): CursorPosition | null {
  if (cursor.length > 512) return null;
  const text = fromBase64Url(cursor);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || value.length !== 3 || !value.every((v) => typeof v === 'string') || value[2] !== hash)
      return null;
    return { p: value[0] as string, u: value[1] as string };
  } catch {
    return null;
  }
}
