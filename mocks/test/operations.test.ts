/** Walks every operation of the contract once, in a realistic order, asserting each success answer. */
import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, type Json, ONE_PIXEL_PNG } from './api.test-helpers.js';

describe('mock backend: every operation', () => {
  it('answers each operation of the contract with its documented success', async () => {
    const t = api();
    const { call, backend } = t;
    const { known } = backend;
    const seen = new Set<string>();
    const ok = async (
      id: string,
      status: number,
      answer: Promise<{ status: number; headers: Headers; body: Json }>,
    ) => {
      const a = await answer;
      expect(a.status, `${id}: ${JSON.stringify(a.body)}`).to.equal(status);
      seen.add(id);
      return a;
    };

    await ok('getMe', 200, call('/me'));
    await ok('getDomainCapabilities', 200, call('/domain/capabilities'));
    await ok('searchOrganizations', 200, call('/organizations?q=acme'));
    const created = await ok(
      'createOrganization',
      201,
      call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'walk' },
        json: {
          name: 'Walk Pte Ltd',
          accountType: 'BUSINESS_USER',
          managedBy: 'CUSTOMER',
          countryCode: 'SG',
          currencyCode: 'SGD',
          owner: { email: 'w@walk.sg', firstName: 'W', lastName: 'K' },
        },
      }),
    );
    const uuid = created.body.uuid as string;
    expect(created.headers.get('Location')).to.equal(`/sales-hub/v1/organizations/${uuid}`);
    let etag = (await ok('getOrganization', 200, call(`/organizations/${uuid}`))).headers.get('ETag')!;
    const step = async (id: string, path: string, init: Parameters<typeof call>[1]) => {
      const a = await ok(id, 200, call(path, { ...init, headers: { 'If-Match': etag, ...init?.headers } }));
      expect(a.headers.get('ETag')).to.equal(`"${a.body.version}"`);
      expect(a.headers.get('ETag')).to.not.equal(etag);
      etag = a.headers.get('ETag')!;
      return a;
    };
    await step('updateOrganization', `/organizations/${uuid}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      json: { name: 'Walk Asia Pte Ltd' },
    });
    await step('replaceBilling', `/organizations/${uuid}/billing`, {
      method: 'PUT',
      json: { billingName: 'Walk', billingEmail: 'ap@walk.sg' },
    });
    await step('replaceBuyerTags', `/organizations/${uuid}/buyer-tags`, {
      method: 'PUT',
      json: { buyerTags: [{ key: 'CustomerRef', value: 'CRM-W' }] },
    });
    await step('uploadProfilePicture', `/organizations/${uuid}/profile-picture`, {
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
      body: ONE_PIXEL_PNG,
    });
    await step('deleteProfilePicture', `/organizations/${uuid}/profile-picture`, { method: 'DELETE' });
    await step('updateRemoteSupportPolicy', `/organizations/${uuid}/remote-support/policy`, {
      method: 'PUT',
      json: { approvalRequired: true },
    });
    await ok('listMembers', 200, call(`/organizations/${uuid}/members`));
    await ok('getRemoteSupport', 200, call(`/organizations/${uuid}/remote-support`));

    const r1 = await ok(
      'createRemoteSupportRequest',
      201,
      call(`/organizations/${known.acme}/remote-support/requests`, {
        method: 'POST',
        headers: { 'Idempotency-Key': 'r1' },
        json: { reason: 'Walk', requestedMinutes: 30 },
      }),
    );
    await ok(
      'rejectRemoteSupportRequest',
      200,
      call(`/organizations/${known.acme}/remote-support/requests/${r1.body.id}/reject`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
      }),
    );
    const r2 = await call(`/organizations/${known.acme}/remote-support/requests`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'r2' },
      json: { reason: 'Walk', requestedMinutes: 30 },
    });
    await ok(
      'approveRemoteSupportRequest',
      200,
      call(`/organizations/${known.acme}/remote-support/requests/${r2.body.id}/approve`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
      }),
    );
    await ok(
      'startRemoteSupportSession',
      201,
      call(`/organizations/${known.acme}/remote-support/sessions`, { method: 'POST' }),
    );
    await ok(
      'revokeRemoteSupportRequest',
      200,
      call(`/organizations/${known.acme}/remote-support/requests/${r2.body.id}/revoke`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
      }),
    );

    await step('changeOwnership', `/organizations/${uuid}/ownership-change`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'own' },
      json: { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
    });
    await step('suspendOrganization', `/organizations/${uuid}/suspend`, {
      method: 'POST',
      json: { reason: 'CUSTOMER_REQUEST' },
    });
    await step('activateOrganization', `/organizations/${uuid}/activate`, { method: 'POST' });
    await step('deleteOrganization', `/organizations/${uuid}`, {
      method: 'DELETE',
      headers: { 'Confirm-Name': encodeURIComponent('Walk Asia Pte Ltd') },
    });
    const restored = await step('restoreOrganization', `/organizations/${uuid}/restore`, { method: 'POST' });
    expect(restored.body).to.include({ status: 'ACTIVE', managedBy: 'SERVICE_PROVIDER', version: 12 });

    expect(seen.size).to.equal(23);
  });

  it('answers an unknown path under the base URL with problem+json 404 after authentication', async () => {
    const t = api();
    expect((await t.call('/nope', { token: null })).status).to.equal(401);
    const answer = await t.call('/organizations/x/y/z');
    expect(answer.status).to.equal(404);
    expect(answer.body.type).to.equal('https://errors.sales-hub.example/not-found');
  });

  it('serves the same data through a custom base URL', async () => {
    const t = api({ baseUrl: 'http://localhost:9999/api/sales-hub/v1/' });
    expect(t.backend.baseUrl).to.equal('http://localhost:9999/api/sales-hub/v1');
    const created = await t.call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'b' },
      json: {
        name: 'Base Ltd',
        accountType: 'HOME_USER',
        managedBy: 'SERVICE_PROVIDER',
        countryCode: 'GB',
        currencyCode: 'GBP',
      },
    });
    expect(created.headers.get('Location')).to.equal(`/api/sales-hub/v1/organizations/${created.body.uuid}`);
  });
});
