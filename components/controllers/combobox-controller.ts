import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { assignedCountries, foldForSearch } from '../../sdk/index.js';
import { AnchoredPopup, anchoredPopupStyles } from './anchored-popup.js';
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

export interface ComboboxOptions {
  /** The person chose an option. */
  onSelect(value: string): void;
  /** The typed text changed (filter locally, or search the server); '' when it was cleared. */
  onQuery?(query: string): void;
  /** The person chose the "load more" row (or, with `scrollMore`, scrolled to the end of the list). */
  onMore?(): void;
  /** Focus left the combobox (mark the field as touched). */
  onBlur?(): void;
  /** The person asked for the list with ↓ or ↑ (or a click, when it toggles) while it was not shown. */
  onOpen?(): void;
  /** Enter with no active option; return true when it was handled (its default, e.g. submitting a form, is then prevented). */
  onEnter?(): boolean;
  /**
   * The text is the person's own, as in a search box, rather than the label of a value: typing activates no option
   * (Enter acts only on an option moved to), a click shows the popup without toggling it, the second Escape empties
   * the text, and leaving keeps the text and chooses nothing.
   */
  freeText?: boolean;
  /** Scrolling to the end of the list loads more (infinite scroll), as well as choosing the "load more" row. */
  scrollMore?: boolean;
}

export interface ComboboxView<T extends ComboOption = ComboOption> {
  /** Base id, unique in the host's shadow root; the input gets exactly this id (for `<label for>`). */
  id: string;
  /** Id of the listbox; default `<id>-list`. */
  listId?: string;
  /**
   * Id of the popup, an element with `popover="manual"` that holds the listbox (and the host's message), shown in
   * the top layer while it is not `hidden`; default the listbox itself, which then is the popup.
   */
  popupId?: string;
  /** Id of the element the popup is anchored to, at least as wide as it; default the input. */
  anchorId?: string;
  /** Id of the row at an index (the "load more" row is the last); default `<id>-opt-<index>`. */
  optionId?(index: number): string;
  /** Accessible name of the list of options. */
  listLabel: string;
  /** The value chosen so far (the list opens on it and marks it), and its text shown while the person is not typing. */
  value?: string;
  valueLabel: string;
  /** The options to show for the current query (the host filters or searches). */
  options: readonly T[];
  /** The content of an option's row; default its label and hint. */
  renderOption?(option: T, index: number): unknown;
  /** Text of the row shown when there is no option; none without it. */
  emptyLabel?: string;
  /** When set, a last row with this content loads more options. */
  moreLabel?: unknown;
  /** True while more options load: the row stays (and visual focus on it, to become the first new option) but does nothing. */
  moreBusy?: boolean;
  /** True while options are being fetched: a row with `busyLabel` replaces the "load more" row. */
  busy?: boolean;
  busyLabel?: string;
  /** True when the host shows a message in the popup beside the list (loading, nothing found, an error). */
  message?: boolean;
  /** Gives the input, the listbox and the rows the parts `input`, `listbox`, `option` and `option load-more`, for the host to document. */
  parts?: boolean;
  invalid?: boolean;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string | undefined;
  describedBy?: string | undefined;
}

/** Scrolling this close (px) to the end of the list loads more. */
const MORE_THRESHOLD = 48;

/**
 * An editable combobox with list autocomplete (WAI-ARIA APG "combobox with listbox popup"), rendered into the
 * host's own shadow root so `aria-activedescendant` and `<label for>` resolve: the country, currency and member
 * pickers, and the search bar. Its keyboard is `comboboxKey`.
 * Filtering is the host's: it reads `query` and passes the matching options to `render()`.
 *
 * `render()` is the whole combobox; a host with its own layout places `renderInput()` and `renderList()` itself and
 * puts `onFocusOut` on the element that holds both (focus moving inside it keeps the list open).
 */
export class ComboboxController<T extends ComboOption = ComboOption> implements ReactiveController {
  /** True when the person opened the list; it shows when it has rows or the host a message (`shown`). */
  open = false;
  /** What the person typed since the list opened. */
  query = '';
  /** True while the input shows `query` rather than the chosen value's label. */
  typing = false;
  /** The active row (visual focus), or -1 when focus is on the text. */
  active = -1;
  /** The person moved the caret (Home, End, ←, →) with the list open: visual focus stays on the text. */
  private onText = false;
  private view: ComboboxView<T> | undefined;
  /** The popup in the top layer; a field scrolled out of sight closes it. */
  private readonly popup = new AnchoredPopup(() => this.hide());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: ComboboxOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const v = this.view;
    const root = this.host.shadowRoot;
    const popup = v && root?.getElementById(v.popupId ?? this.listId(v));
    this.popup.sync(v ? root!.getElementById(v.anchorId ?? v.id) : null, popup ?? null, !!popup && !popup.hidden);
    if (this.open && this.active >= 0)
      this.host.shadowRoot?.getElementById(this.optionId(this.active))?.scrollIntoView?.({ block: 'nearest' });
  }

  hostDisconnected(): void {
    this.popup.stop();
  }

  private listId(view: ComboboxView<T>): string {
    return view.listId ?? `${view.id}-list`;
  }

  /** Closes the list and forgets the typed text (after a choice, or a reset of the form). */
  close(): void {
    this.typing = false;
    this.query = '';
    this.hide();
  }

  /** Clears the typed text (free text: empties it) and closes the list, as a second Escape does. */
  clear(): void {
    this.close();
    this.typing = !!this.config.freeText;
    this.config.onQuery?.('');
  }

  private hide(): void {
    this.open = false;
    this.active = -1;
    this.onText = false;
    this.host.requestUpdate();
  }

  /** The text in the input. */
  get text(): string {
    return this.typing ? this.query : (this.view?.valueLabel ?? '');
  }

  /** Rows that can be active: the options, and a "load more" row. */
  private get count(): number {
    const v = this.view;
    return v ? v.options.length + (v.moreLabel && !v.busy ? 1 : 0) : 0;
  }

  /** True when the listbox shows: open, with rows (options, or a note). */
  get expanded(): boolean {
    const v = this.view;
    return this.open && (this.count > 0 || !!(v?.busy ? v.busyLabel : v?.emptyLabel));
  }

  /** True when the popup shows: the listbox, or the host's message. */
  get shown(): boolean {
    return this.expanded || (this.open && !!this.view?.message);
  }

  private optionId(index: number): string {
    const v = this.view!;
    return v.optionId?.(index) ?? `${v.id}-opt-${index}`;
  }

  /** The index of the chosen value's row, or -1. */
  private get selected(): number {
    const v = this.view;
    return v?.options.findIndex((o) => o.value === v.value) ?? -1;
  }

  private choose(index: number): void {
    const v = this.view;
    const option = v?.options[index];
    if (option) {
      this.config.onSelect(option.value);
      this.close();
    } else if (index < this.count && !v?.moreBusy) this.config.onMore?.();
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.view?.disabled) return;
    const shown = this.shown;
    const result = comboboxKey(e, {
      open: shown,
      active: this.active,
      count: this.count,
      selected: this.selected,
      hasText: this.config.freeText ? this.text !== '' : this.typing,
    });
    switch (result.type) {
      case 'none':
        if (e.key === 'Enter' && this.config.onEnter?.()) e.preventDefault();
        return;
      case 'choose':
        e.preventDefault();
        this.choose(result.index);
        break;
      case 'clear':
        e.preventDefault();
        this.clear();
        break;
      case 'move':
        // An Escape that closes the list must not also close a dialog around it.
        if (e.key === 'Escape') e.stopPropagation();
        if (result.preventDefault) e.preventDefault();
        if (result.open && !shown) this.config.onOpen?.();
        this.open = result.open;
        this.active = result.active;
        this.onText = result.open && result.active < 0;
    }
    this.host.requestUpdate();
  };

  private readonly onInput = (e: InputEvent): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.typing = this.open = true;
    this.onText = false;
    // The host filters on the next render; a picker starts at the first match.
    this.active = this.config.freeText ? -1 : 0;
    this.config.onQuery?.(this.query);
    this.host.requestUpdate();
  };

  /** For the element that holds the input and the popup: focus leaving it closes the list. */
  readonly onFocusOut = (e: FocusEvent): void => {
    if ((e.currentTarget as Element).contains(e.relatedTarget as Node | null)) return;
    if (this.config.freeText) this.hide();
    else {
      // Text that names one option exactly (its value or its label, ignoring case and accents) chooses it.
      const typed = this.typing && foldForSearch(this.query.trim());
      const exact = typed
        ? this.view?.options.filter((o) => foldForSearch(o.value) === typed || foldForSearch(o.label) === typed)
        : [];
      if (exact?.length === 1) this.config.onSelect(exact[0]!.value);
      this.close();
    }
    this.config.onBlur?.();
  };

  private readonly onClick = (): void => {
    if (this.config.freeText) {
      // A click places the caret: it shows again what there is to show, and never closes.
      this.open ||= this.count > 0 || !!this.view?.message;
    } else if (this.open) this.open = false;
    else if (!this.view?.disabled) {
      this.open = true;
      this.active = Math.max(this.selected, this.count > 0 ? 0 : -1);
      this.config.onOpen?.();
    }
    this.host.requestUpdate();
  };

  private readonly onScroll = (e: Event): void => {
    const list = e.target as HTMLElement;
    const more = this.view?.options.length;
    // Not while "load more" itself is active: the next page would move visual focus onto an option the person has
    // not seen (arrowing onto it scrolls the list too). Enter loads it instead.
    if (
      this.config.scrollMore &&
      this.active !== more &&
      list.scrollTop + list.clientHeight >= list.scrollHeight - MORE_THRESHOLD
    )
      this.choose(more!);
  };

  /** Takes the view of this render: the active row follows the options. */
  private sync(view: ComboboxView<T>): void {
    this.view = view;
    const n = this.count;
    if (this.active >= n) this.active = n - 1;
    // Options that arrive while a picker's list is open (a server search) start at the first one, unless the person
    // gave visual focus back to the text.
    if (this.open && this.active < 0 && n > 0 && !this.config.freeText && !this.onText) this.active = 0;
  }

  private part(view: ComboboxView<T>, name: string) {
    return ifDefined(view.parts ? name : undefined);
  }

  /** The text input (role `combobox`). */
  renderInput(view: ComboboxView<T>): TemplateResult {
    this.sync(view);
    const expanded = this.expanded;
    return html`<input id=${view.id} part=${this.part(view, 'input')} type="text" role="combobox" autocomplete="off" autocapitalize="off"
      spellcheck="false" aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls=${this.listId(view)}
      aria-activedescendant=${ifDefined(expanded && this.active >= 0 ? this.optionId(this.active) : undefined)}
      aria-invalid=${view.invalid ? 'true' : 'false'} aria-required=${view.required ? 'true' : 'false'}
      aria-describedby=${ifDefined(view.describedBy)} placeholder=${ifDefined(view.placeholder)} ?disabled=${view.disabled}
      .value=${live(this.text)} @keydown=${this.onKeyDown} @input=${this.onInput} @click=${this.onClick} />`;
  }

  /**
   * The listbox; its rows only while it shows (249 countries would weigh on every render and audit). Without
   * `popupId` it is the popup, in the top layer while it shows.
   */
  renderList(view: ComboboxView<T>): TemplateResult {
    this.sync(view);
    const expanded = this.expanded;
    const n = view.options.length;
    const row = (i: number, content: unknown, cls: string, part = 'option') =>
      html`<li id=${this.optionId(i)} role="option" part=${this.part(view, part)} class=${cls} aria-selected=${this.active === i ? 'true' : 'false'}
        aria-disabled=${ifDefined(i < n ? undefined : view.moreBusy ? 'true' : 'false')}
        @mousedown=${(e: Event) => e.preventDefault()}
        @click=${() => {
          this.choose(i);
          this.host.shadowRoot?.getElementById(view.id)?.focus();
        }}>${content}${cls === 'selected' ? html`<span class="check" aria-hidden="true">✓</span>` : nothing}</li>`;
    const note = (label: string) =>
      html`<li role="option" aria-disabled="true" aria-selected="false" class="note">${label}</li>`;
    return html`<ul id=${this.listId(view)} part=${this.part(view, 'listbox')} role="listbox" aria-label=${view.listLabel}
      popover=${ifDefined(view.popupId ? undefined : 'manual')} aria-busy=${view.busy ? 'true' : 'false'} ?hidden=${!expanded}
      @scroll=${this.onScroll}>${
        expanded
          ? html`${view.options.map((o, i) =>
              row(
                i,
                view.renderOption?.(o, i) ??
                  html`<span class="label">${o.label}</span>${o.hint ? html`<span class="hint">${o.hint}</span>` : nothing}`,
                o.value === view.value ? 'selected' : '',
              ),
            )}${
              view.busy
                ? view.busyLabel && note(view.busyLabel)
                : view.moreLabel && row(n, view.moreLabel, 'more', 'option load-more')
            }${n || view.busy || !view.emptyLabel ? nothing : note(view.emptyLabel)}`
          : nothing
      }</ul>`;
  }

  /** The combobox: a text input and its listbox. The host renders the `<label for=${id}>`. */
  render(view: ComboboxView<T>): TemplateResult {
    return html`<div class="combo" part="combobox" @focusout=${this.onFocusOut}>${this.renderInput(view)}${this.renderList(view)}</div>`;
  }
}

/**
 * Styles for `ComboboxController.render()`; add them to the host's `styles` after `sharedStyles`. Made by a pure call, so
 * a bundle that uses the controller with its own styles (the search bar) leaves them out.
 */
export const comboboxStyles = /* @__PURE__ */ (() => css`
  ${anchoredPopupStyles}
  .combo input {
    width: 100%;
  }
  .combo [role='listbox'] {
    max-width: min(28rem, 100vw - 16px);
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
`)();
