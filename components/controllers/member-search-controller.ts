import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ActionController } from './action-controller.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_MEMBER_QUERY_LENGTH,
  type Member,
  type MemberRole,
  type MemberStatus,
  type SalesHubClient,
} from '../../sdk/index.js';

export interface MemberSearchOptions {
  /** Only these roles (default: every role). */
  role?: MemberRole[];
  /** Only these statuses (default: every status). */
  status?: MemberStatus[];
  /** Page size, 1–100 (default 20). */
  limit?: number;
  /** Milliseconds to wait after the last keystroke (default 250). */
  debounce?: number;
}

/**
 * Server-side search of an organization's members, for pickers that must stay fast on organizations with
 * thousands of members: one page at a time (`more()` appends the next), a debounced query, and a newer
 * request aborting the older one so a slow stale answer can never replace a fresh one.
 */
export class MemberSearchController implements ReactiveController {
  /** The members found so far for the current query. */
  members: Member[] = [];
  /** True when the server has more members for the current query. */
  hasMore = false;
  /** True while a page is being fetched. */
  busy = false;
  /** True when the last fetch failed (typing again retries). */
  failed = false;

  private query = '';
  private cursor: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** One page at a time: a newer fetch replaces the one in flight. */
  private readonly action: ActionController<'fetch'>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: () => { client: SalesHubClient | undefined; orgUuid: string | undefined },
    private readonly options: MemberSearchOptions = {},
  ) {
    host.addController(this);
    this.action = new ActionController(host, { modes: { fetch: 'replace' } });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Searches for `q` after the debounce delay. */
  search(q: string): void {
    clearTimeout(this.timer);
    this.query = q;
    this.timer = setTimeout(() => void this.fetch(), this.options.debounce ?? 250);
  }

  /** Fetches the first page for the current query now (when a picker opens, say). */
  load(): Promise<void> {
    return this.fetch();
  }

  /** Appends the next page of the current query. */
  more(): Promise<void> {
    return this.cursor ? this.fetch(this.cursor) : Promise.resolve();
  }

  /** Forgets the query and the results, and aborts what is in flight. */
  reset(): void {
    this.cancel();
    this.members = [];
    this.hasMore = false;
    this.failed = false;
    this.query = '';
    this.cursor = null;
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.action.reset();
    this.busy = false;
  }

  private async fetch(cursor?: string): Promise<void> {
    const { client, orgUuid } = this.target();
    if (!client || !orgUuid) return;
    clearTimeout(this.timer);
    this.busy = true;
    this.failed = false;
    this.host.requestUpdate();
    // The contract bounds q's length; an empty query lists everyone (first page only).
    const q = this.query.trim().slice(0, MAX_MEMBER_QUERY_LENGTH);
    const { role, status, limit = DEFAULT_PAGE_SIZE } = this.options;
    const result = await this.action.run('fetch', (signal) =>
      client.members.list(
        orgUuid,
        {
          ...(q ? { q } : {}),
          ...(role ? { role } : {}),
          ...(status ? { status } : {}),
          limit,
          ...(cursor ? { cursor } : {}),
        },
        { signal },
      ),
    );
    if (result.status === 'done') {
      const page = result.value;
      this.members = cursor ? [...this.members, ...page.items] : page.items;
      this.cursor = page.nextCursor;
      this.hasMore = page.nextCursor !== null;
    } else if (result.status === 'failed') {
      this.failed = true;
    } else {
      return;
    }
    this.busy = false;
    this.host.requestUpdate();
  }
}
