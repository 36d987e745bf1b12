/**
 * Index-backed search over organizations: maps for the exact keys (uuid, purchased number, customer reference,
 * external contract, SIP username) and arrays kept sorted by name and by creation time, scanned in order so a
 * page stops as soon as it is full. Cursors carry the last item's sort position and a hash of the query.
 */
import type { Organization, SearchKey } from '../sdk/schemas/index.js';
import { foldForSearch } from '../sdk/rules/index.js';

/** One sortable thing: `p` the primary sort value, `u` the tie-breaker (a UUID, ascending in every order). */
export interface Sortable {
  p: string;
  u: string;
}

export interface OrgEntry extends Sortable {
  org: Organization;
  /** Folded name (NFD, marks removed, lower case) for substring matching. */
  folded: string;
  /** createdAt, the primary value of the createdAt orders. */
  c: string;
}

export const compareSortable = (a: Sortable, b: Sortable): number => (a.p < b.p ? -1 : a.p > b.p ? 1 : a.u < b.u ? -1 : a.u > b.u ? 1 : 0);

/** First index whose (primary, u) is greater than `after` in an ascending array. */
function upperBound<T>(arr: readonly T[], key: (t: T) => Sortable, after: Sortable): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSortable(key(arr[mid]!), after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Visits `arr` (sorted ascending by primary then u) in the requested order, starting after `after`.
 * Descending orders reverse the primary value only: ties stay in ascending u, as the contract wants.
 * `visit` returns true to stop.
 */
export function scanSorted<T>(arr: readonly T[], key: (t: T) => Sortable, desc: boolean, after: Sortable | null, visit: (t: T) => boolean): void {
  if (!desc) {
    for (let i = after ? upperBound(arr, key, after) : 0; i < arr.length; i++) if (visit(arr[i]!)) return;
    return;
  }
  let end = arr.length; // exclusive end of the group to visit next
  if (after) {
    // Finish the cursor's own group (same primary, larger u), then continue with smaller primaries.
    let start = upperBound(arr, key, { p: after.p, u: '' });
    while (start > 0 && key(arr[start - 1]!).p === after.p) start--;
    let groupEnd = start;
    while (groupEnd < arr.length && key(arr[groupEnd]!).p === after.p) groupEnd++;
    for (let i = start; i < groupEnd; i++) if (key(arr[i]!).u > after.u && visit(arr[i]!)) return;
    // Entries whose primary is smaller than the cursor's end before `start`.
    end = start;
    while (end > 0 && key(arr[end - 1]!).p >= after.p) end--;
  }
  while (end > 0) {
    const p = key(arr[end - 1]!).p;
    let start = end - 1;
    while (start > 0 && key(arr[start - 1]!).p === p) start--;
    for (let i = start; i < end; i++) if (visit(arr[i]!)) return;
    end = start;
  }
}

function insertSorted<T>(arr: T[], key: (t: T) => Sortable, item: T): void {
  arr.splice(upperBound(arr, key, key(item)), 0, item);
}

function removeSorted<T>(arr: T[], key: (t: T) => Sortable, item: T): void {
  const k = key(item);
  let i = upperBound(arr, key, k) - 1;
  if (i >= 0 && arr[i] === item) arr.splice(i, 1);
  else {
    i = arr.indexOf(item);
    if (i >= 0) arr.splice(i, 1);
  }
}

const byName = (e: OrgEntry): Sortable => e;
const byCreated = (e: OrgEntry): Sortable => ({ p: e.c, u: e.u });

function addTo(map: Map<string, Set<string>>, key: string, uuid: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(uuid);
}

function removeFrom(map: Map<string, Set<string>>, key: string, uuid: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(uuid);
  if (set.size === 0) map.delete(key);
}

export function customerReferenceOf(org: Organization): string | null {
  return org.buyerTags.find((t) => t.key === 'CustomerRef')?.value ?? null;
}

export type OrganizationSort = 'name' | '-name' | 'createdAt' | '-createdAt';

export interface SearchQuery {
  /** The match: everything (null), exact candidates, or a text OR. */
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
  sort: OrganizationSort;
  limit: number;
  after: Sortable | null;
}

export interface SearchHit {
  org: Organization;
  matchedOn: SearchKey[];
  position: Sortable;
}

export class OrganizationIndex {
  private readonly entries = new Map<string, OrgEntry>();
  private nameOrder: OrgEntry[] = [];
  private createdOrder: OrgEntry[] = [];
  private readonly numbers = new Map<string, Set<string>>();
  private readonly refs = new Map<string, Set<string>>();
  private readonly contracts = new Map<string, Set<string>>();
  private readonly sips = new Map<string, Set<string>>();

  private entryOf(org: Organization): OrgEntry {
    const folded = foldForSearch(org.name);
    return { org, folded, p: `${folded}\u0001${org.name.toLowerCase()}`, u: org.uuid, c: org.createdAt };
  }

  private indexKeys(e: OrgEntry, add: boolean): void {
    const op = add ? addTo : removeFrom;
    const { org } = e;
    for (const n of org.purchasedNumbers) op(this.numbers, n, org.uuid);
    for (const c of org.externalContracts) op(this.contracts, c.toLowerCase(), org.uuid);
    for (const s of org.sipUsernames) op(this.sips, s, org.uuid);
    const ref = customerReferenceOf(org);
    if (ref !== null) op(this.refs, ref.toLowerCase(), org.uuid);
  }

  /** Replaces the whole index (bulk load: one sort instead of n insertions). */
  build(orgs: Iterable<Organization>): void {
    this.entries.clear();
    this.numbers.clear();
    this.refs.clear();
    this.contracts.clear();
    this.sips.clear();
    const list: OrgEntry[] = [];
    for (const org of orgs) {
      const e = this.entryOf(org);
      this.entries.set(org.uuid, e);
      this.indexKeys(e, true);
      list.push(e);
    }
    this.nameOrder = list.slice().sort(compareSortable);
    this.createdOrder = list.sort((a, b) => (a.c < b.c ? -1 : a.c > b.c ? 1 : a.u < b.u ? -1 : a.u > b.u ? 1 : 0));
  }

  /** Adds or re-indexes an organization after a change. */
  put(org: Organization): void {
    this.remove(org.uuid);
    const e = this.entryOf(org);
    this.entries.set(org.uuid, e);
    this.indexKeys(e, true);
    insertSorted(this.nameOrder, byName, e);
    insertSorted(this.createdOrder, byCreated, e);
  }

  remove(uuid: string): void {
    const e = this.entries.get(uuid);
    if (!e) return;
    this.entries.delete(uuid);
    this.indexKeys(e, false);
    removeSorted(this.nameOrder, byName, e);
    removeSorted(this.createdOrder, byCreated, e);
  }

  private exact(map: Map<string, Set<string>>, key: string): OrgEntry[] {
    const out: OrgEntry[] = [];
    for (const uuid of map.get(key) ?? []) {
      const e = this.entries.get(uuid);
      if (e) out.push(e);
    }
    return out;
  }

  /** Which keys `org` matches for an auto text query (`lower` = q lower-cased, `folded` = q folded). */
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
    const { mode, accept, limit, after } = query;
    const desc = query.sort.startsWith('-');
    const key = query.sort.endsWith('createdAt') ? byCreated : byName;
    const hits: SearchHit[] = [];
    let more = false;
    const collect = (e: OrgEntry, matchedOn: SearchKey[]): boolean => {
      if (!accept(e.org)) return false;
      if (hits.length === limit) {
        more = true;
        return true;
      }
      hits.push({ org: e.org, matchedOn, position: key(e) });
      return false;
    };
    const fromCandidates = (candidates: OrgEntry[], matched: (e: OrgEntry) => SearchKey[]): void => {
      const sorted = candidates.sort((a, b) => compareSortable(key(a), key(b)));
      scanSorted(sorted, key, desc, after, (e) => collect(e, matched(e)));
    };
    switch (mode.kind) {
      case 'all': {
        scanSorted(key === byName ? this.nameOrder : this.createdOrder, key, desc, after, (e) => collect(e, []));
        break;
      }
      case 'uuid': {
        const e = this.entries.get(mode.value);
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
        const folded = foldForSearch(mode.value);
        scanSorted(key === byName ? this.nameOrder : this.createdOrder, key, desc, after, (e) => (e.folded.includes(folded) ? collect(e, ['name']) : false));
        break;
      }
      case 'text': {
        const q = mode.value;
        const lower = q.toLowerCase();
        const folded = [...q].length >= 2 ? foldForSearch(q) : null;
        const exact = new Set<string>();
        for (const m of [this.refs.get(lower), this.contracts.get(lower), this.sips.get(q)]) for (const u of m ?? []) exact.add(u);
        if (folded === null) {
          const candidates = [...exact].map((u) => this.entries.get(u)).filter((e): e is OrgEntry => e !== undefined);
          fromCandidates(candidates, (e) => this.textMatches(e, q, lower, null));
        } else {
          scanSorted(key === byName ? this.nameOrder : this.createdOrder, key, desc, after, (e) =>
            e.folded.includes(folded) || exact.has(e.u) ? collect(e, this.textMatches(e, q, lower, folded)) : false,
          );
        }
        break;
      }
    }
    return { hits, more };
  }
}
