import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DomainCapabilities, Me, SalesHubClient } from '../../sdk/index.js';

export interface Session {
  me: Me;
  capabilities: DomainCapabilities;
}

/**
 * The caller and its domain's capabilities, fetched once per client and shared by every widget
 * on the page (a page with five widgets sends one `/me` and one `/domain/capabilities`).
 */
const cache = new WeakMap<SalesHubClient, Promise<Session>>();

export function loadSession(client: SalesHubClient): Promise<Session> {
  let session = cache.get(client);
  if (!session) {
    session = Promise.all([client.me(), client.capabilities()]).then(([me, capabilities]) => ({ me, capabilities }));
    // A failed load is not cached, so the next widget (or a retry) asks again.
    session.catch(() => cache.delete(client));
    cache.set(client, session);
  }
  return session;
}

/** Forgets the cached session of a client (after the caller or the domain changed, as in the demo). */
export function forgetSession(client: SalesHubClient): void {
  cache.delete(client);
}

/** Loads the session for the host's client and re-renders the host when it arrives. */
export class SessionController implements ReactiveController {
  value: Session | undefined;
  error: unknown;
  private client: SalesHubClient | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getClient: () => SalesHubClient | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  /** Loads again after a failure (a widget's "Try again" calls it with its own reload). */
  reload(): void {
    if (this.value) return;
    this.client = undefined;
    this.sync();
  }

  private sync(): void {
    const client = this.getClient();
    if (client === this.client) return;
    this.client = client;
    this.value = undefined;
    this.error = undefined;
    if (!client) return;
    loadSession(client).then(
      (s) => {
        if (this.client !== client) return;
        this.value = s;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (this.client !== client) return;
        this.error = e;
        this.host.requestUpdate();
      },
    );
  }
}
