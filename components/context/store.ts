import {
  type DomainCapabilities,
  isNotFoundError,
  type Me,
  NotFoundError,
  type Organization,
  type RemoteSupportOverview,
  type SalesHubClient,
} from '../../sdk/index.js';

export interface Session {
  me: Me;
  capabilities: DomainCapabilities;
}

/** How long a copy no widget shows is kept for the next widget that asks (TanStack Query's `gcTime`, default). */
export const UNUSED_COPY_MS = 5 * 60_000;

/** What a query holds at one moment; a new snapshot after every change, so a widget can compare them. */
export interface QuerySnapshot<T> {
  /** The latest copy, or undefined before the first read (and after a 404). TanStack Query's `data`. */
  readonly data: T | undefined;
  /** Why the last read failed; cleared by the next success. A failed re-read keeps `data`, except a 404. */
  readonly error: unknown;
  /** A read is in flight (TanStack Query's `isFetching`); concurrent reads share it. */
  readonly isFetching: boolean;
}

export interface SubscribeOptions {
  /**
   * Whether subscribing reads the copy when there is none yet (TanStack Query's `enabled`); default true. False for
   * a widget that only follows a copy other widgets read.
   */
  enabled?: boolean;
}

/**
 * One value read from the server, shared by every widget of one client (TanStack Query's query): at most one read
 * in flight, every observer told of every change, and a write never goes back to an older copy.
 */
export interface Query<T> {
  /** What the query holds now. */
  readonly snapshot: QuerySnapshot<T>;
  /** Observes the copy (and reads it when there is none yet, unless not `enabled`). Returns the unsubscribe function. */
  subscribe(listener: () => void, options?: SubscribeOptions): () => void;
  /** The copy, read first if there is none yet; never rejects: see the snapshot's `error`. */
  load(): Promise<T | undefined>;
  /** Reads again from the server (or joins the read in flight); never rejects: see the snapshot's `error`. */
  fetch(): Promise<void>;
  /** Writes a copy the server just returned (a mutation's response), unless the one held is newer. */
  write(value: T): void;
  /**
   * The copy is out of date (something it derives from changed): read again at once if a widget shows it,
   * otherwise forget it, so the next widget to show it reads it.
   */
  invalidate(): void;
}

interface QueryOptions<T> {
  read: () => Promise<T>;
  /** True when `next` is older than `current`: a write or a read's answer never replaces a newer copy. */
  isOlder?: (next: T, current: T) => boolean;
  /** Told when a new copy replaces another (not on the first one): where copies that derive from it are re-read. */
  replaced?: (next: T, previous: T) => void;
}

/** The store's own handle on a query: what widgets see, plus what only the store may do. */
class StoredQuery<T> implements Query<T> {
  #snapshot: QuerySnapshot<T> = Object.freeze({ data: undefined, error: undefined, isFetching: false });
  #inFlight: Promise<void> | undefined;
  /** Since when no widget observes it (for the store's clean-up); 0 while observed. */
  #unusedSince = Date.now();
  /** Invalidated while a read was in flight: that read's answer may be older than the change, so read again. */
  #readAgainWhenSettled = false;
  readonly #listeners = new Set<() => void>();
  readonly #read: () => Promise<T>;
  readonly #isOlder: (next: T, current: T) => boolean;
  readonly #replaced: (next: T, previous: T) => void;

  constructor({ read, isOlder = () => false, replaced = () => undefined }: QueryOptions<T>) {
    this.#read = read;
    this.#isOlder = isOlder;
    this.#replaced = replaced;
  }

  get snapshot(): QuerySnapshot<T> {
    return this.#snapshot;
  }

  subscribe(listener: () => void, { enabled = true }: SubscribeOptions = {}): () => void {
    this.#listeners.add(listener);
    this.#unusedSince = 0;
    // A widget that arrives with no copy to show (none read yet, or the last read failed) reads it.
    if (enabled && this.#snapshot.data === undefined) void this.fetch();
    // A read no widget waits for any more is not aborted: widgets come and go within one task (a move in the
    // page, a re-render), and its answer is the copy the next widget shows.
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#unusedSince = Date.now();
    };
  }

  async load(): Promise<T | undefined> {
    if (this.#snapshot.data === undefined) await this.fetch();
    return this.#snapshot.data;
  }

  fetch(): Promise<void> {
    if (this.#inFlight !== undefined) return this.#inFlight;
    const settled = this.#read().then(
      (value) => {
        const { data } = this.#snapshot;
        this.#change(data === undefined || !this.#isOlder(value, data) ? value : data, undefined);
      },
      (error: unknown) => this.fail(error),
    );
    this.#inFlight = settled.finally(() => {
      this.#inFlight = undefined;
      this.#change(this.#snapshot.data, this.#snapshot.error);
      // Invalidated while this read was in flight: its answer may predate the change, so read again (or forget).
      if (this.#readAgainWhenSettled) {
        this.#readAgainWhenSettled = false;
        this.invalidate();
      }
    });
    this.#change(this.#snapshot.data, this.#snapshot.error);
    return this.#inFlight;
  }

  write(value: T): void {
    const { data } = this.#snapshot;
    if (data !== undefined && this.#isOlder(value, data)) return;
    this.#change(value, undefined);
  }

  invalidate(): void {
    if (this.#inFlight !== undefined) this.#readAgainWhenSettled = true;
    else if (this.#listeners.size > 0) void this.fetch();
    else this.#change(undefined, this.#snapshot.error);
  }

  /** Records a failed read; a 404 means the thing is gone for every widget, so its copy goes too. */
  fail(error: unknown): void {
    this.#change(isNotFoundError(error) ? undefined : this.#snapshot.data, error);
  }

  /** No widget has observed it for `keepMs` and no read is in flight: the store may drop it. */
  expired(keepMs: number, now: number): boolean {
    return this.#unusedSince > 0 && this.#unusedSince <= now - keepMs && !this.#inFlight;
  }

  #change(data: T | undefined, error: unknown): void {
    const previous = this.#snapshot.data;
    this.#snapshot = Object.freeze({ data, error, isFetching: this.#inFlight !== undefined });
    if (previous !== undefined && data !== undefined && previous !== data) this.#replaced(data, previous);
    for (const listener of [...this.#listeners]) listener();
  }
}

/**
 * The copies one client's widgets share: each organization by UUID, and the caller's session (`me` and the
 * domain's capabilities). Widgets observe it; a mutation's response is written into it, so every widget showing
 * that organization updates at once without reading it again.
 */
export class SalesHubStore {
  readonly #client: SalesHubClient;
  readonly #session: StoredQuery<Session>;
  readonly #organizations = new Map<string, StoredQuery<Organization>>();
  readonly #remoteSupports = new Map<string, StoredQuery<RemoteSupportOverview>>();

  constructor(client: SalesHubClient) {
    this.#client = client;
    this.#session = new StoredQuery({
      read: async () => {
        const [me, capabilities] = await Promise.all([client.me(), client.capabilities()]);
        return { me, capabilities };
      },
    });
  }

  /** The caller and the domain's capabilities, read once per client. */
  get session(): Query<Session> {
    return this.#session;
  }

  /** The shared copy of one organization (UUIDs match in either case). */
  organization(uuid: string): Query<Organization> {
    return this.#organization(uuid);
  }

  /**
   * The remote-support view of one organization (pending request, active grant). It changes on other people's
   * decisions, so it is kept only while a widget shows it: a widget shown anew reads it again.
   */
  remoteSupport(uuid: string): Query<RemoteSupportOverview> {
    return this.#cached(
      this.#remoteSupports,
      uuid,
      0,
      (key) => new StoredQuery({ read: () => this.#client.remoteSupport.get(key) }),
    );
  }

  /** Writes what a mutation returned into the shared copy: every widget showing it updates. */
  write(org: Organization): void {
    this.#organization(org.uuid).write(org);
  }

  /** The organization was purged (a delete without grace period): every widget showing it says it is gone. */
  purged(uuid: string): void {
    this.#organization(uuid).fail(
      new NotFoundError({ status: 404, type: 'not-found', title: 'Organization not found.' }),
    );
  }

  #organization(uuid: string): StoredQuery<Organization> {
    const make = (key: string) =>
      new StoredQuery<Organization>({
        read: () => this.#client.organizations.get(key),
        isOlder: (next, current) => next.version < current.version,
        // Its remote-support view derives from it (whether approval is needed, the login role, a request the
        // system cancels on a status or Managed by change): a new version of the organization re-reads it.
        replaced: (next, previous) => {
          if (next.version !== previous.version) this.#remoteSupports.get(key)?.invalidate();
        },
      });
    return this.#cached(this.#organizations, uuid, UNUSED_COPY_MS, make);
  }

  /** The query of `uuid` in `map`, made anew when no widget has shown it for `keepMs` (and unused ones dropped). */
  #cached<T>(
    map: Map<string, StoredQuery<T>>,
    uuid: string,
    keepMs: number,
    make: (key: string) => StoredQuery<T>,
  ): StoredQuery<T> {
    const key = uuid.toLowerCase();
    const now = Date.now();
    let query = map.get(key);
    if (!query || query.expired(keepMs, now)) {
      for (const [k, q] of map) if (q.expired(keepMs, now)) map.delete(k);
      query = make(key);
      map.set(key, query);
    }
    return query;
  }
}

const stores = new WeakMap<SalesHubClient, SalesHubStore>();

/**
 * The store of a client, made on first use: every widget given the same client (through context, its `client`
 * property, or both) shares it, with no set-up by the host. A new client starts from an empty store.
 */
export function storeOf(client: SalesHubClient): SalesHubStore {
  let store = stores.get(client);
  if (!store) {
    store = new SalesHubStore(client);
    stores.set(client, store);
  }
  return store;
}
