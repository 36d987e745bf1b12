/**
 * Test fixtures: a fresh mock backend per test, a client wired to it in-page (no service worker),
 * and a fixture that renders an element with that client provided through context.
 */
import './setup.js';
import { ContextProvider } from '@lit/context';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createMockBackend, DEMO_TOKENS, type MockBackend, type MockBackendOptions } from '../mocks/index.js';
import { createClient, type ClientOptions, type SalesHubClient } from '../sdk/index.js';
import { clientContext } from '../components/context/client-context.js';

export { DEMO_TOKENS };

export interface TestBackend {
  backend: MockBackend;
  client: SalesHubClient;
  /** Every request the client sent, in order (clones, so bodies can be read). */
  requests: Request[];
}

/** A fresh backend and a client that reaches it through an in-page fetch that records requests. */
export function createTestBackend(
  options: MockBackendOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): TestBackend {
  const backend = createMockBackend(options);
  const requests: Request[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return backend.fetch(request);
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
export async function fixtureWithClient<T extends Element>(template: TemplateResult, client: SalesHubClient): Promise<T> {
  const host = document.createElement('div');
  document.body.append(host);
  new ContextProvider(host, { context: clientContext, initialValue: client }).hostConnected();
  return fixture<T>(template, { parentNode: host });
}
