import { createContext, type ContextCallback, type ContextEvent } from '@lit/context';
import type { SalesHubClient } from '../../sdk/index.js';

/**
 * The SDK client, provided once for every widget below a host element. Hosts call `provideClient`, which
 * spares them importing `@lit/context` (a transitive dependency, which pnpm does not hoist).
 */
export const clientContext = createContext<SalesHubClient | undefined>(Symbol.for('sales-hub-kit/client'));

type Callback = ContextCallback<SalesHubClient | undefined>;
type ClientRequest = ContextEvent<typeof clientContext>;

/**
 * Widgets that asked for the client before any provider above them existed, and their callbacks. Held weakly: a
 * widget given its client as a property (React, Vue) waits here for ever, and must not be kept alive by it.
 */
const waiting = new Set<WeakRef<Element>>();
const callbacks = new WeakMap<Element, Callback>();

// A provider created after the widgets asked (a page script that runs once the elements have upgraded, a React
// effect) must still reach them: requests nobody answered reach the document, where they wait for `provideClient`.
// (@lit/context's ContextRoot does this for every context, at about twice the bytes.)
if (typeof document !== 'undefined') {
  document.addEventListener('context-request', (e) => {
    const event = e as ClientRequest;
    if (event.context !== clientContext || !event.subscribe) return;
    const element = event.contextTarget ?? (event.composedPath()[0] as Element);
    if (!callbacks.has(element)) waiting.add(new WeakRef(element));
    callbacks.set(element, event.callback);
  });
}

/** True when `node` is `host` or inside it, through shadow roots. */
function within(host: Node, node: Node | undefined): boolean {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host) if (node === host) return true;
  return false;
}

/** What `provideClient` returns. */
export interface ClientProvider {
  /** The client the widgets below the host have. */
  readonly value: SalesHubClient | undefined;
  /** Hands every widget below the host a new client; they reload. */
  setValue(client: SalesHubClient | undefined): void;
}

/**
 * Provides `client` to every sales-hub-kit element inside `host` (e.g. `document.body`): those added later and
 * those already there. It answers the community context protocol that the widgets' `@consume` speaks.
 */
// Not @lit/context's ContextProvider: one context needs neither its Lit-host lifecycle nor its re-parenting of
// nested providers, and every page would pay its bytes (npm run size).
export function provideClient(host: HTMLElement, client?: SalesHubClient): ClientProvider {
  let value = client;
  const subscribers = new Map<Callback, () => void>();
  const subscribe = (callback: Callback) => {
    const unsubscribe = () => void subscribers.delete(callback);
    subscribers.set(callback, unsubscribe);
    callback(value, unsubscribe);
  };
  host.addEventListener('context-request', (e) => {
    const event = e as ClientRequest;
    if (event.context !== clientContext) return;
    event.stopPropagation();
    if (event.subscribe) subscribe(event.callback);
    else event.callback(value);
  });
  for (const ref of waiting) {
    const element = ref.deref();
    const callback = element && callbacks.get(element);
    if (!callback) waiting.delete(ref);
    else if (within(host, element)) {
      waiting.delete(ref);
      callbacks.delete(element);
      subscribe(callback);
    }
  }
  return {
    get value() {
      return value;
    },
    setValue(next) {
      value = next;
      for (const [callback, unsubscribe] of subscribers) callback(next, unsubscribe);
    },
  };
}
