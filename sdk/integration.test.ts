import { expect } from '@open-wc/testing';
import { createTestBackend, DEMO_TOKENS } from '../test/fixtures.js';
import {
  ConflictError,
  createClient,
  isNotFoundError,
  NotFoundError,
  PermissionError,
  ResponseValidationError,
  ValidationError,
  type Organization,
} from './index.js';

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error('Expected a rejection.');
    },
    (error: unknown) => error,
  );

describe('the client against the mock backend', () => {
  it('reads an organization and sends the bearer token', async () => {
    const { backend, client, requests } = createTestBackend({ organizations: 40 });
    const org = await client.organizations.get(backend.known.acme);
    expect(org).to.include({ uuid: backend.known.acme, name: 'Acme Pte Ltd', managedBy: 'CUSTOMER' });
    expect(requests).to.have.length(1);
    expect(new URL(requests[0]!.url).pathname).to.equal(`/sales-hub/v1/organizations/${backend.known.acme}`);
    expect(requests[0]!.headers.get('Authorization')).to.equal(`Bearer ${DEMO_TOKENS.admin}`);
  });

  it('rejects with NotFoundError for an unknown organization', async () => {
    const { client } = createTestBackend({ organizations: 40 });
    const error = (await rejection(client.organizations.get('00000000-0000-4000-8000-000000000000'))) as NotFoundError;
    expect(error).to.be.instanceOf(NotFoundError);
    expect(isNotFoundError(error)).to.equal(true);
    expect(error).to.include({ status: 404, type: 'not-found' });
  });

  it('finds Acme by its customer reference and walks every organization across pages once', async () => {
    const { backend, client } = createTestBackend({ organizations: 120 });
    const found = await client.organizations.search({ q: backend.known.acmeCustomerRef });
    expect(found.items.map((o) => o.uuid)).to.deep.equal([backend.known.acme]);
    expect(found.items[0]!.matchedOn).to.include('customerReference');
    const uuids: string[] = [];
    for await (const org of client.organizations.search({ limit: 25, sort: 'name' })) uuids.push(org.uuid);
    expect(uuids.length).to.be.greaterThan(50);
    expect(new Set(uuids).size).to.equal(uuids.length);
  });

  it('sends If-Match from the ref, and a stale one rejects with ConflictError and the current version', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    const org = await client.organizations.get(backend.known.spManaged);
    const renamed = await client.organizations.update(org, { name: 'Renamed Pte Ltd' });
    expect(renamed.version).to.equal(org.version + 1);
    backend.db.bumpVersion(org.uuid);
    const error = (await rejection(client.organizations.update(renamed, { name: 'Again' }))) as ConflictError;
    expect(error).to.be.instanceOf(ConflictError);
    expect(error.type).to.equal('etag-mismatch');
    expect(error.currentVersion).to.equal(renamed.version + 1);
  });

  it('creates once per Idempotency-Key, even when retried after a dropped connection', async () => {
    const { backend, client, requests } = createTestBackend({ organizations: 40 }, { retry: 2 });
    const input = {
      name: 'Lim Household',
      accountType: 'HOME_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    } as const;
    const before = backend.db.organizations.size;
    backend.faults.next(1, 'network');
    const created = await client.organizations.create(input, { idempotencyKey: 'lim-household-1' });
    const replayed = await client.organizations.create(input, { idempotencyKey: 'lim-household-1' });
    expect(replayed.uuid).to.equal(created.uuid);
    expect(backend.db.organizations.size).to.equal(before + 1);
    expect(new Set(requests.map((r) => r.headers.get('Idempotency-Key')))).to.deep.equal(new Set(['lim-household-1']));
    expect(requests).to.have.length(3);
  });

  it('validates before sending: nothing reaches the backend', async () => {
    const { client, requests } = createTestBackend({ organizations: 40 });
    const error = (await rejection(
      client.organizations.create({
        name: 'Acme',
        accountType: 'BUSINESS_USER',
        managedBy: 'CUSTOMER',
        countryCode: 'SG',
        currencyCode: 'SGD',
      }),
    )) as ValidationError;
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.fieldErrors.map((f) => f.code)).to.include('owner-required');
    expect(requests).to.have.length(0);
  });

  it('deletes with a grace period, then restores', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    const org = await client.organizations.get(backend.known.customerNoApproval);
    const deleted = (await client.organizations.delete(org, { confirmName: org.name })) as Organization;
    expect(deleted.status).to.equal('PENDING_DELETION');
    const restored = await client.organizations.restore(deleted);
    expect(restored.status).to.equal('ACTIVE');
  });

  it('resolves delete with null when the domain purges at once', async () => {
    const { backend, client } = createTestBackend({ organizations: 40, deletionGraceDays: 0 });
    const org = await client.organizations.get(backend.known.resellerChild);
    expect(await client.organizations.delete(org, { confirmName: org.name })).to.equal(null);
    expect(await rejection(client.organizations.get(org.uuid))).to.be.instanceOf(NotFoundError);
  });

  it('walks the members of a big organization page by page', async () => {
    const { backend, client, requests } = createTestBackend({ organizations: 40 });
    const ids = new Set<string>();
    for await (const member of client.members.list(backend.known.bigOrg, { limit: 100 })) {
      ids.add(member.memberId);
      if (ids.size === 250) break;
    }
    expect(ids.size).to.equal(250);
    expect(requests).to.have.length(3);
  });

  it('runs the remote-support approval flow across two callers', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    const acme = backend.known.acme;
    const pending = await client.remoteSupport.request(acme, { reason: 'TCK-1234: calls drop', requestedMinutes: 60 });
    expect(pending.status).to.equal('PENDING');
    const refused = await rejection(client.remoteSupport.startSession(acme));
    expect(refused).to.be.instanceOf(PermissionError);
    expect((refused as PermissionError).type).to.equal('approval-required');
    const customer = createClient({ baseUrl: backend.baseUrl, token: DEMO_TOKENS.customerOwner, fetch: backend.fetch });
    const approved = await customer.remoteSupport.approve(acme, pending.id, { minutes: 30 });
    expect(approved.status).to.equal('APPROVED');
    const session = await client.remoteSupport.startSession(acme);
    expect(session.role).to.equal('SUPER_ADMIN');
  });

  it('rejects restore with NotFoundError once the grace period has passed', async () => {
    let now = Date.UTC(2026, 0, 10, 12);
    const { backend, client } = createTestBackend({ organizations: 40, now: () => new Date(now) });
    const org = await client.organizations.get(backend.known.customerNoApproval);
    const deleted = (await client.organizations.delete(org, { confirmName: org.name })) as Organization;
    now = Date.parse(deleted.purgeAfter!);
    const error = await rejection(client.organizations.restore(deleted));
    expect(error).to.be.instanceOf(NotFoundError);
    expect(error).to.include({ status: 404, type: 'not-found' });
    expect(await rejection(client.organizations.get(org.uuid))).to.be.instanceOf(NotFoundError);
  });

  it("rejects approving one's own request with PermissionError, and the request stays PENDING", async () => {
    const { backend } = createTestBackend({ organizations: 40 });
    const acme = backend.known.acme;
    backend.addCaller({
      token: 'both-hats',
      userId: '33333333-4444-4555-8666-777777777777',
      displayName: 'Both Hats',
      organizationUuid: acme,
      permissions: ['organizations:read', 'remote-support:request', 'remote-support:approve'],
    });
    const both = createClient({ baseUrl: backend.baseUrl, token: 'both-hats', fetch: backend.fetch, retry: 0 });
    const mine = await both.remoteSupport.request(acme, { reason: 'Self-service', requestedMinutes: 30 });
    const error = await rejection(both.remoteSupport.approve(acme, mine.id));
    expect(error).to.be.instanceOf(PermissionError);
    expect(error).to.include({ status: 403, type: 'forbidden' });
    const overview = await both.remoteSupport.get(acme);
    expect(overview.pendingRequest?.id).to.equal(mine.id);
    expect(overview.activeGrant).to.equal(null);
  });

  it('needs a new approval once the grant has expired', async () => {
    let now = Date.UTC(2026, 0, 10, 12);
    const { backend, client } = createTestBackend({ organizations: 40, now: () => new Date(now) });
    const acme = backend.known.acme;
    const customer = createClient({
      baseUrl: backend.baseUrl,
      token: DEMO_TOKENS.customerOwner,
      fetch: backend.fetch,
      retry: 0,
    });
    const pending = await client.remoteSupport.request(acme, { reason: 'Short check', requestedMinutes: 15 });
    const approved = await customer.remoteSupport.approve(acme, pending.id);
    expect((await client.remoteSupport.startSession(acme)).role).to.equal('SUPER_ADMIN');
    now = Date.parse(approved.expiresAt!);
    const refused = await rejection(client.remoteSupport.startSession(acme));
    expect(refused).to.be.instanceOf(PermissionError);
    expect((refused as PermissionError).type).to.equal('approval-required');
    expect((await client.remoteSupport.get(acme)).activeGrant).to.equal(null);
  });

  it('rejects a malformed answer with ResponseValidationError', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    backend.faults.next(1, 'malformed');
    expect(await rejection(client.organizations.get(backend.known.acme))).to.be.instanceOf(ResponseValidationError);
  });
});
