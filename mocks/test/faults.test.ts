import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem, ONE_PIXEL_PNG } from './api.test-helpers.js';

const headers = { Authorization: `Bearer ${DEMO_TOKENS.admin}` };

describe('mock backend: faults and the in-page fetch', () => {
  it('fails the next N requests with a status, Retry-After included, then recovers', async () => {
    const t = api();
    t.backend.faults.next(2, { status: 503, retryAfter: 2 });
    for (let i = 0; i < 2; i++) {
      const answer = await t.call('/me');
      expect(answer.status).to.equal(503);
      expect(answer.headers.get('Retry-After')).to.equal('2');
      expect(answer.headers.get('Content-Type')).to.equal('application/problem+json');
    }
    expect((await t.call('/me')).status).to.equal(200);
    t.backend.faults.next(1, { status: 429, retryAfter: 9 });
    const limited = await t.call('/organizations');
    expectProblem(limited, 'rate-limited');
    expect(limited.headers.get('Retry-After')).to.equal('9');
  });

  it('rejects with a TypeError for a network fault', async () => {
    const t = api();
    t.backend.faults.next(1, 'network');
    let error: unknown;
    try {
      await t.backend.fetch(`${t.backend.baseUrl}/me`, { headers });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect((await t.call('/me')).status).to.equal(200);
  });

  it('answers 200 with a body that breaks the contract for a malformed fault', async () => {
    const t = api();
    t.backend.faults.next(1, 'malformed');
    const answer = await t.call(`/organizations/${t.backend.known.acme}`);
    expect(answer.status).to.equal(200);
    expect(answer.body).to.not.have.property('uuid');
  });

  it('hangs until aborted, then rejects with the signal’s reason', async () => {
    const t = api();
    t.backend.faults.next(1, 'hang');
    const controller = new AbortController();
    const pending = t.backend.fetch(`${t.backend.baseUrl}/me`, { headers, signal: controller.signal });
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).to.equal(false);
    const reason = new DOMException('Stopped by the test', 'AbortError');
    controller.abort(reason);
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect(error).to.equal(reason);
  });

  it('delays by the latency, which an abort cuts short; an aborted signal rejects at once', async () => {
    const t = api();
    t.backend.faults.setLatency(150);
    const start = performance.now();
    expect((await t.call('/me')).status).to.equal(200);
    expect(performance.now() - start).to.be.at.least(140);
    t.backend.faults.setLatency([300, 400]);
    const controller = new AbortController();
    const pending = t.backend.fetch(`${t.backend.baseUrl}/me`, { headers, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    let name = '';
    try {
      await pending;
    } catch (e) {
      name = (e as Error).name;
    }
    expect(name).to.equal('AbortError');
    let early = '';
    try {
      await t.backend.fetch(new Request(`${t.backend.baseUrl}/me`, { headers, signal: AbortSignal.abort() }));
    } catch (e) {
      early = (e as Error).name;
    }
    expect(early).to.equal('AbortError');
    t.backend.faults.clear();
  });

  it('fails at the configured rate with 503s', async () => {
    const t = api();
    t.backend.faults.setFailureRate(1);
    expect((await t.call('/me')).status).to.equal(503);
    t.backend.faults.setFailureRate(0);
    expect((await t.call('/me')).status).to.equal(200);
  });

  it('persists changes to localStorage when asked, and reset() clears them and the faults', async () => {
    const key = `mock-test-${Math.random()}`;
    const first = api({ persist: key });
    const { acme } = first.backend.known;
    await first.call(`/organizations/${acme}`, {
      method: 'PATCH',
      headers: { 'If-Match': '"7"', 'Content-Type': 'application/merge-patch+json' },
      json: { name: 'Acme Kept' },
    });
    const uploaded = await first.call(`/organizations/${acme}/profile-picture`, {
      method: 'PUT',
      headers: { 'If-Match': '"8"', 'Content-Type': 'image/png' },
      body: ONE_PIXEL_PNG,
    });
    const reloaded = api({ persist: key });
    expect((await reloaded.call(`/organizations/${acme}`)).body).to.include({ name: 'Acme Kept', version: 9 });
    const picture = await reloaded.backend.fetch(uploaded.body.profilePictureUrl);
    expect(new Uint8Array(await picture.arrayBuffer())).to.deep.equal(ONE_PIXEL_PNG);
    expect((await reloaded.call('/organizations?q=kept')).body.items).to.have.length(1);
    reloaded.backend.faults.next(5, 'network');
    reloaded.backend.reset();
    expect(localStorage.getItem(key)).to.equal(null);
    expect(reloaded.backend.faults.pending).to.equal(0);
    expect((await reloaded.call(`/organizations/${acme}`)).body).to.include({ name: 'Acme Pte Ltd', version: 7 });
    expect((await api({ persist: key }).call(`/organizations/${acme}`)).body.name).to.equal('Acme Pte Ltd');
  });
});
