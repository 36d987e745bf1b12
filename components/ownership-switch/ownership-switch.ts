import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  allowedActions,
  isApiError,
  isConflictError,
  normalizePhoneNumber,
  validateOwnershipChange,
  type FieldError,
  type FormerOwnerRole,
  type ManagedBy,
  type Member,
  type Organization,
  type OwnershipChangeRequest,
} from '../../sdk/index.js';
import { ShEditingElement } from '../base/editing-element.js';
import { changeErrorText } from '../base/error-text.js';
import { MANAGED_BY_KEYS } from '../base/labels.js';
import { ComboboxController, comboboxStyles } from '../controllers/combobox-controller.js';
import { ActionController } from '../controllers/action-controller.js';
import { FormFeedbackController } from '../controllers/form-feedback-controller.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { MemberSearchController } from '../controllers/member-search-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { fieldMessage } from '../base/field-message.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import { formStyles } from '../styles/form.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import {
  changeSummary,
  ownerName,
  toCustomerFields,
  toServiceProviderFields,
  type NewPerson,
  type OwnerMode,
} from './ownership-steps.js';
import { styles } from './ownership-switch.styles.js';
import { addEnglish } from '../translations/localize.js';
import { ownership } from '../translations/en/ownership.js';
import { create } from '../translations/en/create.js';

type Step = 'view' | 'choose' | 'confirm';

const NO_PERSON: NewPerson = { firstName: '', lastName: '', email: '', mobile: '' };

/**
 * @summary Edits "Managed by" of an organization: Service Provider → Customer with a new owner (invited, or an
 * existing member found by server-side search), or Customer → Service Provider with a new role for the former
 * owner; a confirmation step, then one idempotent request.
 *
 * @fires {ShOwnershipChangedEvent} sh-ownership-changed - After the server switched "Managed by"; carries `organization`, `from` and `to`.
 * @fires {ShUnsavedChangesEvent} sh-unsaved-changes - `hasUnsavedChanges` changed: a new owner or the former owner's role is being chosen or confirmed, until the switch is done or cancelled.
 * @fires {ShErrorEvent} sh-error - The change failed (`error`); the switch shows why and keeps the choices.
 *
 * @csspart base - The component's root.
 * @csspart value - The current "Managed by" value.
 * @csspart owner - The current owner line.
 * @csspart edit-button - The "Edit Managed by" button.
 * @csspart reason - Why editing is not possible, when it is not.
 * @csspart form - The step where the new owner or the former owner's role is chosen.
 * @csspart field - Each label, control and message group.
 * @csspart combobox - The member picker.
 * @csspart summary - The confirmation step's summary of the change.
 * @csspart banner - The outcome of a failed attempt.
 * @csspart confirm-button - The "Confirm" button.
 * @csspart status - The message after a successful change.
 *
 * @cssproperty --sh-ownership-switch-max-width - Maximum width (default 40rem).
 * @cssproperty --sh-ownership-switch-gap - Space between fields.
 * @cssproperty --sh-ownership-switch-panel-background - Background of the editing panel.
 * @cssproperty --sh-ownership-switch-panel-border - Border colour of the editing panel.
 * @cssproperty --sh-ownership-switch-accent - Colour of selected choices (default: the primary colour).
 */
export class ShOwnershipSwitch extends ShEditingElement {
  static override styles = [sharedStyles, comboboxStyles, formStyles, styles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly organization = new OrganizationController(
    this,
    () => this.client,
    () => this.organizationId,
  );
  private readonly feedback = new FormFeedbackController(this, (pointer) => this.placeOf(pointer));
  private readonly submitter = new ActionController<'change'>(this);
  /** Eligible owners only: ACTIVE or INVITED, and not already the owner. */
  private readonly memberSearch = new MemberSearchController(
    this,
    () => ({ client: this.client, orgUuid: this.org?.uuid }),
    {
      role: ['ADMIN', 'MEMBER'],
      status: ['ACTIVE', 'INVITED'],
    },
  );
  private readonly memberBox = new ComboboxController(this, {
    onSelect: (id) => {
      this.member = this.memberSearch.members.find((m) => m.memberId === id);
      this.feedback.edited('/newOwner');
    },
    onQuery: (q) => this.memberSearch.search(q),
    onMore: () => void this.memberSearch.more(),
    onBlur: () => this.feedback.touch('/newOwner/memberId'),
  });

  @state() private step: Step = 'view';
  @state() private mode: OwnerMode = 'NEW_PERSON';
  /** The new owner to invite (when `mode` is NEW_PERSON). */
  @state() private person: NewPerson = { ...NO_PERSON };
  @state() private member: Member | undefined;
  @state() private requireApproval = true;
  @state() private formerOwnerRole: FormerOwnerRole | '' = '';
  @state() private banner = '';
  @state() private done = '';

  /** UUID of the organization whose "Managed by" is edited. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  /**
   * Set when the element sits in a row that already says "Managed by" and shows the owner (the Overview's
   * `managed-by-action` slot): its own label is then read by screen readers only, and the owner line is left out.
   */
  @property({ type: Boolean, reflect: true }) embedded = false;

  /** The shared copy of the organization. */
  private get org(): Organization | undefined {
    return this.organization.value;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('organizationId') && changed.get('organizationId') !== undefined) {
      this.discard();
    }
  }

  protected override holdsUnsavedInput(): boolean {
    const chosen = [this.mode, this.person, this.member, this.requireApproval, this.formerOwnerRole];
    return (
      this.step === 'confirm' ||
      (this.step === 'choose' && JSON.stringify(chosen) !== JSON.stringify(['NEW_PERSON', NO_PERSON, null, true, '']))
    );
  }

  // ---- private handlers ----

  private target(): ManagedBy | undefined {
    if (!this.org) return undefined;
    return this.org.managedBy === 'CUSTOMER' ? 'SERVICE_PROVIDER' : 'CUSTOMER';
  }

  /** The request the current choices stand for. */
  private change(): OwnershipChangeRequest {
    if (this.target() === 'SERVICE_PROVIDER') {
      return { to: 'SERVICE_PROVIDER', ...(this.formerOwnerRole ? { formerOwnerRole: this.formerOwnerRole } : {}) };
    }
    const { firstName, lastName, email, mobile: typed } = this.person;
    const mobile = typed.trim();
    // An empty text box is a missing value (the validator then says "required", not "too short").
    const v = (s: string) => (s.trim() === '' ? undefined : s) as string;
    const newOwner =
      this.mode === 'NEW_PERSON'
        ? {
            kind: 'NEW_PERSON' as const,
            firstName: v(firstName),
            lastName: v(lastName),
            email: v(email),
            ...(mobile ? { mobileNumber: normalizePhoneNumber(mobile) ?? mobile } : {}),
          }
        : this.member
          ? { kind: 'EXISTING_MEMBER' as const, memberId: this.member.memberId }
          : undefined;
    return { to: 'CUSTOMER', ...(newOwner ? { newOwner } : {}), requireRemoteSupportApproval: this.requireApproval };
  }

  /** The pointer at which an error is shown in this form. */
  private placeOf(pointer: string): string {
    if (pointer === '/newOwner' || pointer === '/newOwner/kind')
      return this.mode === 'EXISTING_MEMBER' ? '/newOwner/memberId' : '/newOwner/email';
    return pointer;
  }

  private errorAt(pointer: string, clientErrors: readonly FieldError[]): string | undefined {
    const error = this.feedback.errorAt(pointer, clientErrors);
    if (!error) return undefined;
    if (error.code === 'owner-required')
      return this.localize.term(
        this.mode === 'EXISTING_MEMBER' ? 'ownershipMemberRequired' : 'ownershipErrorOwnerRequired',
      );
    if (error.code === 'former-owner-role-required') return this.localize.term('ownershipRoleRequired');
    if (error.code === 'member-not-eligible') return this.localize.term('ownershipErrorNotEligible');
    return fieldMessage(error, this.localize);
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly onEdit = (): void => {
    this.step = 'choose';
    this.done = '';
    this.banner = '';
    if (this.mode === 'EXISTING_MEMBER' && this.memberSearch.members.length === 0) void this.memberSearch.load();
    void this.focusOn('#edit-title');
  };

  private readonly onCancel = (): void => {
    this.discard();
    void this.focusOn('[part="edit-button"]');
  };

  private readonly onMode = (mode: OwnerMode): void => {
    this.mode = mode;
    this.feedback.edited('/newOwner');
    if (mode === 'EXISTING_MEMBER' && this.memberSearch.members.length === 0 && !this.memberSearch.busy)
      void this.memberSearch.load();
  };

  private readonly onContinue = async (e: Event): Promise<void> => {
    e.preventDefault();
    this.feedback.submit();
    this.banner = '';
    const errors = validateOwnershipChange(this.change());
    if (errors.length > 0) {
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.step = 'confirm';
    void this.focusOn('#confirm-title');
  };

  private readonly onBack = (): void => {
    this.step = 'choose';
    void this.focusOn('#edit-title');
  };

  private readonly onConfirm = async (): Promise<void> => {
    const org = this.org;
    if (this.submitter.pending || !org) return;
    this.banner = '';
    const from = org.managedBy;
    const client = this.client;
    if (!client) return;
    const change = this.change();
    const outcome = await this.submitter.runKeyed('change', change, (idempotencyKey, signal) =>
      client.organizations.changeOwnership(org, change, { idempotencyKey, signal }),
    );
    if (outcome.status === 'done') {
      const result = outcome.value;
      this.organization.set(result);
      this.discard();
      this.done = this.localize.term('ownershipChanged', this.managedByLabel(result.managedBy));
      this.emit(new ShOwnershipChangedEvent(result, from, result.managedBy));
      void this.focusOn('[part="edit-button"]');
      return;
    }
    if (outcome.status !== 'failed') return;
    this.emit(new ShErrorEvent(outcome.error));
    await this.showFailure(outcome.error);
  };

  private async showFailure(error: unknown): Promise<void> {
    const type = isApiError(error) ? error.type : '';
    const fieldErrors = isApiError(error) ? [...error.fieldErrors] : [];
    const backToChoose = (message: string, pointer?: string, code?: string) => {
      this.feedback.fail(
        pointer && code && !fieldErrors.some((f) => f.pointer === pointer)
          ? [...fieldErrors, { pointer, code, message: '' }]
          : fieldErrors,
      );
      this.banner = message;
      this.step = 'choose';
      void this.focusOn('[aria-invalid="true"], #edit-title');
    };
    if (isConflictError(error)) {
      this.banner = this.localize.term('ownershipConflict');
      await this.reload();
      if (this.org && this.org.managedBy !== this.change().to) void this.focusOn('[part="confirm-button"]');
      return;
    }
    switch (type) {
      case 'member-not-eligible':
        return backToChoose(this.localize.term('ownershipErrorNotEligible'), this.placeOf('/newOwner'), type);
      case 'owner-required':
        return backToChoose(this.localize.term('ownershipErrorOwnerRequired'), '/newOwner', type);
      case 'former-owner-role-required':
        return backToChoose(this.localize.term('ownershipErrorFormerRoleRequired'), '/formerOwnerRole', type);
      case 'validation':
        return backToChoose(this.localize.term('organizationInvalid'));
      case 'ownership-unchanged': {
        await this.reload();
        this.discard();
        this.banner = this.localize.term('ownershipErrorUnchanged');
        return;
      }
      case 'forbidden':
        this.banner = this.localize.term('ownershipErrorForbidden');
        return;
      case 'invalid-state-transition':
        this.banner = this.localize.term('ownershipReasonPendingDeletion');
        return;
      case 'not-found':
        this.banner = this.localize.term('ownershipErrorNotFound');
        return;
      default:
        this.banner = changeErrorText(error, this.localize);
    }
  }

  /** Back to the view, forgetting every choice (an explicit cancel, a success, or another organization). */
  private discard(): void {
    this.step = 'view';
    this.mode = 'NEW_PERSON';
    this.person = { ...NO_PERSON };
    this.member = undefined;
    this.requireApproval = true;
    this.formerOwnerRole = '';
    this.memberSearch.reset();
    this.feedback.clear();
    this.banner = '';
    this.memberBox.close();
    this.submitter.reset();
  }

  private managedByLabel(value: ManagedBy): string {
    return this.localize.term(MANAGED_BY_KEYS[value]);
  }

  // ---- public methods ----

  /** Loads the organization again (after another admin changed it, say). Choices in progress are kept. */
  reload(): Promise<void> {
    return this.organization.reload();
  }

  // ---- render ----

  private disabledReason(org: Organization): string | undefined {
    const me = this.session.value?.me;
    if (!me) return undefined;
    if (allowedActions(org, me).changeOwnership) return undefined;
    if (!me.permissions.includes('organizations:ownership')) return this.localize.term('ownershipReasonPermission');
    if (org.uuid.toLowerCase() === me.organizationUuid.toLowerCase()) return this.localize.term('ownershipReasonOwn');
    return this.localize.term('ownershipReasonPendingDeletion');
  }

  private renderBanner(): TemplateResult {
    return html`<div class="banner-slot" role="alert">${this.banner ? html`<p class="banner error" part="banner">${this.banner}</p>` : nothing}</div>`;
  }

  private renderView(org: Organization): TemplateResult {
    const t = this.localize;
    const reason = this.disabledReason(org);
    const ready = this.session.value !== undefined;
    return html`<div class="view">
      <div class="current">
        <span class="label ${this.embedded ? 'visually-hidden' : ''}" id="managed-by-label">${t.term('ownershipManagedBy')}</span>
        <span part="value">${this.managedByLabel(org.managedBy)}</span>
        <button
          type="button"
          part="edit-button"
          class="edit"
          aria-label=${t.term('ownershipEdit')}
          aria-describedby=${ifDefined(reason ? 'reason' : undefined)}
          aria-expanded=${this.step !== 'view' ? 'true' : 'false'}
          ?disabled=${!ready || reason !== undefined || this.step !== 'view'}
          @click=${this.onEdit}
        >
          <span aria-hidden="true">✎</span> ${t.term('edit')}
        </button>
      </div>
      ${
        this.embedded
          ? nothing
          : html`<div part="owner" class="hint">
        ${org.owner.type === 'MEMBER' ? `${ownerName(org)} (${org.owner.email})` : t.term('ownershipAdminOrganization', org.owner.name)}
      </div>`
      }
      ${reason ? html`<p id="reason" part="reason" class="hint reason">${reason}</p>` : nothing}
      <div role="status" class="done">${this.done ? html`<p part="status">${this.done}</p>` : nothing}</div>
    </div>`;
  }

  private renderChoose(org: Organization): TemplateResult {
    const t = this.localize;
    const to = this.target() ?? 'CUSTOMER';
    const errors = validateOwnershipChange(this.change());
    const errorAt = (pointer: string) => this.errorAt(pointer, errors);
    return html`<form part="form" class="panel" novalidate aria-labelledby="edit-title" @submit=${this.onContinue}>
      <h3 id="edit-title" tabindex="-1">${t.term('ownershipTitle', this.managedByLabel(to))}</h3>
      ${
        to === 'CUSTOMER'
          ? toCustomerFields(t, {
              errorAt,
              touch: (pointer) => this.feedback.touch(pointer),
              mode: this.mode,
              onMode: this.onMode,
              person: this.person,
              onPerson: (field, value, pointer) => {
                this.person = { ...this.person, [field]: value };
                this.feedback.edited(pointer);
              },
              memberBox: this.memberBox,
              members: this.memberSearch,
              member: this.member,
              requireApproval: this.requireApproval,
              onRequireApproval: (checked) => (this.requireApproval = checked),
            })
          : toServiceProviderFields(t, {
              errorAt,
              org,
              formerOwnerRole: this.formerOwnerRole,
              onFormerOwnerRole: (role) => {
                this.formerOwnerRole = role;
                this.feedback.edited('/formerOwnerRole');
              },
            })
      }
      ${this.renderBanner()}
      <div class="buttons">
        <button type="submit" class="primary">${t.term('ownershipContinue')}</button>
        <button type="button" @click=${this.onCancel}>${t.term('cancel')}</button>
      </div>
    </form>`;
  }

  private renderConfirm(org: Organization): TemplateResult {
    const t = this.localize;
    const change = this.change();
    const pending = this.submitter.pending;
    const rows = changeSummary(t, org, change, this.member);
    return html`<div class="panel" role="group" aria-labelledby="confirm-title" aria-busy=${pending ? 'true' : 'false'}>
      <h3 id="confirm-title" tabindex="-1">${t.term('ownershipConfirmTitle')}</h3>
      <dl part="summary">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
      ${change.to === 'SERVICE_PROVIDER' ? html`<p class="note">${t.term('ownershipAdminNote')}</p>` : nothing} ${this.renderBanner()}
      <div class="buttons">
        <button type="button" class="primary" part="confirm-button" aria-disabled=${pending ? 'true' : 'false'} @click=${this.onConfirm}>
          ${t.term(pending ? 'ownershipConfirming' : 'ownershipConfirm')}
        </button>
        <button type="button" ?disabled=${pending} @click=${this.onBack}>${t.term('ownershipBack')}</button>
        <button type="button" ?disabled=${pending} @click=${this.onCancel}>${t.term('cancel')}</button>
      </div>
    </div>`;
  }

  private renderOrg(org: Organization): TemplateResult {
    return html`${this.renderView(org)}
    ${this.step === 'choose' ? this.renderChoose(org) : this.step === 'confirm' ? this.renderConfirm(org) : this.renderBanner()}`;
  }

  override render() {
    const t = this.localize;
    const org = this.org;
    let body: TemplateResult;
    if (!this.client) body = html`<p>${t.term('noClient')}</p>`;
    else if (org) body = this.renderOrg(org);
    else if (this.organization.error !== undefined && this.organization.state !== 'loading') {
      body = html`<div role="alert" class="banner error" part="banner">
        ${this.organization.state === 'not-found' ? t.term('notFound') : t.term('loadFailed')}
        <button type="button" @click=${() => void this.reload()}>${t.term('retry')}</button>
      </div>`;
    } else body = html`<p role="status">${t.term('loading')}</p>`;
    return html`<div part="base" class="base">${body}</div>`;
  }
}

// The English of this element's own areas (the common messages are built in).
addEnglish(ownership, create);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-ownership-switch')) customElements.define('sh-ownership-switch', ShOwnershipSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'sh-ownership-switch': ShOwnershipSwitch;
  }
}
