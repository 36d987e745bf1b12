import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem, fieldErrors, type Api } from './api.test-helpers.js';

const MINUTE = 60_000;

function clock(start = Date.UTC(2026, 0, 10, 12)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

function request(
  t: Api,
  uuid: string,
  body: unknown = { reason: 'TCK-1234: inbound calls', requestedMinutes: 120 },
  key: string = crypto.randomUUID(),
) {
  return t.call(`/organizations/${uuid}/remote-support/requests`, {
    method: 'POST',
    headers: { 'Idempotency-Key': key },
    json: body,
  });
}

const decide = (
  t: Api,
  uuid: string,
  id: string,
  verb: 'approve' | 'reject' | 'revoke',
  json?: unknown,
  token: string = DEMO_TOKENS.customerOwner,
) =>
  t.call(`/organizations/${uuid}/remote-support/requests/${id}/${verb}`, {
    method: 'POST',
    token,
    ...(json === undefined ? {} : { json }),
  });

const session = (t: Api, uuid: string) => t.call(`/organizations/${uuid}/remote-support/sessions`, { method: 'POST' });

describe('mock backend: remote support', () => {
  it('runs the approval flow: request, approve (grant), session until expiry, then EXPIRED', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const { acme } = t.backend.known;
    expectProblem(await session(t, acme), 'approval-required');
    const created = await request(t, acme);
    expect(created.status).to.equal(201);
    expect(created.body).to.include({
      status: 'PENDING',
      requestedMinutes: 120,
      organizationUuid: acme,
      decidedBy: null,
      expiresAt: null,
    });
    expect(created.body.requestedBy).to.deep.equal({
      userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1',
      displayName: 'Priya Nair',
    });
    const overview = await t.call(`/organizations/${acme}/remote-support`);
    expect(overview.body).to.deep.include({ approvalRequired: true, loginRole: 'SUPER_ADMIN', activeGrant: null });
    expect(overview.body.pendingRequest.id).to.equal(created.body.id);

    const approved = await decide(t, acme, created.body.id, 'approve', { minutes: 60 });
    expect(approved.status).to.equal(200);
    expect(approved.body).to.include({
      status: 'APPROVED',
      grantedMinutes: 60,
      expiresAt: '2026-01-10T13:00:00Z',
      decidedAt: '2026-01-10T12:00:00Z',
    });
    expect(approved.body.decidedBy.displayName).to.equal('Ada Tan');
    const grant = (await t.call(`/organizations/${acme}/remote-support`)).body.activeGrant;
    expect(grant).to.deep.equal({ requestId: created.body.id, expiresAt: '2026-01-10T13:00:00Z' });
    const started = await session(t, acme);
    expect(started.status).to.equal(201);
    expect(started.body).to.include({ role: 'SUPER_ADMIN', expiresAt: '2026-01-10T13:00:00Z' });
    expect(started.body.loginUrl).to.match(/^https:\/\//);

    c.advance(61 * MINUTE);
    const later = await t.call(`/organizations/${acme}/remote-support`);
    expect(later.body.activeGrant).to.equal(null);
    expectProblem(await session(t, acme), 'approval-required');
    expectProblem(await decide(t, acme, created.body.id, 'revoke'), 'invalid-state');
    expect(t.backend.db.requestsOf(acme)[0]!.status).to.equal('EXPIRED');
  });

  it('defaults the grant to the requested minutes, rejects and revokes, and allows one PENDING request at a time', async () => {
    const t = api();
    const { acme } = t.backend.known;
    const first = await request(t, acme);
    expectProblem(await request(t, acme), 'invalid-state');
    const rejected = await decide(t, acme, first.body.id, 'reject', { note: 'After hours, please.' });
    expect(rejected.body).to.include({ status: 'REJECTED', decisionNote: 'After hours, please.' });
    expectProblem(await decide(t, acme, first.body.id, 'approve'), 'invalid-state');
    expectProblem(await decide(t, acme, first.body.id, 'reject'), 'invalid-state');
    const second = await request(t, acme);
    const approved = await decide(t, acme, second.body.id, 'approve');
    expect(approved.body.grantedMinutes).to.equal(120);
    const revoked = await decide(t, acme, second.body.id, 'revoke');
    expect(revoked.body.status).to.equal('REVOKED');
    expectProblem(await session(t, acme), 'approval-required');
  });

  it('replays a keyed request and refuses the key for another body', async () => {
    const t = api();
    const { acme } = t.backend.known;
    const first = await request(t, acme, undefined, 'same');
    const again = await request(t, acme, undefined, 'same');
    expect(again.status).to.equal(201);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(again.body.id).to.equal(first.body.id);
    expectProblem(await request(t, acme, { reason: 'Other', requestedMinutes: 15 }, 'same'), 'idempotency-key-reused');
    expectProblem(
      await t.call(`/organizations/${acme}/remote-support/requests`, {
        method: 'POST',
        json: { reason: 'x', requestedMinutes: 15 },
      }),
      'idempotency-key-missing',
    );
  });

  it('validates minutes against 15..maxGrantMinutes and the reason', async () => {
    const t = api();
    const { acme } = t.backend.known;
    const bad = await request(t, acme, { reason: '', requestedMinutes: 10081, extra: 1 });
    expectProblem(bad, 'validation');
    expect(fieldErrors(bad)).to.have.members([
      '/reason too-short',
      '/requestedMinutes out-of-range',
      '/extra unknown-field',
    ]);
    const pending = await request(t, acme);
    const approve = await decide(t, acme, pending.body.id, 'approve', { minutes: 10 });
    expect(fieldErrors(approve)).to.deep.equal(['/minutes out-of-range']);
    expectProblem(
      await t.call(`/organizations/${acme}/remote-support/requests/${pending.body.id}/approve`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
        body: 'x',
        headers: { 'Content-Type': 'text/plain' },
      }),
      'unsupported-media-type',
    );
  });

  it('takes requests only when CUSTOMER-managed with approval required', async () => {
    const t = api();
    expectProblem(await request(t, t.backend.known.customerNoApproval), 'approval-not-required');
    expectProblem(await request(t, t.backend.known.spManaged), 'approval-not-required');
  });

  it('starts sessions without a grant where none is needed: OWNER on SP-managed, SUPER_ADMIN without approval', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const sp = await session(t, t.backend.known.spManaged);
    expect(sp.body).to.include({ role: 'OWNER', expiresAt: '2026-01-11T12:00:00Z' });
    const open = await session(t, t.backend.known.customerNoApproval);
    expect(open.body).to.include({ role: 'SUPER_ADMIN', expiresAt: '2026-01-11T12:00:00Z' });
    const suspended = await session(t, t.backend.known.suspended);
    expectProblem(suspended, 'approval-required');
    const pending = await session(t, t.backend.known.pendingDeletion!);
    expectProblem(pending, 'invalid-state-transition');
  });

  it('forbids approving one’s own request and needs remote-support:approve', async () => {
    const t = api();
    const { acme } = t.backend.known;
    t.backend.addCaller({
      token: 'both',
      userId: '33333333-4444-4555-8666-777777777777',
      displayName: 'Both Hats',
      organizationUuid: t.backend.known.root,
      permissions: ['organizations:read', 'remote-support:request', 'remote-support:approve'],
    });
    const mine = await t.call(`/organizations/${acme}/remote-support/requests`, {
      method: 'POST',
      token: 'both',
      headers: { 'Idempotency-Key': 'b' },
      json: { reason: 'x', requestedMinutes: 15 },
    });
    expectProblem(await decide(t, acme, mine.body.id, 'approve', undefined, 'both'), 'forbidden');
    expectProblem(await decide(t, acme, mine.body.id, 'approve', undefined, DEMO_TOKENS.admin), 'forbidden');
    expectProblem(await decide(t, acme, '00000000-0000-4000-8000-000000000000', 'approve'), 'not-found');
    expectProblem(
      await decide(t, t.backend.known.customerNoApproval, mine.body.id, 'approve', undefined, DEMO_TOKENS.admin),
      'not-found',
    );
  });

  it('sets the policy on CUSTOMER-managed organizations only; turning approval off cancels the PENDING request', async () => {
    const t = api();
    const { acme, spManaged } = t.backend.known;
    const pending = await request(t, acme);
    const off = await t.call(`/organizations/${acme}/remote-support/policy`, {
      method: 'PUT',
      headers: { 'If-Match': '"7"' },
      json: { approvalRequired: false },
    });
    expect(off.body).to.include({ version: 8 });
    expect(off.body.remoteSupport).to.deep.equal({ approvalRequired: false });
    expect(t.backend.db.requestsOf(acme).find((r) => r.id === pending.body.id)!.status).to.equal('CANCELLED');
    expectProblem(
      await t.call(`/organizations/${spManaged}/remote-support/policy`, {
        method: 'PUT',
        headers: { 'If-Match': await t.etag(spManaged) },
        json: { approvalRequired: true },
      }),
      'invalid-state',
    );
    const invalid = await t.call(`/organizations/${acme}/remote-support/policy`, {
      method: 'PUT',
      headers: { 'If-Match': '"8"' },
      json: { approvalRequired: 'yes' },
    });
    expect(fieldErrors(invalid)).to.deep.equal(['/approvalRequired invalid-type']);
  });

  it('cancels the pending request and revokes the grant when a deletion is scheduled', async () => {
    const t = api();
    const { acme } = t.backend.known;
    const granted = await request(t, acme);
    await decide(t, acme, granted.body.id, 'approve');
    // A new request may wait beside an active grant: only one may be PENDING.
    const pending = await request(t, acme);
    const deleted = await t.call(`/organizations/${acme}`, {
      method: 'DELETE',
      headers: { 'If-Match': '"7"', 'Confirm-Name': 'Acme%20Pte%20Ltd' },
    });
    expect(deleted.body.status).to.equal('PENDING_DELETION');
    const statuses = Object.fromEntries(t.backend.db.requestsOf(acme).map((r) => [r.id, r.status]));
    expect(statuses).to.deep.equal({ [granted.body.id]: 'REVOKED', [pending.body.id]: 'CANCELLED' });
    expectProblem(await request(t, acme), 'invalid-state-transition');
  });
});
