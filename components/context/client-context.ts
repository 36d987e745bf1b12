import { ContextProvider, createContext } from '@lit/context';
import type { SalesHubClient } from '../../sdk/index.js';

/**
 * The SDK client, provided once for every widget below a host element. Hosts call `provideClient`, which
 * spares them importing `@lit/context` (a transitive dependency, which pnpm does not hoist).
 */
export const clientContext = createContext<SalesHubClient | undefined>(Symbol.for('sales-hub-kit/client'));

/** The provider `provideClient` returns: `setValue(client)` hands every widget below a new client. */
export type ClientProvider = ContextProvider<typeof clientContext>;

/**
 * Provides `client` to every sales-hub-kit element inside `host` (e.g. `document.body`), now and later added.
 * Call `setValue(newClient)` on the returned provider to switch clients; the widgets reload.
 */
export function provideClient(host: HTMLElement, client?: SalesHubClient): ClientProvider {
  return new ContextProvider(host, { context: clientContext, initialValue: client });
}
