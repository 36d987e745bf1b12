/** Raw-fetch helpers for the mock's own tests: no SDK, just the backend's in-page fetch. */
import { expect } from '@open-wc/testing';
import { PROBLEM_CATALOGUE, type ProblemSlug } from '../../sdk/schemas/index.js';
import { createMockBackend, DEMO_TOKENS, type MockBackend, type MockBackendOptions } from '../index.js';

export { DEMO_TOKENS };

export interface Call {
  method?: string;
  token?: string | null;
  headers?: Record<string, string>;
  json?: unknown;
  body?: BodyInit;
  signal?: AbortSignal;
}

/** A raw JSON body, which the mock's tests assert on field by field. */
// biome-ignore lint/suspicious/noExplicitAny: the mock's own tests read bodies the SDK's schemas would reject
export type Json = any;

export interface Answer<T = Json> {
  status: number;
  headers: Headers;
  body: T;
  response: Response;
}

export interface Api {
  backend: MockBackend;
  call<T = Json>(path: string, init?: Call): Promise<Answer<T>>;
  /** GET an organization and return its ETag. */
  etag(uuid: string, token?: string): Promise<string>;
}

/** A domain that restricts what can be created: every account type but CPaaS Telco. */
export const WITHOUT_CPAAS_TELCO = {
  capabilities: { creatableAccountTypes: ['BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER', 'SERVICE_PROVIDER'] },
} satisfies MockBackendOptions;

export function api(options: MockBackendOptions = {}): Api {
  const backend = createMockBackend(options);
  async function call<T>(path: string, init: Call = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? DEMO_TOKENS.admin : init.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await backend.fetch(`${backend.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body,
      signal: init.signal,
    });
    const text = await response.clone().text();
    return {
      status: response.status,
      headers: response.headers,
      body: (text ? JSON.parse(text) : null) as T,
      response,
    };
  }
  return {
    backend,
    call,
    async etag(uuid, token) {
      const r = await call(`/organizations/${uuid}`, { token: token ?? DEMO_TOKENS.admin });
      return r.headers.get('ETag')!;
    },
  };
}

/** Asserts a problem+json answer: status, type, the catalogue's fixed title, instance and request id. */
export function expectProblem(answer: Answer, slug: ProblemSlug, path?: string): void {
  const { status, title } = PROBLEM_CATALOGUE[slug];
  expect(answer.status, `status of ${slug}: ${JSON.stringify(answer.body)}`).to.equal(status);
  expect(answer.headers.get('Content-Type')).to.equal('application/problem+json');
  expect(answer.body.type).to.equal(`https://errors.sales-hub.example/${slug}`);
  expect(answer.body.title).to.equal(title);
  expect(answer.body.status).to.equal(status);
  expect(answer.body.detail).to.be.a('string').and.not.empty;
  expect(answer.body.requestId).to.match(/^[A-Za-z0-9._-]+$/);
  if (path) expect(answer.body.instance).to.equal(`/sales-hub/v1${path}`);
}

/** The field errors of a problem as `pointer code` strings. */
export function fieldErrors(answer: Answer): string[] {
  return ((answer.body.errors ?? []) as { pointer: string; code: string }[]).map((e) => `${e.pointer} ${e.code}`);
}

export const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
