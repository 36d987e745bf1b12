/**
 * Test fixtures: a fresh mock backend per test, a client wired to it in-page (no service worker),
 * and a fixture that renders an element with that client provided through context.
 */
import './setup.js';
import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { catalogueProblem } from '../mocks/http.js';
import { createMockBackend, DEMO_TOKENS, type MockBackend, type MockBackendOptions } from '../mocks/index.js';
import {
  createClient,
  type ClientOptions,
  type FieldError,
  type ProblemSlug,
  type SalesHubClient,
} from '../sdk/index.js';
import { clientContext } from '../components/context/client-context.js';

export { DEMO_TOKENS };

export interface TestBackend {
  backend: MockBackend;
  client: SalesHubClient;
  /** Every request the client sent, in order (clones, so bodies can be read). */
  requests: Request[];
}

/** A fresh backend and a client that reaches it through an in-page fetch that records requests. */
/** Stands between the client and the backend: answer yourself, or pass the request on with `next`. */
export type Intercept = (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;

export function createTestBackend(
  options: MockBackendOptions = {},
  clientOptions: Partial<ClientOptions> = {},
  intercept?: Intercept,
): TestBackend {
  const backend = createMockBackend(options);
  const requests: Request[] = [];
  const next = (request: Request) => backend.fetch(request);
  const recordingFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return intercept ? intercept(request, next) : next(request);
  };
  const client = createClient({
    baseUrl: backend.baseUrl,
    token: DEMO_TOKENS.admin,
    fetch: recordingFetch,
    retry: 0,
    ...clientOptions,
  });
  return { backend, client, requests };
}

/** Renders `template` inside a host that provides `client` through context, as a page would. */
export async function fixtureWithClient<T extends Element>(
  template: TemplateResult,
  client: SalesHubClient,
): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  new ContextProvider(host, { context: clientContext, initialValue: client }).hostConnected();
  return fixture<T>(template, { parentNode: host });
}

/** A catalogue problem+json answer for `request`, as the server would send it. */
export function problemResponse(request: Request, slug: ProblemSlug, errors: FieldError[] = []): Response {
  return catalogueProblem(slug, {
    detail: 'Injected.',
    instance: new URL(request.url).pathname,
    requestId: 'test',
    ...(errors.length ? { errors } : {}),
  });
}

/** An intercept that answers the first POST with `slug`, and passes everything else to the backend. */
export function firstPostFails(slug: ProblemSlug, errors: FieldError[] = []): Intercept {
  let armed = true;
  return (request, next) => {
    if (armed && request.method === 'POST') {
      armed = false;
      return Promise.resolve(problemResponse(request, slug, errors));
    }
    return next(request);
  };
}
