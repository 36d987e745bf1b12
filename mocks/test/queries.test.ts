/**
 * The search and member-list query parameters have one rule (sdk/schemas/queries.ts): the client refuses what the
 * mock would answer with 400, and sends what the mock accepts.
 */
import { expect } from '@open-wc/testing';
import { createClient, isValidationError, type MemberListParams, type SearchParams } from '../../sdk/index.js';
import { api, DEMO_TOKENS, expectProblem, type Api } from './api.test-helpers.js';

/** The query string as the contract serialises it (form style, not exploded): lists comma-separated. */
function wire(params: object): string {
  const entries = Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]);
  return new URLSearchParams(entries).toString();
}

function clientOf(t: Api) {
  const sent: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    sent.push(new Request(input, init).url);
    return t.backend.fetch(input, init);
  };
  return { client: createClient({ baseUrl: t.backend.baseUrl, token: DEMO_TOKENS.admin, fetch, retry: 0 }), sent };
}

/** The parameter names the client's field errors point at (`/status/1` → `status`). */
async function clientRefusal(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isValidationError(error), `a client-side ValidationError, got ${String(error)}`).to.equal(true);
  if (!isValidationError(error)) return [];
  return [...new Set(error.fieldErrors.map((f) => f.pointer.split('/')[1]!))];
}

/** Bad values, as a caller of the client would pass them (the casts stand for untyped JavaScript callers). */
const BAD_SEARCHES: SearchParams[] = [
  { limit: 0 },
  { limit: 101 },
  { limit: 2.5 },
  { status: ['GONE' as never] },
  { status: ['ACTIVE', 'ACTIVE'] },
  { accountType: ['BUSINESS_USER', 'NOBODY' as never] },
  { managedBy: ['ME' as never] },
  { searchBy: 'email' as never },
  { sort: 'size' as never },
  { cursor: '!!' },
  { q: 'x'.repeat(201) },
  { q: 'acme', searchBy: 'uuid' },
  { q: '12', searchBy: 'purchasedNumber' },
  { q: 'a', searchBy: 'name' },
];

const BAD_MEMBER_LISTS: MemberListParams[] = [
  { q: 'x'.repeat(101) },
  { role: ['BOSS' as never] },
  { role: ['OWNER', 'OWNER'] },
  { status: ['GONE' as never] },
  { limit: 500 },
  { cursor: 'not a cursor' },
];

describe('mock backend and client: one rule for query parameters', () => {
  it('search: every parameter the client refuses, the mock answers with 400 naming the same parameter', async () => {
    const t = api({ organizations: 30 });
    const { client, sent } = clientOf(t);
    for (const params of BAD_SEARCHES) {
      const names = await clientRefusal(client.organizations.search(params));
      const answer = await t.call(`/organizations?${wire(params)}`);
      expectProblem(answer, 'malformed-request');
      for (const name of names) expect(answer.body.detail, JSON.stringify(params)).to.contain(`${name}:`);
    }
    expect(sent, 'the client sent none of them').to.deep.equal([]);
  });

  it('members: every parameter the client refuses, the mock answers with 400 naming the same parameter', async () => {
    const t = api({ organizations: 30 });
    const { client, sent } = clientOf(t);
    const uuid = t.backend.known.acme;
    for (const params of BAD_MEMBER_LISTS) {
      const names = await clientRefusal(client.members.list(uuid, params));
      const answer = await t.call(`/organizations/${uuid}/members?${wire(params)}`);
      expectProblem(answer, 'malformed-request');
      for (const name of names) expect(answer.body.detail, JSON.stringify(params)).to.contain(`${name}:`);
    }
    expect(sent).to.deep.equal([]);
  });

  it('what the client sends at the edges of each rule, the mock accepts', async () => {
    const t = api({ organizations: 30 });
    const { client, sent } = clientOf(t);
    // Lengths count code points after trimming: 200 emoji are 400 UTF-16 units but a valid query.
    await client.organizations.search({
      q: ` ${'😀'.repeat(200)} `,
      limit: 100,
      status: ['ACTIVE', 'SUSPENDED', 'PENDING_DELETION'],
    });
    await client.organizations.search({
      q: 'ac',
      searchBy: 'name',
      accountType: ['SERVICE_PROVIDER', 'CPAAS_TELCO', 'BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER'],
    });
    await client.organizations.search({
      q: '+65 6123 4567',
      searchBy: 'purchasedNumber',
      managedBy: ['CUSTOMER', 'SERVICE_PROVIDER'],
      sort: '-createdAt',
      limit: 1,
    });
    await client.members.list(t.backend.known.acme, {
      q: 'x'.repeat(100),
      role: ['OWNER', 'ADMIN', 'MEMBER'],
      status: ['INVITED', 'ACTIVE', 'DISABLED'],
      limit: 1,
    });
    expect(sent).to.have.length(4);
  });

  it('refuses on the wire what the client never sends: a parameter given twice or given empty; ignores unknown ones', async () => {
    const t = api({ organizations: 30 });
    const uuid = t.backend.known.acme;
    for (const query of [
      'status=ACTIVE&status=SUSPENDED',
      'q=acme&q=beta',
      'limit=5&limit=5',
      'q=',
      'status=',
      'sort=',
    ]) {
      expectProblem(await t.call(`/organizations?${query}`), 'malformed-request');
    }
    for (const query of ['role=OWNER&role=ADMIN', 'q=', 'limit=']) {
      expectProblem(await t.call(`/organizations/${uuid}/members?${query}`), 'malformed-request');
    }
    expect((await t.call('/organizations?q=acme&_=1700000000')).status).to.equal(200);
    expect((await t.call(`/organizations/${uuid}/members?page=2`)).status).to.equal(200);
  });
});
