import { expect } from '@open-wc/testing';
import { ACCOUNT_TYPES } from '../../sdk/schemas/index.js';
import {
  api,
  DEMO_TOKENS,
  expectProblem,
  fieldErrors,
  type Json,
  ONE_PIXEL_PNG,
  WITHOUT_CPAAS_TELCO,
} from './api.test-helpers.js';

const minimal = {
  name: 'Lim Household',
  accountType: 'HOME_USER',
  managedBy: 'SERVICE_PROVIDER',
  countryCode: 'SG',
  currencyCode: 'SGD',
};
const customer = {
  name: 'Acme Pte Ltd',
  accountType: 'BUSINESS_USER',
  managedBy: 'CUSTOMER',
  countryCode: 'SG',
  currencyCode: 'SGD',
  owner: { email: 'ada.tan@ACME.com.sg', firstName: ' Ada ', lastName: 'Tan', mobileNumber: '+6591234567' },
  billing: { billingName: 'Acme Pte Ltd', billingEmail: 'accounts@acme.com.sg' },
  buyerTags: [{ key: 'CustomerRef', value: 'CRM-9' }],
};
const patchHeaders = (etag: string) => ({ 'If-Match': etag, 'Content-Type': 'application/merge-patch+json' });

describe('mock backend: create', () => {
  it('creates a customer-managed organization with Location, ETag, an invited OWNER and approval on by default', async () => {
    const { call } = api();
    const created = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'c1' },
      json: customer,
    });
    expect(created.status).to.equal(201);
    const org = created.body;
    expect(created.headers.get('Location')).to.equal(`/sales-hub/v1/organizations/${org.uuid}`);
    expect(created.headers.get('ETag')).to.equal('"1"');
    expect(org.uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(org).to.include({
      status: 'ACTIVE',
      tier: 'NODE',
      subscriptionModel: 'LICENSE',
      version: 1,
      parentUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
    });
    expect(org.tenantId).to.match(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
    expect(org.remoteSupport).to.deep.equal({ approvalRequired: true });
    expect(org.owner).to.include({
      type: 'MEMBER',
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      status: 'INVITED',
      mobileNumber: '+6591234567',
    });
    expect(org.billing).to.deep.equal({
      billingName: 'Acme Pte Ltd',
      billingEmail: 'accounts@acme.com.sg',
      address: null,
      taxRegistrationNumber: null,
    });
    expect(org).to.include.keys(
      'purchasedNumbers',
      'externalContracts',
      'sipUsernames',
      'profilePictureUrl',
      'purgeAfter',
      'statusNote',
    );
    const members = await call(`/organizations/${org.uuid}/members`);
    expect(members.body.items).to.have.length(1);
    expect(members.body.items[0]).to.include({ role: 'OWNER', status: 'INVITED', memberId: org.owner.memberId });
    const read = await call(`/organizations/${org.uuid}`);
    expect(read.body).to.deep.equal(org);
  });

  it('creates a service-provider-managed organization owned by the caller’s organization; an owner becomes an invited ADMIN', async () => {
    const { call, backend } = api();
    const created = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'c2' },
      json: {
        ...minimal,
        accountType: 'SERVICE_PROVIDER',
        requireRemoteSupportApproval: true,
        owner: { email: 'x@y.co', firstName: 'X', lastName: 'Y' },
      },
    });
    expect(created.status).to.equal(201);
    expect(created.body.tier).to.equal('SUPERNODE');
    expect(created.body.owner).to.deep.equal({
      type: 'ADMIN_ORGANIZATION',
      organizationUuid: backend.known.root,
      name: 'Nimbus Telecom',
    });
    expect(created.body.remoteSupport.approvalRequired).to.equal(false);
    const members = await call(`/organizations/${created.body.uuid}/members`);
    expect(members.body.items.map((m: Json) => `${m.role} ${m.status}`)).to.deep.equal(['ADMIN INVITED']);
  });

  it('lists every field error at once, with JSON pointers, and stores nothing', async () => {
    const { call, backend } = api();
    const before = backend.db.organizations.size;
    const answer = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'bad' },
      json: {
        name: '',
        accountType: 'NOPE',
        managedBy: 'CUSTOMER',
        countryCode: 'XX',
        currencyCode: 'JPY',
        owner: { email: 'not-an-email', firstName: 'A', lastName: 'B' },
        buyerTags: [
          { key: 'Colour', value: 'red' },
          { key: 'CustomerRef', value: 'a' },
          { key: 'TypeRef', value: 'b' },
          { key: 'BillingRef', value: 'c' },
        ],
        extra: true,
      },
    });
    expectProblem(answer, 'validation', '/organizations');
    expect(fieldErrors(answer)).to.include.members([
      '/name too-short',
      '/accountType not-allowed-value',
      '/countryCode country-unknown',
      '/currencyCode currency-not-enabled',
      '/owner/email invalid-format',
      '/buyerTags too-many-items',
      '/buyerTags/0/key buyer-tag-key-not-allowed',
      '/extra unknown-field',
    ]);
    expect(answer.body.detail).to.match(/^\d+ fields failed validation\.$/);
    expect(backend.db.organizations.size).to.equal(before);
  });

  it('answers validation before owner-required, and 409 duplicate-tenant-id before the 422 business rules', async () => {
    const { call } = api(WITHOUT_CPAAS_TELCO);
    const both = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'o1' },
      json: { ...minimal, managedBy: 'CUSTOMER', name: '' },
    });
    expectProblem(both, 'validation');
    expect(fieldErrors(both)).to.deep.equal(['/name too-short']);
    const dup = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'o2' },
      json: { ...minimal, tenantId: 'acme-sg', accountType: 'CPAAS_TELCO' },
    });
    expectProblem(dup, 'duplicate-tenant-id');
    const rule = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'o3' },
      json: { ...minimal, accountType: 'CPAAS_TELCO', subscriptionModel: 'APP' },
    });
    expectProblem(rule, 'account-type-not-allowed');
  });

  it('allows APP in a legacy domain only', async () => {
    const legacy = api({ domain: 'legacy' });
    const ok = await legacy.call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'a' },
      json: { ...minimal, subscriptionModel: 'APP' },
    });
    expect(ok.status).to.equal(201);
    expect(ok.body.subscriptionModel).to.equal('APP');
    const fresh = api();
    expectProblem(
      await fresh.call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'a' },
        json: { ...minimal, subscriptionModel: 'APP' },
      }),
      'subscription-model-not-allowed',
    );
  });

  it('makes all five of the seed’s account types creatable in both demo domains; a domain may restrict them', async () => {
    const cpaas = { ...minimal, name: 'Orchid CPaaS Pte Ltd', accountType: 'CPAAS_TELCO' };
    for (const domain of ['new', 'legacy'] as const) {
      const t = api({ domain });
      const { body: capabilities } = await t.call('/domain/capabilities');
      expect([...capabilities.creatableAccountTypes].sort(), domain).to.deep.equal([...ACCOUNT_TYPES].sort());
      const created = await t.call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'cpaas' },
        json: cpaas,
      });
      expect(created.status, domain).to.equal(201);
      expect(created.body).to.include({ accountType: 'CPAAS_TELCO', tier: 'SUPERNODE' });
    }
    const restricted = api({ ...WITHOUT_CPAAS_TELCO, domain: 'legacy' });
    expect((await restricted.call('/domain/capabilities')).body.creatableAccountTypes).to.not.include('CPAAS_TELCO');
    const refused = await restricted.call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'cpaas' },
      json: cpaas,
    });
    expectProblem(refused, 'account-type-not-allowed');
    expect(fieldErrors(refused)).to.deep.equal(['/accountType account-type-not-allowed']);
  });

  it('forbids create to callers without organizations:create or whose organization is not a SUPERNODE', async () => {
    const { call, backend } = api();
    expectProblem(
      await call('/organizations', { method: 'POST', token: DEMO_TOKENS.readOnly, json: minimal }),
      'forbidden',
    );
    backend.addCaller({
      token: 'node-admin',
      userId: '11111111-2222-4333-8444-555555555555',
      displayName: 'Node Admin',
      organizationUuid: backend.known.acme,
      permissions: ['organizations:read', 'organizations:create'],
    });
    expectProblem(
      await call('/organizations', {
        method: 'POST',
        token: 'node-admin',
        headers: { 'Idempotency-Key': 'n' },
        json: minimal,
      }),
      'forbidden',
    );
  });

  it('never reuses a tenant ID, not even after a purge', async () => {
    const { call, etag, backend } = api({ deletionGraceDays: 0 });
    const created = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 't1' },
      json: { ...minimal, tenantId: 'lim-home' },
    });
    const uuid = created.body.uuid;
    const purged = await call(`/organizations/${uuid}`, {
      method: 'DELETE',
      headers: { 'If-Match': await etag(uuid), 'Confirm-Name': encodeURIComponent(minimal.name) },
    });
    expect(purged.status).to.equal(204);
    expect(backend.db.organizations.has(uuid)).to.equal(false);
    expectProblem(
      await call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 't2' },
        json: { ...minimal, tenantId: 'lim-home' },
      }),
      'duplicate-tenant-id',
    );
  });
});

describe('mock backend: idempotency', () => {
  it('replays the stored status, headers and body with Idempotent-Replayed, for the same canonical body', async () => {
    const { call, backend } = api();
    const first = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'same' },
      json: { a: undefined, ...minimal },
    });
    const reordered = Object.fromEntries(Object.entries(minimal).reverse());
    const again = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'same' },
      json: reordered,
    });
    expect(again.status).to.equal(201);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(first.headers.get('Idempotent-Replayed')).to.equal(null);
    expect(again.headers.get('Location')).to.equal(first.headers.get('Location'));
    expect(again.headers.get('ETag')).to.equal('"1"');
    expect(again.body).to.deep.equal(first.body);
    expect([...backend.db.organizations.values()].filter((o) => o.name === minimal.name)).to.have.length(1);
  });

  it('gives 422 idempotency-key-reused for another body, and keys belong to one caller', async () => {
    const { call, backend } = api();
    await call('/organizations', { method: 'POST', headers: { 'Idempotency-Key': 'k' }, json: minimal });
    expectProblem(
      await call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'k' },
        json: { ...minimal, name: 'Other' },
      }),
      'idempotency-key-reused',
    );
    backend.addCaller({
      token: 'other-admin',
      userId: '22222222-3333-4444-8555-666666666666',
      displayName: 'Other',
      organizationUuid: backend.known.root,
      permissions: ['organizations:create'],
    });
    const theirs = await call('/organizations', {
      method: 'POST',
      token: 'other-admin',
      headers: { 'Idempotency-Key': 'k' },
      json: { ...minimal, name: 'Other' },
    });
    expect(theirs.status).to.equal(201);
  });

  it('stores only 2xx answers, so a failed request does not use up its key', async () => {
    const { call } = api();
    expectProblem(
      await call('/organizations', {
        method: 'POST',
        headers: { 'Idempotency-Key': 'retry' },
        json: { ...minimal, name: '' },
      }),
      'validation',
    );
    const fixed = await call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'retry' },
      json: minimal,
    });
    expect(fixed.status).to.equal(201);
    expect(fixed.headers.get('Idempotent-Replayed')).to.equal(null);
  });

  it('answers a concurrent retry of the same key with the first one’s result, creating one organization', async () => {
    const { call, backend } = api();
    backend.faults.setLatency([5, 30]);
    const both = await Promise.all(
      [0, 1, 2].map(() =>
        call('/organizations', { method: 'POST', headers: { 'Idempotency-Key': 'race' }, json: minimal }),
      ),
    );
    expect(both.map((a) => a.status)).to.deep.equal([201, 201, 201]);
    expect(both.filter((a) => a.headers.get('Idempotent-Replayed') === 'true')).to.have.length(2);
    expect(new Set(both.map((a) => a.body.uuid)).size).to.equal(1);
  });

  it('rejects a missing or empty key (400 idempotency-key-missing) and a malformed one (400 malformed-request)', async () => {
    const { call } = api();
    expectProblem(await call('/organizations', { method: 'POST', json: minimal }), 'idempotency-key-missing');
    expectProblem(
      await call('/organizations', { method: 'POST', headers: { 'Idempotency-Key': '' }, json: minimal }),
      'idempotency-key-missing',
    );
    expectProblem(
      await call('/organizations', { method: 'POST', headers: { 'Idempotency-Key': 'x'.repeat(256) }, json: minimal }),
      'malformed-request',
    );
  });

  it('replays an ownership change without re-checking If-Match', async () => {
    const { call, etag, backend } = api();
    const uuid = backend.known.acme;
    const body = { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' };
    const first = await call(`/organizations/${uuid}/ownership-change`, {
      method: 'POST',
      headers: { 'If-Match': await etag(uuid), 'Idempotency-Key': 'own' },
      json: body,
    });
    expect(first.status).to.equal(200);
    const replay = await call(`/organizations/${uuid}/ownership-change`, {
      method: 'POST',
      headers: { 'If-Match': '"1"', 'Idempotency-Key': 'own' },
      json: body,
    });
    expect(replay.status).to.equal(200);
    expect(replay.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(replay.body.version).to.equal(first.body.version);
  });
});

describe('mock backend: read and scope', () => {
  it('returns the organization with every property and ETag "<version>"', async () => {
    const { call, backend } = api();
    const answer = await call(`/organizations/${backend.known.acme.toUpperCase()}`);
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('ETag')).to.equal('"7"');
    expect(answer.body).to.include({
      uuid: backend.known.acme,
      tenantId: 'acme-sg',
      name: 'Acme Pte Ltd',
      managedBy: 'CUSTOMER',
      currencyCode: 'SGD',
    });
    expect(answer.body.buyerTags).to.deep.equal([
      { key: 'CustomerRef', value: 'CRM-00042' },
      { key: 'TypeRef', value: 'SME' },
    ]);
    expect(answer.body.purchasedNumbers).to.include('+6561234567');
  });

  it('hides what is out of scope, unknown or malformed behind 404 not-found', async () => {
    const { call, backend } = api();
    expectProblem(await call('/organizations/not-a-uuid'), 'not-found', '/organizations/not-a-uuid');
    expectProblem(
      await call(`/organizations/${backend.known.spManaged}`, { token: DEMO_TOKENS.customerOwner }),
      'not-found',
    );
    expect((await call(`/organizations/${backend.known.acme}`, { token: DEMO_TOKENS.customerOwner })).status).to.equal(
      200,
    );
    // 404 comes before 403: a reader without the permission still learns nothing about foreign organizations.
    expectProblem(
      await call(`/organizations/${backend.known.spManaged}/suspend`, {
        method: 'POST',
        token: DEMO_TOKENS.customerOwner,
      }),
      'not-found',
    );
    expectProblem(
      await call(`/organizations/${backend.known.acme}/suspend`, { method: 'POST', token: DEMO_TOKENS.customerOwner }),
      'forbidden',
    );
  });
});

describe('mock backend: edit', () => {
  it('patches name and countryCode with If-Match, adding 1 to the version', async () => {
    const { call, backend } = api();
    const uuid = backend.known.acme;
    const answer = await call(`/organizations/${uuid}`, {
      method: 'PATCH',
      headers: patchHeaders('"7"'),
      json: { name: '  Acme Asia  ', countryCode: 'MY' },
    });
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('ETag')).to.equal('"8"');
    expect(answer.body).to.include({ name: 'Acme Asia', countryCode: 'MY', version: 8, currencyCode: 'SGD' });
    expect(answer.body.updatedAt).to.not.equal('2025-03-14T08:21:37Z');
  });

  it('lets only one of two concurrent edits with the same If-Match through; the other gets 412', async () => {
    const { call, backend } = api();
    const path = `/organizations/${backend.known.acme}`;
    const answers = await Promise.all(
      ['One', 'Two'].map((name) => call(path, { method: 'PATCH', headers: patchHeaders('"7"'), json: { name } })),
    );
    expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 412]);
    expect((await call(path)).body.version).to.equal(8);
  });

  it('answers 428 without If-Match and 412 for any other value, * and weak tags included', async () => {
    const { call, backend } = api();
    const path = `/organizations/${backend.known.acme}`;
    expectProblem(
      await call(path, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' },
        json: { name: 'X' },
      }),
      'precondition-required',
    );
    for (const value of ['*', 'W/"7"', '7', '"6"']) {
      const answer = await call(path, { method: 'PATCH', headers: patchHeaders(value), json: { name: 'X' } });
      expectProblem(answer, 'etag-mismatch');
      expect(answer.body.currentVersion).to.equal(7);
    }
  });

  it('answers 409 immutable-field before validation, even for an unchanged value; other keys are field-not-patchable or unknown-field', async () => {
    const { call, backend } = api();
    const path = `/organizations/${backend.known.acme}`;
    const immutable = await call(path, {
      method: 'PATCH',
      headers: patchHeaders('"7"'),
      json: { currencyCode: 'SGD', tenantId: 'x', name: '' },
    });
    expectProblem(immutable, 'immutable-field');
    expect(fieldErrors(immutable)).to.deep.equal(['/tenantId immutable-field', '/currencyCode immutable-field']);
    const others = await call(path, {
      method: 'PATCH',
      headers: patchHeaders('"7"'),
      json: { managedBy: 'CUSTOMER', version: 3, colour: 'red', name: '' },
    });
    expectProblem(others, 'validation');
    expect(fieldErrors(others)).to.have.members([
      '/managedBy field-not-patchable',
      '/version field-not-patchable',
      '/colour unknown-field',
      '/name too-short',
    ]);
    expect((await call(path)).body.version).to.equal(7);
  });

  it('wants merge-patch JSON: 415 for another type, 400 for a body that does not parse', async () => {
    const { call, backend } = api();
    const path = `/organizations/${backend.known.acme}`;
    expectProblem(
      await call(path, {
        method: 'PATCH',
        headers: { 'If-Match': '"7"', 'Content-Type': 'application/json' },
        json: { name: 'X' },
      }),
      'unsupported-media-type',
    );
    expectProblem(
      await call(path, { method: 'PATCH', headers: patchHeaders('"7"'), body: '{"name":' }),
      'malformed-request',
    );
  });

  it('replaces billing as a whole and buyer tags as a set, in order', async () => {
    const { call, backend } = api();
    const uuid = backend.known.acme;
    const billing = await call(`/organizations/${uuid}/billing`, {
      method: 'PUT',
      headers: { 'If-Match': '"7"' },
      json: {
        billingName: 'Acme Billing',
        billingEmail: 'AP@Acme.COM.SG',
        address: { street1: '1 Raffles Place', city: 'Singapore', countryCode: 'SG' },
      },
    });
    expect(billing.status).to.equal(200);
    expect(billing.body.billing).to.deep.equal({
      billingName: 'Acme Billing',
      billingEmail: 'AP@acme.com.sg',
      address: {
        street1: '1 Raffles Place',
        street2: null,
        city: 'Singapore',
        stateOrProvince: null,
        postCode: null,
        countryCode: 'SG',
      },
      taxRegistrationNumber: null,
    });
    const tags = await call(`/organizations/${uuid}/buyer-tags`, {
      method: 'PUT',
      headers: { 'If-Match': '"8"' },
      json: {
        buyerTags: [
          { key: 'TypeRef', value: 'ENTERPRISE' },
          { key: 'BillingRef', value: 'ERP-1' },
        ],
      },
    });
    expect(tags.body.buyerTags).to.deep.equal([
      { key: 'TypeRef', value: 'ENTERPRISE' },
      { key: 'BillingRef', value: 'ERP-1' },
    ]);
    expect(tags.body.version).to.equal(9);
    const cleared = await call(`/organizations/${uuid}/buyer-tags`, {
      method: 'PUT',
      headers: { 'If-Match': '"9"' },
      json: { buyerTags: [] },
    });
    expect(cleared.body.buyerTags).to.deep.equal([]);
  });

  it('reports buyer-tag limits and invalid billing as field errors, leaving the ETag unchanged', async () => {
    const { call, backend } = api();
    const uuid = backend.known.acme;
    const tags = await call(`/organizations/${uuid}/buyer-tags`, {
      method: 'PUT',
      headers: { 'If-Match': '"7"' },
      json: {
        buyerTags: [
          { key: 'CustomerRef', value: 'a' },
          { key: 'CustomerRef', value: '' },
          { key: 'Colour', value: 'b' },
          { key: 'TypeRef', value: 'x'.repeat(65) },
        ],
      },
    });
    expectProblem(tags, 'validation');
    expect(fieldErrors(tags)).to.have.members([
      '/buyerTags too-many-items',
      '/buyerTags/1/key duplicate-key',
      '/buyerTags/1/value too-short',
      '/buyerTags/2/key buyer-tag-key-not-allowed',
      '/buyerTags/3/value too-long',
    ]);
    const billing = await call(`/organizations/${uuid}/billing`, {
      method: 'PUT',
      headers: { 'If-Match': '"7"' },
      json: { billingEmail: 'nope', address: { city: 'X' } },
    });
    expect(fieldErrors(billing)).to.have.members([
      '/billingName required',
      '/billingEmail invalid-format',
      '/address/street1 required',
      '/address/countryCode required',
    ]);
    expect((await call(`/organizations/${uuid}`)).headers.get('ETag')).to.equal('"7"');
  });

  it('takes a PNG, JPEG or WebP picture up to 1 MiB, checks its bytes, and serves it back', async () => {
    const { call, backend } = api();
    const uuid = backend.known.acme;
    const put = (type: string, body: BodyInit, etag = '"7"') =>
      call(`/organizations/${uuid}/profile-picture`, {
        method: 'PUT',
        headers: { 'If-Match': etag, 'Content-Type': type },
        body,
      });
    expectProblem(await put('image/svg+xml', '<svg/>'), 'unsupported-media-type');
    expectProblem(await put('image/png', new Uint8Array(1_048_577)), 'payload-too-large');
    const invalid = await put('image/jpeg', ONE_PIXEL_PNG);
    expectProblem(invalid, 'validation');
    expect(fieldErrors(invalid)).to.deep.equal([' image-invalid']);
    const ok = await put('image/png', ONE_PIXEL_PNG);
    expect(ok.status).to.equal(200);
    expect(ok.body.profilePictureUrl).to.match(/^https:\/\/.+\.png$/);
    const image = await backend.fetch(ok.body.profilePictureUrl);
    expect(image.headers.get('Content-Type')).to.equal('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).to.deep.equal(ONE_PIXEL_PNG);
    const removed = await call(`/organizations/${uuid}/profile-picture`, {
      method: 'DELETE',
      headers: { 'If-Match': '"8"' },
    });
    expect(removed.body).to.include({ profilePictureUrl: null, version: 9 });
    const again = await call(`/organizations/${uuid}/profile-picture`, {
      method: 'DELETE',
      headers: { 'If-Match': '"9"' },
    });
    expect(again.body.version).to.equal(10);
  });

  it('shows another admin’s edit through db.bumpVersion', async () => {
    const { call, backend } = api();
    backend.db.bumpVersion(backend.known.acme);
    const after = await call(`/organizations/${backend.known.acme}`);
    expect(after.body).to.include({ name: 'Acme Pte Ltd (edited)', version: 8 });
    backend.db.bumpVersion(backend.known.acme, { countryCode: 'MY' });
    expect((await call(`/organizations/${backend.known.acme}`)).body).to.include({
      name: 'Acme Pte Ltd (edited)',
      countryCode: 'MY',
      version: 9,
    });
  });
});
