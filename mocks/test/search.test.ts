import { expect } from '@open-wc/testing';
import { type Answer, api, DEMO_TOKENS, expectProblem, type Json } from './api.test-helpers.js';

const search = (t: ReturnType<typeof api>, params: Record<string, string>, token?: string) =>
  t.call(`/organizations?${new URLSearchParams(params)}`, token ? { token } : {});

describe('mock backend: search', () => {
  it('auto-detects the key: UUID, phone number, then name OR customer reference OR contract OR SIP username', async () => {
    const t = api();
    const { acme } = t.backend.known;
    const cases: [string, string[]][] = [
      [acme.toUpperCase(), ['uuid']],
      ['+65 6123-4567', ['purchasedNumber']],
      ['(65) 6123 4567', ['purchasedNumber']],
      ['crm-00042', ['customerReference']],
      ['ct-2024-0117', ['externalContract']],
      ['acme-trunk-01', ['sipUsername']],
      ['ACME', ['name']],
    ];
    for (const [q, matchedOn] of cases) {
      const answer = await search(t, { q });
      expect(answer.status).to.equal(200);
      const hit = answer.body.items.find((i: Json) => i.uuid === acme);
      expect(hit, q).to.exist;
      expect(hit.matchedOn, q).to.deep.equal(matchedOn);
      expect(Object.keys(hit)).to.have.members([
        'uuid',
        'name',
        'status',
        'accountType',
        'tier',
        'managedBy',
        'countryCode',
        'profilePictureUrl',
        'matchedOn',
      ]);
    }
    expect((await search(t, { q: 'ACME-TRUNK-01' })).body.items).to.have.length(0);
  });

  it('matches names ignoring case and diacritics, from two characters', async () => {
    const t = api();
    const cafe = await search(t, { q: 'cafe nandu' });
    expect(cafe.body.items.map((i: Json) => i.name)).to.deep.equal(['Café Ñandú Ltda']);
    const upper = (await search(t, { q: 'ÑANDÚ' })).body.items.map((i: Json) => i.name);
    expect(upper).to.include('Café Ñandú Ltda');
    expect(
      upper.every((n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes('nandu')),
    ).to.equal(true);
    const one = await search(t, { q: 'a', searchBy: 'auto' });
    expect(one.status).to.equal(200);
    expect(one.body.items).to.deep.equal([]);
    expectProblem(await search(t, { q: 'a', searchBy: 'name' }), 'malformed-request');
  });

  it('lists every key that matched', async () => {
    const t = api();
    const { spManaged } = t.backend.known;
    t.backend.db.bumpVersion(spManaged, {
      name: 'kallang-clinics-01 Clinics',
      buyerTags: [{ key: 'CustomerRef', value: 'kallang-clinics-01' }],
    });
    const answer = await search(t, { q: 'kallang-clinics-01' });
    expect(answer.body.items.find((i: Json) => i.uuid === spManaged).matchedOn).to.deep.equal([
      'name',
      'customerReference',
      'sipUsername',
    ]);
  });

  it('applies an explicit searchBy only, and answers 400 when q cannot match it', async () => {
    const t = api();
    expect((await search(t, { q: 'CRM-00042', searchBy: 'name' })).body.items).to.have.length(0);
    expect((await search(t, { q: '6561234567', searchBy: 'purchasedNumber' })).body.items[0].matchedOn).to.deep.equal([
      'purchasedNumber',
    ]);
    expect((await search(t, { q: 'CRM-00042', searchBy: 'customerReference' })).body.items[0].matchedOn).to.deep.equal([
      'customerReference',
    ]);
    expectProblem(await search(t, { q: 'acme', searchBy: 'uuid' }), 'malformed-request');
    expectProblem(await search(t, { q: 'acme', searchBy: 'purchasedNumber' }), 'malformed-request');
    expectProblem(await search(t, { q: 'x'.repeat(201) }), 'malformed-request');
  });

  it('rejects bad parameters with 400 malformed-request', async () => {
    const t = api();
    for (const params of [
      { searchBy: 'email' },
      { status: 'GONE' },
      { status: 'ACTIVE,ACTIVE' },
      { accountType: '' },
      { managedBy: 'ME' },
      { limit: '101' },
      { limit: 'ten' },
      { sort: 'size' },
      { cursor: '!!' },
      { cursor: 'abc' },
    ] as Record<string, string>[]) {
      expectProblem(await search(t, params), 'malformed-request');
    }
  });

  it('filters by status (PENDING_DELETION left out by default), account type and managed-by, ANDed with q', async () => {
    const t = api();
    const all = await search(t, { limit: '100' });
    expect(all.body.items.every((i: Json) => i.status !== 'PENDING_DELETION')).to.equal(true);
    const suspended = await search(t, { status: 'SUSPENDED', limit: '100' });
    expect(suspended.body.items.length).to.be.greaterThan(1);
    expect(suspended.body.items.every((i: Json) => i.status === 'SUSPENDED')).to.equal(true);
    const filtered = await search(t, {
      accountType: 'CPAAS_TELCO,SERVICE_PROVIDER',
      managedBy: 'SERVICE_PROVIDER',
      limit: '100',
    });
    expect(
      filtered.body.items.every((i: Json) => i.tier === 'SUPERNODE' && i.managedBy === 'SERVICE_PROVIDER'),
    ).to.equal(true);
    expect((await search(t, { q: 'acme', managedBy: 'SERVICE_PROVIDER' })).body.items).to.have.length(0);
  });

  it('pages with opaque cursors: every item once, in order, and a cursor only fits its own query', async () => {
    const t = api();
    for (const sort of ['name', '-name', 'createdAt', '-createdAt']) {
      const seen: Json[] = [];
      let cursor: string | null = null;
      do {
        const params: Record<string, string> = { sort, limit: '37', status: 'ACTIVE,SUSPENDED,PENDING_DELETION' };
        if (cursor) params.cursor = cursor;
        const page = await search(t, params);
        expect(page.status).to.equal(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
        if (cursor) expect(cursor).to.match(/^[A-Za-z0-9_-]+$/);
      } while (cursor);
      expect(seen).to.have.length(t.backend.db.organizations.size);
      expect(new Set(seen.map((i) => i.uuid)).size).to.equal(seen.length);
      if (sort.endsWith('name')) {
        const names = seen.map((i) => i.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
        const sorted = [...names].sort();
        expect(names).to.deep.equal(sort === 'name' ? sorted : sorted.reverse());
      }
    }
    const first = await search(t, { limit: '5' });
    expect(first.body.nextCursor).to.be.a('string');
    expectProblem(await search(t, { limit: '5', sort: '-name', cursor: first.body.nextCursor }), 'malformed-request');
    expectProblem(
      await search(t, { limit: '5', cursor: first.body.nextCursor }, DEMO_TOKENS.readOnly),
      'malformed-request',
    );
  });

  it('sees only the caller’s organization and its descendants', async () => {
    const t = api();
    const owner = await search(t, { limit: '100' }, DEMO_TOKENS.customerOwner);
    expect(owner.body.items.map((i: Json) => i.uuid)).to.deep.equal([t.backend.known.acme]);
    expect((await search(t, { q: 'Café' }, DEMO_TOKENS.customerOwner)).body.items).to.have.length(0);
    t.backend.addCaller({
      token: 'reseller',
      userId: '44444444-5555-4666-8777-888888888888',
      displayName: 'R',
      organizationUuid: t.backend.known.reseller,
      permissions: ['organizations:read'],
    });
    const reseller = await search(t, { limit: '100' }, 'reseller');
    expect(reseller.body.items.map((i: Json) => i.uuid)).to.include.members([
      t.backend.known.reseller,
      t.backend.known.resellerChild,
    ]);
    expect(reseller.body.items.map((i: Json) => i.uuid)).to.not.include(t.backend.known.acme);
  });

  it('finds a created organization and forgets a purged one', async () => {
    const t = api({ deletionGraceDays: 0 });
    const created = await t.call('/organizations', {
      method: 'POST',
      headers: { 'Idempotency-Key': 'z' },
      json: {
        name: 'Zebra Crossing Ltd',
        accountType: 'BUSINESS_USER',
        managedBy: 'SERVICE_PROVIDER',
        countryCode: 'GB',
        currencyCode: 'GBP',
      },
    });
    expect((await search(t, { q: 'zebra' })).body.items.map((i: Json) => i.uuid)).to.deep.equal([created.body.uuid]);
    await t.call(`/organizations/${created.body.uuid}`, {
      method: 'DELETE',
      headers: { 'If-Match': '"1"', 'Confirm-Name': 'Zebra%20Crossing%20Ltd' },
    });
    expect((await search(t, { q: 'zebra' })).body.items).to.have.length(0);
  });

  it('is deterministic for a seed and different for another', async () => {
    const names = (seed: number) =>
      [...api({ seed }).backend.db.organizations.values()].slice(0, 30).map((o) => o.name);
    expect(names(7)).to.deep.equal(names(7));
    expect(names(7)).to.not.deep.equal(names(8));
  });
});

describe('mock backend: members', () => {
  it('pages 10 000 members sorted by role, last name, first name, member id', async () => {
    const t = api();
    const uuid = t.backend.known.bigOrg;
    const first = await t.call(`/organizations/${uuid}/members?limit=100`);
    expect(first.body.items).to.have.length(100);
    expect(first.body.items[0].role).to.equal('OWNER');
    let count = 0;
    let cursor: string | null = null;
    let previous = '';
    do {
      const page: Answer = await t.call(`/organizations/${uuid}/members?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      for (const m of page.body.items) {
        const key = `${{ OWNER: 0, ADMIN: 1, MEMBER: 2 }[m.role as 'OWNER']}|${m.lastName.toLowerCase()}|${m.firstName.toLowerCase()}|${m.memberId}`;
        expect(key >= previous, `${key} after ${previous}`).to.equal(true);
        previous = key;
      }
      count += page.body.items.length;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(count).to.equal(10_000);
  });

  it('filters by q (first name, last name or email), role and status', async () => {
    const t = api();
    const uuid = t.backend.known.acme;
    const byName = await t.call(`/organizations/${uuid}/members?q=TAN`);
    expect(byName.body.items.map((m: Json) => m.email)).to.deep.equal(['ada.tan@acme.com.sg']);
    const admins = await t.call(`/organizations/${uuid}/members?role=ADMIN&status=INVITED`);
    expect(admins.body.items.map((m: Json) => `${m.firstName} ${m.role} ${m.status}`)).to.deep.equal([
      'Ben ADMIN INVITED',
    ]);
    const all = await t.call(`/organizations/${uuid}/members`);
    expect(all.body.items.map((m: Json) => m.role)).to.deep.equal([
      'OWNER',
      'ADMIN',
      'ADMIN',
      'MEMBER',
      'MEMBER',
      'MEMBER',
    ]);
    expect(Object.keys(all.body.items[0])).to.have.members([
      'memberId',
      'email',
      'firstName',
      'lastName',
      'role',
      'status',
    ]);
    expectProblem(await t.call(`/organizations/${uuid}/members?role=BOSS`), 'malformed-request');
    expectProblem(await t.call(`/organizations/${uuid}/members?q=`), 'malformed-request');
    expectProblem(
      await t.call(`/organizations/${t.backend.known.spManaged}/members`, { token: DEMO_TOKENS.customerOwner }),
      'not-found',
    );
  });
});
