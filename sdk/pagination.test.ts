import { expect } from '@open-wc/testing';
import { HttpResponse } from 'msw';
import { any, harness, memberJson, ORG_UUID, rejection, summaryJson } from '../test/sdk-harness.js';

/** A server holding `total` items, served `limit` at a time with cursors `p1`, `p2`, …. */
function pagedServer(total: number, limit: number, item: (n: number) => Record<string, unknown>, overlap = 0) {
  return any((request) => {
    const cursor = new URL(request.url).searchParams.get('cursor');
    const page = cursor === null ? 0 : Number(cursor.slice(1));
    // `overlap` repeats the last items of the previous page, as after a concurrent insert.
    const start = Math.max(0, page * limit - (page > 0 ? overlap : 0));
    const end = Math.min(total, (page + 1) * limit);
    const items = Array.from({ length: end - start }, (_, i) => item(start + i));
    return HttpResponse.json({ items, nextCursor: end < total ? `p${page + 1}` : null });
  });
}

describe('pagination', () => {
  it('iterates every item across pages, once each, carrying the filters on every page', async () => {
    const { client, requests } = harness([pagedServer(8, 3, summaryJson)]);
    const names: string[] = [];
    for await (const org of client.organizations.search({ status: ['ACTIVE'], limit: 3 })) names.push(org.name);
    expect(names).to.deep.equal(['Org 0', 'Org 1', 'Org 2', 'Org 3', 'Org 4', 'Org 5', 'Org 6', 'Org 7']);
    expect(new Set(names).size).to.equal(8);
    expect(requests.map((r) => r.url.search)).to.deep.equal([
      '?status=ACTIVE&limit=3',
      '?status=ACTIVE&limit=3&cursor=p1',
      '?status=ACTIVE&limit=3&cursor=p2',
    ]);
  });

  it('awaiting gives the first page only, with one request', async () => {
    const { client, requests } = harness([pagedServer(8, 3, summaryJson)]);
    const page = await client.organizations.search({ limit: 3 });
    expect(page.items).to.have.length(3);
    expect(page.nextCursor).to.equal('p1');
    expect(requests).to.have.length(1);
  });

  it('pages() yields whole pages and does not fetch the first one twice', async () => {
    const { client, requests } = harness([pagedServer(7, 3, summaryJson)]);
    const sizes: number[] = [];
    const search = client.organizations.search({ limit: 3 });
    await search;
    for await (const page of search.pages()) sizes.push(page.items.length);
    expect(sizes).to.deep.equal([3, 3, 1]);
    expect(requests).to.have.length(3);
  });

  it('yields an item that moved to the next page (a concurrent insert) only once', async () => {
    const { client } = harness([pagedServer(9, 3, summaryJson, 1)]);
    const uuids: string[] = [];
    for await (const org of client.organizations.search({ limit: 3 })) uuids.push(org.uuid);
    expect(uuids).to.have.length(9);
    expect(new Set(uuids).size).to.equal(9);
  });

  it('stops when the server repeats a cursor instead of looping', async () => {
    const { client, requests } = harness([
      any(() => HttpResponse.json({ items: [summaryJson(1)], nextCursor: 'same' })),
    ]);
    const items = [];
    for await (const org of client.organizations.search()) items.push(org);
    expect(items).to.have.length(1);
    expect(requests).to.have.length(2);
  });

  it('stops at once when the signal aborts mid-iteration', async () => {
    const { client, requests } = harness([pagedServer(9, 3, summaryJson)]);
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const org of client.organizations.search({ limit: 3 }, { signal: controller.signal })) {
          seen.push(org.name);
          if (seen.length === 2) controller.abort();
        }
      })(),
    );
    expect((error as Error).name).to.equal('AbortError');
    expect(seen).to.have.length(2);
    expect(requests).to.have.length(1);
  });

  it('rejects the iteration with the first page’s error', async () => {
    const { client } = harness([any(() => new HttpResponse(null, { status: 500 }))]);
    const error = await rejection(
      (async () => {
        for await (const org of client.organizations.search()) void org;
      })(),
    );
    expect(error).to.have.property('status', 500);
  });

  it('members.list pages the same way', async () => {
    const { client, requests } = harness([pagedServer(5, 2, memberJson)]);
    const first = await client.members.list(ORG_UUID, { role: ['OWNER', 'MEMBER'], limit: 2 });
    expect(first.items.map((m) => m.role)).to.deep.equal(['OWNER', 'MEMBER']);
    const ids: string[] = [];
    for await (const member of client.members.list(ORG_UUID, { limit: 2 })) ids.push(member.memberId);
    expect(new Set(ids).size).to.equal(5);
    expect(requests[0]!.url.pathname).to.equal(`/sales-hub/v1/organizations/${ORG_UUID}/members`);
    expect(requests[0]!.url.searchParams.get('role')).to.equal('OWNER,MEMBER');
  });
});
