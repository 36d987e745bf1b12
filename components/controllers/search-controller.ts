import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  detectSearchKey,
  MAX_QUERY_LENGTH,
  MIN_NAME_QUERY_LENGTH,
  normalizePhoneNumber,
  UUID_PATTERN,
  type OrganizationSummary,
  type SalesHubClient,
  type SearchBy,
  type SearchKey,
} from '../../sdk/index.js';
import { ActionController } from './action-controller.js';

/** What the search shows: nothing typed, a query that cannot match, a request in flight, and its outcomes. */
export type SearchPhase = 'idle' | 'invalid' | 'loading' | 'results' | 'empty' | 'error';

/** Why a query is not sent (the server would answer `400 malformed-request`, or nothing could match). */
export type InvalidQuery =
  | { reason: 'tooShort'; min: number }
  | { reason: 'nameTooShort'; min: number }
  | { reason: 'needsUuid' }
  | { reason: 'needsNumber' }
  | { reason: 'tooLong'; max: number };

/** A query ready to send. */
export interface SearchQuery {
  /** What the person typed, trimmed. */
  text: string;
  /** The key it was read as: forced by the selector, or detected (`text` = any of the text keys). */
  key: SearchKey | 'text';
  /** The value sent as `q`: E.164 for a number, lower case for a UUID, else the trimmed text. */
  q: string;
  /** The `searchBy` sent: the forced key, the detected UUID or number key, else `auto`. */
  searchBy: SearchBy;
}

export type SearchPlan =
  | { kind: 'idle' }
  | { kind: 'invalid'; invalid: InvalidQuery }
  | { kind: 'search'; query: SearchQuery };

const length = (s: string): number => [...s].length;

/**
 * Reads typed text as a query, with the SDK's rules: a UUID, a phone number in any common format
 * (normalised to E.164), or text. Queries the server would reject, or that nothing could match,
 * are not sent. In auto mode one character is too short to be worth a request.
 */
export function planSearch(input: string, searchBy: SearchBy): SearchPlan {
  const text = input.trim();
  if (text === '') return { kind: 'idle' };
  if (length(text) > MAX_QUERY_LENGTH)
    return { kind: 'invalid', invalid: { reason: 'tooLong', max: MAX_QUERY_LENGTH } };
  const search = (key: SearchQuery['key'], q: string): SearchPlan => ({
    kind: 'search',
    query: { text, key, q, searchBy: key === 'text' ? 'auto' : key },
  });
  switch (searchBy) {
    case 'auto': {
      const detected = detectSearchKey(text);
      if (detected.key === 'text' && length(text) < MIN_NAME_QUERY_LENGTH) {
        return { kind: 'invalid', invalid: { reason: 'tooShort', min: MIN_NAME_QUERY_LENGTH } };
      }
      return search(detected.key, detected.value);
    }
    case 'uuid':
      return UUID_PATTERN.test(text)
        ? search('uuid', text.toLowerCase())
        : { kind: 'invalid', invalid: { reason: 'needsUuid' } };
    case 'purchasedNumber': {
      // With the key chosen there is no ambiguity, so the international "00" prefix reads as "+" too
      // ("0065 6123 4567"). "Any key" keeps the server's own detection, where "00…" may be a reference.
      const e164 = normalizePhoneNumber(text.replace(/^00(?=\s*[1-9])/, '+'));
      return e164 ? search('purchasedNumber', e164) : { kind: 'invalid', invalid: { reason: 'needsNumber' } };
    }
    case 'name':
      return length(text) >= MIN_NAME_QUERY_LENGTH
        ? search('name', text)
        : { kind: 'invalid', invalid: { reason: 'nameTooShort', min: MIN_NAME_QUERY_LENGTH } };
    default:
      return search(searchBy, text);
  }
}

const sameQuery = (a: SearchQuery | undefined, b: SearchQuery): boolean =>
  !!a && a.q === b.q && a.searchBy === b.searchBy && a.text === b.text;

export interface SearchControllerOptions {
  client: () => SalesHubClient | undefined;
  /** Milliseconds to wait after the last change before sending. */
  debounce: () => number;
  /** Page size. */
  limit: () => number;
}

/**
 * Type-ahead search of organizations:
 *
 * - debounced: typing fast sends one request;
 * - a change aborts the request in flight (its `AbortSignal` goes to the SDK), and a response
 *   that belongs to an older query is dropped even if it arrives (the `ActionController` drops an aborted run);
 * - more results through the cursor, appended without duplicates.
 *
 * The host re-renders whenever the phase, the items or the paging state change.
 */
export class SearchController implements ReactiveController {
  phase: SearchPhase = 'idle';
  /** The query the current phase and items belong to. */
  query: SearchQuery | undefined;
  invalid: InvalidQuery | undefined;
  items: OrganizationSummary[] = [];
  nextCursor: string | null = null;
  /** The failure of the first page (phase `error`). */
  error: unknown = undefined;
  /** True while a further page is loading. */
  loadingMore = false;
  /** The failure of the last "load more"; the items already shown stay. */
  loadMoreError: unknown = undefined;

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The first page and further pages: a newer search replaces the one in flight. */
  private readonly action: ActionController<'search' | 'more'>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchControllerOptions,
  ) {
    host.addController(this);
    this.action = new ActionController(host, { modes: { search: 'replace' } });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Searches for `text` read as `searchBy`, after the debounce delay (or at once with `immediate`).
   * The same query as the one shown, or loading, is not sent again.
   */
  search(text: string, searchBy: SearchBy, { immediate = false } = {}): void {
    const plan = planSearch(text, searchBy);
    if (
      plan.kind === 'search' &&
      sameQuery(this.query, plan.query) &&
      this.phase !== 'error' &&
      this.phase !== 'idle'
    ) {
      // Typing "acme " after "acme" changes nothing: keep what is shown, or the request that is coming.
      return;
    }
    this.cancel();
    this.items = [];
    this.nextCursor = null;
    this.error = undefined;
    this.loadMoreError = undefined;
    this.invalid = undefined;
    this.query = undefined;
    if (plan.kind === 'idle') {
      this.phase = 'idle';
    } else if (plan.kind === 'invalid') {
      this.phase = 'invalid';
      this.invalid = plan.invalid;
    } else {
      this.phase = 'loading';
      this.query = plan.query;
      const delay = immediate ? 0 : Math.max(0, this.options.debounce());
      if (delay === 0) void this.fetchFirstPage(plan.query);
      else this.timer = setTimeout(() => void this.fetchFirstPage(plan.query), delay);
    }
    this.host.requestUpdate();
  }

  /** Sends the current query again (after an error). */
  retry(): void {
    if (this.query) {
      this.cancel();
      this.phase = 'loading';
      this.error = undefined;
      this.host.requestUpdate();
      void this.fetchFirstPage(this.query);
    }
  }

  /** Loads the next page through the cursor; does nothing when there is none or one is loading. */
  async loadMore(): Promise<void> {
    const { query, nextCursor } = this;
    if (!query || !nextCursor || this.loadingMore || this.phase !== 'results') return;
    const client = this.options.client();
    if (!client) return;
    this.loadingMore = true;
    this.loadMoreError = undefined;
    this.host.requestUpdate();
    const result = await this.action.run('more', (signal) =>
      client.organizations.search(
        { q: query.q, searchBy: query.searchBy, limit: this.options.limit(), cursor: nextCursor },
        { signal },
      ),
    );
    if (result.status === 'done') {
      const seen = new Set(this.items.map((o) => o.uuid));
      this.items = [...this.items, ...result.value.items.filter((o) => !seen.has(o.uuid))];
      this.nextCursor = result.value.nextCursor;
    } else if (result.status === 'failed') {
      this.loadMoreError = result.error;
    } else {
      return;
    }
    this.loadingMore = false;
    this.host.requestUpdate();
  }

  /** Back to idle: nothing shown, nothing pending. */
  reset(): void {
    this.cancel();
    this.phase = 'idle';
    this.query = undefined;
    this.invalid = undefined;
    this.items = [];
    this.nextCursor = null;
    this.error = undefined;
    this.loadMoreError = undefined;
    this.host.requestUpdate();
  }

  /** Drops the pending timer and aborts the request in flight; whatever they would bring is ignored. */
  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.action.reset();
    this.loadingMore = false;
  }

  private async fetchFirstPage(query: SearchQuery): Promise<void> {
    this.timer = undefined;
    const client = this.options.client();
    if (!client) {
      // Nothing to ask: the host explains that a client is missing.
      this.phase = 'error';
      this.host.requestUpdate();
      return;
    }
    const result = await this.action.run('search', (signal) =>
      client.organizations.search({ q: query.q, searchBy: query.searchBy, limit: this.options.limit() }, { signal }),
    );
    if (result.status === 'done') {
      this.items = result.value.items;
      this.nextCursor = result.value.nextCursor;
      this.phase = result.value.items.length > 0 ? 'results' : 'empty';
    } else if (result.status === 'failed') {
      this.error = result.error;
      this.phase = 'error';
    } else {
      return;
    }
    this.host.requestUpdate();
  }
}
