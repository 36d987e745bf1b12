/**
 * Index-backed search over organizations. Exact keys (uuid, purchased number, customer reference, external
 * contract, SIP username) are hash lookups, in maps built by the first search (not at load) and then kept up
 * to date. Each sort order is a lazily built array of entries; a name search runs the engine's native
 * `indexOf` over the folded names of that array joined into one string, so even a query that matches nothing
 * in 100 000 names is one fast pass, and a page stops as soon as it is full.
 * Cursors carry the last item's sort position, so a page after a change still continues in order.
 */
import type { Organization, SearchKey, SearchSort } from '../sdk/schemas/index.js';
import { foldForSearch } from '../sdk/rules/index.js';

/** A sort position: `p` the primary sort value, `u` the tie-breaker (a UUID, ascending in every order). */
export interface Sortable {
  p: string;
  u: string;
}

export interface OrgEntry {
  org: Organization;
  /** Folded name (NFD, marks removed, lower case) for substring matching. */
  folded: string;
  /** Primary value of the name orders: folded name, then the lower-cased name (computed when first sorted by name). */
  n?: string;
  /** Primary value of the createdAt orders. */
  c: string;
  u: string;
}

/** Compares two positions; a descending order reverses the primary value only (ties stay in ascending u). */
function comparePositions(desc: boolean, ap: string, au: string, bp: string, bu: string): number {
  if (ap !== bp) return ap < bp !== desc ? -1 : 1;
  return au < bu ? -1 : au > bu ? 1 : 0;
}

/** First index of `items` (sorted by `cmp`) that comes after `after`. */
export function startAfter<T>(
  items: readonly T[],
  position: (t: T) => Sortable,
  desc: boolean,
  after: Sortable | null,
): number {
  if (!after) return 0;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const p = position(items[mid]!);
    if (comparePositions(desc, p.p, p.u, after.p, after.u) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Key → UUIDs; a single UUID is stored as itself (most keys are unique), more as a Set. */
type KeyMap = Map<string, string | Set<string>>;

function addTo(map: KeyMap, key: string, uuid: string): void {
  const current = map.get(key);
  if (current === undefined) map.set(key, uuid);
  else if (typeof current === 'string') {
    if (current !== uuid) map.set(key, new Set([current, uuid]));
  } else current.add(uuid);
}

function removeFrom(map: KeyMap, key: string, uuid: string): void {
  const current = map.get(key);
  if (current === undefined) return;
  if (typeof current === 'string') {
    if (current === uuid) map.delete(key);
    return;
  }
  current.delete(uuid);
  if (current.size === 1) map.set(key, [...current][0]!);
}

function uuidsOf(map: KeyMap, key: string): readonly string[] {
  const current = map.get(key);
  return current === undefined ? [] : typeof current === 'string' ? [current] : [...current];
}

function customerReferenceOf(org: Organization): string | null {
  for (const t of org.buyerTags) if (t.key === 'CustomerRef') return t.value;
  return null;
}

export interface SearchQuery {
  mode:
    | { kind: 'all' }
    | { kind: 'uuid'; value: string }
    | { kind: 'purchasedNumber'; value: string }
    | { kind: 'customerReference'; value: string }
    | { kind: 'externalContract'; value: string }
    | { kind: 'sipUsername'; value: string }
    | { kind: 'name'; value: string }
    /** searchBy=auto text: name (if ≥ 2 characters) OR customerReference OR externalContract OR sipUsername. */
    | { kind: 'text'; value: string };
  accept: (org: Organization) => boolean;
  sort: SearchSort;
  limit: number;
  after: Sortable | null;
}

export interface SearchHit {
  org: Organization;
  matchedOn: SearchKey[];
  position: Sortable;
}

interface View {
  items: OrgEntry[];
  /** Folded names joined by NUL (built on the first name search), and where each item starts in it. */
  text: string | null;
  starts: Int32Array | null;
}

const SEPARATOR = '\u0000';

/**
 * Sorts by (primary, uuid) with the engine's native string sort (no comparator calls: 100 000 entries in a
 * fraction of the time), then reverses the primary groups for a descending order, keeping uuid ascending.
 * Composite keys compare like the tuples because neither part can contain NUL.
 */
function sortEntries(items: OrgEntry[], primary: (e: OrgEntry) => string, desc: boolean): OrgEntry[] {
  const keys = items.map((e, i) => `${primary(e)}\u0000${e.u}\u0000${i}`);
  keys.sort();
  const asc = keys.map((k) => items[Number(k.slice(k.lastIndexOf('\u0000') + 1))]!);
  if (!desc) return asc;
  const out: OrgEntry[] = [];
  for (let end = asc.length; end > 0; ) {
    const p = primary(asc[end - 1]!);
    let start = end - 1;
    while (start > 0 && primary(asc[start - 1]!) === p) start--;
    for (let i = start; i < end; i++) out.push(asc[i]!);
    end = start;
  }
  return out;
}

const nameKey = (e: OrgEntry): string => `${e.folded}\u0001${e.org.name.toLowerCase()}`;

export class OrganizationIndex {
  /** Entries by UUID, built with the first view (so loading stays cheap), then kept up to date. */
  private entryMap: Map<string, OrgEntry> | null = null;
  private readonly views = new Map<SearchSort, View>();
  private readonly numbers: KeyMap = new Map();
  private readonly refs: KeyMap = new Map();
  private readonly contracts: KeyMap = new Map();
  private readonly sips: KeyMap = new Map();
  private readonly foldCache = new Map<string, string>();

  private entryOf(org: Organization): OrgEntry {
    let folded = this.foldCache.get(org.name);
    if (folded === undefined) {
      folded = foldForSearch(org.name);
      if (this.foldCache.size < 200_000) this.foldCache.set(org.name, folded);
    }
    return { org, folded, c: org.createdAt, u: org.uuid };
  }

  private indexKeys(org: Organization, add: boolean): void {
    const op = add ? addTo : removeFrom;
    for (const n of org.purchasedNumbers) op(this.numbers, n, org.uuid);
    for (const c of org.externalContracts) op(this.contracts, c.toLowerCase(), org.uuid);
    for (const s of org.sipUsernames) op(this.sips, s, org.uuid);
    const ref = customerReferenceOf(org);
    if (ref !== null) op(this.refs, ref.toLowerCase(), org.uuid);
  }

  /**
   * `organizations` is the store's map, read when entries are first needed and for exact lookups. The index
   * reads stored values as they are (`peek`): a generated stub's summary fields and search keys are final.
   */
  constructor(
    private readonly organizations: {
      peek(uuid: string): Organization | undefined;
      peekValues(): IterableIterator<Organization>;
    },
  ) {}

  /** Whether the key maps are built; they are built by the first search that needs them. */
  private keysBuilt = false;

  /** Forgets everything: the maps and views are rebuilt from the store when a search first needs them. */
  build(): void {
    this.entryMap = null;
    this.views.clear();
    for (const map of [this.numbers, this.refs, this.contracts, this.sips]) map.clear();
    this.keysBuilt = false;
  }

  /** Builds the key maps and the default (name) view ahead of the first search. */
  warm(): void {
    this.ensureKeys();
    this.haystack(this.view('name'));
  }

  private ensureKeys(): void {
    if (this.keysBuilt) return;
    for (const org of this.organizations.peekValues()) this.indexKeys(org, true);
    this.keysBuilt = true;
  }

  private entries(): Map<string, OrgEntry> {
    if (!this.entryMap) {
      const map = new Map<string, OrgEntry>();
      for (const org of this.organizations.peekValues()) map.set(org.uuid, this.entryOf(org));
      this.entryMap = map;
    }
    return this.entryMap;
  }

  private entry(uuid: string): OrgEntry | undefined {
    if (this.entryMap) return this.entryMap.get(uuid);
    const org = this.organizations.peek(uuid);
    return org ? this.entryOf(org) : undefined;
  }

  /** Re-indexes an organization after a change (`previous` = its version before, if any). */
  put(org: Organization, previous?: Organization): void {
    if (this.keysBuilt) {
      if (previous) this.indexKeys(previous, false);
      this.indexKeys(org, true);
    }
    this.entryMap?.set(org.uuid, this.entryOf(org));
    this.views.clear();
  }

  remove(org: Organization): void {
    if (this.keysBuilt) this.indexKeys(org, false);
    this.entryMap?.delete(org.uuid);
    this.views.clear();
  }

  private view(sort: SearchSort): View {
    let view = this.views.get(sort);
    if (!view) {
      const byName = sort.endsWith('name');
      const items = [...this.entries().values()];
      if (byName) for (const e of items) e.n ??= nameKey(e);
      view = {
        items: sortEntries(items, byName ? (e) => e.n! : (e) => e.c, sort.startsWith('-')),
        text: null,
        starts: null,
      };
      this.views.set(sort, view);
    }
    return view;
  }

  private haystack(view: View): { text: string; starts: Int32Array } {
    if (view.text === null || view.starts === null) {
      const starts = new Int32Array(view.items.length + 1);
      let at = 0;
      const parts: string[] = new Array(view.items.length);
      view.items.forEach((e, i) => {
        starts[i] = at;
        parts[i] = e.folded;
        at += e.folded.length + 1;
      });
      starts[view.items.length] = at;
      view.text = parts.join(SEPARATOR) + SEPARATOR;
      view.starts = starts;
    }
    return { text: view.text, starts: view.starts };
  }

  /** Index in `view` of each name match, in order, from item `from` on; `visit` returns true to stop. */
  private scanNames(view: View, folded: string, from: number, visit: (index: number) => boolean): void {
    if (folded.includes(SEPARATOR) || folded === '') return;
    const { text, starts } = this.haystack(view);
    let pos = starts[from]!;
    for (;;) {
      const hit = text.indexOf(folded, pos);
      if (hit < 0) return;
      // The item holding `hit`: the last start ≤ hit.
      let lo = from;
      let hi = view.items.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! <= hit) lo = mid + 1;
        else hi = mid;
      }
      const index = lo - 1;
      if (visit(index)) return;
      pos = starts[index + 1]!;
      from = index + 1;
    }
  }

  private exact(map: KeyMap, key: string): OrgEntry[] {
    const out: OrgEntry[] = [];
    for (const uuid of uuidsOf(map, key)) {
      const e = this.entry(uuid);
      if (e) out.push(e);
    }
    return out;
  }

  /** Which keys an entry matches for an auto text query. */
  private textMatches(e: OrgEntry, q: string, lower: string, folded: string | null): SearchKey[] {
    const keys: SearchKey[] = [];
    if (folded !== null && e.folded.includes(folded)) keys.push('name');
    const ref = customerReferenceOf(e.org);
    if (ref !== null && ref.toLowerCase() === lower) keys.push('customerReference');
    if (e.org.externalContracts.some((c) => c.toLowerCase() === lower)) keys.push('externalContract');
    if (e.org.sipUsernames.includes(q)) keys.push('sipUsername');
    return keys;
  }

  search(query: SearchQuery): { hits: SearchHit[]; more: boolean } {
    const { mode, accept, limit, after, sort } = query;
    this.ensureKeys();
    const desc = sort.startsWith('-');
    const byName = sort.endsWith('name');
    const position = (e: OrgEntry): Sortable => ({ p: byName ? (e.n ??= nameKey(e)) : e.c, u: e.u });
    const compare = (a: OrgEntry, b: OrgEntry): number =>
      byName
        ? comparePositions(desc, (a.n ??= nameKey(a)), a.u, (b.n ??= nameKey(b)), b.u)
        : comparePositions(desc, a.c, a.u, b.c, b.u);
    const hits: SearchHit[] = [];
    let more = false;
    /** Adds an accepted entry; true once the page is full and one more was seen. */
    const collect = (e: OrgEntry, matchedOn: () => SearchKey[]): boolean => {
      if (!accept(e.org)) return false;
      if (hits.length === limit) return (more = true);
      hits.push({ org: e.org, matchedOn: matchedOn(), position: position(e) });
      return false;
    };
    const fromCandidates = (candidates: OrgEntry[], matchedOn: (e: OrgEntry) => SearchKey[]): void => {
      const sorted = candidates.sort(compare);
      for (let i = startAfter(sorted, position, desc, after); i < sorted.length; i++)
        if (collect(sorted[i]!, () => matchedOn(sorted[i]!))) return;
    };
    switch (mode.kind) {
      case 'all': {
        const { items } = this.view(sort);
        for (let i = startAfter(items, position, desc, after); i < items.length; i++)
          if (collect(items[i]!, () => [])) break;
        break;
      }
      case 'uuid': {
        const e = this.entry(mode.value);
        fromCandidates(e ? [e] : [], () => ['uuid']);
        break;
      }
      case 'purchasedNumber':
        fromCandidates(this.exact(this.numbers, mode.value), () => ['purchasedNumber']);
        break;
      case 'customerReference':
        fromCandidates(this.exact(this.refs, mode.value.toLowerCase()), () => ['customerReference']);
        break;
      case 'externalContract':
        fromCandidates(this.exact(this.contracts, mode.value.toLowerCase()), () => ['externalContract']);
        break;
      case 'sipUsername':
        fromCandidates(this.exact(this.sips, mode.value), () => ['sipUsername']);
        break;
      case 'name': {
        const view = this.view(sort);
        this.scanNames(view, foldForSearch(mode.value), startAfter(view.items, position, desc, after), (i) =>
          collect(view.items[i]!, () => ['name']),
        );
        break;
      }
      case 'text': {
        const q = mode.value;
        const lower = q.toLowerCase();
        const folded = [...q].length >= 2 ? foldForSearch(q) : null;
        const exactSet = new Set([
          ...uuidsOf(this.refs, lower),
          ...uuidsOf(this.contracts, lower),
          ...uuidsOf(this.sips, q),
        ]);
        const exact = [...exactSet]
          .map((u) => this.entry(u))
          .filter((e): e is OrgEntry => e !== undefined)
          .sort(compare);
        const matched = (e: OrgEntry) => () => this.textMatches(e, q, lower, folded);
        let k = startAfter(exact, position, desc, after);
        // Merge the exact matches (few, sorted) into the stream of name matches, skipping those found by name too.
        const visitExactBefore = (e: OrgEntry | null): boolean => {
          while (k < exact.length && (e === null || compare(exact[k]!, e) < 0)) {
            const x = exact[k++]!;
            if (!(folded !== null && x.folded.includes(folded)) && collect(x, matched(x))) return true;
          }
          return false;
        };
        let stopped = false;
        if (folded !== null) {
          const view = this.view(sort);
          this.scanNames(view, folded, startAfter(view.items, position, desc, after), (i) => {
            const e = view.items[i]!;
            stopped = visitExactBefore(e) || collect(e, matched(e));
            return stopped;
          });
        }
        if (!stopped) visitExactBefore(null);
        break;
      }
    }
    return { hits, more };
  }
}
