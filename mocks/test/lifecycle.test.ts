import { expect } from '@open-wc/testing';
import { api, expectProblem, type Api, type Json } from './api.test-helpers.js';

const DAY = 86_400_000;

function clock(start = Date.UTC(2026, 0, 10, 12)) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => void (now += ms) };
}

async function act(t: Api, uuid: string, action: 'suspend' | 'activate' | 'restore' | 'delete', name?: string) {
  const headers: Record<string, string> = { 'If-Match': await t.etag(uuid) };
  if (action === 'delete') {
    headers['Confirm-Name'] = encodeURIComponent(name ?? t.backend.db.organizations.get(uuid)!.name);
    return t.call(`/organizations/${uuid}`, { method: 'DELETE', headers });
  }
  return t.call(`/organizations/${uuid}/${action}`, {
    method: 'POST',
    headers,
    ...(action === 'suspend' ? { json: { reason: 'NON_PAYMENT', note: 'Overdue' } } : {}),
  });
}

describe('mock backend: lifecycle state machine', () => {
  it('suspends with a reason and note, keeps the organization editable, and activates again clearing them', async () => {
    const t = api();
    const uuid = t.backend.known.acme;
    const suspended = await act(t, uuid, 'suspend');
    expect(suspended.body).to.include({
      status: 'SUSPENDED',
      statusReason: 'NON_PAYMENT',
      statusNote: 'Overdue',
      version: 8,
    });
    const edited = await t.call(`/organizations/${uuid}`, {
      method: 'PATCH',
      headers: { 'If-Match': '"8"', 'Content-Type': 'application/merge-patch+json' },
      json: { name: 'Acme Paused' },
    });
    expect(edited.status).to.equal(200);
    const active = await act(t, uuid, 'activate');
    expect(active.body).to.include({ status: 'ACTIVE', statusReason: null, statusNote: null, version: 10 });
  });

  it('answers 409 invalid-state-transition with currentStatus wherever the table says so', async () => {
    const t = api();
    const { acme, suspended, pendingDeletion } = t.backend.known;
    const cases: [string, 'suspend' | 'activate' | 'restore' | 'delete', string][] = [
      [acme, 'activate', 'ACTIVE'],
      [acme, 'restore', 'ACTIVE'],
      [suspended, 'suspend', 'SUSPENDED'],
      [suspended, 'restore', 'SUSPENDED'],
      [pendingDeletion!, 'suspend', 'PENDING_DELETION'],
      [pendingDeletion!, 'activate', 'PENDING_DELETION'],
      [pendingDeletion!, 'delete', 'PENDING_DELETION'],
    ];
    for (const [uuid, action, status] of cases) {
      const answer = await act(t, uuid, action);
      expectProblem(answer, 'invalid-state-transition');
      expect(answer.body.currentStatus, `${action} from ${status}`).to.equal(status);
    }
  });

  it('validates the suspend body: a reason from the list, a note of at most 500 characters', async () => {
    const t = api();
    const answer = await t.call(`/organizations/${t.backend.known.acme}/suspend`, {
      method: 'POST',
      headers: { 'If-Match': '"7"' },
      json: { reason: 'BORED', note: 'x'.repeat(501) },
    });
    expectProblem(answer, 'validation');
    expect(answer.body.errors.map((e: Json) => `${e.pointer} ${e.code}`)).to.have.members([
      '/reason not-allowed-value',
      '/note too-long',
    ]);
  });

  it('schedules a deletion with purgeAfter = now + 30 days, read-only until restored, purged after it', async () => {
    const c = clock();
    const t = api({ now: c.now });
    const uuid = t.backend.known.acme;
    const deleted = await act(t, uuid, 'delete', 'Acme Pte Ltd');
    expect(deleted.status).to.equal(200);
    expect(deleted.body).to.include({ status: 'PENDING_DELETION', purgeAfter: '2026-02-09T12:00:00Z', version: 8 });
    expect((await t.call(`/organizations/${uuid}/members`)).status).to.equal(200);
    expect((await t.call(`/organizations/${uuid}/remote-support`)).status).to.equal(200);
    const edit = await t.call(`/organizations/${uuid}/billing`, {
      method: 'PUT',
      headers: { 'If-Match': '"8"' },
      json: { billingName: 'A', billingEmail: 'a@b.co' },
    });
    expectProblem(edit, 'invalid-state-transition');
    expect(edit.body.currentStatus).to.equal('PENDING_DELETION');
    // Hidden from a default search, found when asked for.
    expect((await t.call('/organizations?q=CRM-00042')).body.items).to.have.length(0);
    expect((await t.call('/organizations?q=CRM-00042&status=PENDING_DELETION')).body.items).to.have.length(1);
    const restored = await act(t, uuid, 'restore');
    expect(restored.body).to.include({ status: 'ACTIVE', purgeAfter: null, version: 9 });

    await act(t, uuid, 'delete', 'Acme Pte Ltd');
    c.advance(30 * DAY);
    expectProblem(await t.call(`/organizations/${uuid}`), 'not-found');
    expect((await t.call('/organizations?q=CRM-00042&status=PENDING_DELETION')).body.items).to.have.length(0);
  });

  it('drops the suspension reason and note when a suspended organization is scheduled for deletion', async () => {
    const t = api();
    const deleted = await act(t, t.backend.known.suspended, 'delete');
    expect(deleted.body).to.include({ status: 'PENDING_DELETION', statusReason: null, statusNote: null });
    const restored = await act(t, t.backend.known.suspended, 'restore');
    expect(restored.body).to.include({ status: 'ACTIVE', statusReason: null, purgeAfter: null });
  });

  it('purges at once with grace 0: 204, then 404', async () => {
    const t = api({ deletionGraceDays: 0 });
    expect(t.backend.known.pendingDeletion).to.equal(null);
    const uuid = t.backend.known.suspended;
    const answer = await act(t, uuid, 'delete');
    expect(answer.status).to.equal(204);
    expect(answer.body).to.equal(null);
    expectProblem(await t.call(`/organizations/${uuid}`), 'not-found');
    expectProblem(await t.call(`/organizations/${uuid}/members`), 'not-found');
  });

  it('needs the exact name, percent-decoded, in Confirm-Name', async () => {
    const t = api();
    const uuid = t.backend.known.resellerChild;
    for (const value of [
      null,
      'Café Ñandú Ltda',
      'Cafe%20Nandu%20Ltda',
      '%E0%A4%A',
      encodeURIComponent('café ñandú ltda'),
    ]) {
      const headers: Record<string, string> = { 'If-Match': '"2"' };
      if (value !== null) headers['Confirm-Name'] = value;
      expectProblem(await t.call(`/organizations/${uuid}`, { method: 'DELETE', headers }), 'confirmation-mismatch');
    }
    const ok = await t.call(`/organizations/${uuid}`, {
      method: 'DELETE',
      headers: { 'If-Match': '"2"', 'Confirm-Name': encodeURIComponent('Café Ñandú Ltda') },
    });
    expect(ok.status).to.equal(200);
  });

  it('refuses to delete a SUPERNODE while any child is not purged, PENDING_DELETION children included', async () => {
    const t = api();
    const { reseller, resellerChild } = t.backend.known;
    const children = [...t.backend.db.organizations.values()].filter((o) => o.parentUuid === reseller);
    expect(children.length).to.be.greaterThan(0);
    await act(t, resellerChild, 'delete');
    expectProblem(await act(t, reseller, 'delete'), 'has-child-organizations');
  });

  it('forbids suspending or deleting the caller’s own organization (403 before 428)', async () => {
    const t = api();
    const root = t.backend.known.root;
    expectProblem(
      await t.call(`/organizations/${root}/suspend`, { method: 'POST', json: { reason: 'OTHER' } }),
      'forbidden',
    );
    expectProblem(await t.call(`/organizations/${root}`, { method: 'DELETE' }), 'forbidden');
  });

  it('needs organizations:status and organizations:delete', async () => {
    const t = api();
    const uuid = t.backend.known.acme;
    expectProblem(
      await t.call(`/organizations/${uuid}/activate`, { method: 'POST', token: 'demo-read-only' }),
      'forbidden',
    );
    expectProblem(
      await t.call(`/organizations/${uuid}/restore`, { method: 'POST', token: 'demo-read-only' }),
      'forbidden',
    );
    expectProblem(
      await t.call(`/organizations/${uuid}`, { method: 'DELETE', token: 'demo-customer-owner' }),
      'forbidden',
    );
  });
});
