import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  allowedActions,
  isApiError,
  isNotFoundError,
  MAX_GRANT_MINUTES,
  MIN_GRANT_MINUTES,
  validateReject,
  validateRemoteSupportRequest,
  type Organization,
  type RemoteSupportGrant,
  type RemoteSupportOverview,
  type RemoteSupportRequest,
  type RemoteSupportSession,
} from '../../sdk/index.js';
import { ShEditingElement } from '../base/editing-element.js';
import { ActionController } from '../controllers/action-controller.js';
import { storeOf } from '../context/store.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { PollController } from '../controllers/poll-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShSessionStartedEvent } from '../events/session-started-event.js';
import { formPanelStyles } from '../status-control/form-panel.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { durationChoices, minutesOf, type DurationState } from './duration.js';
import { decisionForm, requestForm } from './request-forms.js';
import { followRequest, type EndedGrant, type KnownRequest } from './request-history.js';
import {
  endedGrantPanel,
  failureText,
  grantPanel,
  requestPanel,
  sessionPanel,
  startButton,
  when,
  type RemoteSupportAction,
} from './request-panels.js';
import { remoteSupportStyles } from './remote-support.styles.js';
import { addEnglish } from '../translations/localize.js';
import { remoteSupport } from '../translations/en/remote-support.js';

interface Loaded {
  org: Organization;
  overview: RemoteSupportOverview;
}

/**
 * @summary The Support Hub view of an organization: request remote access and follow the request (pending,
 * approved until …, rejected, expired, revoked), start a remote session, and, for the customer, approve, reject
 * or revoke. When approval is not required, sessions start directly.
 *
 * @fires {ShErrorEvent} sh-error - An action failed (`error`); the element shows why and keeps what was typed.
 * @fires {ShSessionStartedEvent} sh-session-started - A remote session was started (`session`: `{sessionId, loginUrl, role, expiresAt}`).
 * @fires {ShUnsavedChangesEvent} sh-unsaved-changes - `hasUnsavedChanges` changed: the access request form or the approve / reject form holds something typed or chosen, until it is sent.
 *   The element never navigates: the host opens `loginUrl`.
 *
 * @csspart base - The component's root.
 * @csspart title - The heading.
 * @csspart policy - Whether approval is required, and the login role.
 * @csspart refresh-button - Re-checks the state with the server.
 * @csspart request - The current or last request, with its state.
 * @csspart state - The state badge of a request.
 * @csspart request-form - The form that asks for access.
 * @csspart duration - A duration picker (presets and custom minutes).
 * @csspart decision - The customer's approve / reject form.
 * @csspart own-request - The note shown instead of the decision form to the person who made the request.
 * @csspart grant - The approved access, until when.
 * @csspart start-button - Starts a remote session.
 * @csspart session - The started session.
 * @csspart message - The announcement of a successful action.
 * @csspart error - The plain-words explanation of a failure.
 * @csspart retry-button - "Try again" after a re-read failed (what is shown may be stale).
 *
 * @cssproperty --sh-remote-support-gap - Space between blocks.
 * @cssproperty --sh-remote-support-padding - Padding of the root.
 * @cssproperty --sh-remote-support-background - Background of the root.
 * @cssproperty --sh-remote-support-border-color - Border of the root and panels.
 * @cssproperty --sh-remote-support-radius - Corner radius of the root and panels.
 * @cssproperty --sh-remote-support-panel-background - Background of the request and grant panels.
 * @cssproperty --sh-remote-support-accent-color - Accent of the approved panel.
 */
export class ShRemoteSupport extends ShEditingElement {
  static override styles = [sharedStyles, formPanelStyles, remoteSupportStyles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly action = new ActionController<RemoteSupportAction>(this);
  private readonly organization = new OrganizationController(
    this,
    () => this.client,
    () => this.organizationId,
  );
  /** The remote-support view of the organization: pending request, active grant. */
  private readonly support = new StoreController<RemoteSupportOverview>(this, () =>
    this.client && this.organizationId ? storeOf(this.client).remoteSupport(this.organizationId) : undefined,
  );
  /** Re-reads while a request is pending or a grant is active, and once more when the grant ends. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the controller works through the host's lifecycle
  private readonly poll = new PollController(this, {
    every: () => {
      const overview = this.data?.overview;
      const watching = !!overview && (overview.pendingRequest !== null || overview.activeGrant !== null);
      return watching ? this.refreshInterval * 1000 : 0;
    },
    at: () => {
      const grant = this.data?.overview.activeGrant;
      return grant ? Date.parse(grant.expiresAt) + 1000 : undefined;
    },
    // Polling only re-reads: it never clears a message the person is reading.
    run: () => void this.reload(),
  });

  /** The view `apply` last worked out what happened from. */
  private applied: RemoteSupportOverview | undefined;
  /** The last request this element has seen, with what it knows of its fate. */
  @state() private lastRequest: KnownRequest | null = null;
  /** A grant seen without its request (the page opened after approval) that has since ended. */
  @state() private endedGrant: EndedGrant | null = null;
  @state() private startedSession: RemoteSupportSession | null = null;
  @state() private message = '';
  @state() private reason = '';
  @state() private requestDuration: DurationState = { choice: '', custom: '' };
  @state() private requestTried = false;
  @state() private approveDuration: DurationState = { choice: '', custom: '' };
  @state() private approveTried = false;
  @state() private rejectNote = '';

  /** UUID of the organization. */
  @property({ attribute: 'organization-id' }) organizationId = '';
  /** Seconds between automatic re-checks while a request is pending or access is granted; 0 turns them off. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 30;

  private seenGrant: RemoteSupportGrant | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another organization, or another caller (a new client): what this element remembered no longer applies.
    const switched = (key: 'organizationId' | 'client') => changed.has(key) && changed.get(key) !== undefined;
    if (switched('organizationId') || switched('client')) {
      this.applied = undefined;
      this.lastRequest = null;
      this.seenGrant = null;
      this.endedGrant = null;
      this.startedSession = null;
      this.message = '';
      this.resetRequestForm();
      this.resetDecision();
      this.action.clearError();
    }
  }

  protected override holdsUnsavedInput(): boolean {
    const chosen = (d: DurationState) => d.choice !== '' || d.custom !== '';
    return (
      this.reason.trim() !== '' ||
      chosen(this.requestDuration) ||
      chosen(this.approveDuration) ||
      this.rejectNote.trim() !== ''
    );
  }

  override update(changed: PropertyValues<this>): void {
    // After the controllers picked this organization's view, before rendering: work out what a new view means.
    const overview = this.support.value;
    if (overview && overview !== this.applied) this.apply(overview);
    super.update(changed);
  }

  /** The organization (the shared copy) with its remote-support view, once both are there. */
  private get data(): Loaded | undefined {
    const org = this.organization.value;
    const overview = this.support.value;
    return org && overview ? { org, overview } : undefined;
  }

  // ── state from the server ─────────────────────────────────────────────────

  /** Takes a fresh view from the server and works out what happened to the request seen before. */
  private apply(overview: RemoteSupportOverview): void {
    const next = followRequest(
      { last: this.lastRequest, endedGrant: this.endedGrant, seenGrant: this.seenGrant },
      overview,
      this.organization.value?.status === 'PENDING_DELETION',
    );
    this.lastRequest = next.last;
    this.endedGrant = next.endedGrant;
    this.seenGrant = next.seenGrant;
    this.applied = overview;
  }

  // ── handlers ──────────────────────────────────────────────────────────────

  /** The request's duration, the domain's default until the person picks one. */
  private get requestDurationValue(): DurationState {
    const fallback = this.session.value?.capabilities.remoteSupport.defaultGrantMinutes;
    return this.requestDuration.choice || fallback === undefined
      ? this.requestDuration
      : { choice: String(fallback), custom: '' };
  }

  /** The approval's duration, the requested one until the person picks another. */
  private approveDurationValue(pending: RemoteSupportRequest): DurationState {
    return this.approveDuration.choice
      ? this.approveDuration
      : { choice: String(pending.requestedMinutes), custom: '' };
  }

  private get requestInput() {
    return { reason: this.reason, requestedMinutes: minutesOf(this.requestDurationValue) };
  }

  private async onRequest(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const uuid = this.data?.org.uuid;
    if (!uuid || this.action.busy) return;
    this.requestTried = true;
    const input = this.requestInput;
    if (validateRemoteSupportRequest(input, this.session.value?.capabilities).length) {
      this.focusFirstInvalid();
      return;
    }
    this.message = '';
    // The same input sent again after a failure reuses its key, so a lost answer never makes a second request.
    const keyed = { reason: input.reason.trim(), requestedMinutes: input.requestedMinutes };
    const outcome = await this.action.runKeyed('request', keyed, (idempotencyKey, signal) =>
      this.client!.remoteSupport.request(uuid, input, { idempotencyKey, signal }),
    );
    if (outcome.status === 'done') {
      this.lastRequest = { ...outcome.value, known: 'PENDING' };
      this.resetRequestForm();
      this.message = this.localize.term('remoteSupportRequested');
      await this.reload();
    } else if (outcome.status === 'failed') {
      await this.afterFailure(outcome.error);
    }
  }

  private async onApprove(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const pending = this.data?.overview.pendingRequest;
    const uuid = this.data?.org.uuid;
    if (!pending || !uuid || this.action.busy) return;
    this.approveTried = true;
    const minutes = minutesOf(this.approveDurationValue(pending));
    if (this.approveMinutesError(minutes)) {
      this.focusFirstInvalid();
      return;
    }
    const body = minutes === pending.requestedMinutes ? {} : { minutes };
    this.message = '';
    const outcome = await this.action.run('approve', (signal) =>
      this.client!.remoteSupport.approve(uuid, pending.id, body, { signal }),
    );
    if (outcome.status === 'done') {
      const approved = outcome.value;
      this.lastRequest = { ...approved, known: 'APPROVED' };
      this.resetDecision();
      this.message = this.localize.term('remoteSupportApproved', when(this.localize, approved.expiresAt));
      await this.reload();
    } else if (outcome.status === 'failed') {
      await this.afterFailure(outcome.error, false);
      // Approving again after a lost answer meets the grant the first attempt made: approved, not a failure.
      const grant = this.data?.overview.activeGrant;
      if (grant?.requestId === pending.id) {
        this.action.clearError();
        this.resetDecision();
        this.message = this.localize.term('remoteSupportApproved', when(this.localize, grant.expiresAt));
      } else {
        this.emit(new ShErrorEvent(outcome.error));
      }
    }
  }

  private async onReject(): Promise<void> {
    const pending = this.data?.overview.pendingRequest;
    const uuid = this.data?.org.uuid;
    if (!pending || !uuid || this.action.busy) return;
    const note = this.rejectNote.trim();
    if (note && validateReject({ note }).length) return;
    this.message = '';
    const outcome = await this.action.run('reject', (signal) =>
      this.client!.remoteSupport.reject(uuid, pending.id, note ? { note } : {}, { signal }),
    );
    if (outcome.status === 'done') {
      this.lastRequest = { ...outcome.value, known: outcome.value.status };
      this.resetDecision();
      this.message = this.localize.term('remoteSupportRejected');
      await this.reload();
    } else if (outcome.status === 'failed') {
      await this.afterFailure(outcome.error, false);
      // After a lost answer the fresh view tells: the request neither pending nor granted is the rejection made.
      const overview = this.data?.overview;
      if (overview && overview.pendingRequest?.id !== pending.id && overview.activeGrant?.requestId !== pending.id) {
        this.action.clearError();
        this.lastRequest = { ...pending, status: 'REJECTED', known: 'REJECTED' };
        this.resetDecision();
        this.message = this.localize.term('remoteSupportRejected');
      } else {
        this.emit(new ShErrorEvent(outcome.error));
      }
    }
  }

  private async onRevoke(): Promise<void> {
    const grant = this.data?.overview.activeGrant;
    const uuid = this.data?.org.uuid;
    if (!grant || !uuid || this.action.busy) return;
    this.message = '';
    const outcome = await this.action.run('revoke', (signal) =>
      this.client!.remoteSupport.revoke(uuid, grant.requestId, { signal }),
    );
    if (outcome.status === 'done') {
      this.lastRequest = { ...outcome.value, known: outcome.value.status };
      this.message = this.localize.term('remoteSupportRevoked');
      await this.reload();
    } else if (outcome.status === 'failed') {
      await this.afterFailure(outcome.error, false);
      // After a lost answer the fresh view tells: the grant gone is the revocation made.
      if (this.data && this.data.overview.activeGrant?.requestId !== grant.requestId) {
        this.action.clearError();
        this.message = this.localize.term('remoteSupportRevoked');
      } else {
        this.emit(new ShErrorEvent(outcome.error));
      }
    }
  }

  private async onStart(): Promise<void> {
    const uuid = this.data?.org.uuid;
    if (!uuid || this.action.busy) return;
    this.message = '';
    const outcome = await this.action.run('start', (signal) =>
      this.client!.remoteSupport.startSession(uuid, { signal }),
    );
    if (outcome.status === 'done') {
      const session = outcome.value;
      this.startedSession = session;
      this.emit(new ShSessionStartedEvent(uuid, session));
    } else if (outcome.status === 'failed') {
      await this.afterFailure(outcome.error);
    }
  }

  private async onRefresh(): Promise<void> {
    if (this.action.busy) return;
    this.message = '';
    await this.refresh();
  }

  /**
   * Tells the host (`sh-error`, unless `report` is false), then reloads the view: every failure but a lost
   * connection may mean it is stale. What was typed stays.
   */
  private async afterFailure(error: unknown, report = true): Promise<void> {
    if (report) this.emit(new ShErrorEvent(error));
    if (!isApiError(error) || error.status === 0 || error.type === 'rate-limited') return;
    if (error.type === 'validation') return;
    await this.reload();
  }

  /** Reads the organization (for every widget showing it) and its remote-support view again. */
  private async reload(): Promise<void> {
    await Promise.all([this.organization.reload(), this.support.reload()]);
  }

  private focusFirstInvalid(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus());
  }

  private resetRequestForm(): void {
    this.reason = '';
    this.requestDuration = { choice: '', custom: '' };
    this.requestTried = false;
  }

  private resetDecision(): void {
    this.approveDuration = { choice: '', custom: '' };
    this.approveTried = false;
    this.rejectNote = '';
  }

  // ── public ────────────────────────────────────────────────────────────────

  /** Re-checks the request and the grant with the server (what "Check again" does). Never fires events. */
  async refresh(): Promise<void> {
    if (!this.data || this.action.busy) return this.reload();
    await this.action.run('refresh', () => this.reload());
  }

  // ── rendering ─────────────────────────────────────────────────────────────

  private get maxMinutes(): number {
    return this.session.value?.capabilities.remoteSupport.maxGrantMinutes ?? MAX_GRANT_MINUTES;
  }

  private approveMinutesError(minutes: number): boolean {
    return !(Number.isInteger(minutes) && minutes >= MIN_GRANT_MINUTES && minutes <= this.maxMinutes);
  }

  private errorMessage(error: unknown): string {
    const me = this.session.value?.me;
    const ownRequest =
      this.action.failedAction === 'approve' && !!me && this.lastRequest?.requestedBy.userId === me.userId;
    return failureText(this.localize, error, ownRequest);
  }

  private renderDecision(pending: RemoteSupportRequest): TemplateResult {
    const duration = this.approveDurationValue(pending);
    return decisionForm(this.localize, {
      duration,
      choices: durationChoices(this.maxMinutes, pending.requestedMinutes),
      max: this.maxMinutes,
      durationInvalid: this.approveTried && this.approveMinutesError(minutesOf(duration)),
      note: this.rejectNote,
      pending: this.action.pending,
      onDuration: (next) => (this.approveDuration = next),
      onNote: (note) => (this.rejectNote = note),
      onSubmit: (e) => void this.onApprove(e),
      onReject: () => void this.onReject(),
    });
  }

  private renderRequestForm(): TemplateResult {
    const capabilities = this.session.value?.capabilities;
    return requestForm(this.localize, {
      reason: this.reason,
      duration: this.requestDurationValue,
      errors: this.requestTried ? validateRemoteSupportRequest(this.requestInput, capabilities) : [],
      choices: durationChoices(this.maxMinutes, capabilities?.remoteSupport.defaultGrantMinutes),
      max: this.maxMinutes,
      pending: this.action.pending,
      onReason: (reason) => (this.reason = reason),
      onDuration: (next) => (this.requestDuration = next),
      onSubmit: (e) => void this.onRequest(e),
    });
  }

  private renderFlow(loaded: Loaded): TemplateResult | typeof nothing {
    const { org, overview } = loaded;
    const me = this.session.value?.me;
    if (!me) return nothing;
    if (org.status === 'PENDING_DELETION') {
      return html`<p class="banner">${this.localize.term('remoteSupportPendingDeletion')}</p>`;
    }
    const allowed = allowedActions({ ...org, remoteSupport: { approvalRequired: overview.approvalRequired } }, me);
    const t = this.localize;
    const canStart = allowed.startRemoteSupportSession;
    const start = canStart
      ? startButton(t, overview.loginRole, this.action.pending, () => void this.onStart())
      : nothing;
    if (!overview.approvalRequired) {
      return canStart ? start : html`<p class="muted">${t.term('remoteSupportNoPermission')}</p>`;
    }
    const grant = overview.activeGrant;
    const pending = overview.pendingRequest;
    const last = this.lastRequest;
    const blocks: (TemplateResult | typeof nothing)[] = [];
    if (grant) {
      blocks.push(
        grantPanel(t, {
          grant,
          request: last && last.id === grant.requestId ? last : null,
          start,
          canRevoke: allowed.approveRemoteSupport,
          pending: this.action.pending,
          onRevoke: () => void this.onRevoke(),
        }),
      );
    }
    if (pending) {
      blocks.push(requestPanel(t, pending, 'PENDING'));
      if (allowed.approveRemoteSupport) {
        // The server refuses a decision on one's own request (403): say so up front instead of offering it.
        const own = pending.requestedBy.userId === me.userId;
        blocks.push(
          own
            ? html`<p part="own-request" class="hint">${t.term('remoteSupportOwnRequestNote')}</p>`
            : this.renderDecision(pending),
        );
      }
    }
    if (!grant && !pending) {
      if (last && last.known !== 'PENDING' && last.known !== 'APPROVED') blocks.push(requestPanel(t, last, last.known));
      else if (this.endedGrant) blocks.push(endedGrantPanel(t, this.endedGrant));
      if (allowed.requestRemoteSupport) blocks.push(this.renderRequestForm());
    }
    if (!blocks.length || (!allowed.requestRemoteSupport && !allowed.approveRemoteSupport && !canStart)) {
      blocks.push(html`<p class="muted">${t.term('remoteSupportNoPermission')}</p>`);
    }
    return html`${blocks}`;
  }

  override render() {
    const loaded = this.data;
    const error = this.action.error ?? this.support.error ?? this.organization.error;
    let body: TemplateResult | typeof nothing = nothing;
    if (!this.client) {
      body = html`<p>${this.localize.term('noClient')}</p>`;
    } else if (!loaded) {
      body =
        error === undefined
          ? html`<p role="status">${this.localize.term('remoteSupportLoading')}</p>`
          : isNotFoundError(error)
            ? nothing
            : html`<button type="button" @click=${this.reload}>${this.localize.term('retry')}</button>`;
    } else {
      const { overview } = loaded;
      body = html`<p part="policy">
          ${this.localize.term(overview.approvalRequired ? 'remoteSupportApprovalRequired' : 'remoteSupportApprovalNotRequired')}
        </p>
        ${this.renderFlow(loaded)}
        <div part="session" role="status">${this.startedSession ? sessionPanel(this.localize, this.startedSession) : nothing}</div>`;
    }
    return html`<section part="base" aria-labelledby="title" aria-busy=${this.support.state === 'loading' || this.organization.state === 'loading' ? 'true' : 'false'}>
      <div class="header">
        <h2 part="title" id="title">
          ${this.localize.term('remoteSupportTitle')}${loaded ? html`<span class="org-name"> · ${loaded.org.name}</span>` : nothing}
        </h2>
        ${
          loaded?.overview.approvalRequired
            ? html`<button type="button" part="refresh-button" aria-disabled=${this.action.busy ? 'true' : 'false'} @click=${this.onRefresh}>
              ${this.localize.term(this.action.pending === 'refresh' ? 'remoteSupportRefreshing' : 'remoteSupportRefresh')}
            </button>`
            : nothing
        }
      </div>
      ${body}
      <div part="error" class=${error !== undefined ? 'banner error' : ''} role="alert">${error !== undefined ? this.errorMessage(error) : ''}</div>
      ${
        loaded && error !== undefined && this.action.error === undefined && !isNotFoundError(error)
          ? // A re-read failed over what is shown: what is shown may be stale, so offer to read it again.
            html`<button type="button" part="retry-button" @click=${() => this.refresh()}>${this.localize.term('retry')}</button>`
          : nothing
      }
      <p part="message" role="status">${this.message}</p>
    </section>`;
  }
}

// The English of this element's own areas (the common messages are built in).
addEnglish(remoteSupport);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-remote-support')) customElements.define('sh-remote-support', ShRemoteSupport);

declare global {
  interface HTMLElementTagNameMap {
    'sh-remote-support': ShRemoteSupport;
  }
}
