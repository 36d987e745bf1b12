import { expect } from '@open-wc/testing';
import { EVERY_FAULT } from '../index.js';
import { api } from './api.test-helpers.js';

const patch = (etag: string, name: string) => ({
  method: 'PATCH',
  headers: { 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' },
  json: { name },
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('Expected a rejection.');
    },
    (error: unknown) => error,
  );
}

describe('mock backend: answers lost after the backend acted', () => {
  it('applies the change, then drops the connection', async () => {
    const t = api({ organizations: 30 });
    const { acme } = t.backend.known;
    const etag = await t.etag(acme);
    t.backend.faults.next(1, { lose: 'network' });
    const error = await failure(t.call(`/organizations/${acme}`, patch(etag, 'Acme Applied')));
    expect(error).to.be.instanceOf(TypeError);
    const after = await t.call(`/organizations/${acme}`);
    expect(after.body).to.include({ name: 'Acme Applied', version: Number(etag.slice(1, -1)) + 1 });
  });

  for (const status of [502, 504] as const) {
    it(`applies the change, then answers ${status} like a gateway that lost the answer`, async () => {
      const t = api({ organizations: 30 });
      const { acme } = t.backend.known;
      t.backend.faults.next(1, { lose: status });
      const answer = await t.call(`/organizations/${acme}/suspend`, {
        method: 'POST',
        headers: { 'If-Match': await t.etag(acme) },
        json: { reason: 'NON_PAYMENT' },
      });
      expect(answer.status).to.equal(status);
      expect(answer.headers.get('Content-Type')).to.equal('application/problem+json');
      expect(answer.body).to.include({ type: 'about:blank', status });
      expect((await t.call(`/organizations/${acme}`)).body.status).to.equal('SUSPENDED');
    });
  }

  it('applies the change, then hangs until the client gives up', async () => {
    const t = api({ organizations: 30 });
    const { spManaged } = t.backend.known;
    const etag = await t.etag(spManaged);
    t.backend.faults.next(1, { lose: 'hang' });
    const controller = new AbortController();
    const pending = t.call(`/organizations/${spManaged}/buyer-tags`, {
      method: 'PUT',
      headers: { 'If-Match': etag },
      json: { buyerTags: [{ key: 'CustomerRef', value: 'LOST-1' }] },
      signal: controller.signal,
    });
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    // The change is in the store while the answer is still pending.
    const poll = async (): Promise<unknown> => (await t.call(`/organizations/${spManaged}`)).body.buyerTags;
    let tags: unknown = [];
    for (let i = 0; i < 50 && JSON.stringify(tags).indexOf('LOST-1') < 0; i++) tags = await poll();
    expect(tags).to.deep.equal([{ key: 'CustomerRef', value: 'LOST-1' }]);
    expect(settled).to.equal(false);
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
    expect(((await failure(pending)) as Error).name).to.equal('TimeoutError');
  });

  it('waits for a request that acts: a read before the save is answered', async () => {
    const t = api({ organizations: 30 });
    const { acme } = t.backend.known;
    t.backend.faults.next(1, { lose: 502 });
    const read = await t.call(`/organizations/${acme}`);
    expect(read.status).to.equal(200);
    expect(t.backend.faults.pending).to.equal(1);
    const lost = await t.call(`/organizations/${acme}`, patch(read.headers.get('ETag')!, 'Acme After Read'));
    expect(lost.status).to.equal(502);
    expect(t.backend.faults.pending).to.equal(0);
    expect((await t.call(`/organizations/${acme}`)).body.name).to.equal('Acme After Read');
  });

  it('a failure the backend refused is still refused: a lost answer does not turn a 412 into a change', async () => {
    const t = api({ organizations: 30 });
    const { acme } = t.backend.known;
    const before = (await t.call(`/organizations/${acme}`)).body;
    t.backend.faults.next(1, { lose: 504 });
    expect((await t.call(`/organizations/${acme}`, patch('"1"', 'Stale'))).status).to.equal(504);
    expect((await t.call(`/organizations/${acme}`)).body).to.deep.equal(before);
  });

  it('replays a keyed POST whose answer was lost: one organization, the stored answer marked as replayed', async () => {
    const t = api({ organizations: 30 });
    const body = {
      name: 'Lost Answer Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    };
    const headers = { 'Idempotency-Key': 'lost-answer-create-1' };
    t.backend.faults.next(1, { lose: 'network' });
    expect(await failure(t.call('/organizations', { method: 'POST', headers, json: body }))).to.be.instanceOf(
      TypeError,
    );
    const retry = await t.call('/organizations', { method: 'POST', headers, json: body });
    expect(retry.status).to.equal(201);
    expect(retry.headers.get('Idempotent-Replayed')).to.equal('true');
    const named = [...t.backend.db.organizations.values()].filter((o) => o.name === 'Lost Answer Ltd');
    expect(named.map((o) => o.uuid)).to.deep.equal([retry.body.uuid]);
  });

  it('draws lost answers from the random mix, and EVERY_FAULT holds every kind', async () => {
    const t = api({ organizations: 30 });
    const { acme } = t.backend.known;
    t.backend.faults.setFailureRate(1, [{ lose: 502 }]);
    expect((await t.call(`/organizations/${acme}`)).status, 'a read loses its answer too').to.equal(502);
    t.backend.faults.setFailureRate(0);
    const current = await t.etag(acme);
    t.backend.faults.setFailureRate(1, [{ lose: 502 }]);
    expect((await t.call(`/organizations/${acme}`, patch(current, 'Acme Mixed'))).status).to.equal(502);
    t.backend.faults.clear();
    expect((await t.call(`/organizations/${acme}`)).body.name).to.equal('Acme Mixed');
    const kinds = EVERY_FAULT.map((f) =>
      typeof f === 'string' ? f : 'lose' in f ? `lose-${f.lose}` : `status-${f.status}`,
    );
    expect(kinds).to.include.members([
      'network',
      'malformed',
      'hang',
      'status-503',
      'status-429',
      'lose-network',
      'lose-502',
      'lose-504',
      'lose-hang',
    ]);
  });
});
