import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  allowedActions,
  holdsChange,
  isApiError,
  isConflictError,
  isNotFoundError,
  isPurgeDue,
  validateSuspend,
  type Organization,
  type OrganizationStatus,
  type OrganizationValues,
  type SuspendRequest,
  type SuspensionReason,
} from '../../sdk/index.js';
import { ShEditingElement } from '../base/editing-element.js';
import { changeErrorText, errorText } from '../base/error-text.js';
import { STATUS_KEYS, SUSPENSION_REASON_KEYS } from '../base/labels.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { ActionController, type ActionResult } from '../controllers/action-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { ShBeforeDeleteEvent } from '../events/before-delete-event.js';
import { ShBeforeSuspendEvent } from '../events/before-suspend-event.js';
import { ShDeletedEvent } from '../events/deleted-event.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShStatusChangedEvent } from '../events/status-changed-event.js';
import { formPanelStyles } from './form-panel.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { statusBadge } from '../styles/status-badge.js';
import type { MessageKey } from '../translations/localize.js';
import { statusControlStyles } from './status-control.styles.js';
import { deleteDialog, suspendDialog, suspendRequest } from './status-dialogs.js';
import { addEnglish } from '../translations/localize.js';
import { status } from '../translations/en/status.js';

type Action = 'suspend' | 'activate' | 'delete' | 'restore';

/**
 * @summary The "Organization Status Control": the current status and the actions the lifecycle and the caller's
 * permissions allow: Suspend (temporary, reversible), Activate, Delete (permanent, confirmed by typing the name),
 * and Restore while pending deletion.
 *
 * @fires {ShBeforeSuspendEvent} sh-before-suspend - Cancelable, right before a suspension is sent (`organization`, `input`).
 * @fires {ShBeforeDeleteEvent} sh-before-delete - Cancelable, right before a deletion is sent (`organization`, `immediate`).
 * @fires {ShStatusChangedEvent} sh-status-changed - After the server changed the status (`organization`, `from`, `to`).
 * @fires {ShDeletedEvent} sh-deleted - After the server accepted a deletion (`uuid`, `purged`, `organization` or null).
 * @fires {ShUnsavedChangesEvent} sh-unsaved-changes - `hasUnsavedChanges` changed: the open Suspend dialog holds a reason or a note, or the open Delete dialog a typed name, until it is done or closed.
 * @fires {ShErrorEvent} sh-error - An action failed (`error`); the control shows why, and an open dialog keeps its input.
 *
 * @csspart base - The component's root.
 * @csspart title - The "Organization Status Control" heading (absent when `embedded`).
 * @csspart status - The status badge.
 * @csspart details - Reason, note and deletion date.
 * @csspart actions - The row of action buttons.
 * @csspart suspend-button - Opens the suspend dialog.
 * @csspart activate-button - Activates a suspended organization.
 * @csspart delete-button - Opens the delete dialog.
 * @csspart restore-button - Restores an organization pending deletion.
 * @csspart dialog - Both dialogs.
 * @csspart suspend-dialog - The suspend dialog.
 * @csspart delete-dialog - The delete dialog.
 * @csspart confirm-input - The field where the organization's name is typed.
 * @csspart message - The announcement of a successful change.
 * @csspart error - The plain-words explanation of a failure.
 *
 * @cssproperty --sh-status-control-gap - Space between rows.
 * @cssproperty --sh-status-control-padding - Padding of the root.
 * @cssproperty --sh-status-control-background - Background of the root.
 * @cssproperty --sh-status-control-border-color - Border of the root.
 * @cssproperty --sh-status-control-radius - Corner radius of the root and dialogs.
 * @cssproperty --sh-status-control-dialog-width - Width of the dialogs.
 * @cssproperty --sh-status-control-danger-color - Delete button and deletion warnings.
 * @cssproperty --sh-status-control-on-danger-color - Text on the Delete button.
 * @cssproperty --sh-status-control-warning-color - Suspend button and suspension notes.
 * @cssproperty --sh-status-control-backdrop - Backdrop behind an open dialog.
 */
export class ShStatusControl extends ShEditingElement {
  static override styles = [sharedStyles, formPanelStyles, statusControlStyles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly organization = new OrganizationController(
    this,
    () => this.client,
    () => this.organizationId,
  );
  private readonly action = new ActionController<Action>(this);
  private readonly dialogs = new ModalDialogController(this, () => this.focusFallback());

  @query('#suspend-dialog') private suspendDialog?: HTMLDialogElement;
  @query('#delete-dialog') private deleteDialog?: HTMLDialogElement;

  @state() private reason: SuspensionReason | '' = '';
  @state() private note = '';
  @state() private confirmName = '';
  /** Field errors of the suspend form, shown once the person tried to submit. */
  @state() private suspendTried = false;
  /** The announcement of the last successful change. */
  @state() private message = '';
  /** Set when the organization was purged by this element. */
  @state() private purgedName: string | null = null;

  /** UUID of the organization whose status is controlled. */
  @property({ attribute: 'organization-id' }) organizationId = '';
  /**
   * Renders without its own heading and frame, for a host section that has them (the Overview's
   * "Organization Status Control" slot). The region keeps its name for assistive technology.
   */
  @property({ type: Boolean, reflect: true }) embedded = false;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('organizationId') && changed.get('organizationId') !== undefined) {
      this.purgedName = null;
      this.message = '';
      this.resetForms();
    }
  }

  protected override holdsUnsavedInput(): boolean {
    const suspend = !!this.suspendDialog?.open && (this.reason !== '' || this.note.trim() !== '');
    return suspend || (!!this.deleteDialog?.open && this.confirmName !== '');
  }

  // ── handlers ──────────────────────────────────────────────────────────────

  private openSuspend(e: Event): void {
    this.action.clearError();
    this.message = '';
    this.dialogs.open(this.suspendDialog, e.currentTarget as HTMLElement);
  }

  private openDelete(e: Event): void {
    this.action.clearError();
    this.message = '';
    this.dialogs.open(this.deleteDialog, e.currentTarget as HTMLElement);
  }

  private closeDialog(e: Event): void {
    this.dialogs.close((e.currentTarget as HTMLElement).closest('dialog'));
  }

  private onDialogCancel(e: Event): void {
    // Escape while a request is in flight would hide its outcome.
    if (this.action.busy) e.preventDefault();
  }

  private onDialogClose = (): void => {
    if (!this.action.busy) this.action.clearError();
    this.suspendTried = false;
    this.dialogs.onClose();
    // What a closed dialog holds is no unsaved input: `hasUnsavedChanges` is worked out again after a render.
    this.requestUpdate();
  };

  private get suspendInput(): SuspendRequest {
    return suspendRequest(this.reason, this.note);
  }

  private async onSuspendSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const org = this.organization.value;
    if (!org || this.action.busy) return;
    this.suspendTried = true;
    if (validateSuspend(this.suspendInput).length) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid=true]')?.focus(),
      );
      return;
    }
    if (!this.emit(new ShBeforeSuspendEvent(org, this.suspendInput))) return;
    const input = this.suspendInput;
    const outcome = await this.action.run('suspend', (signal) =>
      this.client!.organizations.suspend(org, input, { signal }),
    );
    const after = await this.outcomeOf(outcome, {
      status: 'SUSPENDED',
      statusReason: input.reason,
      statusNote: input.note ?? null,
    });
    if (after) {
      this.changed(org, after, this.localize.term('statusControlSuspended', after.name));
      this.dialogs.close(this.suspendDialog);
    }
  }

  private async onDeleteSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const org = this.organization.value;
    if (!org || this.action.busy || this.confirmName !== org.name) return;
    const immediate = this.graceDays === 0;
    if (!this.emit(new ShBeforeDeleteEvent(org, immediate))) return;
    const outcome = await this.action.run('delete', (signal) =>
      this.client!.organizations.delete(org, { confirmName: this.confirmName }, { signal }),
    );
    const result = await this.outcomeOf(outcome, { status: 'PENDING_DELETION' });
    if (result !== undefined) {
      if (result) {
        const date = result.purgeAfter ? this.localize.date(result.purgeAfter, { dateStyle: 'long' }) : '';
        this.changed(org, result, this.localize.term('statusControlScheduled', result.name, date));
      } else {
        this.purgedName = org.name;
        this.message = this.localize.term('statusControlPurged', org.name);
        this.organization.purged(org.uuid);
      }
      this.dialogs.close(this.deleteDialog);
      this.emit(new ShDeletedEvent(org.uuid, result));
    }
  }

  private async onActivate(): Promise<void> {
    const org = this.organization.value;
    if (!org) return;
    this.message = '';
    const outcome = await this.action.run('activate', (signal) => this.client!.organizations.activate(org, { signal }));
    const after = await this.outcomeOf(outcome, { status: 'ACTIVE' });
    if (after) this.changed(org, after, this.localize.term('statusControlActivated', after.name));
  }

  private async onRestore(): Promise<void> {
    const org = this.organization.value;
    if (!org) return;
    this.message = '';
    const outcome = await this.action.run('restore', (signal) => this.client!.organizations.restore(org, { signal }));
    const after = await this.outcomeOf(outcome, { status: 'ACTIVE' });
    if (after) this.changed(org, after, this.localize.term('statusControlRestored', after.name));
  }

  /** Shows the new organization, announces it and fires `sh-status-changed`. */
  private changed(before: Organization, after: Organization, message: string): void {
    this.organization.set(after);
    this.message = message;
    this.resetForms();
    this.emit(new ShStatusChangedEvent(after, before.status, after.status));
  }

  /**
   * The organization after an action: its result when done; undefined when busy or failed. Conflicts and state
   * changes mean the copy on screen is stale: reload it (the dialog and what was typed stay), so the person sees
   * what changed and what is offered now. When the reloaded copy already holds what the action `sends` (a retry
   * after a lost answer, whose first attempt was applied), the action is done: no conflict with oneself.
   */
  private async outcomeOf<T>(
    outcome: ActionResult<T>,
    sends: OrganizationValues,
  ): Promise<T | Organization | undefined> {
    if (outcome.status === 'done') return outcome.value;
    if (outcome.status !== 'failed') return undefined;
    const { error } = outcome;
    if (!isApiError(error)) {
      this.emit(new ShErrorEvent(error));
      return undefined;
    }
    const conflict = isConflictError(error);
    if (
      conflict ||
      error.type === 'invalid-state-transition' ||
      error.type === 'has-child-organizations' ||
      isNotFoundError(error)
    ) {
      await this.organization.reload();
    }
    // A retry after a lost answer carries the old version: its failure is a 412. Or, when the copy was re-read in
    // between (another widget's read), it carries the new version and meets the new status: an invalid transition.
    const fresh = this.organization.value;
    const maybeOwn = conflict || error.type === 'invalid-state-transition';
    if (!maybeOwn || !fresh || !holdsChange(fresh, sends)) {
      this.emit(new ShErrorEvent(error));
      return undefined;
    }
    this.action.clearError();
    return fresh;
  }

  private resetForms(): void {
    this.reason = '';
    this.note = '';
    this.confirmName = '';
    this.suspendTried = false;
  }

  private focusFallback(): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>('[part~=actions] button') ??
      this.renderRoot.querySelector<HTMLElement>('[part~=base]')
    );
  }

  private get graceDays(): number {
    return this.session.value?.capabilities.deletionGraceDays ?? 0;
  }

  private get isOwnOrganization(): boolean {
    const me = this.session.value?.me;
    const org = this.organization.value;
    return !!me && !!org && me.organizationUuid.toLowerCase() === org.uuid.toLowerCase();
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  private errorMessage(error: unknown): string {
    if (!isApiError(error)) return errorText(error, this.localize);
    if (isConflictError(error)) return this.localize.term('statusControlErrorConflict');
    switch (error.type) {
      case 'invalid-state-transition': {
        const current = error.problem.currentStatus as OrganizationStatus | undefined;
        const status = current ?? this.organization.value?.status;
        return this.localize.term(
          'statusControlErrorTransition',
          status ? this.localize.term(STATUS_KEYS[status]) : '',
        );
      }
      case 'has-child-organizations':
        return this.localize.term('statusControlErrorChildren');
      case 'forbidden':
        return this.localize.term(
          this.isOwnOrganization ? 'statusControlErrorOwnOrganization' : 'statusControlErrorForbidden',
        );
      case 'confirmation-mismatch':
        return this.localize.term('statusControlErrorMismatch');
      case 'not-found':
        return this.localize.term('statusControlErrorGone');
      default:
        return changeErrorText(error, this.localize);
    }
  }

  private renderError(inDialog: boolean) {
    const error = this.action.error;
    const failed = this.action.failedAction;
    const dialogAction = failed === 'suspend' || failed === 'delete';
    const show = error !== undefined && dialogAction === inDialog;
    return html`<div part="error" class=${show ? 'banner error' : ''} role="alert">${show ? this.errorMessage(error) : ''}</div>`;
  }

  private renderDetails(org: Organization) {
    const rows = [];
    if (org.status === 'SUSPENDED' && org.statusReason) {
      rows.push(html`<dt>${this.localize.term('statusControlReason')}</dt>
        <dd>${this.localize.term(SUSPENSION_REASON_KEYS[org.statusReason])}</dd>`);
    }
    if (org.status === 'SUSPENDED' && org.statusNote) {
      rows.push(html`<dt>${this.localize.term('statusControlNote')}</dt>
        <dd>${org.statusNote}</dd>`);
    }
    const pending =
      org.status === 'PENDING_DELETION' && org.purgeAfter
        ? html`<p class="warning-box">
            ${
              isPurgeDue(org)
                ? this.localize.term('statusControlPurgeDue')
                : this.localize.term(
                    'statusControlPurgeAfter',
                    this.localize.date(org.purgeAfter, { dateStyle: 'long', timeStyle: 'short' }),
                  )
            }
          </p>`
        : nothing;
    return html`${rows.length ? html`<dl part="details">${rows}</dl>` : nothing}${pending}`;
  }

  private renderActions(org: Organization) {
    const me = this.session.value?.me;
    if (!me) return nothing;
    const allowed = allowedActions(org, me);
    const busy = this.action.pending;
    const button = (
      action: Action,
      part: string,
      cls: string,
      label: MessageKey,
      busyLabel: MessageKey,
      onClick: (e: Event) => void,
    ) =>
      html`<button
        type="button"
        part=${part}
        class=${cls}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-haspopup=${action === 'suspend' || action === 'delete' ? 'dialog' : nothing}
        @click=${(e: Event) => {
          if (!busy) onClick(e);
        }}
      >
        ${this.localize.term(busy === action ? busyLabel : label)}
      </button>`;
    const buttons = [
      allowed.suspend &&
        button('suspend', 'suspend-button', 'warning', 'statusControlSuspend', 'statusControlSuspending', (e) =>
          this.openSuspend(e),
        ),
      allowed.activate &&
        button(
          'activate',
          'activate-button',
          'primary',
          'statusControlActivate',
          'statusControlActivating',
          () => void this.onActivate(),
        ),
      allowed.restore &&
        button(
          'restore',
          'restore-button',
          'primary',
          'statusControlRestore',
          'statusControlRestoring',
          () => void this.onRestore(),
        ),
      allowed.delete &&
        button('delete', 'delete-button', 'danger-outline', 'statusControlDelete', 'statusControlDeleting', (e) =>
          this.openDelete(e),
        ),
    ].filter((b) => b !== false);
    const perms = me.permissions;
    const could = perms.includes('organizations:status') || perms.includes('organizations:delete');
    const ownNote = this.isOwnOrganization && could && org.status !== 'PENDING_DELETION';
    return html`${buttons.length ? html`<div part="actions">${buttons}</div>` : nothing}
      ${
        ownNote
          ? html`<p class="muted">${this.localize.term('statusControlOwnOrganization')}</p>`
          : buttons.length
            ? nothing
            : html`<p class="muted">${this.localize.term('statusControlNoActions')}</p>`
      }`;
  }

  private renderDialogs(org: Organization) {
    const busy = this.action.pending;
    const common = {
      org,
      error: this.renderError(true),
      onCancel: (e: Event) => this.onDialogCancel(e),
      onClose: this.onDialogClose,
      close: (e: Event) => this.closeDialog(e),
    };
    return html`${suspendDialog(this.localize, {
      ...common,
      busy: busy === 'suspend',
      reason: this.reason,
      note: this.note,
      tried: this.suspendTried,
      onSubmit: (e) => void this.onSuspendSubmit(e),
      onReason: (reason) => (this.reason = reason),
      onNote: (note) => (this.note = note),
    })}
    ${deleteDialog(this.localize, {
      ...common,
      busy: busy === 'delete',
      graceDays: this.graceDays,
      confirmName: this.confirmName,
      onSubmit: (e) => void this.onDeleteSubmit(e),
      onConfirmName: (name) => (this.confirmName = name),
    })}`;
  }

  /** Loads the organization again (after another widget changed it); the dialogs keep what was typed. */
  reload(): Promise<void> {
    return this.organization.reload();
  }

  override render() {
    const org = this.organization.value;
    const title = this.embedded
      ? nothing
      : html`<h2 part="title" id="title">${this.localize.term('statusControlTitle')}</h2>`;
    let body: TemplateResult | typeof nothing;
    if (this.purgedName !== null) {
      body = nothing;
    } else if (!this.client) {
      body = html`<p>${this.localize.term('noClient')}</p>`;
    } else if (!org) {
      const state = this.organization.state;
      body =
        state === 'not-found'
          ? html`<p role="alert" class="banner error">${this.localize.term('notFound')}</p>`
          : state === 'error'
            ? html`<p role="alert" class="banner error">${errorText(this.organization.error, this.localize)}</p>`
            : html`<p role="status">${this.localize.term('statusControlLoading')}</p>`;
    } else {
      body = html`<div class="current">
          <span class="muted">${this.localize.term('statusControlCurrent')}</span>
          ${statusBadge(org.status, this.localize)}
        </div>
        ${this.renderDetails(org)} ${this.renderActions(org)} ${this.renderError(false)}
        ${this.renderDialogs(org)}`;
    }
    // The root is focusable from script only: where focus lands when the control that had it is gone (after a purge).
    // Standalone it is a region of its own; embedded, the host's section is the region, so this is a named group
    // (two nested landmarks with one name would be ambiguous to screen-reader users).
    return html`<div
      part="base"
      tabindex="-1"
      role=${this.embedded ? 'group' : 'region'}
      aria-labelledby=${this.embedded ? nothing : 'title'}
      aria-label=${this.embedded ? this.localize.term('statusControlTitle') : nothing}
    >
      ${title} ${body}
      <p part="message" role="status">${this.message}</p>
    </div>`;
  }
}

// The English of this element's own areas (the common messages are built in).
addEnglish(status);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-status-control')) customElements.define('sh-status-control', ShStatusControl);

declare global {
  interface HTMLElementTagNameMap {
    'sh-status-control': ShStatusControl;
  }
}
