/**
 * The two forms of the remote-support widget, as templates of a small view: asking for access (a reason and a
 * duration) and the customer's decision (approve for a duration, or reject with a note). The element keeps what
 * was typed and sends the requests; the limits come from the SDK's validators.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { validateReject, type FieldError } from '../../sdk/index.js';
import { fieldError, fieldMessage } from '../base/field-message.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import { durationPicker, type DurationState } from './duration.js';
import type { RemoteSupportAction } from './request-panels.js';

interface FormView {
  duration: DurationState;
  /** The one-click durations to offer. */
  choices: number[];
  /** The domain's longest grant, in minutes. */
  max: number;
  pending: RemoteSupportAction | null;
  onDuration(next: DurationState): void;
  onSubmit(event: SubmitEvent): void;
}

export interface RequestFormView extends FormView {
  reason: string;
  /** The request's field errors, once the person tried to send it. */
  errors: readonly FieldError[];
  onReason(reason: string): void;
}

export interface DecisionFormView extends FormView {
  /** The duration is refused (shown once the person tried to approve). */
  durationInvalid: boolean;
  note: string;
  onNote(note: string): void;
  onReject(): void;
}

/** A text's field error in plain words ("required" and "too short" both ask for a reason). */
function textError(
  localize: LocalizeController,
  id: string,
  error: FieldError | undefined,
): TemplateResult | typeof nothing {
  const required = error?.code === 'too-short' || error?.code === 'required';
  return fieldError(
    id,
    error && (required ? localize.term('remoteSupportReasonRequired') : fieldMessage(error, localize)),
  );
}

const busy = (pending: RemoteSupportAction | null) => (pending ? 'true' : 'false');

export function requestForm(localize: LocalizeController, view: RequestFormView): TemplateResult {
  const t = localize.term.bind(localize);
  const reasonError = view.errors.find((e) => e.pointer === '/reason');
  return html`<form part="request-form" class="panel" novalidate aria-labelledby="request-title" @submit=${view.onSubmit}>
    <h3 id="request-title">${t('remoteSupportRequestTitle')}</h3>
    <div class="field">
      <label for="reason">${t('remoteSupportReasonLabel')}</label>
      <textarea
        id="reason"
        required
        aria-invalid=${reasonError ? 'true' : 'false'}
        aria-describedby="reason-hint${reasonError ? ' reason-error' : ''}"
        .value=${view.reason}
        @input=${(e: Event) => view.onReason((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div id="reason-hint" class="hint">${t('remoteSupportReasonHint')}</div>
      ${textError(localize, 'reason', reasonError)}
    </div>
    ${durationPicker(localize, {
      id: 'request-duration',
      legend: 'remoteSupportDurationLabel',
      value: view.duration,
      choices: view.choices,
      max: view.max,
      invalid: view.errors.some((e) => e.pointer === '/requestedMinutes'),
      onChange: view.onDuration,
    })}
    <div class="buttons">
      <button type="submit" class="primary" aria-disabled=${busy(view.pending)}>
        ${t(view.pending === 'request' ? 'remoteSupportRequesting' : 'remoteSupportRequest')}
      </button>
    </div>
  </form>`;
}

export function decisionForm(localize: LocalizeController, view: DecisionFormView): TemplateResult {
  const t = localize.term.bind(localize);
  const note = view.note.trim();
  const noteError = note ? validateReject({ note })[0] : undefined;
  return html`<form part="decision" class="panel" novalidate @submit=${view.onSubmit} aria-labelledby="decide-title">
    <h3 id="decide-title">${t('remoteSupportDecideTitle')}</h3>
    ${durationPicker(localize, {
      id: 'approve-duration',
      legend: 'remoteSupportApproveDurationLabel',
      value: view.duration,
      choices: view.choices,
      max: view.max,
      invalid: view.durationInvalid,
      onChange: view.onDuration,
    })}
    <div class="field">
      <label for="reject-note">${t('remoteSupportRejectNoteLabel')}</label>
      <textarea
        id="reject-note"
        aria-invalid=${noteError ? 'true' : 'false'}
        aria-describedby=${noteError ? 'reject-note-error' : nothing}
        .value=${view.note}
        @input=${(e: Event) => view.onNote((e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${textError(localize, 'reject-note', noteError)}
    </div>
    <div class="buttons">
      <button type="submit" class="primary" aria-disabled=${busy(view.pending)}>
        ${t(view.pending === 'approve' ? 'remoteSupportApproving' : 'remoteSupportApprove')}
      </button>
      <button type="button" class="danger-outline" aria-disabled=${busy(view.pending)} @click=${view.onReject}>
        ${t(view.pending === 'reject' ? 'remoteSupportRejecting' : 'remoteSupportReject')}
      </button>
    </div>
  </form>`;
}
