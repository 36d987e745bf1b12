import type { ReactiveControllerHost } from 'lit';
import type { Organization, SalesHubClient } from '../../sdk/index.js';
import { storeOf } from '../context/store.js';
import { StoreController } from './store-controller.js';

export type { LoadState as OrganizationLoadState } from './store-controller.js';

/**
 * One organization as every widget of the client shares it (see `storeOf`): read once, updated in place by every
 * widget's saves. A failed re-read keeps the copy on screen, except when the organization is gone (404).
 */
export class OrganizationController extends StoreController<Organization> {
  constructor(
    host: ReactiveControllerHost,
    private readonly getClient: () => SalesHubClient | undefined,
    private readonly getUuid: () => string,
  ) {
    super(host, () => {
      const client = getClient();
      const uuid = getUuid();
      return client && uuid ? storeOf(client).organization(uuid) : undefined;
    });
  }

  /** Writes what the server returned (a save's response, a fresh read) into the shared copy, unless it is older. */
  set(org: Organization): void {
    const client = this.getClient();
    if (client) storeOf(client).write(org);
  }

  /** The organization was purged: every widget showing it says it is gone. */
  purged(uuid: string): void {
    const client = this.getClient();
    if (client) storeOf(client).purged(uuid);
  }

  /** The organization as the server has it now, without touching the shared copy (for a conflict's diff). */
  fetchFresh(signal?: AbortSignal): Promise<Organization> {
    const client = this.getClient();
    const uuid = this.value?.uuid ?? this.getUuid();
    if (!client) return Promise.reject(new Error('No client'));
    return client.organizations.get(uuid, signal ? { signal } : undefined);
  }
}
