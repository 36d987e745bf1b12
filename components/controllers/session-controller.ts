import type { ReactiveControllerHost } from 'lit';
import type { SalesHubClient } from '../../sdk/index.js';
import { storeOf, type Session } from '../context/store.js';
import { StoreController } from './store-controller.js';

export type { Session } from '../context/store.js';

/**
 * The caller and its domain's capabilities, read once per client and shared by every widget on the page
 * (a page with five widgets sends one `/me` and one `/domain/capabilities`).
 */
export class SessionController extends StoreController<Session> {
  constructor(host: ReactiveControllerHost, getClient: () => SalesHubClient | undefined) {
    super(host, () => {
      const client = getClient();
      return client ? storeOf(client).session : undefined;
    });
  }

  /** Reads the session again only when it is missing (a widget's "Try again" after a failure). */
  override reload(): Promise<void> {
    return this.value ? Promise.resolve() : super.reload();
  }
}
