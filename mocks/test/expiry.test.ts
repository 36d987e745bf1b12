/** Time-driven behaviour of the mock: the purge after the deletion grace period, and remote-support grants running out. */
import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem, type Api } from './api.test-helpers.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

function clock(start = Date.UTC(2026, 0, 10, 12)) {
  let now = start;
  return { now: () => new Date(now), set: (ms: number) => void (now = ms), advance: (ms: number) => void (now += ms) };
}

const restore = (t: Api, uuid: string, etag: string) =>
  t.call(`/organizations/${uuid}/restore`, { method: 'POST', headers: { 'If-Match': etag } });

describe('mock backend: the purge after the grace period', () => {
  it('restores a PENDING_DELETION organization until its purgeAfter', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const uuid = t.backend.known.pendingDeletion!;
    const before = await t.call(`/organizations/${uuid}`);
    expect(before.body.status).to.equal('PENDING_DELETION');
    c.set(Date.parse(before.body.purgeAfter) - 1);
    const restored = await restore(t, uuid, before.headers.get('ETag')!);
    expect(restored.status).to.equal(200);
    expect(restored.body).to.include({ status: 'ACTIVE', purgeAfter: null });
    c.advance(365 * DAY);
    expect((await t.call(`/organizations/${uuid}`)).body.status).to.equal('ACTIVE');
  });

  it('answers 404 once purgeAfter has passed, and the organization cannot be restored any more', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const uuid = t.backend.known.pendingDeletion!;
    const before = await t.call(`/organizations/${uuid}`);
    expect(before.status).to.equal(200);
    const etag = before.headers.get('ETag')!;
    const { tenantId, name } = before.body;
    const search = `/organizations?q=${encodeURIComponent(name)}&status=PENDING_DELETION`;
    expect((await t.call(search)).body.items).to.have.length(1);

    c.set(Date.parse(before.body.purgeAfter)); // purgeAfter is the first instant of the purge
    expectProblem(await t.call(`/organizations/${uuid}`), 'not-found', `/organizations/${uuid}`);
    // The person still holds the ETag they read before the purge: the restore finds nothing to restore.
    expectProblem(await restore(t, uuid, etag), 'not-found', `/organizations/${uuid}/restore`);
    expectProblem(await t.call(`/organizations/${uuid}/members`), 'not-found');
    expectProblem(await t.call(`/organizations/${uuid}/remote-support`), 'not-found');
    expect((await t.call(search)).body.items).to.have.length(0);
    expect(t.backend.db.organizations.has(uuid)).to.equal(false);
    expect(t.backend.db.isTenantIdUsed(tenantId), 'a purged tenant ID is never given out again').to.equal(true);
  });

  it('purges an organization the caller deleted, after exactly the grace period', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const uuid = t.backend.known.spManaged;
    const current = await t.call(`/organizations/${uuid}`);
    const deleted = await t.call(`/organizations/${uuid}`, {
      method: 'DELETE',
      headers: { 'If-Match': current.headers.get('ETag')!, 'Confirm-Name': encodeURIComponent(current.body.name) },
    });
    expect(deleted.body.purgeAfter).to.equal('2026-02-09T12:00:00Z');
    c.advance(30 * DAY - 1);
    expect((await t.call(`/organizations/${uuid}`)).body.status).to.equal('PENDING_DELETION');
    c.advance(1);
    expectProblem(await t.call(`/organizations/${uuid}`), 'not-found');
    expectProblem(await restore(t, uuid, deleted.headers.get('ETag')!), 'not-found');
  });
});

describe('mock backend: a remote-support grant running out', () => {
  const request = (t: Api, uuid: string, key: string) =>
    t.call(`/organizations/${uuid}/remote-support/requests`, {
      method: 'POST',
      headers: { 'Idempotency-Key': key },
      json: { reason: 'TCK-77: call routing', requestedMinutes: 15 },
    });
  const approve = (t: Api, uuid: string, id: string) =>
    t.call(`/organizations/${uuid}/remote-support/requests/${id}/approve`, {
      method: 'POST',
      token: DEMO_TOKENS.customerOwner,
    });
  const session = (t: Api, uuid: string) =>
    t.call(`/organizations/${uuid}/remote-support/sessions`, { method: 'POST' });

  it('turns an APPROVED grant EXPIRED at expiresAt; a session then needs a new approval', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const { acme } = t.backend.known;
    const first = await request(t, acme, 'first');
    const approved = await approve(t, acme, first.body.id);
    expect(approved.body).to.include({ status: 'APPROVED', expiresAt: '2026-01-10T12:15:00Z' });

    c.advance(15 * MINUTE - 1);
    const last = await session(t, acme);
    expect(last.status).to.equal(201);
    expect(last.body.expiresAt).to.equal('2026-01-10T12:15:00Z');

    c.advance(1);
    expectProblem(await session(t, acme), 'approval-required', `/organizations/${acme}/remote-support/sessions`);
    const overview = await t.call(`/organizations/${acme}/remote-support`);
    expect(overview.body).to.deep.include({ activeGrant: null, pendingRequest: null });
    expect(t.backend.db.requestsOf(acme).find((r) => r.id === first.body.id)!.status).to.equal('EXPIRED');
    // An expired grant cannot be approved again: it takes a new request.
    expectProblem(await approve(t, acme, first.body.id), 'invalid-state');

    const second = await request(t, acme, 'second');
    expect(second.status).to.equal(201);
    expectProblem(await session(t, acme), 'approval-required');
    expect((await approve(t, acme, second.body.id)).body.status).to.equal('APPROVED');
    expect((await session(t, acme)).status).to.equal(201);
  });
});
