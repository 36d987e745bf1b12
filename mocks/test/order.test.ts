/**
 * The contract's evaluation order, one neighbouring pair at a time: each request breaks two rules, and the
 * earlier one in "401 → 429 → 404 → 403 → 400 headers → replay / key-reused → 428 → 412 → 415 / 413 →
 * 400 body → 409 immutable-field → 422 validation → 409 conflicts → 422 business rules → 403 approval-required"
 * must win.
 */
import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem, WITHOUT_CPAAS_TELCO } from './api.test-helpers.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const merge = { 'Content-Type': 'application/merge-patch+json' };

describe('mock backend: evaluation order', () => {
  it('answers an injected fault before anything else, then 401 before 404', async () => {
    const t = api();
    t.backend.faults.next(1, { status: 429, retryAfter: 1 });
    expectProblem(await t.call('/me', { token: null }), 'rate-limited');
    expectProblem(await t.call(`/organizations/${UNKNOWN}`, { token: 'nope' }), 'unauthenticated');
  });

  it('404 before 403, and 403 before 400 (Idempotency-Key)', async () => {
    const t = api();
    expectProblem(
      await t.call(`/organizations/${UNKNOWN}/ownership-change`, { method: 'POST', token: DEMO_TOKENS.readOnly }),
      'not-found',
    );
    expectProblem(
      await t.call(`/organizations/${t.backend.known.acme}/ownership-change`, {
        method: 'POST',
        token: DEMO_TOKENS.readOnly,
      }),
      'forbidden',
    );
  });

  it('400 Idempotency-Key before 428, and a replay before 428 and 412', async () => {
    const t = api();
    const uuid = t.backend.known.acme;
    expectProblem(
      await t.call(`/organizations/${uuid}/ownership-change`, { method: 'POST', json: {} }),
      'idempotency-key-missing',
    );
    const body = { to: 'SERVICE_PROVIDER', formerOwnerRole: 'MEMBER' };
    expect(
      (
        await t.call(`/organizations/${uuid}/ownership-change`, {
          method: 'POST',
          headers: { 'Idempotency-Key': 'k', 'If-Match': '"7"' },
          json: body,
        })
      ).status,
    ).to.equal(200);
    const replay = await t.call(`/organizations/${uuid}/ownership-change`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'k' },
      json: body,
    });
    expect(replay.status).to.equal(200);
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
    expectProblem(
      await t.call(`/organizations/${uuid}/ownership-change`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'k' },
        json: { ...body, formerOwnerRole: 'ADMIN' },
      }),
      'idempotency-key-reused',
    );
  });

  it('428 before 412 before 415 before 400 (body)', async () => {
    const t = api();
    const path = `/organizations/${t.backend.known.acme}`;
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: '{' }),
      'precondition-required',
    );
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'If-Match': '"1"', 'Content-Type': 'text/plain' }, body: '{' }),
      'etag-mismatch',
    );
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'If-Match': '"7"', 'Content-Type': 'text/plain' }, body: '{' }),
      'unsupported-media-type',
    );
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'If-Match': '"7"', ...merge }, body: '{' }),
      'malformed-request',
    );
  });

  it('415 before 413 for pictures', async () => {
    const t = api();
    const path = `/organizations/${t.backend.known.acme}/profile-picture`;
    expectProblem(
      await t.call(path, {
        method: 'PUT',
        headers: { 'If-Match': '"7"', 'Content-Type': 'image/gif' },
        body: new Uint8Array(2_000_000),
      }),
      'unsupported-media-type',
    );
  });

  it('409 immutable-field before 422 validation before 409 invalid-state-transition', async () => {
    const t = api();
    const uuid = t.backend.known.pendingDeletion!;
    const etag = await t.etag(uuid);
    const path = `/organizations/${uuid}`;
    expectProblem(
      await t.call(path, {
        method: 'PATCH',
        headers: { 'If-Match': etag, ...merge },
        json: { accountType: 'HOME_USER', name: '' },
      }),
      'immutable-field',
    );
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'If-Match': etag, ...merge }, json: { name: '' } }),
      'validation',
    );
    expectProblem(
      await t.call(path, { method: 'PATCH', headers: { 'If-Match': etag, ...merge }, json: { name: 'Fine' } }),
      'invalid-state-transition',
    );
  });

  it('409 conflicts before 422 business rules; 403 approval-required once everything else passed', async () => {
    const t = api();
    const { reseller, acme } = t.backend.known;
    // Has children (409) and a wrong Confirm-Name (422): the conflict wins.
    expectProblem(
      await t.call(`/organizations/${reseller}`, {
        method: 'DELETE',
        headers: { 'If-Match': await t.etag(reseller), 'Confirm-Name': 'wrong' },
      }),
      'has-child-organizations',
    );
    // A PENDING request (409 invalid-state) on an organization that no longer needs approval (422): the conflict wins.
    await t.call(`/organizations/${acme}/remote-support/requests`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'a' },
      json: { reason: 'x', requestedMinutes: 15 },
    });
    t.backend.db.update({ ...t.backend.db.get(acme)!, remoteSupport: { approvalRequired: false } });
    expectProblem(
      await t.call(`/organizations/${acme}/remote-support/requests`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'b' },
        json: { reason: 'x', requestedMinutes: 15 },
      }),
      'invalid-state',
    );
    // A create that passes validation but breaks a business rule: its 422.
    expectProblem(
      await api(WITHOUT_CPAAS_TELCO).call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'c' },
        json: { name: 'X', accountType: 'CPAAS_TELCO', managedBy: 'CUSTOMER', countryCode: 'SG', currencyCode: 'SGD' },
      }),
      'account-type-not-allowed',
    );
    expectProblem(
      await t.call(`/organizations/${t.backend.known.suspended}/remote-support/sessions`, { method: 'POST' }),
      'approval-required',
    );
  });

  it('a validation failure changes nothing, not even the ETag', async () => {
    const t = api();
    const uuid = t.backend.known.acme;
    const rejected = await t.call(`/organizations/${uuid}`, {
      method: 'PATCH',
      headers: { 'If-Match': '"7"', ...merge },
      json: { name: '', countryCode: 'ZZ' },
    });
    expectProblem(rejected, 'validation');
    const after = await t.call(`/organizations/${uuid}`);
    expect(after.headers.get('ETag')).to.equal('"7"');
    expect(after.body.name).to.equal('Acme Pte Ltd');
  });
});
