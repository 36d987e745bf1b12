import {
  NotFoundError,
  type DomainCapabilities,
  type Me,
  type Organization,
  type RemoteSupportOverview,
  type SalesHubClient,
} from '../../sdk/index.js';

export interface Session {
  me: Me;
  capabilities: DomainCapabilities;
}

/** How long a copy no widget shows is kept for the next widget that asks (TanStack Query's default `gcTime`). */
export const UNUSED_COPY_MS = 5 * 60_000;

/**
 * One value read from the server, shared by every widget of one client (TanStack Query's query): at most one read
 * in flight, every observer told of every change, and a write never goes back to an older `version`.
 */
export class Query<T> {
  /** The latest copy, or undefined before the first read (and after a 404). */
  value: T | undefined;
  /** Why the last read failed; cleared by the next success. A failed re-read keeps `value`, except a 404. */
  error: unknown;
  /** The read in flight, if any: concurrent reads share it. */
  pending: Promise<void> | undefined;
  /** Since when no widget observes it (for {@link SalesHubStore}'s clean-up); 0 while observed. */
  unusedSince = Date.now();
  private readonly listeners = new Set<() => void>();
  /** Invalidated while a read was in flight: that read's answer may be older than the change. */
  private stale = false;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly isOlder: (next: T, current: T) => boolean = () => false,
    /** Told when a new copy replaces another (not on the first one): where copies that derive from it are re-read. */
    private readonly replaced: (next: T, previous: T) => void = () => undefined,
  ) {}

  /**
   * Observes the copy, and reads it when there is none yet (unless `read` is false: a widget that only follows a
   * copy other widgets read). Returns the unsubscribe function.
   */
  subscribe(listener: () => void, read = true): () => void {
    this.listeners.add(listener);
    this.unusedSince = 0;
    // A widget that arrives with no copy to show (none read yet, or the last read failed) reads it.
    if (read && this.value === undefined) void this.fetch();
    // A read no widget waits for any more is not aborted: widgets come and go within one task (a move in the
    // page, a re-render), and its answer is the copy the next widget shows.
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.unusedSince = Date.now();
    };
  }

  /** The copy, read first if there is none yet; never rejects: see `value` and `error`. */
  async load(): Promise<T | undefined> {
    if (this.value === undefined) await this.fetch();
    return this.value;
  }

  /** Reads again from the server (or joins the read in flight); never rejects: see `value` and `error`. */
  fetch(): Promise<void> {
    if (this.pending) return this.pending;
    this.pending = this.read()
      .then(
        (value) => {
          this.error = undefined;
          if (this.value === undefined || !this.isOlder(value, this.value)) this.set(value);
        },
        (error: unknown) => this.fail(error),
      )
      .finally(() => {
        this.pending = undefined;
        // Invalidated while this read was in flight: its answer may predate the change, so read again (or forget).
        if (this.stale) {
          this.stale = false;
          this.invalidate();
        }
        this.notify();
      });
    this.notify();
    return this.pending;
  }

  /** Writes a copy the server just returned (a mutation's response), unless the one held is newer. */
  write(value: T): void {
    if (this.value !== undefined && this.isOlder(value, this.value)) return;
    this.set(value);
    this.error = undefined;
    this.notify();
  }

  /**
   * The copy is out of date (something it derives from changed): read again at once if a widget shows it,
   * otherwise forget it, so the next widget to show it reads it.
   */
  invalidate(): void {
    if (this.pending) this.stale = true;
    else if (this.listeners.size > 0) void this.fetch();
    else this.value = undefined;
  }

  private set(value: T): void {
    const previous = this.value;
    this.value = value;
    if (previous !== undefined && previous !== value) this.replaced(value, previous);
  }

  /** Records a failed read; a 404 means the thing is gone for every widget, so its copy goes too. */
  fail(error: unknown): void {
    this.error = error;
    if (error instanceof Error && error.name === 'NotFoundError') this.value = undefined;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * The copies one client's widgets share: each organization by UUID, and the caller's session (`me` and the
 * domain's capabilities). Widgets observe it; a mutation's response is written into it, so every widget showing
 * that organization updates at once without reading it again.
 */
export class SalesHubStore {
  readonly session: Query<Session>;
  private readonly organizations = new Map<string, Query<Organization>>();
  private readonly remoteSupports = new Map<string, Query<RemoteSupportOverview>>();

  constructor(private readonly client: SalesHubClient) {
    this.session = new Query(async () => {
      const [me, capabilities] = await Promise.all([client.me(), client.capabilities()]);
      return { me, capabilities };
    });
  }

  /** The shared copy of one organization (UUIDs match in either case). */
  organization(uuid: string): Query<Organization> {
    const make = (key: string) =>
      new Query(
        () => this.client.organizations.get(key),
        (next, current) => next.version < current.version,
        // Its remote-support view derives from it (whether approval is needed, the login role, a request the
        // system cancels on a status or Managed by change): a new version of the organization re-reads it.
        (next, previous) => {
          if (next.version !== previous.version) this.remoteSupports.get(key)?.invalidate();
        },
      );
    return this.cached(this.organizations, uuid, UNUSED_COPY_MS, make);
  }

  /**
   * The remote-support view of one organization (pending request, active grant). It changes on other people's
   * decisions, so it is kept only while a widget shows it: a widget shown anew reads it again.
   */
  remoteSupport(uuid: string): Query<RemoteSupportOverview> {
    return this.cached(this.remoteSupports, uuid, 0, (key) => new Query(() => this.client.remoteSupport.get(key)));
  }

  /** Writes what a mutation returned into the shared copy: every widget showing it updates. */
  write(org: Organization): void {
    this.organization(org.uuid).write(org);
  }

  /** The organization was purged (a delete without grace period): every widget showing it says it is gone. */
  purged(uuid: string): void {
    this.organization(uuid).fail(
      new NotFoundError({ status: 404, type: 'not-found', title: 'Organization not found.' }),
    );
  }

  /** The query of `uuid` in `map`, made anew when no widget has shown it for `keepMs` (and unused ones dropped). */
  private cached<T>(
    map: Map<string, Query<T>>,
    uuid: string,
    keepMs: number,
    make: (key: string) => Query<T>,
  ): Query<T> {
    const key = uuid.toLowerCase();
    const expired = (q: Query<T>) => q.unusedSince > 0 && q.unusedSince <= Date.now() - keepMs && !q.pending;
    let query = map.get(key);
    if (!query || expired(query)) {
      for (const [k, q] of map) if (expired(q)) map.delete(k);
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
  if (!store) stores.set(client, (store = new SalesHubStore(client)));
  return store;
}
