// The SDK in Node ≥ 22 (global fetch, no DOM), against the mock backend's handlers served by msw's
// setupServer: proves both "runs everywhere" claims of issues #3 and #4 outside the browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from '../../scripts/bundle-for-node.js';

let sdk;
let mocks;
let server;

describe('the SDK in Node, against msw setupServer', () => {
  before(async () => {
    sdk = await importTs('sdk/index.ts', 'sdk');
    mocks = await importTs('mocks/index.ts', 'mocks');
    const { setupServer } = await import('msw/node');
    const backend = mocks.createMockBackend({ organizations: 50 });
    server = setupServer(...backend.handlers);
    server.listen({ onUnhandledFrame: 'error' });
    server.backend = backend;
  });

  after(() => server?.close());

  it('has no DOM to lean on', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  it('reads, searches with paging, and edits with If-Match through the global fetch', async () => {
    const { backend } = server;
    const client = sdk.createClient({ baseUrl: backend.baseUrl, token: () => mocks.DEMO_TOKENS.admin });
    const org = await client.organizations.get(backend.known.acme);
    assert.equal(org.uuid, backend.known.acme);

    const seen = new Set();
    for await (const item of client.organizations.search({ limit: 10 })) {
      assert.ok(!seen.has(item.uuid), 'no duplicates across pages');
      seen.add(item.uuid);
    }
    assert.ok(seen.size > 10, 'iterated past the first page');

    const updated = await client.organizations.update(org, { name: `${org.name} Node` });
    assert.equal(updated.version, org.version + 1);
    await assert.rejects(client.organizations.update(org, { name: 'Stale' }), (e) => sdk.isConflictError(e));
  });

  it('maps a problem to its class and never shows the token', async () => {
    const { backend } = server;
    const client = sdk.createClient({ baseUrl: backend.baseUrl, token: 'not-a-demo-token-secret' });
    const error = await client.organizations.get(backend.known.acme).catch((e) => e);
    assert.ok(sdk.isAuthenticationError(error));
    assert.equal(error.type, 'unauthenticated');
    const text = `${JSON.stringify(error)} ${String(error)} ${error.stack}`;
    assert.ok(!text.includes('not-a-demo-token-secret'));
  });
});
