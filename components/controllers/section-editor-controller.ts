import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  holdsChange,
  isConflictError,
  isValidationError,
  type FieldError,
  type Organization,
  type OrganizationValues,
} from '../../sdk/index.js';
import { FormFeedbackController } from './form-feedback-controller.js';

export interface SectionEditorConfig<D> {
  /** The draft a person starts from, built from the organization. */
  draftOf(org: Organization): D;
  /** Field errors of a draft, with JSON pointers into the request body (the SDK's validators). */
  validate(draft: D): FieldError[];
  /**
   * Sends the draft. `org` is the latest known copy, whose version the SDK sends as `If-Match`; `origin` is the
   * copy the person started from (so a merge patch can send only what the person changed, even on top of a
   * fresher copy after a conflict). Resolves with the saved organization, or null when there was nothing to send.
   */
  submit(org: Organization, draft: D, signal: AbortSignal, origin: Organization): Promise<Organization | null>;
  /**
   * The values `submit` writes. After a lost answer the retry conflicts with the person's own change: when the
   * server's copy already holds these values, the save is reported saved instead of as a conflict.
   */
  sends?(org: Organization, draft: D, origin: Organization): OrganizationValues;
  /** The latest copy of the organization the widget knows. */
  latest(): Organization | undefined;
  /** The organization as the server has it now. */
  fetchFresh(signal: AbortSignal): Promise<Organization>;
  onSaved(org: Organization): void;
  /** A fresher copy arrived while resolving a conflict: the widget shows it everywhere else. */
  onFresh(org: Organization): void;
  onError(error: unknown): void;
  /** The text shown for a field error (to translate it); the error's own message by default. */
  message?(error: FieldError): string;
}

/** A save that failed because someone else changed the organization first. */
export interface SectionConflict {
  /** The copy the person started editing from. */
  before: Organization;
  /** The copy on the server now; undefined while it loads or when it could not be loaded (`loadError`). */
  fresh: Organization | undefined;
  loadError?: unknown;
}

const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/**
 * Edit-in-place for one section of an organization: a draft, validation as the person types, a save that sends
 * the version, and recovery from every failure without losing what was typed.
 *
 * - Client errors show at a field once the person changed it, and at every field after a save attempt.
 * - Server field errors (422) show at their fields until the person changes that field.
 * - A conflict (412) keeps the draft, loads the fresh copy, and lets the person re-apply or discard; unless the fresh
 *   copy already holds what the save sends (a retry after a lost answer): then it is saved.
 * - Any other failure (network, timeout, 5xx, …) keeps the draft and the section in edit mode.
 */
export class SectionEditorController<D> implements ReactiveController {
  editing = false;
  pending = false;
  draft: D | undefined;
  /** The copy the edits are compared with in a conflict: where they started, or the fresh copy after a re-apply. */
  base: Organization | undefined;
  /** The copy the edits started from; it stays the same through re-applies. */
  origin: Organization | undefined;
  /** The failure of the last save, for the banner. */
  error: unknown;
  conflict: SectionConflict | undefined;
  private readonly feedback: FormFeedbackController;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: SectionEditorConfig<D>,
  ) {
    host.addController(this);
    this.feedback = new FormFeedbackController(host);
  }

  /** True after a save attempt: every client error shows. */
  get submitted(): boolean {
    return this.feedback.submitted;
  }

  /** The server's field errors of the last save. */
  get serverErrors(): readonly FieldError[] {
    return this.feedback.serverErrors;
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Opens the section for editing from the latest copy. */
  start(): void {
    const org = this.config.latest();
    if (!org) return;
    this.editing = true;
    this.base = org;
    this.origin = org;
    this.draft = this.config.draftOf(org);
    this.clearFeedback();
    this.host.requestUpdate();
  }

  /** Replaces the draft after the person changed the fields at `pointers`. */
  update(draft: D, ...pointers: string[]): void {
    this.draft = draft;
    for (const pointer of pointers) {
      this.feedback.touch(pointer);
      this.feedback.edited(pointer);
    }
    this.host.requestUpdate();
  }

  /** Closes the editor and drops the draft (the person chose to). */
  cancel(): void {
    this.abort?.abort();
    this.reset();
    this.host.requestUpdate();
  }

  /** Forgets everything (another organization is shown). */
  reset(): void {
    this.editing = false;
    this.pending = false;
    this.draft = undefined;
    this.base = undefined;
    this.origin = undefined;
    this.clearFeedback();
  }

  /** Every client error of the draft. */
  get clientErrors(): FieldError[] {
    return this.draft === undefined ? [] : this.config.validate(this.draft);
  }

  /** The message to show at a field, or undefined. */
  errorAt(pointer: string): string | undefined {
    const error = this.feedback.errorAt(pointer, this.clientErrors);
    if (!error) return undefined;
    return this.config.message ? this.config.message(error) : error.message;
  }

  /** Saves the draft. Resolves true when saved (or nothing to save), false otherwise. */
  async save(): Promise<boolean> {
    // While a conflict is shown, the person decides first: re-apply (which clears it) or discard.
    if (this.pending || this.conflict || this.draft === undefined) return false;
    const org = this.config.latest();
    if (!org) return false;
    this.feedback.submit();
    if (this.clientErrors.length > 0) return false;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.pending = true;
    this.error = undefined;
    this.conflict = undefined;
    this.host.requestUpdate();
    const draft = this.draft;
    const origin = this.origin ?? org;
    try {
      const saved = await this.config.submit(org, draft, abort.signal, origin);
      this.reset();
      if (saved) this.config.onSaved(saved);
      return true;
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return false;
      this.pending = false;
      if (isConflictError(error)) {
        this.conflict = { before: this.base ?? org, fresh: undefined };
        this.host.requestUpdate();
        await this.loadFresh(abort.signal);
        const fresh = this.conflict?.fresh;
        const sends = this.config.sends?.(org, draft, origin);
        if (fresh && sends && holdsChange(fresh, sends)) {
          // The person's own change, applied by an attempt whose answer was lost: saved, not a conflict.
          this.reset();
          this.config.onSaved(fresh);
          return true;
        }
      } else {
        if (isValidationError(error)) this.feedback.fail(error.fieldErrors);
        this.error = error;
      }
      this.config.onError(error);
      return false;
    } finally {
      if (this.abort === abort) this.abort = undefined;
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  /** Saves the person's edits on top of the fresh copy. */
  async reapply(): Promise<boolean> {
    const fresh = this.conflict?.fresh;
    if (!fresh) {
      await this.loadFresh(new AbortController().signal);
      return false;
    }
    this.base = fresh;
    this.conflict = undefined;
    return this.save();
  }

  /** Drops the person's edits; the fresh copy is already on screen. */
  discard(): void {
    this.reset();
    this.host.requestUpdate();
  }

  private async loadFresh(signal: AbortSignal): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    try {
      const fresh = await this.config.fetchFresh(signal);
      if (this.conflict !== conflict) return;
      this.conflict = { before: conflict.before, fresh };
      this.config.onFresh(fresh);
    } catch (loadError) {
      if (this.conflict !== conflict || isAbort(loadError)) return;
      this.conflict = { before: conflict.before, fresh: undefined, loadError };
    }
    this.host.requestUpdate();
  }

  private clearFeedback(): void {
    this.feedback.clear();
    this.error = undefined;
    this.conflict = undefined;
  }
}
