/**
 * Every problem type of the catalogue, each produced by a real request through the raw in-page fetch:
 * status, type, fixed title, instance, and the headers and extras the contract attaches to it.
 */
import { expect } from '@open-wc/testing';
import { PROBLEM_SLUGS, type ProblemSlug } from '../../sdk/schemas/index.js';
import {
  api,
  DEMO_TOKENS,
  expectProblem,
  fieldErrors,
  WITHOUT_CPAAS_TELCO,
  type Answer,
  type Api,
} from './api.test-helpers.js';

const validCreate = {
  name: 'Walk Pte Ltd',
  accountType: 'BUSINESS_USER',
  managedBy: 'SERVICE_PROVIDER',
  countryCode: 'SG',
  currencyCode: 'SGD',
};

type Scenario = (t: Api) => Promise<Answer>;

const SCENARIOS: Record<ProblemSlug, Scenario> = {
  'malformed-request': ({ call }) => call('/organizations?limit=0'),
  'idempotency-key-missing': ({ call }) => call('/organizations', { method: 'POST', json: validCreate }),
  unauthenticated: ({ call }) => call('/organizations', { token: null }),
  forbidden: ({ call }) =>
    call('/organizations', {
      method: 'POST',
      token: DEMO_TOKENS.readOnly,
      headers: { 'Idempotency-Key': 'k' },
      json: validCreate,
    }),
  'approval-required': ({ call, backend }) =>
    call(`/organizations/${backend.known.acme}/remote-support/sessions`, { method: 'POST' }),
  'not-found': ({ call }) => call('/organizations/00000000-0000-4000-8000-000000000000'),
  'immutable-field': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}`, {
      method: 'PATCH',
      headers: { 'If-Match': await etag(backend.known.acme), 'Content-Type': 'application/merge-patch+json' },
      json: { tenantId: 'acme-sg' },
    }),
  'duplicate-tenant-id': ({ call }) =>
    call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'dup' },
      json: { ...validCreate, tenantId: 'acme-sg' },
    }),
  'invalid-state-transition': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/activate`, {
      method: 'POST',
      headers: { 'If-Match': await etag(backend.known.acme) },
    }),
  'invalid-state': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.spManaged}/remote-support/policy`, {
      method: 'PUT',
      headers: { 'If-Match': await etag(backend.known.spManaged) },
      json: { approvalRequired: true },
    }),
  'ownership-unchanged': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/ownership-change`, {
      method: 'POST',
      headers: { 'If-Match': await etag(backend.known.acme), 'Idempotency-Key': 'same' },
      json: { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.acmeAdmin } },
    }),
  'has-child-organizations': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.reseller}`, {
      method: 'DELETE',
      headers: {
        'If-Match': await etag(backend.known.reseller),
        'Confirm-Name': encodeURIComponent('Orbit CPaaS Pte Ltd'),
      },
    }),
  'etag-mismatch': ({ call, backend }) =>
    call(`/organizations/${backend.known.acme}`, {
      method: 'PATCH',
      headers: { 'If-Match': '"1"', 'Content-Type': 'application/merge-patch+json' },
      json: { name: 'X' },
    }),
  'payload-too-large': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/profile-picture`, {
      method: 'PUT',
      headers: { 'If-Match': await etag(backend.known.acme), 'Content-Type': 'image/png' },
      body: new Uint8Array(1_048_577),
    }),
  'unsupported-media-type': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/profile-picture`, {
      method: 'PUT',
      headers: { 'If-Match': await etag(backend.known.acme), 'Content-Type': 'image/gif' },
      body: new Uint8Array(10),
    }),
  validation: async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/buyer-tags`, {
      method: 'PUT',
      headers: { 'If-Match': await etag(backend.known.acme) },
      json: {
        buyerTags: [
          { key: 'CustomerRef', value: 'A' },
          { key: 'CustomerRef', value: 'B' },
        ],
      },
    }),
  'owner-required': ({ call }) =>
    call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'own' },
      json: { ...validCreate, managedBy: 'CUSTOMER' },
    }),
  'former-owner-role-required': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}/ownership-change`, {
      method: 'POST',
      headers: { 'If-Match': await etag(backend.known.acme), 'Idempotency-Key': 'role' },
      json: { to: 'SERVICE_PROVIDER' },
    }),
  'member-not-eligible': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.spManaged}/ownership-change`, {
      method: 'POST',
      headers: { 'If-Match': await etag(backend.known.spManaged), 'Idempotency-Key': 'elig' },
      json: { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.acmeAdmin } },
    }),
  'subscription-model-not-allowed': ({ call }) =>
    call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'sub' },
      json: { ...validCreate, subscriptionModel: 'APP' },
    }),
  'account-type-not-allowed': () =>
    api(WITHOUT_CPAAS_TELCO).call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'acct' },
      json: { ...validCreate, accountType: 'CPAAS_TELCO' },
    }),
  'confirmation-mismatch': async ({ call, etag, backend }) =>
    call(`/organizations/${backend.known.acme}`, {
      method: 'DELETE',
      headers: { 'If-Match': await etag(backend.known.acme), 'Confirm-Name': 'acme' },
    }),
  'approval-not-required': ({ call, backend }) =>
    call(`/organizations/${backend.known.customerNoApproval}/remote-support/requests`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'anr' },
      json: { reason: 'Check the trunk', requestedMinutes: 60 },
    }),
  'idempotency-key-reused': async ({ call }) => {
    await call('/organizations', { method: 'POST', headers: { 'Idempotency-Key': 'reuse' }, json: validCreate });
    return call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'reuse' },
      json: { ...validCreate, name: 'Other' },
    });
  },
  'precondition-required': ({ call, backend }) =>
    call(`/organizations/${backend.known.acme}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      json: { name: 'X' },
    }),
  'rate-limited': ({ call, backend }) => {
    backend.faults.next(1, { status: 429, retryAfter: 30 });
    return call('/me');
  },
};

describe('mock backend: every problem type of the catalogue', () => {
  it('has a scenario for every slug', () => {
    expect(Object.keys(SCENARIOS).sort()).to.deep.equal([...PROBLEM_SLUGS].sort());
  });

  for (const slug of PROBLEM_SLUGS) {
    it(`answers ${slug} with its status, type and fixed title`, async () => {
      const t = api();
      const answer = await SCENARIOS[slug](t);
      expectProblem(answer, slug);
      expect(answer.body.instance).to.match(/^\/sales-hub\/v1\//);
      switch (slug) {
        case 'unauthenticated':
          expect(answer.headers.get('WWW-Authenticate')).to.match(/^Bearer realm="sales-hub"/);
          break;
        case 'rate-limited':
          expect(answer.headers.get('Retry-After')).to.equal('30');
          break;
        case 'etag-mismatch':
          expect(answer.body.currentVersion).to.equal(7);
          expect(answer.headers.get('ETag')).to.equal('"7"');
          break;
        case 'invalid-state-transition':
          expect(answer.body.currentStatus).to.equal('ACTIVE');
          break;
        case 'immutable-field':
          expect(fieldErrors(answer)).to.deep.equal(['/tenantId immutable-field']);
          break;
        case 'validation':
          expect(fieldErrors(answer)).to.deep.equal(['/buyerTags/1/key duplicate-key']);
          break;
        case 'owner-required':
          expect(fieldErrors(answer)).to.deep.equal(['/owner owner-required']);
          break;
        case 'former-owner-role-required':
          expect(fieldErrors(answer)).to.deep.equal(['/formerOwnerRole former-owner-role-required']);
          break;
        case 'member-not-eligible':
          expect(fieldErrors(answer)).to.deep.equal(['/newOwner/memberId member-not-eligible']);
          break;
        case 'account-type-not-allowed':
          expect(fieldErrors(answer)).to.deep.equal(['/accountType account-type-not-allowed']);
          break;
        case 'subscription-model-not-allowed':
          expect(fieldErrors(answer)).to.deep.equal(['/subscriptionModel subscription-model-not-allowed']);
          break;
        case 'duplicate-tenant-id':
          expect(fieldErrors(answer)).to.deep.equal(['/tenantId duplicate-tenant-id']);
          break;
      }
    });
  }
});
