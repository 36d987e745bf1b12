import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Member, Organization, PERMISSIONS } from '../../sdk/schemas/index.js';
import { api, DEMO_TOKENS, type Json } from './api.test-helpers.js';

function problemsOf(schema: z.core.$ZodType, value: unknown): string {
  const result = z.safeParse(schema, value);
  return result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3));
}

describe('mock backend: generated data', () => {
  it('keeps every organization and member within the contract’s schemas', async () => {
    const t = api({ organizations: 1500, seed: 3 });
    for (const org of t.backend.db.organizations.values()) {
      expect(problemsOf(Organization, org), org.uuid).to.equal('');
    }
    for (const org of [...t.backend.db.organizations.values()].slice(0, 300)) {
      for (const m of t.backend.db.membersOf(org.uuid))
        expect(problemsOf(Member, m), `${org.uuid} ${m.email}`).to.equal('');
    }
    const owners = [...t.backend.db.organizations.values()].filter((o) => o.managedBy === 'CUSTOMER').slice(0, 100);
    for (const org of owners) {
      const members = t.backend.db.membersOf(org.uuid).filter((m) => m.role === 'OWNER');
      expect(
        members.map((m) => m.memberId),
        org.name,
      ).to.deep.equal([org.owner.type === 'MEMBER' ? org.owner.memberId : '']);
    }
  });

  it('mixes countries, account types, both managed-by kinds, suspended organizations and E.164 numbers of the right country', () => {
    const { backend } = api({ organizations: 2000 });
    const orgs = [...backend.db.organizations.values()];
    const share = (f: (o: (typeof orgs)[number]) => boolean) => orgs.filter(f).length / orgs.length;
    expect(share((o) => o.accountType === 'BUSINESS_USER')).to.be.within(0.45, 0.65);
    expect(share((o) => o.tier === 'SUPERNODE')).to.be.within(0.05, 0.15);
    expect(share((o) => o.managedBy === 'CUSTOMER')).to.be.within(0.4, 0.65);
    expect(share((o) => o.status === 'SUSPENDED')).to.be.within(0.03, 0.12);
    expect(new Set(orgs.map((o) => o.countryCode)).size).to.be.at.least(10);
    const dial: Record<string, string> = { SG: '+65', GB: '+44', US: '+1', DE: '+49', BR: '+55', MY: '+60' };
    for (const o of orgs) {
      const prefix = dial[o.countryCode];
      if (prefix)
        for (const n of o.purchasedNumbers) expect(n.startsWith(prefix), `${o.countryCode} ${n}`).to.equal(true);
    }
    expect(orgs.some((o) => o.sipUsernames.length > 0) && orgs.some((o) => o.externalContracts.length > 0)).to.equal(
      true,
    );
    expect(new Set(orgs.flatMap((o) => o.buyerTags.map((t) => t.key)))).to.deep.equal(
      new Set(['CustomerRef', 'BillingRef', 'TypeRef']),
    );
    expect(orgs.some((o) => /[À-ɏ]/.test(o.name))).to.equal(true);
  });

  it('gives the well-known fixtures their documented shape', async () => {
    const { backend, call } = api();
    const k = backend.known;
    const get = async (uuid: string) => (await call(`/organizations/${uuid}`)).body;
    expect(await get(k.root)).to.include({
      accountType: 'SERVICE_PROVIDER',
      tier: 'SUPERNODE',
      parentUuid: null,
      name: 'Nimbus Telecom',
    });
    const acme = await get(k.acme);
    expect(acme).to.include({
      managedBy: 'CUSTOMER',
      accountType: 'BUSINESS_USER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      parentUuid: k.root,
    });
    expect(acme.remoteSupport.approvalRequired).to.equal(true);
    expect(acme.externalContracts).to.deep.equal(['CT-2024-0117']);
    expect(acme.sipUsernames).to.deep.equal(['acme-trunk-01']);
    expect((await get(k.customerNoApproval)).remoteSupport.approvalRequired).to.equal(false);
    expect(await get(k.spManaged)).to.include({ managedBy: 'SERVICE_PROVIDER', tier: 'NODE' });
    expect(await get(k.suspended)).to.include({ status: 'SUSPENDED', statusReason: 'NON_PAYMENT' });
    expect(await get(k.reseller)).to.include({ accountType: 'CPAAS_TELCO', tier: 'SUPERNODE' });
    expect(await get(k.resellerChild)).to.include({ name: 'Café Ñandú Ltda', parentUuid: k.reseller });
    expect(await get(k.pendingDeletion!)).to.include({ status: 'PENDING_DELETION' });
    const members = (await call(`/organizations/${k.acme}/members`)).body.items.map(
      (m: Json) => `${m.role}/${m.status}`,
    );
    expect(members).to.include.members([
      'OWNER/ACTIVE',
      'ADMIN/ACTIVE',
      'ADMIN/INVITED',
      'MEMBER/DISABLED',
      'MEMBER/INVITED',
    ]);
    const me = (await call('/me')).body;
    expect(me.permissions).to.have.members(PERMISSIONS.filter((p) => p !== 'remote-support:approve'));
    expect((await call('/me', { token: DEMO_TOKENS.customerOwner })).body.userId).to.equal(k.acmeOwner);
  });

  it('generates 10 000 organizations and finds them by index (timings: npm run bench)', async () => {
    const { backend, call } = api({ organizations: 10_000 });
    expect(backend.db.organizations.size).to.equal(10_000);
    const last = [...backend.db.organizations.values()].at(-1)!;
    const byUuid = await call(`/organizations?q=${last.uuid}`);
    expect(byUuid.body.items.map((i: Json) => i.uuid)).to.deep.equal([last.uuid]);
  });
});
