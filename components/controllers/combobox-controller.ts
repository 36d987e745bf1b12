import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { assignedCountries, foldForSearch } from '../../sdk/index.js';
import { comboboxKey } from './combobox-keys.js';
import type { LocalizeController } from './localize-controller.js';

export { comboboxKey, type ComboKeyResult, type ComboKeyState } from './combobox-keys.js';

/** One choice of a combobox. */
export interface ComboOption {
  value: string;
  label: string;
  /** A second, quieter line (a code, an email, a hierarchy role). */
  hint?: string;
}

/** The options that match what was typed: those starting with it (or naming its code) first, then those containing it. */
export function filterOptions(options: readonly ComboOption[], query: string): ComboOption[] {
  const q = foldForSearch(query.trim());
  if (!q) return [...options];
  const starts: ComboOption[] = [];
  const contains: ComboOption[] = [];
  for (const o of options) {
    const label = foldForSearch(o.label);
    if (o.value.toLowerCase() === q || label.startsWith(q)) starts.push(o);
    else if (label.includes(q) || o.value.toLowerCase().startsWith(q)) contains.push(o);
  }
  return [...starts, ...contains];
}

const countryLists = new Map<string, ComboOption[]>();

/** The countries an organization may be in, named in the person's language and sorted by name (cached per language). */
export function countryOptions(localize: LocalizeController): ComboOption[] {
  const lang = localize.lang;
  let list = countryLists.get(lang);
  if (!list) {
    const collator = new Intl.Collator(lang);
    list = assignedCountries()
      .map((code) => ({ value: code, label: localize.displayName('region', code), hint: code }))
      .sort((a, b) => collator.compare(a.label, b.label));
    countryLists.set(lang, list);
  }
  return list;
}

export interface ComboboxCallbacks {
  /** The person chose an option. */
  onSelect(value: string): void;
  /** The typed text changed (filter locally, or search the server). */
  onQuery?(query: string): void;
  /** The person chose the "load more" row. */
  onMore?(): void;
  /** Focus left the combobox (mark the field as touched). */
  onBlur?(): void;
}

export interface ComboboxView {
  /** Base id, unique in the host's shadow root; the input gets exactly this id (for `<label for>`). */
  id: string;
  /** Accessible name of the list of options. */
  listLabel: string;
  /** The value chosen so far, and its text shown while the person is not typing. */
  value: string;
  valueLabel: string;
  /** The options to show for the current query (the host filters or searches). */
  options: readonly ComboOption[];
  /** Text of the row shown when there is no option. */
  emptyLabel: string;
  /** When set, a last row with this text loads more options. */
  moreLabel?: string | undefined;
  /** True while options are being fetched. */
  busy?: boolean;
  busyLabel?: string;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string | undefined;
  describedBy?: string | undefined;
}

/**
 * An editable combobox with list autocomplete (WAI-ARIA APG "combobox with listbox popup"), rendered into the
 * host's own shadow root so `aria-activedescendant` and `<label for>` resolve. Its keyboard is `comboboxKey`, the
 * rules the search bar follows too.
 * Filtering is the host's: it reads `query` and passes the matching options to `render()`.
 */
export class ComboboxController implements ReactiveController {
  open = false;
  /** What the person typed since the list opened; '' when not typing. */
  query = '';
  active = -1;
  private typing = false;
  private view: ComboboxView | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: ComboboxCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.open || this.active < 0 || !this.view) return;
    const option = this.host.shadowRoot?.getElementById(`${this.view.id}-opt-${this.active}`);
    option?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Closes the list and forgets the typed text (after a reset of the form, say). */
  close(): void {
    this.open = false;
    this.typing = false;
    this.query = '';
    this.active = -1;
    this.host.requestUpdate();
  }

  private get count(): number {
    const v = this.view;
    if (!v) return 0;
    return v.options.length + (v.moreLabel && !v.busy ? 1 : 0);
  }

  private openList(): void {
    if (this.open || this.view?.disabled) return;
    this.open = true;
    const selected = this.view?.options.findIndex((o) => o.value === this.view?.value) ?? -1;
    this.active = selected >= 0 ? selected : this.count > 0 ? 0 : -1;
    this.host.requestUpdate();
  }

  private choose(index: number): void {
    const v = this.view;
    if (!v) return;
    if (index === v.options.length && v.moreLabel) {
      this.callbacks.onMore?.();
      return;
    }
    const option = v.options[index];
    if (!option) return;
    this.callbacks.onSelect(option.value);
    this.close();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const view = this.view;
    if (view?.disabled) return;
    const result = comboboxKey(e, {
      open: this.open,
      active: this.active,
      count: this.count,
      selected: view?.options.findIndex((o) => o.value === view.value),
      hasText: this.typing,
    });
    switch (result.type) {
      case 'none':
        return;
      case 'choose':
        e.preventDefault();
        this.choose(result.index);
        break;
      case 'clear':
        e.preventDefault();
        this.typing = false;
        this.query = '';
        this.callbacks.onQuery?.('');
        break;
      case 'move':
        // An Escape that closes the list must not also close a dialog around it.
        if (e.key === 'Escape') e.stopPropagation();
        if (result.preventDefault) e.preventDefault();
        this.open = result.open;
        this.active = result.active;
        break;
    }
    this.host.requestUpdate();
  };

  private readonly onInput = (e: InputEvent): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.typing = true;
    this.open = true;
    this.callbacks.onQuery?.(this.query);
    // The host filters on the next render; start at the first match.
    this.active = 0;
    this.host.requestUpdate();
  };

  private readonly onBlur = (): void => {
    // Text that names one option exactly (its value or its label, ignoring case and accents) chooses it.
    const typed = this.typing ? foldForSearch(this.query.trim()) : '';
    const exact = typed ? this.view?.options.filter((o) => foldForSearch(o.value) === typed || foldForSearch(o.label) === typed) : [];
    if (exact?.length === 1) this.callbacks.onSelect(exact[0]!.value);
    this.close();
    this.callbacks.onBlur?.();
  };

  private readonly onClick = (): void => {
    if (this.open) this.open = false;
    else this.openList();
    this.host.requestUpdate();
  };

  /** The rows of the open list (a closed list renders none: 249 countries would weigh on every render and audit). */
  private renderOptions(view: ComboboxView): TemplateResult {
    const row = (id: number, content: TemplateResult | string, cls: string, selected: boolean) =>
      html`<li
        id="${view.id}-opt-${id}"
        role="option"
        class=${cls}
        aria-selected=${this.active === id ? 'true' : 'false'}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => this.choose(id)}
      >
        ${content}${selected ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}
      </li>`;
    return html`${view.options.map((o, i) =>
      row(
        i,
        html`<span class="label">${o.label}</span>${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}`,
        o.value === view.value ? 'selected' : '',
        o.value === view.value,
      ),
    )}
    ${view.busy
      ? html`<li role="option" aria-disabled="true" aria-selected="false" class="note">${view.busyLabel}</li>`
      : view.moreLabel
        ? row(view.options.length, view.moreLabel, 'more', false)
        : nothing}
    ${view.options.length === 0 && !view.busy
      ? html`<li role="option" aria-disabled="true" aria-selected="false" class="note">${view.emptyLabel}</li>`
      : nothing}`;
  }

  /** The combobox: a text input and its listbox. The host renders the `<label for=${id}>`. */
  render(view: ComboboxView): TemplateResult {
    this.view = view;
    const n = this.count;
    if (this.active >= n) this.active = n - 1;
    // Options that arrive while the list is open (a server search) start at the first one.
    if (this.open && this.active < 0 && n > 0) this.active = 0;
    const listId = `${view.id}-list`;
    const activeId = this.open && this.active >= 0 ? `${view.id}-opt-${this.active}` : undefined;
    const text = this.typing ? this.query : view.valueLabel;
    return html`<div class="combo" part="combobox">
      <input
        id=${view.id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(activeId)}
        aria-invalid=${view.invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(view.describedBy)}
        aria-required=${view.required ? 'true' : 'false'}
        placeholder=${ifDefined(view.placeholder)}
        ?disabled=${view.disabled}
        .value=${live(text)}
        @keydown=${this.onKeyDown}
        @input=${this.onInput}
        @blur=${this.onBlur}
        @click=${this.onClick}
      />
      <ul id=${listId} role="listbox" aria-label=${view.listLabel} aria-busy=${view.busy ? 'true' : 'false'} ?hidden=${!this.open}>
        ${this.open ? this.renderOptions(view) : nothing}
      </ul>
    </div>`;
  }
}

/** Styles for `ComboboxController.render()`; add them to the host's `styles` after `sharedStyles`. */
export const comboboxStyles = css`
  .combo {
    position: relative;
  }
  .combo input {
    width: 100%;
  }
  .combo [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 2px);
    margin: 0;
    padding: 4px 0;
    list-style: none;
    max-height: 16rem;
    overflow-y: auto;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 18px rgb(0 0 0 / 0.18);
  }
  .combo [role='listbox'][hidden] {
    display: none;
  }
  .combo [role='option'] {
    display: flex;
    gap: var(--_space);
    align-items: baseline;
    padding: 6px 10px;
    cursor: pointer;
  }
  .combo [role='option'][aria-selected='true'] {
    background: color-mix(in srgb, var(--_primary) 16%, var(--_bg));
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .combo [role='option'].note {
    color: var(--_muted);
    cursor: default;
  }
  .combo [role='option'].more {
    color: var(--_primary);
    font-weight: 600;
  }
  .combo .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin-inline-start: auto;
  }
  .combo .check {
    color: var(--_primary);
  }
`;
