/**
 * The two dialogs of the status control, Suspend and Delete, as templates of a small view: the element keeps the
 * state, the requests and the focus; these show it. Both share one frame (title, body, failure, Cancel and submit).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  MAX_NOTE_LENGTH,
  SUSPENSION_REASONS,
  validateSuspend,
  type FieldError,
  type Organization,
  type SuspendRequest,
  type SuspensionReason,
} from '../../sdk/index.js';
import { fieldError, fieldMessage } from '../base/field-message.js';
import { SUSPENSION_REASON_KEYS } from '../base/labels.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

const DAY_MS = 86_400_000;

/** What both dialogs show and report. */
interface DialogView {
  org: Organization;
  /** This dialog's request is in flight. */
  busy: boolean;
  /** The failure of this dialog's last attempt (its live region, empty when none). */
  error: TemplateResult;
  onSubmit(event: SubmitEvent): void;
  /** The dialog's `cancel` (Escape). */
  onCancel(event: Event): void;
  /** The dialog's `close`. */
  onClose(): void;
  /** The Cancel button. */
  close(event: Event): void;
}

export interface SuspendDialogView extends DialogView {
  reason: SuspensionReason | '';
  note: string;
  /** The person tried to submit: the field errors show. */
  tried: boolean;
  onReason(reason: SuspensionReason): void;
  onNote(note: string): void;
}

export interface DeleteDialogView extends DialogView {
  /** Days until the purge; 0 deletes at once. */
  graceDays: number;
  /** What the person typed to confirm (must be the organization's name). */
  confirmName: string;
  onConfirmName(name: string): void;
}

/** The suspension the dialog's fields stand for (an empty note is left out). */
export function suspendRequest(reason: SuspensionReason | '', note: string): SuspendRequest {
  const trimmed = note.trim();
  return { reason: reason as SuspensionReason, ...(trimmed ? { note: trimmed } : {}) };
}

function frame(
  localize: LocalizeController,
  kind: 'suspend' | 'delete',
  view: DialogView,
  describedBy: string,
  body: TemplateResult,
  submit: TemplateResult,
): TemplateResult {
  return html`<dialog
    id="${kind}-dialog"
    part="dialog ${kind}-dialog"
    aria-labelledby="${kind}-title"
    aria-describedby=${describedBy}
    @cancel=${view.onCancel}
    @close=${view.onClose}
  >
    <form novalidate @submit=${view.onSubmit}>
      <h2 id="${kind}-title">${localize.term(kind === 'suspend' ? 'statusControlSuspendTitle' : 'statusControlDeleteTitle', view.org.name)}</h2>
      ${body} ${view.error}
      <div class="buttons">
        <button type="button" @click=${view.close}>${localize.term('cancel')}</button>
        ${submit}
      </div>
    </form>
  </dialog>`;
}

function noteErrorText(localize: LocalizeController, error: FieldError | undefined, length: number): string {
  return length > MAX_NOTE_LENGTH || !error
    ? localize.term('fieldTooLong', MAX_NOTE_LENGTH)
    : fieldMessage(error, localize);
}

/** Suspend: a reason (required) and a note (optional, counted against the SDK's `MAX_NOTE_LENGTH`). */
export function suspendDialog(localize: LocalizeController, view: SuspendDialogView): TemplateResult {
  const t = localize.term.bind(localize);
  const errors = view.tried ? validateSuspend(suspendRequest(view.reason, view.note)) : [];
  const reasonError = errors.find((e) => e.pointer === '/reason');
  const noteError = errors.find((e) => e.pointer === '/note');
  const noteLength = [...view.note.trim()].length;
  const noteInvalid = !!noteError || noteLength > MAX_NOTE_LENGTH;
  const body = html`<p id="suspend-intro" class="info-box">${t('statusControlSuspendIntro')}</p>
    <div class="field">
      <label for="reason">${t('statusControlReasonLabel')}</label>
      <select
        id="reason"
        required
        aria-invalid=${reasonError ? 'true' : 'false'}
        aria-describedby=${reasonError ? 'reason-error' : nothing}
        .value=${view.reason}
        @change=${(e: Event) => view.onReason((e.target as HTMLSelectElement).value as SuspensionReason)}
      >
        <option value="" ?selected=${view.reason === ''}>${t('statusControlReasonPlaceholder')}</option>
        ${SUSPENSION_REASONS.map((r) => html`<option value=${r} ?selected=${view.reason === r}>${t(SUSPENSION_REASON_KEYS[r])}</option>`)}
      </select>
      ${fieldError('reason', reasonError && t('statusControlReasonRequired'))}
    </div>
    <div class="field">
      <label for="note">${t('statusControlNoteLabel')}</label>
      <textarea
        id="note"
        aria-invalid=${noteInvalid ? 'true' : 'false'}
        aria-describedby="note-count${noteError ? ' note-error' : ''}"
        .value=${view.note}
        @input=${(e: Event) => view.onNote((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div id="note-count" class="hint">${t('statusControlNoteCount', noteLength, MAX_NOTE_LENGTH)}</div>
      ${fieldError('note', noteInvalid ? noteErrorText(localize, noteError, noteLength) : undefined)}
    </div>`;
  const submit = html`<button type="submit" class="primary" aria-disabled=${view.busy ? 'true' : 'false'}>
    ${t(view.busy ? 'statusControlSuspending' : 'statusControlSuspend')}
  </button>`;
  return frame(localize, 'suspend', view, 'suspend-intro', body, submit);
}

/** Delete: what will happen (now, or after the grace period), confirmed by typing the organization's name. */
export function deleteDialog(localize: LocalizeController, view: DeleteDialogView): TemplateResult {
  const t = localize.term.bind(localize);
  const { org, graceDays } = view;
  const until = localize.date(new Date(Date.now() + graceDays * DAY_MS), { dateStyle: 'long' });
  const matches = view.confirmName === org.name;
  const body = html`<p id="delete-consequence" class="warning-box">
      ${graceDays > 0 ? t('statusControlDeleteScheduled', until) : t('statusControlDeleteImmediate')}
    </p>
    <div class="field">
      <label for="confirm-name">${t('statusControlConfirmLabel')} <span class="confirm-name">${org.name}</span></label>
      <input
        id="confirm-name"
        part="confirm-input"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-describedby="confirm-hint"
        .value=${view.confirmName}
        @input=${(e: Event) => view.onConfirmName((e.target as HTMLInputElement).value)}
      />
      <div id="confirm-hint" class=${matches ? 'matches' : 'hint'} aria-live="polite">
        ${t(matches ? 'statusControlConfirmMatches' : 'statusControlConfirmHint')}
      </div>
    </div>`;
  const submit = html`<button type="submit" class="danger" ?disabled=${!matches} aria-disabled=${view.busy ? 'true' : nothing}>
    ${t(view.busy ? 'statusControlDeleting' : 'statusControlDelete')}
  </button>`;
  return frame(localize, 'delete', view, 'delete-consequence', body, submit);
}
