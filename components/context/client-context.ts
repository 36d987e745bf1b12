import { createContext } from '@lit/context';
import type { SalesHubClient } from '../../sdk/index.js';

/**
 * The SDK client, provided once for every widget below a host element:
 * `new ContextProvider(document.body, { context: clientContext, initialValue: client })`.
 */
export const clientContext = createContext<SalesHubClient | undefined>(Symbol.for('sales-hub-kit/client'));
