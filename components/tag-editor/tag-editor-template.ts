import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  MAX_BUYER_TAGS,
  validateBuyerTags,
  type BuyerTag,
  type DomainCapabilities,
  type FieldError,
} from '../../sdk/index.js';
import { fieldError } from '../base/field-message.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

const blank = (s: string): boolean => s.trim() === '';

export interface BuyerTagsDraft {
  tags: BuyerTag[];
  /** The tag being composed in the add row. */
  newKey: string;
  newValue: string;
}

export const buyerTagsDraft = (tags: readonly BuyerTag[]): BuyerTagsDraft => ({
  tags: tags.map((t) => ({ ...t })),
  newKey: '',
  newValue: '',
});

/** Pointers of the add row, outside the request body's pointer space. */
export const NEW_TAG_KEY = '/newTag/key';
export const NEW_TAG_VALUE = '/newTag/value';

/** The most tags this domain allows: min(3, capabilities.maxBuyerTags). */
export const maxBuyerTags = (capabilities: DomainCapabilities | undefined): number =>
  Math.min(MAX_BUYER_TAGS, capabilities?.maxBuyerTags ?? MAX_BUYER_TAGS);

const composing = (draft: BuyerTagsDraft): boolean => draft.newKey !== '' || !blank(draft.newValue);

/** The tags a save sends: the chips, plus the tag in the add row when the person typed one (nothing typed is lost). */
export function buyerTagsToSend(draft: BuyerTagsDraft): BuyerTag[] {
  return composing(draft) ? [...draft.tags, { key: draft.newKey, value: draft.newValue }] : draft.tags;
}

/** The tags a request sends, with a key chosen (an empty key is left out, so it reads as "required"). */
export const tagsToValidate = (draft: BuyerTagsDraft): Partial<BuyerTag>[] =>
  buyerTagsToSend(draft).map((t) => (t.key === '' ? { value: t.value } : t));

/** A request's errors, those of the add row's tag moved to the add row's pointers (where the person typed it). */
export function moveAddRowErrors(errors: readonly FieldError[], draft: BuyerTagsDraft): FieldError[] {
  if (!composing(draft)) return [...errors];
  const index = `/buyerTags/${draft.tags.length}`;
  return errors.map((e) => {
    if (e.pointer === `${index}/key`) return { ...e, pointer: NEW_TAG_KEY };
    if (e.pointer === `${index}/value` || e.pointer === index) return { ...e, pointer: NEW_TAG_VALUE };
    return e;
  });
}

/** Errors of the list to send; those of the add row's tag are moved to the add row's pointers. */
export function validateBuyerTagsDraft(
  draft: BuyerTagsDraft,
  capabilities: DomainCapabilities | undefined,
): FieldError[] {
  return moveAddRowErrors(validateBuyerTags({ buyerTags: tagsToValidate(draft) }, capabilities), draft);
}

/** Errors of the add row alone, to decide whether "Add tag" may add it. */
export function newTagErrors(draft: BuyerTagsDraft, capabilities: DomainCapabilities | undefined): FieldError[] {
  return validateBuyerTagsDraft(draft, capabilities).filter(
    (e) => e.pointer === NEW_TAG_KEY || e.pointer === NEW_TAG_VALUE,
  );
}

export interface TagEditorView {
  /** The tags and the add row. */
  draft: BuyerTagsDraft;
  capabilities: DomainCapabilities | undefined;
  /** The message at `/buyerTags`, `/buyerTags/{i}/key|value`, `NEW_TAG_KEY` or `NEW_TAG_VALUE`, if any. */
  errorAt(pointer: string): string | undefined;
  /** The person changed the add row or the list (the pointers they touched). */
  onChange(draft: BuyerTagsDraft, ...pointers: string[]): void;
  /** A tag was added or removed (for the host's announcement); focus has been moved already. */
  onAnnounce?(message: string): void;
  /** Resolves once the host has rendered the change (to move focus). */
  rendered(): Promise<unknown>;
}

const close = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>`;

/**
 * The buyer-tag editor of every form: the tags as chips (each with its message), "n of max", and an add row (a key
 * of the domain not in use yet, a value) that adds with its button or Enter; at the limit it says why nothing can be
 * added. The limit and the keys come from the SDK and the domain's capabilities. Ids start with `buyer-tags`.
 */
export function tagEditor(localize: LocalizeController, view: TagEditorView): TemplateResult {
  const t = localize.term.bind(localize);
  const { draft, capabilities } = view;
  const root = (e: Event) => (e.target as Element).getRootNode() as ShadowRoot;
  const max = maxBuyerTags(capabilities);
  const used = new Set(draft.tags.map((tag) => tag.key));
  const free = (capabilities?.buyerTagKeys ?? []).filter((key) => !used.has(key));
  const reason =
    draft.tags.length >= max
      ? t('overviewBuyerTagsLimit', max)
      : free.length === 0
        ? t('overviewBuyerTagsNoKeysLeft')
        : '';
  const listError = view.errorAt('/buyerTags');
  const keyError = view.errorAt(NEW_TAG_KEY);
  const valueError = view.errorAt(NEW_TAG_VALUE);

  const add = async (e: Event) => {
    const shadow = root(e);
    if (reason) return;
    if (draft.newKey === '' || blank(draft.newValue) || newTagErrors(draft, capabilities).length) {
      view.onChange(draft, NEW_TAG_KEY, NEW_TAG_VALUE);
      shadow.querySelector<HTMLElement>(`#buyer-tags-new-${draft.newKey === '' ? 'key' : 'value'}`)?.focus();
      return;
    }
    const key = draft.newKey;
    view.onChange(
      { tags: [...draft.tags, { key, value: draft.newValue.trim() }], newKey: '', newValue: '' },
      '/buyerTags',
    );
    view.onAnnounce?.(t('overviewBuyerTagAdded', key));
    await view.rendered();
    shadow.querySelector<HTMLElement>('#buyer-tags-new-key')?.focus();
  };
  const remove = async (e: Event, index: number) => {
    const shadow = root(e);
    const removed = draft.tags[index];
    view.onChange({ ...draft, tags: draft.tags.filter((_, i) => i !== index) }, '/buyerTags');
    if (removed) view.onAnnounce?.(t('overviewBuyerTagRemoved', removed.key));
    await view.rendered();
    const buttons = shadow.querySelectorAll<HTMLElement>('.chip-remove');
    (buttons[Math.min(index, buttons.length - 1)] ?? shadow.querySelector<HTMLElement>('#buyer-tags-new-key'))?.focus();
  };

  const chips = draft.tags.map((tag, i) => {
    const error = view.errorAt(`/buyerTags/${i}/key`) ?? view.errorAt(`/buyerTags/${i}/value`);
    return html`<li part="tag" ?data-invalid=${!!error}>
      <span><span class="tag-key">${tag.key}:</span> ${tag.value}</span>
      <button
        type="button"
        class="chip-remove"
        aria-label=${t('overviewBuyerTagRemove', tag.key)}
        aria-describedby=${ifDefined(error ? `buyer-tag-${i}-error` : undefined)}
        @click=${(e: Event) => remove(e, i)}
      >
        ${close}
      </button>
      ${error ? html`<span class="field-error" id="buyer-tag-${i}-error">${error}</span>` : nothing}
    </li>`;
  });
  return html`<div class="control">
      <ul part="tags" aria-label=${t('overviewBuyerTagsList')} aria-describedby=${ifDefined(listError ? 'buyer-tags-error' : undefined)}>
        ${chips}
      </ul>
      ${draft.tags.length === 0 ? html`<p class="muted">${t('overviewBuyerTagsNone')}</p>` : nothing} ${fieldError('buyer-tags', listError)}
    </div>
    <div class="hint" id="buyer-tags-count">${t('overviewBuyerTagsCount', draft.tags.length, max)}</div>
    <div class="add-tag">
      <div class="control">
        <label for="buyer-tags-new-key">${t('overviewBuyerTagKey')}</label>
        <select
          id="buyer-tags-new-key"
          part="input"
          ?disabled=${!!reason}
          aria-invalid=${keyError ? 'true' : 'false'}
          aria-describedby=${ifDefined(keyError ? 'buyer-tags-new-key-error' : undefined)}
          @change=${(e: Event) => view.onChange({ ...draft, newKey: (e.target as HTMLSelectElement).value }, NEW_TAG_KEY)}
        >
          <option value="" ?selected=${draft.newKey === ''}>${t('overviewBuyerTagChooseKey')}</option>
          ${free.map((key) => html`<option value=${key} ?selected=${key === draft.newKey}>${key}</option>`)}
        </select>
        ${fieldError('buyer-tags-new-key', keyError)}
      </div>
      <div class="control">
        <label for="buyer-tags-new-value">${t('overviewBuyerTagValue')}</label>
        <input
          id="buyer-tags-new-value"
          part="input"
          type="text"
          autocomplete="off"
          ?disabled=${!!reason}
          .value=${live(draft.newValue)}
          aria-invalid=${valueError ? 'true' : 'false'}
          aria-describedby=${ifDefined(valueError ? 'buyer-tags-new-value-error' : undefined)}
          @input=${(e: Event) => view.onChange({ ...draft, newValue: (e.target as HTMLInputElement).value }, NEW_TAG_VALUE)}
          @keydown=${(e: KeyboardEvent) => {
            // Enter in the value adds the tag being composed, rather than submitting the whole form.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void add(e);
          }}
        />
        ${fieldError('buyer-tags-new-value', valueError)}
      </div>
      <button
        type="button"
        part="add-tag-button"
        aria-disabled=${reason ? 'true' : 'false'}
        aria-describedby=${ifDefined(reason ? 'buyer-tags-limit' : undefined)}
        @click=${add}
      >
        ${t('overviewBuyerTagAdd')}
      </button>
    </div>
    ${reason ? html`<p class="hint" id="buyer-tags-limit">${reason}</p>` : nothing}`;
}

/** The chips and the add row. */
export const tagEditorStyles = css`
  [part='tags'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='tag'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: 1px solid var(--_border);
    background: var(--_bg-alt);
    border-radius: 999px;
    padding: 2px 4px 2px 12px;
    min-height: 30px;
  }
  [part~='tag'].view {
    padding-inline-end: 12px;
  }
  [part~='tag'] .tag-key {
    color: var(--_muted);
  }
  [part~='tag'][data-invalid] {
    border-color: var(--_danger);
  }
  .chip-remove {
    min-height: 0;
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border-radius: 50%;
    border-color: transparent;
    background: transparent;
    display: inline-grid;
    place-items: center;
  }
  .chip-remove:hover {
    background: var(--_border);
  }
  .chip-remove svg {
    inline-size: 12px;
    block-size: 12px;
  }
  .add-tag {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .add-tag .control select,
  .add-tag .control input {
    max-inline-size: 14rem;
  }
  .add-tag label {
    font-size: 0.9em;
    color: var(--_muted);
  }

`;
