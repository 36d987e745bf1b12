import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type Organization,
  type OrganizationSummary,
  type SearchBy,
  type SearchKey,
} from '../../sdk/index.js';
import { ShClientElement } from '../base/client-element.js';
import { errorText } from '../base/error-text.js';
import { ACCOUNT_TYPE_KEYS, MANAGED_BY_KEYS, STATUS_KEYS } from '../base/labels.js';
import { storeOf } from '../context/store.js';
import { anchoredPopupStyles } from '../controllers/anchored-popup.js';
import { ComboboxController, type ComboboxView, type ComboOption } from '../controllers/combobox-controller.js';
import { SearchController, type SearchQuery } from '../controllers/search-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ShSelectEvent } from '../events/select-event.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { statusBadge } from '../styles/status-badge.js';
import type { MessageKey } from '../translations/localize.js';
import { organizationSearchStyles } from './organization-search.styles.js';
import { splitOnMatch, toSummary } from './match-text.js';
import { formatPhoneNumber } from './phone-format.js';
import { addEnglish } from '../translations/localize.js';
import { search } from '../translations/en/search.js';

const KEY_LABELS: Record<SearchKey, MessageKey> = {
  uuid: 'searchKeyUuid',
  name: 'searchKeyName',
  purchasedNumber: 'searchKeyPurchasedNumber',
  customerReference: 'searchKeyCustomerReference',
  externalContract: 'searchKeyExternalContract',
  sipUsername: 'searchKeySipUsername',
};
const KEYS = Object.keys(KEY_LABELS) as SearchKey[];

/** A result as the combobox lists it. */
type Result = ComboOption & { org: OrganizationSummary };

/**
 * @summary The Sales Hub search box: one input for Org UUID, Org name, Purchased Number, Customer Reference,
 * External Contract and SIP username, with the chosen organization's status shown in the bar.
 *
 * What was typed is read as a UUID, a phone number (any common format, sent as E.164) or text; the key
 * selector forces one key. It is a WAI-ARIA 1.2 combobox with a listbox popup (APG pattern): Down/Up
 * move through the results, Enter chooses, Escape closes then clears, Home/End return to the text.
 *
 * @fires {ShSelectEvent} sh-select - The person chose an organization (`ShSelectEvent`, with its summary). Never fired when
 * `selected` is set by code.
 *
 * @csspart base - The component's root.
 * @csspart label - The label above the bar.
 * @csspart bar - The search bar: key selector, input, status badge and clear button.
 * @csspart key-select - The "Search by" selector.
 * @csspart input - The text input (the combobox).
 * @csspart selected-status - The wrapper of the chosen organization's status badge in the bar.
 * @csspart status - A status badge (in the bar and in each result).
 * @csspart clear-button - The button that clears the text.
 * @csspart popup - The panel under the bar (above it when there is no room below), in the top layer: the results, or a message.
 * @csspart listbox - The list of results.
 * @csspart option - A result (also the "load more" entry).
 * @csspart option-name - A result's name.
 * @csspart option-highlight - The part of a result's name that matched the text.
 * @csspart option-details - A result's account type, country and Managed by.
 * @csspart option-match - A result's "matched on …" line.
 * @csspart load-more - The "Load more results" entry at the end of the list.
 * @csspart message - The loading, empty, hint or error message.
 * @csspart retry-button - The retry button of the error message.
 *
 * @cssproperty --sh-organization-search-width - Maximum width of the element (default 40rem).
 * @cssproperty --sh-organization-search-bar-background - Background of the bar.
 * @cssproperty --sh-organization-search-border-color - Border of the bar and the popup.
 * @cssproperty --sh-organization-search-radius - Corner radius of the bar and the popup.
 * @cssproperty --sh-organization-search-popup-background - Background of the popup.
 * @cssproperty --sh-organization-search-popup-max-height - Height of the list before it scrolls.
 * @cssproperty --sh-organization-search-popup-shadow - Shadow of the popup.
 * @cssproperty --sh-organization-search-option-active-background - Background of the active result.
 * @cssproperty --sh-organization-search-option-active-border-color - Edge marking the active result.
 */
export class ShOrganizationSearch extends ShClientElement {
  static override styles = [sharedStyles, anchoredPopupStyles, organizationSearchStyles];

  private readonly search = new SearchController(this, {
    client: () => this.client,
    debounce: () => this.debounce,
    limit: () => Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(this.limit) || DEFAULT_PAGE_SIZE)),
  });
  /** The kit's combobox: the open list, the active result, the keys; the text is the person's (a search box). */
  private readonly box = new ComboboxController<Result>(this, {
    freeText: true,
    scrollMore: true,
    onSelect: (uuid) => {
      const org = this.search.items.find((o) => o.uuid === uuid)!;
      this.selected = org;
      this.emit(new ShSelectEvent(org));
    },
    onQuery: (text) => this.search.search(text, this.searchBy),
    // Visual focus stays on the "load more" row, which becomes the first new result.
    onMore: () => void this.search.loadMore(),
    // Opening the list when nothing has been searched for the text (e.g. the chosen name) searches now.
    onOpen: () => {
      if (this.search.phase === 'idle' && this.box.text.trim())
        this.search.search(this.box.text, this.searchBy, { immediate: true });
    },
    // Enter after a failed search tries again.
    onEnter: () => {
      if (this.search.phase !== 'error') return false;
      this.retry();
      return true;
    },
  });
  /** The chosen organization as the client's widgets share it: a rename or a suspension elsewhere shows here. */
  private readonly chosen = new StoreController<Organization>(
    this,
    () => (this.client && this.selected ? storeOf(this.client).organization(this.selected.uuid) : undefined),
    { enabled: false },
  );

  @query('input') private readonly input!: HTMLInputElement;

  /** The chosen organization, or null. Setting it shows its name and status in the bar, without firing `sh-select`. */
  @property({ attribute: false }) selected: OrganizationSummary | null = null;
  /** Forces one search key (`uuid`, `name`, `purchasedNumber`, `customerReference`, `externalContract`, `sipUsername`); `auto` detects it. */
  @property({ attribute: 'search-by' }) searchBy: SearchBy = 'auto';
  /** Milliseconds to wait after the last keystroke before searching. */
  @property({ type: Number }) debounce = 250;
  /** Results per page, 1–100. */
  @property({ type: Number }) limit: number = DEFAULT_PAGE_SIZE;
  /** The label of the input; defaults to "Search organizations". */
  @property() label = '';
  /** Hides the label visually; screen readers still read it. */
  @property({ type: Boolean, attribute: 'hide-label' }) hideLabel = false;
  /** Hides the "Search by" selector: the key is always detected. */
  @property({ type: Boolean, attribute: 'hide-key-select' }) hideKeySelect = false;

  /** The chosen organization's UUID, or an empty string. */
  get value(): string {
    return this.selected?.uuid ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected')) {
      // The input shows the chosen name again.
      this.box.close();
      this.search.reset();
    } else if (changed.has('searchBy') && changed.get('searchBy') !== undefined && this.box.text.trim()) {
      this.search.search(this.box.text, this.searchBy, { immediate: true });
    }
    this.followChosen();
  }

  /** Shows the shared copy's name and status for the chosen organization. */
  private followChosen(): void {
    const fresh = this.chosen.value;
    const shown = this.selected;
    if (!shown || fresh?.uuid !== shown.uuid || (fresh.name === shown.name && fresh.status === shown.status)) return;
    this.selected = toSummary(fresh, shown.matchedOn);
  }

  private handleKeySelect(event: Event): void {
    this.searchBy = (event.target as HTMLSelectElement).value as SearchBy;
    if (this.box.text.trim()) this.box.open = true;
  }

  /** The whole field, not only the text, takes a click (the input shrinks to the chosen name). */
  private handleFieldClick(event: MouseEvent): void {
    if (event.target === event.currentTarget) this.input.focus();
  }

  private handleClear(): void {
    this.box.clear();
    this.input.focus();
  }

  private retry(): void {
    this.box.open = true;
    this.search.retry();
    this.input.focus();
  }

  /** Moves focus to the input. */
  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  /**
   * Reads the chosen organization again from the server (into the copy every widget of the client shares), so its
   * name and status badge are current. Changes made through the kit's widgets show without it. Resolves to the
   * fresh summary, or null when there is nothing chosen or the read failed (the shown value then stays as it was).
   * Fires no event.
   */
  async refreshSelected(options: { signal?: AbortSignal } = {}): Promise<OrganizationSummary | null> {
    const current = this.selected;
    if (!current || !this.client) return null;
    const copy = storeOf(this.client).organization(current.uuid);
    await copy.fetch();
    const { data, error } = copy.snapshot;
    // Another organization may have been chosen meanwhile, or the read failed.
    if (options.signal?.aborted || this.selected?.uuid !== current.uuid || !data || error) return null;
    this.selected = toSummary(data, current.matchedOn);
    return this.selected;
  }

  private matchText(org: OrganizationSummary, query: SearchQuery | undefined): string {
    if (!query || org.matchedOn.length === 0) return '';
    const parts = org.matchedOn.map((key) => {
      const label = this.localize.term(KEY_LABELS[key]);
      switch (key) {
        case 'purchasedNumber':
          return `${label} ${formatPhoneNumber(query.key === 'purchasedNumber' ? query.q : query.text)}`;
        case 'customerReference':
        case 'externalContract':
        case 'sipUsername':
          return `${label} ${query.text}`;
        default:
          return label;
      }
    });
    return this.localize.term(
      'searchMatchedOn',
      new Intl.ListFormat(this.localize.lang, { type: 'conjunction' }).format(parts),
    );
  }

  /** What the live region says, and (but for the count of results) the popup's message. */
  private get announcement(): string {
    const t = this.localize;
    const s = this.search;
    const invalid = s.invalid;
    switch (s.phase) {
      case 'loading':
        return t.term('searchLoading');
      case 'results':
        return s.loadingMore
          ? t.term('searchLoadingMore')
          : t.term('searchCount', s.items.length, s.nextCursor !== null);
      case 'empty':
        return t.term('searchEmpty');
      case 'error':
        return t.term('searchFailed');
      case 'invalid':
        switch (invalid?.reason) {
          case 'tooShort':
            return t.term('searchTooShort', invalid.min);
          case 'nameTooShort':
            return t.term('searchNameTooShort', invalid.min);
          case 'needsUuid':
            return t.term('searchNeedsUuid');
          case 'needsNumber':
            return t.term('searchNeedsNumber');
          case 'tooLong':
            return t.term('searchTooLong', invalid.max);
        }
    }
    return '';
  }

  /** A result's row: its name (the matched part marked), status, account type, country, Managed by, and what matched. */
  private renderResult({ org }: Result) {
    const t = this.localize;
    const match = this.matchText(org, this.search.query);
    return html`<span class="option-head">
        <span part="option-name">${this.renderName(org)}</span>
        ${statusBadge(org.status, t)}
      </span>
      <span part="option-details"
        >${t.term(ACCOUNT_TYPE_KEYS[org.accountType])} · ${t.displayName('region', org.countryCode)} ·
        ${t.term('searchManagedBy', t.term(MANAGED_BY_KEYS[org.managedBy]))}</span
      >
      ${match ? html`<span part="option-match">${match}</span>` : nothing}`;
  }

  /** The name, with the part the query matched marked when it matched on name. */
  private renderName(org: OrganizationSummary) {
    const query = this.search.query;
    const split = query && org.matchedOn.includes('name') ? splitOnMatch(org.name, query.text) : null;
    if (!split) return org.name;
    return html`${split[0]}<mark part="option-highlight">${split[1]}</mark>${split[2]}`;
  }

  /** The popup's message: loading, nothing found, why a query is not sent, or the failure with a retry. */
  private renderMessage() {
    const t = this.localize;
    const s = this.search;
    if (s.phase === 'idle' || s.phase === 'results') return nothing;
    return s.phase === 'error'
      ? html`<div part="message" id="message" class="error">
          <span>${t.term('searchFailed')} ${this.client ? errorText(s.error, t) : t.term('noClient')}</span>
          <button type="button" part="retry-button" @click=${this.retry}>${t.term('retry')}</button>
        </div>`
      : html`<p part="message" id="message">${s.phase === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.announcement}</p>`;
  }

  override render() {
    const t = this.localize;
    const s = this.search;
    // The popup shows the results, or a message (loading, nothing found, why a query is not sent, a failure).
    const message = s.phase !== 'idle' && s.phase !== 'results';
    const popupOpen = this.box.open && s.phase !== 'idle';
    // What the input shows: the typed text, else the chosen name (`box.text` knows the last render's only).
    const valueLabel = this.selected?.name ?? '';
    const text = this.box.typing ? this.box.query : valueLabel;
    const showStatus = !!valueLabel && text === valueLabel;
    const view: ComboboxView<Result> = {
      id: 'input',
      listId: 'listbox',
      popupId: 'popup',
      anchorId: 'bar',
      optionId: (i) => `option-${s.items[i]?.uuid ?? 'load-more'}`,
      listLabel: t.term('searchResults'),
      valueLabel,
      options: s.items.map((org) => ({ value: org.uuid, label: org.name, org })),
      renderOption: (result) => this.renderResult(result),
      moreLabel:
        s.phase === 'results' && s.nextCursor !== null
          ? s.loadingMore
            ? html`<span><span class="spinner" aria-hidden="true"></span>${t.term('searchLoadingMore')}</span>`
            : `${s.loadMoreError ? `${errorText(s.loadMoreError, t)} ` : ''}${t.term('searchLoadMore')}`
          : undefined,
      moreBusy: s.loadingMore,
      message,
      parts: true,
      placeholder: t.term('searchPlaceholder'),
      describedBy: s.phase === 'invalid' && popupOpen ? 'message' : showStatus ? 'selected-status' : undefined,
    };
    return html`<div part="base" @focusout=${this.box.onFocusOut}>
      <label part="label" for="input" class=${this.hideLabel ? 'visually-hidden' : ''}>${this.label || t.term('searchLabel')}</label>
      <div part="bar" id="bar">
        ${
          this.hideKeySelect
            ? nothing
            : html`<label for="key" class="visually-hidden">${t.term('searchBy')}</label>
              <select id="key" part="key-select" @change=${this.handleKeySelect}>
                <option value="auto" ?selected=${this.searchBy === 'auto'}>${t.term('searchByAuto')}</option>
                ${KEYS.map((k) => html`<option value=${k} ?selected=${this.searchBy === k}>${t.term(KEY_LABELS[k])}</option>`)}
              </select>`
        }
        <div class="field ${showStatus ? 'has-status' : ''}" @click=${this.handleFieldClick}>
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="1.6" />
            <path d="M11 11l3.5 3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
          ${this.box.renderInput(view)}
          ${
            showStatus
              ? html`<span part="selected-status" id="selected-status"
                ><span class="visually-hidden">${t.term('searchSelectedStatus', t.term(STATUS_KEYS[this.selected!.status]))}</span
                ><span aria-hidden="true">${statusBadge(this.selected!.status, t)}</span></span
              >`
              : nothing
          }
          ${
            text
              ? html`<button type="button" part="clear-button" aria-label=${t.term('searchClear')} @click=${this.handleClear}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
                </svg>
              </button>`
              : nothing
          }
        </div>
      </div>
      <div part="popup" id="popup" popover="manual" ?hidden=${!popupOpen}>${this.box.renderList(view)} ${this.renderMessage()}</div>
      <div role="status" aria-live="polite" class="visually-hidden">${popupOpen || s.phase === 'error' ? this.announcement : ''}</div>
    </div>`;
  }
}

// The English of this element's own areas (the common messages are built in).
addEnglish(search);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-organization-search'))
  customElements.define('sh-organization-search', ShOrganizationSearch);

declare global {
  interface HTMLElementTagNameMap {
    'sh-organization-search': ShOrganizationSearch;
  }
}
