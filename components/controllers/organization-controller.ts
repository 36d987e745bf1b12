import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { isNotFoundError, type Organization, type SalesHubClient } from '../../sdk/index.js';

export type OrganizationLoadState = 'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

/**
 * Loads one organization by UUID (with `@lit/task`, so a changed UUID aborts the request in flight) and keeps
 * the latest copy the widget knows: the loaded one, or the one a save returned (`set`). A failed reload keeps
 * the copy on screen, except when the organization is gone (404).
 */
export class OrganizationController {
  /** The latest known organization, or undefined before the first load. */
  value: Organization | undefined;
  private readonly task: Task<readonly [SalesHubClient | undefined, string], Organization | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getClient: () => SalesHubClient | undefined,
    private readonly getUuid: () => string,
  ) {
    this.task = new Task(host, {
      task: async ([client, uuid], { signal }) => {
        if (this.value && this.value.uuid !== uuid.toLowerCase()) this.value = undefined;
        if (!client || !uuid) return undefined;
        return client.organizations.get(uuid, { signal });
      },
      args: () => [this.getClient(), this.getUuid()] as const,
      onComplete: (org) => {
        this.value = org;
      },
      onError: (error) => {
        if (isNotFoundError(error)) this.value = undefined;
      },
    });
  }

  get state(): OrganizationLoadState {
    switch (this.task.status) {
      case TaskStatus.PENDING:
        return 'loading';
      case TaskStatus.COMPLETE:
        return this.value ? 'loaded' : 'idle';
      case TaskStatus.ERROR:
        return isNotFoundError(this.task.error) ? 'not-found' : 'error';
      default:
        return 'idle';
    }
  }

  /** The error of the last load, when it failed. */
  get error(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** Replaces the known copy with a newer one (what a save or a re-fetch returned), for the same organization. */
  set(org: Organization): void {
    if (this.value && org.uuid !== this.value.uuid) return;
    this.value = org;
    this.host.requestUpdate();
  }

  /** Loads the organization again; resolves when done (never rejects: read `state` and `error`). */
  async reload(): Promise<void> {
    await this.task.run().catch(() => undefined);
    await this.task.taskComplete.catch(() => undefined);
  }

  /** The organization as the server has it now, without touching what is on screen. */
  fetchFresh(signal?: AbortSignal): Promise<Organization> {
    const client = this.getClient();
    const uuid = this.value?.uuid ?? this.getUuid();
    if (!client) return Promise.reject(new Error('No client'));
    return client.organizations.get(uuid, signal ? { signal } : undefined);
  }
}
