import { html, nothing, type TemplateResult } from 'lit';
import { isApiError, type FieldError } from '../../sdk/index.js';
import { errorText } from '../base/error-text.js';
import { fieldMessage } from '../base/field-message.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { SectionEditorController } from '../controllers/section-editor-controller.js';
import '../form-feedback/form-feedback.js';
import { sectionChanges, type SectionId } from './overview-drafts.js';

export interface SectionFooterView {
  section: SectionId;
  /** The section's title, for the Save button's name. */
  title: string;
  /** The pointers the section shows at a field (other server errors are listed in the summary). */
  placed: readonly string[];
  /** A country code as people read it ("SG · Singapore"), for the conflict's list of changes. */
  country(code: string): string;
  save(): void;
  reapply(): void;
  discard(): void;
  cancel(): void;
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
export function sectionFooter(localize: LocalizeController, editor: SectionEditorController<unknown>, view: SectionFooterView): TemplateResult {
  return html`${conflictBanner(localize, editor, view)}${saveErrorBanner(localize, editor, view)}
    <div class="actions">
      <button
        type="submit"
        class="primary"
        aria-disabled=${editor.pending || editor.conflict ? 'true' : 'false'}
        aria-label=${localize.term('overviewSaveSection', view.title)}
      >
        ${localize.term(editor.pending ? 'saving' : 'save')}
      </button>
      <button type="button" @click=${view.cancel}>${localize.term('cancel')}</button>
    </div>`;
}

function saveErrorBanner(localize: LocalizeController, editor: SectionEditorController<unknown>, view: SectionFooterView): TemplateResult | typeof nothing {
  const error = editor.error;
  // Refused input, by the section's own check or the server's (422): the seed's summary, with what to fix under it.
  if ((isApiError(error) && error.type === 'validation') || (editor.submitted && editor.clientErrors.length > 0)) {
    // Errors whose field this section does not show are listed too, so none is hidden.
    const unplaced = editor.serverErrors.filter((e: FieldError) => !view.placed.includes(e.pointer));
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
    <p>${localize.term('overviewSaveFailed', errorText(error, localize))}</p>
    <div class="actions">
      <button type="button" class="small" @click=${view.save}>${localize.term('retry')}</button>
    </div>
  </div>`;
}

function conflictBanner(localize: LocalizeController, editor: SectionEditorController<unknown>, view: SectionFooterView): TemplateResult | typeof nothing {
  const conflict = editor.conflict;
  if (!conflict) return nothing;
  let body: TemplateResult;
  if (conflict.fresh) {
    const changes = sectionChanges(view.section, conflict.before, conflict.fresh, {
      label: (key) => localize.term(CHANGE_LABELS[key]),
      country: view.country,
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
      <button type="button" class="primary small" @click=${view.reapply}>
        ${localize.term(conflict.fresh || !conflict.loadError ? 'overviewConflictReapply' : 'retry')}
      </button>
      <button type="button" class="small" @click=${view.discard}>${localize.term('overviewConflictDiscard')}</button>
    </div>
  </div>`;
}
