/**
 * The in-memory store behind the handlers: organizations (with the search index), members, remote-support
 * requests, idempotency records, pictures and every tenant ID ever used. Optionally persisted to localStorage
 * as an overlay over the seeded dataset, so a reload keeps the changes without storing 10 000 members.
 */
import type { Organization, RemoteSupportRequest } from '../sdk/schemas/index.js';
import { isPurgeDue } from '../sdk/rules/index.js';
import { completeOrganization, generateDataset, generateMembers, isStub, iso } from './data/generate.js';
import { OrganizationIndex } from './search.js';
import type { StoredMember } from './types.js';

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
  storedAt: number;
}

export interface StoredPicture {
  type: string;
  bytes: Uint8Array;
}

export interface MockDbOptions {
  seed: number;
  organizations: number;
  deletionGraceDays: number;
  now: () => Date;
  persist: string | false;
}

/** What a changed organization may be given by `bumpVersion`. */
export type OrganizationChanges = Partial<
  Pick<Organization, 'name' | 'countryCode' | 'billing' | 'buyerTags' | 'profilePictureUrl'>
>;

interface Snapshot {
  v: 2;
  seed: number;
  organizations: number;
  grace: number;
  orgs: Record<string, Organization | null>;
  members: Record<string, StoredMember[]>;
  requests: Record<string, RemoteSupportRequest[]>;
  /** Tenant IDs of purged organizations (never reused). */
  retiredTenantIds: string[];
  idempotency: Record<string, Record<string, IdempotencyRecord>>;
  /** Uploaded pictures up to MAX_PERSISTED_PICTURE bytes, base64. */
  pictures?: Record<string, { type: string; base64: string }>;
}

/** Larger pictures are kept in memory only (localStorage holds about 5 MB). */
const MAX_PERSISTED_PICTURE = 256 * 1024;

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * A Map of organizations whose generated stubs are completed on first read (see isStub in data/generate.ts):
 * `get`, `values`, `entries`, iteration and `forEach` always give complete organizations.
 */
class OrganizationMap extends Map<string, Organization> {
  constructor(private readonly completeStub: (stub: Organization) => Organization) {
    super();
  }

  /** The stored value, possibly a stub: its summary fields, tree and search keys are final, its details are not. */
  peek(uuid: string): Organization | undefined {
    return super.get(uuid);
  }

  /** Stored values, stubs included (see peek). */
  peekValues(): IterableIterator<Organization> {
    return super.values();
  }

  override get(uuid: string): Organization | undefined {
    const value = super.get(uuid);
    if (value === undefined || !isStub(value)) return value;
    const complete = this.completeStub(value);
    super.set(uuid, complete);
    return complete;
  }

  override values(): MapIterator<Organization> {
    return [...super.keys()].map((k) => this.get(k)!).values() as unknown as MapIterator<Organization>;
  }

  override entries(): MapIterator<[string, Organization]> {
    return [...super.keys()].map((k): [string, Organization] => [k, this.get(k)!]).values() as unknown as MapIterator<
      [string, Organization]
    >;
  }

  override [Symbol.iterator](): MapIterator<[string, Organization]> {
    return this.entries();
  }

  override forEach(
    callback: (value: Organization, key: string, map: Map<string, Organization>) => void,
    thisArg?: unknown,
  ): void {
    for (const [k, v] of this.entries()) callback.call(thisArg, v, k, this);
  }
}

export class MockDb {
  /** Every organization that exists (purged ones are gone), by UUID. */
  readonly organizations = new OrganizationMap((stub) => completeOrganization(this.options.seed, stub));
  /** Members of the organizations whose members have been looked at or changed; others are generated on demand. */
  readonly members = new Map<string, StoredMember[]>();
  /** Remote-support requests per organization, oldest first. */
  readonly remoteSupportRequests = new Map<string, RemoteSupportRequest[]>();
  /** Idempotency records per caller (user id), per key. */
  readonly idempotency = new Map<string, Map<string, IdempotencyRecord>>();
  /** Uploaded pictures, by organization UUID. */
  readonly pictures = new Map<string, StoredPicture>();
  /** Tenant IDs of purged organizations: never given out again. */
  private readonly retiredTenantIds = new Set<string>();
  /** Every tenant ID in use or retired; built on first use (a create), so loading stays cheap. */
  private usedTenantIds: Set<string> | null = null;
  readonly index = new OrganizationIndex(this.organizations);
  /** Parent → children, built on first use (a DELETE). */
  private children: Map<string, Set<string>> | null = null;
  private readonly sortedMembers = new Map<string, StoredMember[]>();
  /** Organizations changed since the seed, for the localStorage overlay. */
  private readonly dirtyOrgs = new Set<string>();
  private readonly dirtyMembers = new Set<string>();

  constructor(private readonly options: MockDbOptions) {
    this.load();
  }

  now(): Date {
    return this.options.now();
  }

  timestamp(): string {
    return iso(this.now().getTime());
  }

  get deletionGraceDays(): number {
    return this.options.deletionGraceDays;
  }

  /** Regenerates the seeded dataset, then applies the persisted overlay (if any). */
  load(): void {
    const data = generateDataset({ ...this.options, now: this.now() });
    this.organizations.clear();
    this.members.clear();
    this.remoteSupportRequests.clear();
    this.idempotency.clear();
    this.pictures.clear();
    this.retiredTenantIds.clear();
    this.usedTenantIds = null;
    this.children = null;
    this.sortedMembers.clear();
    this.dirtyOrgs.clear();
    this.dirtyMembers.clear();
    for (const org of data.organizations) this.organizations.set(org.uuid, org);
    for (const [uuid, list] of data.members) this.members.set(uuid, list);
    const snapshot = this.readSnapshot();
    if (snapshot) {
      for (const [uuid, org] of Object.entries(snapshot.orgs)) {
        if (org) this.organizations.set(uuid, org);
        else this.organizations.delete(uuid);
        this.dirtyOrgs.add(uuid);
      }
      for (const [uuid, list] of Object.entries(snapshot.members)) {
        this.members.set(uuid, list);
        this.dirtyMembers.add(uuid);
      }
      for (const [uuid, list] of Object.entries(snapshot.requests)) this.remoteSupportRequests.set(uuid, list);
      for (const t of snapshot.retiredTenantIds) this.retiredTenantIds.add(t);
      for (const [caller, records] of Object.entries(snapshot.idempotency))
        this.idempotency.set(caller, new Map(Object.entries(records)));
      for (const [uuid, p] of Object.entries(snapshot.pictures ?? {})) {
        this.pictures.set(uuid, { type: p.type, bytes: Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0)) });
      }
    }
    this.index.build();
  }

  /** Back to the seeded dataset: clears the persisted overlay as well. */
  reset(): void {
    if (this.options.persist) storage()?.removeItem(this.options.persist);
    this.load();
  }

  private childSet(children: Map<string, Set<string>>, uuid: string): Set<string> {
    let set = children.get(uuid);
    if (!set) children.set(uuid, (set = new Set()));
    return set;
  }

  private childIndex(): Map<string, Set<string>> {
    if (!this.children) {
      const children = new Map<string, Set<string>>();
      for (const org of this.organizations.peekValues())
        if (org.parentUuid !== null) this.childSet(children, org.parentUuid).add(org.uuid);
      this.children = children;
    }
    return this.children;
  }

  /** True when `tenantId` belongs to an organization, or did before it was purged. */
  isTenantIdUsed(tenantId: string): boolean {
    if (!this.usedTenantIds) {
      this.usedTenantIds = new Set(this.retiredTenantIds);
      for (const org of this.organizations.peekValues()) this.usedTenantIds.add(org.tenantId);
    }
    return this.usedTenantIds.has(tenantId);
  }

  /** The organization, or undefined when unknown or purged (a PENDING_DELETION one past its purgeAfter is purged now). */
  get(uuid: string): Organization | undefined {
    const org = this.organizations.get(uuid);
    if (org && isPurgeDue(org, this.now())) {
      this.purge(uuid);
      return undefined;
    }
    return org;
  }

  /** Children that still exist (PENDING_DELETION included). */
  childrenOf(uuid: string): Organization[] {
    const out: Organization[] = [];
    for (const c of this.childIndex().get(uuid) ?? []) {
      const org = this.get(c);
      if (org) out.push(org);
    }
    return out;
  }

  /** True when `uuid` is `ancestor` or one of its descendants. */
  isWithin(uuid: string, ancestor: string): boolean {
    let current: string | null = uuid;
    for (let depth = 0; current !== null && depth < 64; depth++) {
      if (current === ancestor) return true;
      current = this.organizations.peek(current)?.parentUuid ?? null;
    }
    return false;
  }

  /** Adds a new organization (create). */
  insert(org: Organization, members: StoredMember[]): void {
    this.organizations.set(org.uuid, org);
    this.usedTenantIds?.add(org.tenantId);
    if (org.parentUuid !== null && this.children) this.childSet(this.children, org.parentUuid).add(org.uuid);
    this.members.set(org.uuid, members);
    this.index.put(org);
    this.dirtyOrgs.add(org.uuid);
    this.dirtyMembers.add(org.uuid);
    this.save();
  }

  /**
   * Stores a changed organization (same UUID) and re-indexes it. A SERVICE_PROVIDER-managed child's owner is stored
   * as it was set; the API shows it with its parent's current name (`present` in mocks/operations/shared.ts).
   */
  update(org: Organization): void {
    const previous = this.organizations.get(org.uuid);
    this.organizations.set(org.uuid, org);
    this.index.put(org, previous);
    this.dirtyOrgs.add(org.uuid);
    this.save();
  }

  /** Removes an organization for good (its tenant ID stays used). */
  purge(uuid: string): void {
    const org = this.organizations.get(uuid);
    if (!org) return;
    this.organizations.delete(uuid);
    if (org.parentUuid !== null) this.children?.get(org.parentUuid)?.delete(uuid);
    this.retiredTenantIds.add(org.tenantId);
    this.index.remove(org);
    this.members.delete(uuid);
    this.sortedMembers.delete(uuid);
    this.remoteSupportRequests.delete(uuid);
    this.pictures.delete(uuid);
    this.dirtyOrgs.add(uuid);
    this.dirtyMembers.delete(uuid);
    this.save();
  }

  /** The organization's members (generated on first use for seeded organizations). */
  membersOf(uuid: string): StoredMember[] {
    let list = this.members.get(uuid);
    if (!list) {
      const org = this.organizations.get(uuid);
      list = org ? generateMembers(this.options.seed, org) : [];
      this.members.set(uuid, list);
    }
    return list;
  }

  /** Call after changing a member list in place. */
  membersChanged(uuid: string): void {
    this.sortedMembers.delete(uuid);
    this.dirtyMembers.add(uuid);
    this.save();
  }

  /** Members sorted as the contract lists them: role (OWNER, ADMIN, MEMBER), last name, first name, memberId. */
  sortedMembersOf(uuid: string): StoredMember[] {
    let sorted = this.sortedMembers.get(uuid);
    if (!sorted) {
      // Native string sort on composite keys (role, last, first, memberId): fast for 10 000 members.
      const members = this.membersOf(uuid);
      const keys = members.map((m, i) => `${memberSortKey(m)}\u0000${m.memberId}\u0000${i}`).sort();
      sorted = keys.map((k) => members[Number(k.slice(k.lastIndexOf('\u0000') + 1))]!);
      this.sortedMembers.set(uuid, sorted);
    }
    return sorted;
  }

  requestsOf(uuid: string): RemoteSupportRequest[] {
    let list = this.remoteSupportRequests.get(uuid);
    if (!list) this.remoteSupportRequests.set(uuid, (list = []));
    return list;
  }

  /**
   * "Another admin edited it": adds 1 to the version and moves updatedAt, with `changes` applied. Without
   * changes the name gets " (edited)" appended (or removed again), so the UI has a visible difference to show.
   */
  bumpVersion(uuid: string, changes?: OrganizationChanges): Organization {
    const org = this.get(uuid);
    if (!org) throw new Error(`No organization ${uuid}`);
    const edit: OrganizationChanges = changes ?? {
      name: org.name.endsWith(' (edited)')
        ? org.name.slice(0, -' (edited)'.length)
        : `${org.name.slice(0, 91)} (edited)`,
    };
    const next: Organization = { ...org, ...edit, version: org.version + 1, updatedAt: this.timestamp() };
    this.update(next);
    return next;
  }

  /** Writes the overlay to localStorage (demo only). */
  save(): void {
    const key = this.options.persist;
    const store = key ? storage() : null;
    if (!key || !store) return;
    const snapshot: Snapshot = {
      v: 2,
      seed: this.options.seed,
      organizations: this.options.organizations,
      grace: this.options.deletionGraceDays,
      orgs: {},
      members: {},
      requests: Object.fromEntries(this.remoteSupportRequests),
      retiredTenantIds: [...this.retiredTenantIds],
      idempotency: Object.fromEntries([...this.idempotency].map(([caller, m]) => [caller, Object.fromEntries(m)])),
    };
    for (const uuid of this.dirtyOrgs) snapshot.orgs[uuid] = this.organizations.get(uuid) ?? null;
    snapshot.pictures = {};
    for (const [uuid, p] of this.pictures) {
      if (p.bytes.byteLength <= MAX_PERSISTED_PICTURE)
        snapshot.pictures[uuid] = { type: p.type, base64: toBase64(p.bytes) };
    }
    for (const uuid of this.dirtyMembers) {
      const list = this.members.get(uuid);
      if (list) snapshot.members[uuid] = list;
    }
    try {
      store.setItem(key, JSON.stringify(snapshot));
    } catch {
      // Quota exceeded: the demo keeps working in memory.
    }
  }

  private readSnapshot(): Snapshot | null {
    const key = this.options.persist;
    const raw = key ? storage()?.getItem(key) : null;
    if (!raw) return null;
    try {
      const s = JSON.parse(raw) as Snapshot;
      const o = this.options;
      if (s.v !== 2 || s.seed !== o.seed || s.organizations !== o.organizations || s.grace !== o.deletionGraceDays)
        return null;
      return s;
    } catch {
      return null;
    }
  }
}

const ROLE_RANK: Record<StoredMember['role'], string> = { OWNER: '0', ADMIN: '1', MEMBER: '2' };

export function memberSortKey(m: StoredMember): string {
  return `${ROLE_RANK[m.role]}\u0001${m.lastName.toLowerCase()}\u0001${m.firstName.toLowerCase()}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
