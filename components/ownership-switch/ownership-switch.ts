import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
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
import { ShClientElement } from '../base/client-element.js';
import { errorText } from '../base/error-text.js';
import { MANAGED_BY_KEYS } from '../base/labels.js';
import { ComboboxController, comboboxStyles } from '../controllers/combobox-controller.js';
import { IdempotentSubmitController } from '../controllers/idempotent-submit-controller.js';
import { FormFeedbackController } from '../controllers/form-feedback-controller.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { MemberSearchController } from '../controllers/member-search-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { fieldMessage } from '../base/field-message.js';
import { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import { formStyles } from '../styles/form.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { styles } from './ownership-switch.styles.js';

type Step = 'view' | 'choose' | 'confirm';
type OwnerMode = 'NEW_PERSON' | 'EXISTING_MEMBER';


/**
 * @summary Edits "Managed by" of an organization: Service Provider → Customer with a new owner (invited, or an
 * existing member found by server-side search), or Customer → Service Provider with a new role for the former
 * owner; a confirmation step, then one idempotent request.
 *
 * @fires {ShOwnershipChangedEvent} sh-ownership-changed - After the server switched "Managed by"; carries `organization`, `from` and `to`.
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
export class ShOwnershipSwitch extends ShClientElement {
  static override styles = [sharedStyles, comboboxStyles, formStyles, styles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly organization = new OrganizationController(this, () => this.client, () => this.organizationId);
  private readonly feedback = new FormFeedbackController(this, (pointer) => this.placeOf(pointer));
  private readonly submitter = new IdempotentSubmitController<OwnershipChangeRequest, Organization>(this, (change, idempotencyKey, signal) => {
    if (!this.client || !this.org) throw new Error('No organization');
    return this.client.organizations.changeOwnership(this.org, change, { idempotencyKey, signal });
  });
  /** Eligible owners only: ACTIVE or INVITED, and not already the owner. */
  private readonly memberSearch = new MemberSearchController(this, () => ({ client: this.client, orgUuid: this.org?.uuid }), {
    role: ['ADMIN', 'MEMBER'],
    status: ['ACTIVE', 'INVITED'],
  });
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
  @state() private firstName = '';
  @state() private lastName = '';
  @state() private email = '';
  @state() private mobile = '';
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

  // ---- private handlers ----

  private text(field: 'firstName' | 'lastName' | 'email' | 'mobile', pointer: string) {
    return (e: Event) => {
      this[field] = (e.target as HTMLInputElement).value;
      this.feedback.edited(pointer);
    };
  }

  private target(): ManagedBy | undefined {
    if (!this.org) return undefined;
    return this.org.managedBy === 'CUSTOMER' ? 'SERVICE_PROVIDER' : 'CUSTOMER';
  }

  /** The request the current choices stand for. */
  private change(): OwnershipChangeRequest {
    if (this.target() === 'SERVICE_PROVIDER') {
      return { to: 'SERVICE_PROVIDER', ...(this.formerOwnerRole ? { formerOwnerRole: this.formerOwnerRole } : {}) };
    }
    const mobile = this.mobile.trim();
    // An empty text box is a missing value (the validator then says "required", not "too short").
    const v = (s: string) => (s.trim() === '' ? undefined : s) as string;
    const newOwner =
      this.mode === 'NEW_PERSON'
        ? {
            kind: 'NEW_PERSON' as const,
            firstName: v(this.firstName),
            lastName: v(this.lastName),
            email: v(this.email),
            ...(mobile ? { mobileNumber: normalizePhoneNumber(mobile) ?? mobile } : {}),
          }
        : this.member
          ? { kind: 'EXISTING_MEMBER' as const, memberId: this.member.memberId }
          : undefined;
    return { to: 'CUSTOMER', ...(newOwner ? { newOwner } : {}), requireRemoteSupportApproval: this.requireApproval };
  }

  /** The pointer at which an error is shown in this form. */
  private placeOf(pointer: string): string {
    if (pointer === '/newOwner' || pointer === '/newOwner/kind') return this.mode === 'EXISTING_MEMBER' ? '/newOwner/memberId' : '/newOwner/email';
    return pointer;
  }

  private errorAt(pointer: string, clientErrors: readonly FieldError[]): string | undefined {
    const error = this.feedback.errorAt(pointer, clientErrors);
    if (!error) return undefined;
    if (error.code === 'owner-required') return this.localize.term(this.mode === 'EXISTING_MEMBER' ? 'ownershipMemberRequired' : 'ownershipErrorOwnerRequired');
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
    if (mode === 'EXISTING_MEMBER' && this.memberSearch.members.length === 0 && !this.memberSearch.busy) void this.memberSearch.load();
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
    const result = await this.submitter.submit(this.change());
    if (result) {
      this.organization.set(result);
      this.discard();
      this.done = this.localize.term('ownershipChanged', this.managedByLabel(result.managedBy));
      this.emit(new ShOwnershipChangedEvent(result, from, result.managedBy));
      void this.focusOn('[part="edit-button"]');
      return;
    }
    await this.showFailure(this.submitter.error);
  };

  private async showFailure(error: unknown): Promise<void> {
    const type = isApiError(error) ? error.type : '';
    const fieldErrors = isApiError(error) ? [...error.fieldErrors] : [];
    const backToChoose = (message: string, pointer?: string, code?: string) => {
      this.feedback.fail(pointer && code && !fieldErrors.some((f) => f.pointer === pointer) ? [...fieldErrors, { pointer, code, message: '' }] : fieldErrors);
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
        this.banner = errorText(error, this.localize);
    }
  }

  /** Back to the view, forgetting every choice (an explicit cancel, a success, or another organization). */
  private discard(): void {
    this.step = 'view';
    this.mode = 'NEW_PERSON';
    this.firstName = this.lastName = this.email = this.mobile = '';
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

  private ownerName(org: Organization): string {
    return org.owner.type === 'MEMBER' ? `${org.owner.firstName} ${org.owner.lastName}` : org.owner.name;
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
      ${this.embedded
        ? nothing
        : html`<div part="owner" class="hint">
        ${org.owner.type === 'MEMBER' ? `${this.ownerName(org)} (${org.owner.email})` : t.term('ownershipAdminOrganization', org.owner.name)}
      </div>`}
      ${reason ? html`<p id="reason" part="reason" class="hint reason">${reason}</p>` : nothing}
      <div role="status" class="done">${this.done ? html`<p part="status">${this.done}</p>` : nothing}</div>
    </div>`;
  }

  private input(id: string, pointer: string, label: string, value: string, onInput: (e: Event) => void, errors: readonly FieldError[], type = 'text', hint?: string) {
    const message = this.errorAt(pointer, errors);
    const describedBy = [message && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        autocomplete="off"
        .value=${live(value)}
        aria-invalid=${message ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${onInput}
        @blur=${() => this.feedback.touch(pointer)}
      />
      ${hint ? html`<div id="${id}-hint" class="hint">${hint}</div>` : nothing}
      ${message ? html`<div id="${id}-error" class="field-error">${message}</div>` : nothing}
    </div>`;
  }

  private renderToCustomer(errors: readonly FieldError[]): TemplateResult {
    const t = this.localize;
    const memberError = this.errorAt('/newOwner/memberId', errors);
    const search = this.memberSearch;
    const more = search.hasMore;
    return html`<fieldset class="choices">
        <legend>${t.term('ownershipNewOwner')}</legend>
        ${(['NEW_PERSON', 'EXISTING_MEMBER'] as const).map(
          (mode) => html`<div class="choice">
            <input
              type="radio"
              name="mode"
              id="mode-${mode}"
              .checked=${live(this.mode === mode)}
              aria-describedby="mode-${mode}-line"
              @change=${() => this.onMode(mode)}
            />
            <label for="mode-${mode}">${t.term(mode === 'NEW_PERSON' ? 'ownershipNotInOrg' : 'ownershipInOrg')}</label>
            <div id="mode-${mode}-line" class="hint">${t.term(mode === 'NEW_PERSON' ? 'ownershipNotInOrgLine' : 'ownershipInOrgLine')}</div>
          </div>`,
        )}
      </fieldset>
      ${this.mode === 'NEW_PERSON'
        ? html`<div class="row">
              ${this.input('first-name', '/newOwner/firstName', t.term('createFirstName'), this.firstName, this.text('firstName', '/newOwner/firstName'), errors)}
              ${this.input('last-name', '/newOwner/lastName', t.term('createLastName'), this.lastName, this.text('lastName', '/newOwner/lastName'), errors)}
            </div>
            <div class="row">
              ${this.input('email', '/newOwner/email', t.term('createEmail'), this.email, this.text('email', '/newOwner/email'), errors, 'email')}
              ${this.input('mobile', '/newOwner/mobileNumber', t.term('createMobile'), this.mobile, this.text('mobile', '/newOwner/mobileNumber'), errors, 'tel', t.term('createMobileHint'))}
            </div>`
        : html`<div class="field" part="field">
            <label for="member">${t.term('ownershipMember')}</label>
            ${this.memberBox.render({
              id: 'member',
              listLabel: t.term('ownershipMemberList'),
              value: this.member?.memberId ?? '',
              valueLabel: this.member ? `${this.member.firstName} ${this.member.lastName} (${this.member.email})` : '',
              options: search.members.map((m) => ({ value: m.memberId, label: `${m.firstName} ${m.lastName}`, hint: m.email })),
              emptyLabel: t.term(search.failed ? 'ownershipMemberSearchFailed' : 'ownershipMemberNone'),
              moreLabel: more ? t.term('ownershipMemberMore') : undefined,
              busy: search.busy,
              busyLabel: t.term('ownershipMemberLoading'),
              placeholder: t.term('ownershipMemberSearch'),
              required: true,
              invalid: !!memberError,
              describedBy: memberError ? 'member-error member-count' : 'member-count',
            })}
            <div id="member-count" class="hint" role="status">
              ${search.busy ? '' : search.failed ? t.term('ownershipMemberSearchFailed') : t.term('ownershipMemberCount', search.members.length, more)}
            </div>
            ${memberError ? html`<div id="member-error" class="field-error">${memberError}</div>` : nothing}
          </div>`}
      <div class="field check" part="field">
        <input
          type="checkbox"
          id="approval"
          aria-describedby="approval-hint"
          .checked=${live(this.requireApproval)}
          @change=${(e: Event) => (this.requireApproval = (e.target as HTMLInputElement).checked)}
        />
        <label for="approval">${t.term('createRemoteSupport')}</label>
        <div id="approval-hint" class="hint">${t.term('createRemoteSupportHint')}</div>
      </div>`;
  }

  private renderToServiceProvider(org: Organization, errors: readonly FieldError[]): TemplateResult {
    const t = this.localize;
    const message = this.errorAt('/formerOwnerRole', errors);
    const owner = org.owner.type === 'MEMBER' ? this.ownerName(org) : '';
    return html`<p class="hint">${t.term('ownershipDemoteLine')}</p>
      <fieldset class="choices inline" aria-describedby=${ifDefined(message ? 'former-role-error' : undefined)}>
        <legend>${owner ? t.term('ownershipFormerOwner', owner) : t.term('ownershipFormerOwnerGeneric')}</legend>
        ${(['ADMIN', 'MEMBER'] as const).map(
          (role, i) => html`<div class="choice">
            <input
              type="radio"
              name="former-role"
              id=${i === 0 ? 'former-role' : `former-role-${role}`}
              .checked=${live(this.formerOwnerRole === role)}
              aria-invalid=${message ? 'true' : 'false'}
              @change=${() => {
                this.formerOwnerRole = role;
                this.feedback.edited('/formerOwnerRole');
              }}
            />
            <label for=${i === 0 ? 'former-role' : `former-role-${role}`}>${t.term(role === 'ADMIN' ? 'ownershipRoleAdmin' : 'ownershipMember')}</label>
          </div>`,
        )}
        ${message ? html`<div id="former-role-error" class="field-error">${message}</div>` : nothing}
      </fieldset>
      <p class="note">${t.term('ownershipAdminNote')}</p>`;
  }

  private renderChoose(org: Organization): TemplateResult {
    const t = this.localize;
    const to = this.target() ?? 'CUSTOMER';
    const errors = validateOwnershipChange(this.change());
    return html`<form part="form" class="panel" novalidate aria-labelledby="edit-title" @submit=${this.onContinue}>
      <h3 id="edit-title" tabindex="-1">${t.term('ownershipTitle', this.managedByLabel(to))}</h3>
      ${to === 'CUSTOMER' ? this.renderToCustomer(errors) : this.renderToServiceProvider(org, errors)} ${this.renderBanner()}
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
    const rows: [string, string][] = [[t.term('ownershipManagedBy'), t.term('ownershipFromToValue', this.managedByLabel(org.managedBy), this.managedByLabel(change.to))]];
    if (change.to === 'CUSTOMER') {
      const owner = change.newOwner;
      if (owner?.kind === 'NEW_PERSON') rows.push([t.term('ownershipSummaryNewOwner'), t.term('ownershipSummaryInvited', `${owner.firstName.trim()} ${owner.lastName.trim()}`, owner.email.trim())]);
      else if (this.member) rows.push([t.term('ownershipSummaryNewOwner'), t.term('ownershipSummaryExisting', `${this.member.firstName} ${this.member.lastName}`, this.member.email)]);
      rows.push([t.term('createRemoteSupport'), t.term(change.requireRemoteSupportApproval ? 'ownershipYes' : 'ownershipNo')]);
    } else {
      const name = org.owner.type === 'MEMBER' ? this.ownerName(org) : '';
      rows.push([
        name ? t.term('ownershipSummaryFormerRole', name) : t.term('ownershipFormerOwnerGeneric'),
        t.term(change.formerOwnerRole === 'MEMBER' ? 'ownershipMember' : 'ownershipRoleAdmin'),
      ]);
      rows.push([t.term('createRemoteSupport'), t.term('ownershipNo')]);
    }
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

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-ownership-switch')) customElements.define('sh-ownership-switch', ShOwnershipSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'sh-ownership-switch': ShOwnershipSwitch;
  }
}
