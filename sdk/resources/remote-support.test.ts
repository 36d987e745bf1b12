import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { ValidationError } from '../errors.js';
import {
  any,
  capabilitiesJson,
  harness,
  meJson,
  ORG_UUID,
  rejection,
  remoteSupportRequestJson,
  REQUEST_ID,
  TOKEN,
} from '../../test/sdk-harness.js';

const RS = `/sales-hub/v1/organizations/${ORG_UUID}/remote-support`;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const approved = remoteSupportRequestJson({
  status: 'APPROVED',
  decidedBy: { userId: '11111111-2222-4333-8444-555555555555', displayName: 'Ada Tan' },
  decidedAt: '2025-03-14T09:00:00Z',
  grantedMinutes: 720,
  expiresAt: '2025-03-14T21:00:00Z',
});

describe('client.remoteSupport', () => {
  it('get reads the Support Hub view', async () => {
    const { client, requests } = harness([
      any(() =>
        HttpResponse.json({
          approvalRequired: true,
          loginRole: 'SUPER_ADMIN',
          activeGrant: { requestId: REQUEST_ID, expiresAt: '2025-03-15T08:30:00Z' },
          pendingRequest: null,
        }),
      ),
    ]);
    const view = await client.remoteSupport.get(ORG_UUID);
    expect(requests[0]).to.include({ method: 'GET' });
    expect(requests[0]!.url.pathname).to.equal(RS);
    expect(requests[0]!.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(view.activeGrant?.requestId).to.equal(REQUEST_ID);
  });

  it('request posts reason and minutes with a fresh Idempotency-Key, or the caller’s', async () => {
    const { client, requests } = harness([any(() => HttpResponse.json(remoteSupportRequestJson(), { status: 201 }))]);
    const created = await client.remoteSupport.request(ORG_UUID, { reason: ' TCK-1234 ', requestedMinutes: 1440 });
    await client.remoteSupport.request(
      ORG_UUID,
      { reason: 'TCK-1234', requestedMinutes: 60 },
      { idempotencyKey: 'rs-1' },
    );
    const [first, second] = requests;
    expect(first).to.include({ method: 'POST' });
    expect(first!.url.pathname).to.equal(`${RS}/requests`);
    expect(first!.headers.get('Idempotency-Key')).to.match(UUID_V4);
    expect(first!.headers.get('Content-Type')).to.equal('application/json');
    expect(first!.headers.get('If-Match')).to.equal(null);
    expect(JSON.parse(first!.text)).to.deep.equal({ reason: 'TCK-1234', requestedMinutes: 1440 });
    expect(second!.headers.get('Idempotency-Key')).to.equal('rs-1');
    expect(created.status).to.equal('PENDING');
  });

  it('retries a request after a dropped connection with the same key', async () => {
    let calls = 0;
    const { client, requests } = harness(
      [
        any(() =>
          ++calls === 1 ? HttpResponse.error() : HttpResponse.json(remoteSupportRequestJson(), { status: 201 }),
        ),
      ],
      { retry: 1 },
    );
    await client.remoteSupport.request(ORG_UUID, { reason: 'TCK-1', requestedMinutes: 30 });
    expect(requests).to.have.length(2);
    expect(requests[1]!.headers.get('Idempotency-Key')).to.equal(requests[0]!.headers.get('Idempotency-Key'));
  });

  it('approve, reject and revoke post to the request’s actions', async () => {
    const { client, requests } = harness([any(() => HttpResponse.json(approved))]);
    const result = await client.remoteSupport.approve(ORG_UUID, REQUEST_ID, { minutes: 720 });
    await client.remoteSupport.approve(ORG_UUID, REQUEST_ID);
    await client.remoteSupport.reject(ORG_UUID, REQUEST_ID, { note: 'After hours, please.' });
    await client.remoteSupport.revoke(ORG_UUID, REQUEST_ID);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([
      `POST ${RS}/requests/${REQUEST_ID}/approve`,
      `POST ${RS}/requests/${REQUEST_ID}/approve`,
      `POST ${RS}/requests/${REQUEST_ID}/reject`,
      `POST ${RS}/requests/${REQUEST_ID}/revoke`,
    ]);
    expect(requests.map((r) => r.text)).to.deep.equal(['{"minutes":720}', '{}', '{"note":"After hours, please."}', '']);
    expect(requests.map((r) => r.headers.get('Content-Type'))).to.deep.equal([
      'application/json',
      'application/json',
      'application/json',
      null,
    ]);
    expect(
      requests.every((r) => r.headers.get('Idempotency-Key') === null && r.headers.get('If-Match') === null),
    ).to.equal(true);
    expect(result.grantedMinutes).to.equal(720);
  });

  it('startSession posts without a body and parses the login link', async () => {
    const { client, requests } = harness([
      any(() =>
        HttpResponse.json(
          {
            sessionId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
            loginUrl: 'https://portal.sales-hub.example/remote-login/5e6f?t=Zm9v',
            role: 'SUPER_ADMIN',
            expiresAt: '2025-03-15T08:30:00Z',
          },
          { status: 201 },
        ),
      ),
    ]);
    const session = await client.remoteSupport.startSession(ORG_UUID);
    expect(`${requests[0]!.method} ${requests[0]!.url.pathname}`).to.equal(`POST ${RS}/sessions`);
    expect(requests[0]!.text).to.equal('');
    expect(requests[0]!.headers.get('Idempotency-Key')).to.equal(null);
    expect(session.loginUrl).to.match(/^https:\/\//);
  });

  it('rejects minutes outside the contract’s 15 to 10080 before sending; the domain’s maximum is the server’s', async () => {
    const { client, requests } = harness([
      any((request) =>
        HttpResponse.json(
          new URL(request.url).pathname.endsWith('/capabilities')
            ? { ...capabilitiesJson, remoteSupport: { defaultGrantMinutes: 60, maxGrantMinutes: 120 } }
            : remoteSupportRequestJson(),
        ),
      ),
    ]);
    const tooShort = (await rejection(
      client.remoteSupport.request(ORG_UUID, { reason: 'x', requestedMinutes: 5 }),
    )) as ValidationError;
    expect(tooShort).to.be.instanceOf(ValidationError);
    expect(tooShort).to.include({ status: 0, type: 'validation' });
    expect(tooShort.fieldErrors[0]).to.include({ pointer: '/requestedMinutes', code: 'out-of-range' });
    const noReason = (await rejection(
      client.remoteSupport.request(ORG_UUID, { reason: '  ', requestedMinutes: 60 }),
    )) as ValidationError;
    expect(noReason.fieldErrors[0]!.pointer).to.equal('/reason');
    expect(requests).to.have.length(0);
    // No hidden state: reading the capabilities does not change what the client sends.
    await client.remoteSupport.approve(ORG_UUID, REQUEST_ID, { minutes: 240 });
    await client.capabilities();
    await client.remoteSupport.approve(ORG_UUID, REQUEST_ID, { minutes: 240 });
    expect(requests.map((r) => r.url.pathname.split('/').at(-1))).to.deep.equal(['approve', 'capabilities', 'approve']);
  });
});

describe('client.me and client.capabilities', () => {
  it('read the caller and the domain', async () => {
    const { client, requests } = harness([
      any((request) => HttpResponse.json(new URL(request.url).pathname.endsWith('/me') ? meJson : capabilitiesJson)),
    ]);
    const me = await client.me();
    const capabilities = await client.capabilities();
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).to.deep.equal([
      'GET /sales-hub/v1/me',
      'GET /sales-hub/v1/domain/capabilities',
    ]);
    expect(requests.every((r) => r.headers.get('Authorization') === `Bearer ${TOKEN}`)).to.equal(true);
    expect(me.permissions).to.include('organizations:read');
    expect(capabilities.enabledCurrencies).to.deep.equal(['SGD', 'USD']);
  });
});
