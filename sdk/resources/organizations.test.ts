import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { Organization } from '../schemas/organization.js';
import { ValidationError } from '../errors.js';
import {
  any,
  capabilitiesJson,
  harness,
  MEMBER_ID,
  ORG_UUID,
  organizationJson,
  rejection,
  summaryJson,
  TOKEN,
  type Recorded,
} from '../../test/sdk-harness.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ORG_PATH = `/sales-hub/v1/organizations/${ORG_UUID}`;

interface Expected {
  method: string;
  path: string;
  ifMatch?: string | null;
  idempotencyKey?: RegExp | string | null;
  contentType?: string | null;
  body?: unknown;
  /** The body is not JSON (checked by the test itself). */
  rawBody?: boolean;
}

/** Checks everything the contract cares about in a request the client sent. */
function expectRequest(r: Recorded | undefined, e: Expected): void {
  expect(r, 'a request was sent').to.exist;
  const request = r!;
  expect(request.method).to.equal(e.method);
  expect(request.url.pathname).to.equal(e.path);
  expect(request.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
  expect(request.headers.get('If-Match')).to.equal(e.ifMatch ?? null);
  const key = request.headers.get('Idempotency-Key');
  if (e.idempotencyKey instanceof RegExp) expect(key).to.match(e.idempotencyKey);
  else expect(key).to.equal(e.idempotencyKey ?? null);
  expect(request.headers.get('Content-Type')).to.equal(e.contentType ?? null);
  if (e.rawBody) return;
  if (e.body === undefined) expect(request.text).to.equal('');
  else expect(JSON.parse(request.text)).to.deep.equal(e.body);
}

/** A harness whose server answers every request with this organization (version bumped). */
function orgServer(status = 200) {
  return harness([any(() => HttpResponse.json(organizationJson({ version: 8 }), { status }))]);
}

const ref = { uuid: ORG_UUID, version: 7 };

describe('client.organizations', () => {
  it('search sends the filters as query parameters, lists comma-separated, and resolves with the first page', async () => {
    const { client, requests } = harness([
      any(() => HttpResponse.json({ items: [summaryJson(1), summaryJson(2)], nextCursor: 'abc' })),
    ]);
    const page = await client.organizations.search({
      q: '  Acme ',
      searchBy: 'auto',
      status: ['ACTIVE', 'SUSPENDED'],
      accountType: ['BUSINESS_USER'],
      managedBy: ['CUSTOMER'],
      limit: 2,
      sort: '-createdAt',
    });
    expectRequest(requests[0], { method: 'GET', path: '/sales-hub/v1/organizations' });
    const query = Object.fromEntries(requests[0]!.url.searchParams);
    expect(query).to.deep.equal({
      q: 'Acme',
      searchBy: 'auto',
      status: 'ACTIVE,SUSPENDED',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      limit: '2',
      sort: '-createdAt',
    });
    expect(page.items.map((o) => o.name)).to.deep.equal(['Org 1', 'Org 2']);
    expect(page.nextCursor).to.equal('abc');
    expect(requests).to.have.length(1);
  });

  it('search without parameters sends no query string', async () => {
    const { client, requests } = harness([any(() => HttpResponse.json({ items: [], nextCursor: null }))]);
    const page = await client.organizations.search();
    expect(requests[0]!.url.search).to.equal('');
    expect(page).to.deep.equal({ items: [], nextCursor: null });
  });

  it('get reads one organization', async () => {
    const { client, requests } = orgServer();
    const org = await client.organizations.get(ORG_UUID);
    expectRequest(requests[0], { method: 'GET', path: ORG_PATH });
    expect(org.uuid).to.equal(ORG_UUID);
    expect(org.owner.type).to.equal('MEMBER');
  });

  it('create posts the normalised body with a fresh UUID v4 Idempotency-Key', async () => {
    const { client, requests } = orgServer(201);
    const org = await client.organizations.create({
      name: '  Acme Pte Ltd ',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan' },
      buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
    });
    expectRequest(requests[0], {
      method: 'POST',
      path: '/sales-hub/v1/organizations',
      idempotencyKey: UUID_V4,
      contentType: 'application/json',
      body: {
        name: 'Acme Pte Ltd',
        accountType: 'BUSINESS_USER',
        managedBy: 'CUSTOMER',
        countryCode: 'SG',
        currencyCode: 'SGD',
        owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan' },
        buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
      },
    });
    expect(org.version).to.equal(8);
  });

  it('create sends the caller’s Idempotency-Key, and a new key for each call without one', async () => {
    const { client, requests } = orgServer(201);
    const input = {
      name: 'Lim Household',
      accountType: 'HOME_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    } as const;
    await client.organizations.create(input, { idempotencyKey: 'create-lim-1' });
    await client.organizations.create(input);
    await client.organizations.create(input);
    expect(requests[0]!.headers.get('Idempotency-Key')).to.equal('create-lim-1');
    expect(requests[1]!.headers.get('Idempotency-Key')).to.not.equal(requests[2]!.headers.get('Idempotency-Key'));
  });

  it('update sends a merge patch with If-Match from the ref', async () => {
    const { client, requests } = orgServer();
    const org = await client.organizations.update(ref, { name: 'Acme Singapore Pte Ltd' });
    expectRequest(requests[0], {
      method: 'PATCH',
      path: ORG_PATH,
      ifMatch: '"7"',
      contentType: 'application/merge-patch+json',
      body: { name: 'Acme Singapore Pte Ltd' },
    });
    expect(org.version).to.equal(8);
  });

  it('accepts a whole Organization as the ref', async () => {
    const { client, requests } = orgServer();
    const current = Organization.parse(organizationJson({ version: 12 }));
    await client.organizations.update(current, { countryCode: 'MY' });
    expect(requests[0]!.headers.get('If-Match')).to.equal('"12"');
    expect(JSON.parse(requests[0]!.text)).to.deep.equal({ countryCode: 'MY' });
  });

  it('replaceBilling puts the billing body with If-Match', async () => {
    const { client, requests } = orgServer();
    const billing = {
      billingName: 'Acme Pte Ltd',
      billingEmail: 'accounts@acme.com.sg',
      address: { street1: '1 Raffles Place', city: 'Singapore', postCode: '048616', countryCode: 'SG' },
    };
    await client.organizations.replaceBilling(ref, billing);
    expectRequest(requests[0], {
      method: 'PUT',
      path: `${ORG_PATH}/billing`,
      ifMatch: '"7"',
      contentType: 'application/json',
      body: billing,
    });
  });

  it('replaceBuyerTags puts the whole set as {buyerTags}', async () => {
    const { client, requests } = orgServer();
    const tags = [
      { key: 'CustomerRef', value: 'CRM-00042' },
      { key: 'BillingRef', value: 'ERP-7781' },
    ];
    await client.organizations.replaceBuyerTags(ref, tags);
    expectRequest(requests[0], {
      method: 'PUT',
      path: `${ORG_PATH}/buyer-tags`,
      ifMatch: '"7"',
      contentType: 'application/json',
      body: { buyerTags: tags },
    });
  });

  it('replaceBuyerTags with [] clears the set', async () => {
    const { client, requests } = orgServer();
    await client.organizations.replaceBuyerTags(ref, []);
    expect(JSON.parse(requests[0]!.text)).to.deep.equal({ buyerTags: [] });
  });

  it('uploadProfilePicture sends the image bytes with their Content-Type', async () => {
    const { client, requests } = harness([
      any(() => HttpResponse.json(organizationJson({ version: 8, profilePictureUrl: 'https://cdn.example/p/v8.png' }))),
    ]);
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const org = await client.organizations.uploadProfilePicture(ref, new Blob([bytes], { type: 'image/png' }));
    expectRequest(requests[0], {
      method: 'PUT',
      path: `${ORG_PATH}/profile-picture`,
      ifMatch: '"7"',
      contentType: 'image/png',
      rawBody: true,
    });
    expect([...requests[0]!.bytes]).to.deep.equal([...bytes]);
    expect(org.profilePictureUrl).to.equal('https://cdn.example/p/v8.png');
  });

  it('removeProfilePicture sends DELETE with If-Match and no body', async () => {
    const { client, requests } = orgServer();
    await client.organizations.removeProfilePicture(ref);
    expectRequest(requests[0], { method: 'DELETE', path: `${ORG_PATH}/profile-picture`, ifMatch: '"7"' });
  });

  it('setRemoteSupportApproval puts the policy', async () => {
    const { client, requests } = orgServer();
    await client.organizations.setRemoteSupportApproval(ref, false);
    expectRequest(requests[0], {
      method: 'PUT',
      path: `${ORG_PATH}/remote-support/policy`,
      ifMatch: '"7"',
      contentType: 'application/json',
      body: { approvalRequired: false },
    });
  });

  it('changeOwnership posts the change with If-Match and an Idempotency-Key', async () => {
    const { client, requests } = orgServer();
    await client.organizations.changeOwnership(ref, {
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: MEMBER_ID },
    });
    expectRequest(requests[0], {
      method: 'POST',
      path: `${ORG_PATH}/ownership-change`,
      ifMatch: '"7"',
      idempotencyKey: UUID_V4,
      contentType: 'application/json',
      body: { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: MEMBER_ID } },
    });
    await client.organizations.changeOwnership(
      ref,
      { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
      { idempotencyKey: 'switch-1' },
    );
    expect(requests[1]!.headers.get('Idempotency-Key')).to.equal('switch-1');
  });

  it('suspend posts the reason and note', async () => {
    const { client, requests } = harness([
      any(() => HttpResponse.json(organizationJson({ status: 'SUSPENDED', statusReason: 'NON_PAYMENT', version: 8 }))),
    ]);
    const org = await client.organizations.suspend(ref, { reason: 'NON_PAYMENT', note: 'Invoice overdue.' });
    expectRequest(requests[0], {
      method: 'POST',
      path: `${ORG_PATH}/suspend`,
      ifMatch: '"7"',
      contentType: 'application/json',
      body: { reason: 'NON_PAYMENT', note: 'Invoice overdue.' },
    });
    expect(org.status).to.equal('SUSPENDED');
  });

  it('activate and restore post with If-Match and no body', async () => {
    const { client, requests } = orgServer();
    await client.organizations.activate(ref);
    await client.organizations.restore({ uuid: ORG_UUID, version: 9 });
    expectRequest(requests[0], { method: 'POST', path: `${ORG_PATH}/activate`, ifMatch: '"7"' });
    expectRequest(requests[1], { method: 'POST', path: `${ORG_PATH}/restore`, ifMatch: '"9"' });
  });

  it('delete sends Confirm-Name percent-encoded and resolves with the PENDING_DELETION organization', async () => {
    const { client, requests } = harness([
      any(() =>
        HttpResponse.json(
          organizationJson({ status: 'PENDING_DELETION', purgeAfter: '2025-04-13T08:21:37Z', version: 8 }),
        ),
      ),
    ]);
    const org = await client.organizations.delete(ref, { confirmName: 'Café & Co 東京' });
    expectRequest(requests[0], { method: 'DELETE', path: ORG_PATH, ifMatch: '"7"' });
    expect(requests[0]!.headers.get('Confirm-Name')).to.equal(encodeURIComponent('Café & Co 東京'));
    expect(org?.status).to.equal('PENDING_DELETION');
  });

  it('delete resolves with null when the organization is purged at once (204)', async () => {
    const { client } = harness([any(() => new HttpResponse(null, { status: 204 }))]);
    expect(await client.organizations.delete(ref, { confirmName: 'Acme Pte Ltd' })).to.equal(null);
  });

  it('path segments are percent-encoded', async () => {
    const { client, requests } = harness([any(() => HttpResponse.json(organizationJson()))]);
    await client.organizations.get('a/b?c').catch(() => undefined);
    expect(requests[0]!.url.pathname).to.equal('/sales-hub/v1/organizations/a%2Fb%3Fc');
  });
});

describe('client.organizations: validation before sending', () => {
  it('rejects an invalid create with every field error, at JSON pointers, and sends nothing', async () => {
    const { client, requests } = orgServer();
    const error = await rejection(
      client.organizations.create({
        name: '',
        accountType: 'BUSINESS_USER',
        managedBy: 'CUSTOMER',
        countryCode: 'XX',
        currencyCode: 'SGD',
        owner: { email: 'not-an-email', firstName: 'Ada', lastName: 'Tan' },
      }),
    );
    expect(error).to.be.instanceOf(ValidationError);
    const e = error as ValidationError;
    expect(e.status).to.equal(0);
    expect(e.type).to.equal('validation');
    const pointers = e.fieldErrors.map((f) => `${f.pointer} ${f.code}`);
    expect(pointers).to.include('/name too-short');
    expect(pointers).to.include('/countryCode country-unknown');
    expect(pointers).to.include('/owner/email invalid-format');
    expect(requests).to.have.length(0);
  });

  it('reports a Customer-managed create without owner as owner-required', async () => {
    const { client, requests } = orgServer();
    const error = (await rejection(
      client.organizations.create({
        name: 'Acme',
        accountType: 'BUSINESS_USER',
        managedBy: 'CUSTOMER',
        countryCode: 'SG',
        currencyCode: 'SGD',
      }),
    )) as ValidationError;
    expect(error.fieldErrors).to.deep.include({
      pointer: '/owner',
      code: 'owner-required',
      message: "Enter the owner's email, first name and last name.",
    });
    expect(requests).to.have.length(0);
  });

  it('rejects an empty patch, a patch of an immutable field and an unknown key', async () => {
    const { client, requests } = orgServer();
    const empty = (await rejection(client.organizations.update(ref, {}))) as ValidationError;
    expect(empty).to.be.instanceOf(ValidationError);
    const immutable = (await rejection(
      client.organizations.update(ref, { currencyCode: 'USD' } as never),
    )) as ValidationError;
    expect(immutable.fieldErrors.map((f) => f.code)).to.include('immutable-field');
    const unknown = (await rejection(client.organizations.update(ref, { colour: 'red' } as never))) as ValidationError;
    expect(unknown.fieldErrors).to.deep.include({
      pointer: '/colour',
      code: 'unknown-field',
      message: 'This field is not allowed.',
    });
    expect(requests).to.have.length(0);
  });

  it('rejects a ref without a version instead of sending a request that cannot succeed', async () => {
    const { client, requests } = orgServer();
    const error = (await rejection(client.organizations.activate({ uuid: ORG_UUID } as never))) as ValidationError;
    expect(error.fieldErrors.map((f) => f.pointer)).to.deep.equal(['/version']);
    expect(requests).to.have.length(0);
  });

  it('rejects duplicate buyer-tag keys and more than three tags', async () => {
    const { client, requests } = orgServer();
    const error = (await rejection(
      client.organizations.replaceBuyerTags(ref, [
        { key: 'CustomerRef', value: 'a' },
        { key: 'CustomerRef', value: 'b' },
        { key: 'TypeRef', value: 'c' },
        { key: 'BillingRef', value: 'd' },
      ]),
    )) as ValidationError;
    const codes = error.fieldErrors.map((f) => `${f.pointer} ${f.code}`);
    expect(codes).to.include('/buyerTags too-many-items');
    expect(codes).to.include('/buyerTags/1/key duplicate-key');
    expect(requests).to.have.length(0);
  });

  it('checks the picture’s type and size before uploading', async () => {
    const { client, requests } = orgServer();
    const gif = (await rejection(
      client.organizations.uploadProfilePicture(ref, new Blob(['GIF89a'], { type: 'image/gif' })),
    )) as ValidationError;
    expect(gif.fieldErrors[0]!.code).to.equal('unsupported-media-type');
    const big = new Blob([new Uint8Array(1_048_577)], { type: 'image/jpeg' });
    const tooBig = (await rejection(client.organizations.uploadProfilePicture(ref, big))) as ValidationError;
    expect(tooBig.fieldErrors[0]!.code).to.equal('payload-too-large');
    const atLimit = new Blob([new Uint8Array(1_048_576)], { type: 'image/webp' });
    await client.organizations.uploadProfilePicture(ref, atLimit);
    expect(requests).to.have.length(1);
    expect(requests[0]!.headers.get('Content-Type')).to.equal('image/webp');
  });

  it('rejects a suspension without a valid reason, an ownership change without its owner, and an empty Confirm-Name', async () => {
    const { client, requests } = orgServer();
    const suspend = (await rejection(
      client.organizations.suspend(ref, { reason: 'BORED' } as never),
    )) as ValidationError;
    expect(suspend.fieldErrors[0]).to.include({ pointer: '/reason', code: 'not-allowed-value' });
    const ownership = (await rejection(
      client.organizations.changeOwnership(ref, { to: 'CUSTOMER' }),
    )) as ValidationError;
    expect(ownership.fieldErrors.map((f) => f.code)).to.include('owner-required');
    const toSp = (await rejection(
      client.organizations.changeOwnership(ref, { to: 'SERVICE_PROVIDER' }),
    )) as ValidationError;
    expect(toSp.fieldErrors.map((f) => f.code)).to.include('former-owner-role-required');
    const del = (await rejection(client.organizations.delete(ref, { confirmName: '' }))) as ValidationError;
    expect(del.fieldErrors[0]).to.include({ pointer: '/confirmName', code: 'required' });
    expect(requests).to.have.length(0);
  });

  it('rejects bad search parameters, including a q that cannot match an explicit searchBy', async () => {
    const { client, requests } = orgServer();
    const limit = (await rejection(client.organizations.search({ limit: 500 }))) as ValidationError;
    expect(limit.fieldErrors[0]).to.include({ pointer: '/limit', code: 'out-of-range' });
    const status = (await rejection(
      client.organizations.search({ status: ['ACTIVE', 'GONE'] as never }),
    )) as ValidationError;
    expect(status.fieldErrors[0]!.pointer).to.equal('/status/1');
    const uuid = (await rejection(client.organizations.search({ q: 'acme', searchBy: 'uuid' }))) as ValidationError;
    expect(uuid.fieldErrors[0]).to.include({ pointer: '/q', code: 'invalid-format' });
    const long = (await rejection(client.organizations.search({ q: 'a'.repeat(201) }))) as ValidationError;
    expect(long.fieldErrors[0]).to.include({ pointer: '/q', code: 'too-long' });
    expect(requests).to.have.length(0);
    // Lengths count code points: 150 emoji are 300 UTF-16 units but a valid 150-character query.
    await client.organizations.search({ q: '😀'.repeat(150) }).catch(() => undefined);
    expect(requests).to.have.length(1);
  });

  it('rejects a malformed Idempotency-Key', async () => {
    const { client, requests } = orgServer();
    const error = (await rejection(
      client.organizations.changeOwnership(
        ref,
        { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
        { idempotencyKey: 'é' },
      ),
    )) as ValidationError;
    expect(error).to.be.instanceOf(ValidationError);
    expect(requests).to.have.length(0);
  });

  it('checks the contract only, the same before and after capabilities() was read (the domain’s rules are the server’s)', async () => {
    const { client, requests } = harness([
      any((request) =>
        new URL(request.url).pathname.endsWith('/domain/capabilities')
          ? HttpResponse.json({ ...capabilitiesJson, buyerTagKeys: ['CustomerRef'], maxBuyerTags: 1 })
          : HttpResponse.json(organizationJson()),
      ),
    ]);
    const tags = [{ key: 'TypeRef', value: 'SME' }];
    await client.organizations.replaceBuyerTags(ref, tags);
    await client.capabilities();
    await client.organizations.replaceBuyerTags(ref, tags);
    expect(requests.map((r) => `${r.method} ${r.url.pathname.split('/').at(-1)}`)).to.deep.equal([
      'PUT buyer-tags',
      'GET capabilities',
      'PUT buyer-tags',
    ]);
    const invalid = (await rejection(
      client.organizations.replaceBuyerTags(ref, [{ key: '1bad', value: 'SME' }]),
    )) as ValidationError;
    expect(invalid.fieldErrors[0]).to.include({ pointer: '/buyerTags/0/key', code: 'invalid-format' });
    expect(requests).to.have.length(3);
  });
});
