import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isNotFoundError } from '../../sdk/index.js';
import type { Query, SubscribeOptions } from '../context/store.js';

export type LoadState = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

/**
 * Shows one shared copy of the store in a widget: observes the query its `select` names (again after each change of
 * client or key), re-renders the host on every change, and stops observing while the host is detached.
 */
export class StoreController<T> implements ReactiveController {
  private query: Query<T> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly select: () => Query<T> | undefined,
    /** How the host observes the query; `enabled: false` for a widget that only follows a copy others read. */
    private readonly options: SubscribeOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.query = undefined;
  }

  /** The shared copy, or undefined before the first read (and when it is gone). */
  get value(): T | undefined {
    return this.query?.snapshot.data;
  }

  /** Why the last read failed, if it did. */
  get error(): unknown {
    return this.query?.snapshot.error;
  }

  get state(): LoadState {
    const snapshot = this.query?.snapshot;
    if (!snapshot) return 'idle';
    if (snapshot.isFetching) return 'loading';
    if (snapshot.error !== undefined) return isNotFoundError(snapshot.error) ? 'not-found' : 'error';
    return snapshot.data === undefined ? 'idle' : 'loaded';
  }

  /** Reads the copy again from the server, for every widget showing it; resolves when done, never rejects. */
  reload(): Promise<void> {
    this.sync();
    return this.query?.fetch() ?? Promise.resolve();
  }

  private sync(): void {
    // A detached widget observes nothing (its pending render may still run after it was removed).
    const query = this.connected ? this.select() : undefined;
    if (query === this.query) return;
    this.unsubscribe?.();
    this.query = query;
    this.unsubscribe = query?.subscribe(() => this.host.requestUpdate(), this.options);
  }
}
