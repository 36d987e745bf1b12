/**
 * Cursor pagination, Stripe `ApiListPromise` style: one call is both a promise of the first page and
 * `for await`-iterable over every item of every page.
 *
 * ```ts
 * const first = await client.organizations.search({ q: 'acme' });      // { items, nextCursor }
 * for await (const org of client.organizations.search({ status: ['ACTIVE'] }, { signal })) { … }
 * for await (const page of client.organizations.search({}).pages()) { … }
 * ```
 */

/** One page: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A promise of the first page that is also async-iterable over every item across pages. */
export interface PagePromise<T> extends Promise<Page<T>>, AsyncIterable<T> {
  /** Every page in turn, starting with the first (which is not fetched twice). */
  pages(): AsyncIterableIterator<Page<T>>;
}

/** Fetches the page after `cursor` (`undefined` = the caller's own starting cursor). */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<Page<T>>;

/**
 * Builds a PagePromise. The first page is requested at once (so `await` behaves like any call); later
 * pages only as the iteration reaches them. `keyOf` identifies an item, so an item that moves to a later
 * page while the list is being read (a concurrent insert) is yielded once; a cursor that repeats ends the
 * iteration instead of looping. `signal` is checked before each item and page; each request also carries it.
 */
export function pagePromise<T>(
  fetchPage: PageFetcher<T>,
  keyOf: (item: T) => string,
  signal?: AbortSignal,
): PagePromise<T> {
  const first = fetchPage(undefined);
  // Reading only through the iterator must not leave the first page's rejection "unhandled" on the side.
  first.catch(() => undefined);

  async function* pages(): AsyncGenerator<Page<T>, void, undefined> {
    const seenCursors = new Set<string>();
    let page = await first;
    for (;;) {
      yield page;
      const next = page.nextCursor;
      if (next === null || seenCursors.has(next)) return;
      seenCursors.add(next);
      signal?.throwIfAborted();
      page = await fetchPage(next);
    }
  }

  async function* items(): AsyncGenerator<T, void, undefined> {
    const seen = new Set<string>();
    for await (const page of pages()) {
      for (const item of page.items) {
        const key = keyOf(item);
        if (seen.has(key)) continue;
        seen.add(key);
        signal?.throwIfAborted();
        yield item;
      }
    }
  }

  return Object.assign(first, {
    pages,
    [Symbol.asyncIterator]: items,
  }) as PagePromise<T>;
}
