/**
 * What every section of the Overview is made of: the frame (heading, edit button, and in edit mode a form ending
 * with the section's footer: the outcome of the last save, Save and Cancel), the label/value rows, and the inputs
 * bound to a section's draft.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  isApiError,
  isAssignedCountry,
  type AllowedActions,
  type FieldError,
  type Organization,
} from '../../sdk/index.js';
import { countryOptions, filterOptions, type ComboboxController } from '../controllers/combobox-controller.js';
import { changeErrorText, errorText, mayHaveBeenApplied } from '../base/error-text.js';
import { fieldError, fieldMessage } from '../base/field-message.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { SectionEditorController } from '../controllers/section-editor-controller.js';
import '../form-feedback/form-feedback.js';
import type { BuyerTagsDraft } from '../tag-editor/tag-editor-template.js';
import { sectionChanges, type BillingDraft, type InformationDraft, type SectionId } from './overview-drafts.js';

/** The editor of each section. */
export interface SectionEditors {
  information: SectionEditorController<InformationDraft>;
  billing: SectionEditorController<BillingDraft>;
  'buyer-tags': SectionEditorController<BuyerTagsDraft>;
}

/** What the element gives every section. */
export interface SectionContext {
  localize: LocalizeController;
  org: Organization;
  /** What the signed-in person may do to it (undefined until both are loaded). */
  actions: AllowedActions | undefined;
  editors: SectionEditors;
  /** The section's edit button was pressed. */
  edit(section: SectionId): void;
  /** Save (the form was submitted) or Try again. */
  save(section: SectionId, event?: Event): void;
  /** After a conflict: send the person's edits again on top of the fresh copy. */
  reapply(section: SectionId): void;
  /** After a conflict: drop the person's edits. */
  discard(section: SectionId): void;
  cancel(section: SectionId): void;
}

export const SECTION_TITLES = {
  information: 'overviewSectionInformation',
  billing: 'overviewSectionBilling',
  'buyer-tags': 'overviewSectionBuyerTags',
} as const;

const editIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 20h9" /><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" /></svg>`;

/**
 * A section: its heading with the edit button, then `content`; in edit mode `content` is the section's form
 * fields, followed by the footer. `placed`: the pointers the form shows at a field (the footer lists the others).
 * The footer says what happened to the last save (another admin's change with what changed and Re-apply /
 * Discard; refused input as "Organization is invalid." with the field messages; any other failure with Try again;
 * the person's input is kept in every case), then Save and Cancel.
 */
export function section(
  ctx: SectionContext,
  id: SectionId,
  editing: boolean,
  content: TemplateResult,
  placed: readonly string[] = [],
): TemplateResult {
  const title = ctx.localize.term(SECTION_TITLES[id]);
  const edit = ctx.localize.term('overviewEditSection', title);
  return html`<section part="section section-${id}" class=${editing ? 'editing' : ''} data-section=${id} aria-labelledby="${id}-title">
    <div class="section-header">
      <h3 id="${id}-title">${title}</h3>
      ${
        ctx.actions?.edit && !editing
          ? html`<button type="button" part="edit-button" aria-label=${edit} title=${edit} @click=${() => ctx.edit(id)}>${editIcon}</button>`
          : nothing
      }
    </div>
    ${editing ? html`<form novalidate @submit=${(e: Event) => ctx.save(id, e)}>${resumedNote(ctx, id)}${content}${sectionFooter(ctx, id, placed)}</form>` : content}
  </section>`;
}

/** Above the fields of edits kept from an earlier visit: a calm word on where they come from (the live region says it once). */
function resumedNote(ctx: SectionContext, id: SectionId): TemplateResult | typeof nothing {
  return ctx.editors[id].resumed
    ? html`<p class="banner" part="draft-note">${ctx.localize.term('overviewDraftResumed')}</p>`
    : nothing;
}

/** One label and value row; `name` adds its `field-<name>` part. */
export function field(label: string | TemplateResult, value: unknown, name = ''): TemplateResult {
  return html`<div part="field${name ? ` field-${name}` : ''}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** A country code as people read it: "SG · Singapore". */
export const countryName = (localize: LocalizeController, code: string): string =>
  localize.term('overviewCodeAndName', code, localize.displayName('region', code));

/** A text input bound to a section draft, with its error message wired up (aria-invalid + aria-describedby). */
export function draftInput<D>(
  editor: SectionEditorController<D>,
  id: string,
  pointer: string,
  value: string,
  apply: (draft: D, value: string) => D,
  type = 'text',
  autocomplete = 'off',
): TemplateResult {
  const error = editor.errorAt(pointer);
  return html`<input
      id=${id}
      part="input"
      type=${type}
      autocomplete=${autocomplete}
      data-pointer=${pointer}
      .value=${live(value)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
      @input=${(e: Event) => editor.update(apply(editor.draft as D, (e.target as HTMLInputElement).value), pointer)}
    />${fieldError(id, error)}`;
}

/** The country picker of a section: the kit's combobox over the assigned countries. */
export function countryPicker(
  localize: LocalizeController,
  box: ComboboxController,
  editor: SectionEditorController<{ countryCode: string }>,
  id: string,
  pointer: string,
): TemplateResult {
  const error = editor.errorAt(pointer);
  const value = editor.draft?.countryCode ?? '';
  return html`${box.render({
    id,
    listLabel: localize.term('overviewFieldCountry'),
    value,
    valueLabel: isAssignedCountry(value) ? localize.displayName('region', value) : value,
    options: filterOptions(countryOptions(localize), box.query),
    emptyLabel: localize.term('createNoMatch'),
    placeholder: localize.term('overviewChooseCountry'),
    invalid: !!error,
    describedBy: error ? `${id}-error` : undefined,
  })}${fieldError(id, error)}`;
}

const CHANGE_LABELS = {
  name: 'overviewFieldName',
  country: 'overviewFieldCountry',
  billingName: 'overviewBillingName',
  billingEmail: 'overviewBillingEmail',
  address: 'address',
  tax: 'overviewBillingTax',
  buyerTags: 'overviewSectionBuyerTags',
} as const;

/**
 * The end of a section in edit mode: what happened to the last save (another admin's change with what changed and
 * Re-apply / Discard; refused input as "Organization is invalid." with the field messages; any other failure with
 * Try again; the person's input is kept in every case), then Save and Cancel.
 */
function sectionFooter(ctx: SectionContext, section: SectionId, placed: readonly string[]): TemplateResult {
  const { localize } = ctx;
  const editor = ctx.editors[section];
  return html`${conflictBanner(ctx, section)}${saveErrorBanner(ctx, section, placed)}
    <div class="actions">
      <button
        type="submit"
        class="primary"
        aria-disabled=${editor.pending || editor.conflict ? 'true' : 'false'}
        aria-label=${localize.term('overviewSaveSection', localize.term(SECTION_TITLES[section]))}
      >
        ${localize.term(editor.pending ? 'saving' : 'save')}
      </button>
      <button type="button" @click=${() => ctx.cancel(section)}>${localize.term('cancel')}</button>
    </div>`;
}

function saveErrorBanner(
  ctx: SectionContext,
  section: SectionId,
  placed: readonly string[],
): TemplateResult | typeof nothing {
  const { localize } = ctx;
  const editor: SectionEditorController<unknown> = ctx.editors[section];
  const error = editor.error;
  // Refused input, by the section's own check or the server's (422): the seed's summary, with what to fix under it.
  if ((isApiError(error) && error.type === 'validation') || (editor.submitted && editor.clientErrors.length > 0)) {
    // Errors whose field this section does not show are listed too, so none is hidden.
    const unplaced = editor.serverErrors.filter((e: FieldError) => !placed.includes(e.pointer));
    return html`<div role="alert">
      <sh-form-feedback
        class="banner error"
        heading=${localize.term('organizationInvalid')}
        .messages=${unplaced.map((e) => fieldMessage(e, localize))}
        .revision=${{}}
      ></sh-form-feedback>
    </div>`;
  }
  if (!error) return nothing;
  return html`<div class="banner error" role="alert">
    <p>
      ${
        mayHaveBeenApplied(error)
          ? changeErrorText(error, localize, 'overviewSaveUnconfirmed')
          : localize.term('overviewSaveFailed', errorText(error, localize))
      }
    </p>
    <div class="actions">
      <button type="button" class="small" @click=${() => ctx.save(section)}>${localize.term('retry')}</button>
    </div>
  </div>`;
}

function conflictBanner(ctx: SectionContext, section: SectionId): TemplateResult | typeof nothing {
  const { localize } = ctx;
  const conflict = ctx.editors[section].conflict;
  if (!conflict) return nothing;
  let body: TemplateResult;
  if (conflict.fresh) {
    const changes = sectionChanges(section, conflict.before, conflict.fresh, {
      label: (key) => localize.term(CHANGE_LABELS[key]),
      country: (code) => countryName(localize, code),
      none: localize.term('overviewNotSet'),
    });
    body = changes.length
      ? html`<p>${localize.term('overviewConflictChanges')}</p>
          <ul part="conflict-changes">
            ${changes.map((c) => html`<li>${localize.term('overviewConflictChange', c.field, c.from, c.to)}</li>`)}
          </ul>`
      : html`<p>${localize.term('overviewConflictNoSectionChanges')}</p>`;
  } else if (conflict.loadError) {
    body = html`<p>${localize.term('overviewConflictLoadFailed')} ${errorText(conflict.loadError, localize)}</p>`;
  } else {
    body = html`<p>${localize.term('loading')}</p>`;
  }
  return html`<div class="banner warning" role="alert" part="conflict">
    <p><strong>${localize.term('overviewConflictTitle')}</strong></p>
    ${body}
    <p>${localize.term('overviewConflictKept')}</p>
    <div class="actions">
      <button type="button" class="primary small" @click=${() => ctx.reapply(section)}>
        ${localize.term(conflict.fresh || !conflict.loadError ? 'overviewConflictReapply' : 'retry')}
      </button>
      <button type="button" class="small" @click=${() => ctx.discard(section)}>${localize.term('overviewConflictDiscard')}</button>
    </div>
  </div>`;
}
