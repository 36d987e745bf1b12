// Keyed POSTs against answers lost after the backend acted: the SDK retries with the same Idempotency-Key,
// the backend replays its stored answer, and exactly one effect exists.
import { expect } from '@open-wc/testing';
import type { LostAnswer } from '../mocks/index.js';
import { createTestBackend } from '../test/fixtures.js';

const LOST: readonly LostAnswer[] = ['network', 502, 504, 'hang'];

/** A client that retries twice, quickly, and gives up on an attempt after 300 ms (so a hang is a timeout). */
const setup = () => createTestBackend({ organizations: 30 }, { retry: 2, timeout: 300 });

const keysOf = (requests: Request[], method: string) =>
  requests.filter((r) => r.method === method).map((r) => r.headers.get('Idempotency-Key'));

describe('keyed POSTs retried after a lost answer', () => {
  for (const lose of LOST) {
    it(`create: one organization after the answer was lost (${lose})`, async () => {
      const { backend, client, requests } = setup();
      backend.faults.next(1, { lose });
      const name = `Exactly Once ${lose} Pte Ltd`;
      const org = await client.organizations.create({
        name,
        accountType: 'BUSINESS_USER',
        managedBy: 'SERVICE_PROVIDER',
        countryCode: 'SG',
        currencyCode: 'SGD',
      });
      const keys = keysOf(requests, 'POST');
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      expect([...backend.db.organizations.values()].filter((o) => o.name === name).map((o) => o.uuid)).to.deep.equal([
        org.uuid,
      ]);
    });

    it(`change ownership: one switch, one version after the answer was lost (${lose})`, async () => {
      const { backend, client, requests } = setup();
      const { spManaged, spManagedAdmin } = backend.known;
      const before = await client.organizations.get(spManaged);
      backend.faults.next(1, { lose });
      const after = await client.organizations.changeOwnership(before, {
        to: 'CUSTOMER',
        newOwner: { kind: 'EXISTING_MEMBER', memberId: spManagedAdmin },
      });
      expect(keysOf(requests, 'POST')).to.have.length(2);
      expect(after).to.include({ managedBy: 'CUSTOMER', version: before.version + 1 });
      expect(backend.db.get(spManaged)!.version).to.equal(before.version + 1);
      expect(
        backend.db
          .membersOf(spManaged)
          .filter((m) => m.role === 'OWNER')
          .map((m) => m.memberId),
      ).to.deep.equal([spManagedAdmin]);
    });

    it(`remote-support request: one request after the answer was lost (${lose})`, async () => {
      const { backend, client, requests } = setup();
      const { acme } = backend.known;
      const existing = backend.db.requestsOf(acme).length;
      backend.faults.next(1, { lose });
      const created = await client.remoteSupport.request(acme, { reason: `Lost answer ${lose}`, requestedMinutes: 60 });
      expect(keysOf(requests, 'POST')).to.have.length(2);
      const list = backend.db.requestsOf(acme);
      expect(list).to.have.length(existing + 1);
      expect(list.filter((r) => r.reason === `Lost answer ${lose}`).map((r) => r.id)).to.deep.equal([created.id]);
    });
  }
});
