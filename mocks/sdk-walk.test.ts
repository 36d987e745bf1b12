/**
 * The same walk as mocks/test/*.test.ts, through the SDK: every operation, and every problem type the SDK can
 * reach the server with, mapped onto its ApiError class. Proves the mock and the client agree on the contract.
 */
import { expect } from '@open-wc/testing';
import { createClient, isApiError, type ApiError, type SalesHubClient } from '../sdk/index.js';
import { PROBLEM_CATALOGUE, PROBLEM_SLUGS, type ProblemSlug } from '../sdk/schemas/index.js';
import { createMockBackend, DEMO_TOKENS, type MockBackend, type MockBackendOptions } from './index.js';
import { WITHOUT_CPAAS_TELCO } from './test/api.test-helpers.js';

interface Setup {
  backend: MockBackend;
  admin: SalesHubClient;
  owner: SalesHubClient;
  reader: SalesHubClient;
}

function setup(options: MockBackendOptions = {}): Setup {
  const backend = createMockBackend(options);
  const client = (token: string) => createClient({ baseUrl: backend.baseUrl, token, fetch: backend.fetch, retry: 0 });
  return {
    backend,
    admin: client(DEMO_TOKENS.admin),
    owner: client(DEMO_TOKENS.customerOwner),
    reader: client(DEMO_TOKENS.readOnly),
  };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const home = {
  name: 'SDK Household',
  accountType: 'HOME_USER',
  managedBy: 'SERVICE_PROVIDER',
  countryCode: 'SG',
  currencyCode: 'SGD',
} as const;

describe('mock backend through the SDK: every operation', () => {
  it('walks every client method against the mock', async () => {
    const { backend, admin, owner } = setup();
    const { known } = backend;
    expect((await admin.me()).organizationUuid).to.equal(known.root);
    expect((await admin.capabilities()).deletionGraceDays).to.equal(30);
    const page = await admin.organizations.search({ q: 'CRM-00042' });
    expect(page.items.map((i) => [i.uuid, i.matchedOn])).to.deep.equal([[known.acme, ['customerReference']]]);
    let count = 0;
    for await (const org of admin.organizations.search({ accountType: ['CPAAS_TELCO'], limit: 5 }))
      count += org.tier === 'SUPERNODE' ? 1 : 0;
    expect(count).to.be.greaterThan(1);

    let org = await admin.organizations.create({
      name: 'SDK Walk Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      owner: { email: 'sdk@walk.sg', firstName: 'S', lastName: 'Walk' },
    });
    expect(org.version).to.equal(1);
    org = await admin.organizations.get(org.uuid);
    org = await admin.organizations.update(org, { name: 'SDK Walk Asia' });
    org = await admin.organizations.replaceBilling(org, { billingName: 'SDK', billingEmail: 'ap@walk.sg' });
    org = await admin.organizations.replaceBuyerTags(org, [{ key: 'TypeRef', value: 'SME' }]);
    org = await admin.organizations.uploadProfilePicture(org, new Blob([PNG], { type: 'image/png' }));
    expect(org.profilePictureUrl).to.match(/^https:/);
    org = await admin.organizations.removeProfilePicture(org);
    org = await admin.organizations.setRemoteSupportApproval(org, false);
    const members = await admin.members.list(org.uuid);
    expect(members.items.map((m) => m.role)).to.deep.equal(['OWNER']);
    let total = 0;
    for await (const m of admin.members.list(known.bigOrg, { role: ['ADMIN'], limit: 100 }))
      total += m.role === 'ADMIN' ? 1 : 0;
    expect(total).to.be.greaterThan(100);

    const request = await admin.remoteSupport.request(known.acme, { reason: 'SDK walk', requestedMinutes: 30 });
    expect((await admin.remoteSupport.get(known.acme)).pendingRequest?.id).to.equal(request.id);
    expect((await owner.remoteSupport.reject(known.acme, request.id, { note: 'Later' })).status).to.equal('REJECTED');
    const second = await admin.remoteSupport.request(known.acme, { reason: 'SDK walk', requestedMinutes: 30 });
    expect((await owner.remoteSupport.approve(known.acme, second.id)).grantedMinutes).to.equal(30);
    expect((await admin.remoteSupport.startSession(known.acme)).role).to.equal('SUPER_ADMIN');
    expect((await owner.remoteSupport.revoke(known.acme, second.id)).status).to.equal('REVOKED');

    org = await admin.organizations.changeOwnership(org, { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' });
    org = await admin.organizations.suspend(org, { reason: 'OTHER' });
    org = await admin.organizations.activate(org);
    const scheduled = await admin.organizations.delete(org, { confirmName: 'SDK Walk Asia' });
    expect(scheduled?.status).to.equal('PENDING_DELETION');
    org = await admin.organizations.restore(scheduled!);
    expect(org).to.include({ status: 'ACTIVE', version: 12 });
  });

  it('resolves a delete with null when the domain purges at once', async () => {
    const { backend, admin } = setup({ deletionGraceDays: 0 });
    const org = await admin.organizations.get(backend.known.suspended);
    expect(await admin.organizations.delete(org, { confirmName: org.name })).to.equal(null);
    expect((await failure(admin.organizations.get(org.uuid))).name).to.equal('NotFoundError');
  });
});

type Scenario = (s: Setup) => Promise<unknown>;

/** Each slug reached through the SDK where the SDK sends the request; the rest are client-side or transport-only. */
const THROUGH_SDK: Partial<Record<ProblemSlug, [Scenario, string]>> = {
  unauthenticated: [
    ({ backend }) => createClient({ baseUrl: backend.baseUrl, token: 'expired', fetch: backend.fetch, retry: 0 }).me(),
    'AuthenticationError',
  ],
  forbidden: [
    ({ reader, backend }) =>
      reader.organizations.suspend({ uuid: backend.known.acme, version: 7 }, { reason: 'OTHER' }),
    'PermissionError',
  ],
  'approval-required': [
    ({ admin, backend }) => admin.remoteSupport.startSession(backend.known.acme),
    'PermissionError',
  ],
  'not-found': [({ owner, backend }) => owner.organizations.get(backend.known.spManaged), 'NotFoundError'],
  'duplicate-tenant-id': [({ admin }) => admin.organizations.create({ ...home, tenantId: 'acme-sg' }), 'ApiError'],
  'invalid-state-transition': [
    ({ admin, backend }) => admin.organizations.activate({ uuid: backend.known.acme, version: 7 }),
    'ApiError',
  ],
  'invalid-state': [
    ({ admin, backend }) =>
      admin.organizations.setRemoteSupportApproval({ uuid: backend.known.spManaged, version: 4 }, true),
    'ApiError',
  ],
  'ownership-unchanged': [
    ({ admin, backend }) =>
      admin.organizations.changeOwnership(
        { uuid: backend.known.acme, version: 7 },
        { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.acmeAdmin } },
      ),
    'ApiError',
  ],
  'has-child-organizations': [
    ({ admin, backend }) =>
      admin.organizations.delete({ uuid: backend.known.reseller, version: 5 }, { confirmName: 'Orbit CPaaS Pte Ltd' }),
    'ApiError',
  ],
  'etag-mismatch': [
    ({ admin, backend }) => admin.organizations.update({ uuid: backend.known.acme, version: 6 }, { name: 'Stale' }),
    'ConflictError',
  ],
  validation: [
    ({ admin, backend }) =>
      admin.organizations.uploadProfilePicture(
        { uuid: backend.known.acme, version: 7 },
        new Blob([PNG], { type: 'image/webp' }),
      ),
    'ValidationError',
  ],
  'member-not-eligible': [
    ({ admin, backend }) =>
      admin.organizations.changeOwnership(
        { uuid: backend.known.spManaged, version: 4 },
        { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.acmeOwner } },
      ),
    'ValidationError',
  ],
  'account-type-not-allowed': [
    () => setup(WITHOUT_CPAAS_TELCO).admin.organizations.create({ ...home, accountType: 'CPAAS_TELCO' }),
    'ValidationError',
  ],
  'confirmation-mismatch': [
    ({ admin, backend }) =>
      admin.organizations.delete({ uuid: backend.known.acme, version: 7 }, { confirmName: 'Acme' }),
    'ValidationError',
  ],
  'approval-not-required': [
    ({ admin, backend }) =>
      admin.remoteSupport.request(backend.known.customerNoApproval, { reason: 'x', requestedMinutes: 15 }),
    'ValidationError',
  ],
  'idempotency-key-reused': [
    async ({ admin }) => {
      await admin.organizations.create(home, { idempotencyKey: 'sdk-reuse' });
      return admin.organizations.create({ ...home, name: 'Another' }, { idempotencyKey: 'sdk-reuse' });
    },
    'ValidationError',
  ],
  'rate-limited': [
    ({ admin, backend }) => {
      backend.faults.next(1, { status: 429, retryAfter: 12 });
      return admin.me();
    },
    'RateLimitError',
  ],
};

describe('mock backend through the SDK: problem types', () => {
  for (const slug of PROBLEM_SLUGS) {
    const entry = THROUGH_SDK[slug];
    if (!entry) continue;
    it(`maps ${slug} onto ${entry[1]}`, async () => {
      const s = setup();
      const error = await failure(entry[0](s));
      expect(error.name, `${error.type}: ${error.detail}`).to.equal(entry[1]);
      expect(error.status).to.equal(PROBLEM_CATALOGUE[slug].status);
      expect(error.type).to.equal(slug);
      expect(error.title).to.equal(PROBLEM_CATALOGUE[slug].title);
      expect(error.requestId).to.match(/^mock-/);
      if (slug === 'etag-mismatch') expect((error as ApiError & { currentVersion: number }).currentVersion).to.equal(7);
      if (slug === 'rate-limited') expect((error as ApiError & { retryAfter: number }).retryAfter).to.equal(12);
      if (slug === 'validation')
        expect(error.fieldErrors.map((e) => `${e.pointer} ${e.code}`)).to.deep.equal([' image-invalid']);
    });
  }

  it('reports the problems the SDK catches before sending with the type the server would answer (status 0)', async () => {
    const { admin } = setup();
    const error = await failure(admin.organizations.create({ ...home, managedBy: 'CUSTOMER' }));
    expect(error.name).to.equal('ValidationError');
    expect(error.status).to.equal(0);
    expect(error.type).to.equal('owner-required');
    expect(error.fieldErrors.map((e) => e.code)).to.include('owner-required');
    const big = await failure(
      admin.organizations.uploadProfilePicture(
        { uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1', version: 7 },
        new Blob([new Uint8Array(1_048_577)], { type: 'image/png' }),
      ),
    );
    expect(big.status).to.equal(0);
    expect(big.type).to.equal('payload-too-large');
  });

  it('turns transport faults into NetworkError and ResponseValidationError', async () => {
    const { admin, backend } = setup();
    backend.faults.next(1, 'network');
    expect((await failure(admin.me())).name).to.equal('NetworkError');
    backend.faults.next(1, 'malformed');
    expect((await failure(admin.organizations.get(backend.known.acme))).name).to.equal('ResponseValidationError');
  });
});
