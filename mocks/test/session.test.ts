import { expect } from '@open-wc/testing';
import { api, DEMO_TOKENS, expectProblem } from './api.test-helpers.js';

describe('mock backend: session and conventions', () => {
  it('answers GET /me for each demo caller', async () => {
    const { call, backend } = api();
    const admin = await call('/me');
    expect(admin.status).to.equal(200);
    expect(admin.body.organizationUuid).to.equal(backend.known.root);
    expect(admin.body.permissions).to.include('organizations:create').and.not.include('remote-support:approve');
    const owner = await call('/me', { token: DEMO_TOKENS.customerOwner });
    expect(owner.body.organizationUuid).to.equal(backend.known.acme);
    expect(owner.body.permissions).to.include('remote-support:approve');
    const reader = await call('/me', { token: DEMO_TOKENS.readOnly });
    expect(reader.body.permissions).to.deep.equal(['organizations:read']);
  });

  it('answers 401 with a Bearer challenge when the token is missing or unknown', async () => {
    const { call } = api();
    const missing = await call('/me', { token: null });
    expectProblem(missing, 'unauthenticated', '/me');
    expect(missing.headers.get('WWW-Authenticate')).to.equal('Bearer realm="sales-hub"');
    const unknown = await call('/organizations', { token: 'expired' });
    expectProblem(unknown, 'unauthenticated');
    expect(unknown.headers.get('WWW-Authenticate')).to.contain('error="invalid_token"');
  });

  it('describes the domain by option: new or legacy, grace 30 or 0', async () => {
    const fresh = await api().call('/domain/capabilities');
    expect(fresh.body).to.include({ isLegacy: false, deletionGraceDays: 30, maxBuyerTags: 3 });
    expect(fresh.body.allowedSubscriptionModels).to.deep.equal(['LICENSE']);
    const legacy = await api({ domain: 'legacy', deletionGraceDays: 0 }).call('/domain/capabilities');
    expect(legacy.body).to.include({ isLegacy: true, deletionGraceDays: 0 });
    expect(legacy.body.allowedSubscriptionModels).to.deep.equal(['APP', 'LICENSE']);
  });
});
