import { expect } from '@open-wc/testing';
import { createTestBackend } from '../test/fixtures.js';
import { isNotFoundError, NotFoundError } from './index.js';

describe('client.organizations.get', () => {
  it('returns the organization parsed from the mock backend', async () => {
    const { backend, client, requests } = createTestBackend();
    const uuid = [...backend.db.organizations.keys()][0]!;
    const org = await client.organizations.get(uuid);
    expect(org.uuid).to.equal(uuid);
    expect(org.version).to.be.a('number');
    expect(requests).to.have.length(1);
    expect(requests[0]!.method).to.equal('GET');
    expect(new URL(requests[0]!.url).pathname).to.equal(`/sales-hub/v1/organizations/${uuid}`);
    expect(requests[0]!.headers.get('Authorization')).to.match(/^Bearer .+/);
  });

  it('rejects with NotFoundError for an unknown organization', async () => {
    const { client } = createTestBackend();
    const error = await client.organizations.get('00000000-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NotFoundError);
    expect(isNotFoundError(error)).to.equal(true);
    expect((error as NotFoundError).status).to.equal(404);
    expect((error as NotFoundError).type).to.equal('not-found');
  });
});
