import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  allowedActions,
  assignedCountries,
  foldForSearch,
  isAssignedCountry,
  tierOf,
  type AccountType,
  type AllowedActions,
  type Organization,
  type SubscriptionModel,
  type SuspensionReason,
} from '../../sdk/index.js';
import { ShClientElement } from '../base/client-element.js';
import { errorText } from '../base/error-text.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { PendingActionController } from '../controllers/pending-action-controller.js';
import { SectionEditorController } from '../controllers/section-editor-controller.js';
import { ComboboxController, comboboxStyles, countryOptions, filterOptions } from '../controllers/combobox-controller.js';
import { ProfilePictureController } from '../controllers/profile-picture-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import '../copy-button/copy-button.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShSavedEvent, type SavedSection } from '../events/saved-event.js';
import { addressStyles } from '../styles/address.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { statusBadge } from '../styles/status-badge.js';
import type { MessageKey } from '../translations/localize.js';
import { addressFields, ADDRESS_KEYS } from '../base/address-fields.js';
import { fieldMessage } from '../base/field-message.js';
import { overviewStyles } from './organization-overview.styles.js';
import {
  billingDraft,
  billingInput,
  formatAddress,
  informationDraft,
  informationPatch,
  validateBillingDraft,
  validateInformation,
  type BillingDraft,
  type SectionId,
} from './overview-drafts.js';
import { sectionFooter } from './section-footer.js';
import {
  buyerTagsDraft,
  buyerTagsToSend,
  NEW_TAG_KEY,
  NEW_TAG_VALUE,
  tagEditor,
  tagEditorStyles,
  validateBuyerTagsDraft,
  type BuyerTagsDraft,
} from '../tag-editor/tag-editor-template.js';

/** What the server accepts for a profile picture (checked before upload). */

const ACCOUNT_TYPE_KEYS: Record<AccountType, MessageKey> = {
  SERVICE_PROVIDER: 'accountTypeServiceProvider',
  CPAAS_TELCO: 'accountTypeCpaasTelco',
  BUSINESS_USER: 'accountTypeBusinessUser',
  HOME_USER: 'accountTypeHomeUser',
  APP_PROVIDER: 'accountTypeAppProvider',
};
const REASON_KEYS: Record<SuspensionReason, MessageKey> = {
  NON_PAYMENT: 'statusControlReasonNonPayment',
  FRAUD_OR_ABUSE: 'statusControlReasonFraudOrAbuse',
  CUSTOMER_REQUEST: 'statusControlReasonCustomerRequest',
  COMPLIANCE: 'statusControlReasonCompliance',
  OTHER: 'statusControlReasonOther',
};
const SUBSCRIPTION_KEYS: Record<SubscriptionModel, MessageKey> = { APP: 'subscriptionApp', LICENSE: 'subscriptionLicense' };
const SECTION_TITLES: Record<SectionId, MessageKey> = {
  information: 'overviewSectionInformation',
  billing: 'overviewSectionBilling',
  'buyer-tags': 'overviewSectionBuyerTags',
};

const icon = {
  edit: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 20h9" /><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" /></svg>`,
  lock: html`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="4" y="11" width="16" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /></svg>`,
};

/**
 * @summary The Overview tab of an organization in the Sales Hub: every detail field, and Organization
 * Information, Billing Information and Buyer Tags, each viewed and edited in place.
 *
 * @fires {ShSavedEvent} sh-saved - A change was saved (`section`: information, billing, buyer-tags, profile-picture or
 *   remote-support; `organization`: the organization the server returned). Never on programmatic changes.
 * @fires {ShErrorEvent} sh-error - A save, an upload or a retried load failed (`error`, `section`). The widget shows it too.
 *
 * @slot managed-by-action - The value of "Managed by" and its action, e.g. `<sh-ownership-switch>` (which shows the
 *   value itself, so the overview's own text steps aside when the slot is filled).
 * @slot status-control - At the end, under "Organization Status Control", e.g. `<sh-status-control>`.
 *
 * @csspart base - The component's root.
 * @csspart header - The picture, name and picture actions.
 * @csspart picture - The profile picture (an image, or the initials without one).
 * @csspart name - The organization's name in the header.
 * @csspart status - The status badge.
 * @csspart section - Each section; each also has its own part below.
 * @csspart section-information - The Organization Information section.
 * @csspart section-billing - The Billing Information section.
 * @csspart section-buyer-tags - The Buyer Tags section.
 * @csspart section-status-control - The Organization Status Control section (around the `status-control` slot).
 * @csspart field - Each label and value row; each also has its own part below.
 * @csspart field-name - The Organization name row.
 * @csspart field-country - The Country row.
 * @csspart field-status - The Status (with its reason and note) row.
 * @csspart field-account-type - The Account type row.
 * @csspart field-subscription-model - The Subscription model row.
 * @csspart field-currency - The Currency row.
 * @csspart field-created-at - The Created row.
 * @csspart field-uuid - The Org UUID row.
 * @csspart field-tenant-id - The Tenant ID row.
 * @csspart field-managed-by - The Managed by row.
 * @csspart field-owner - The Owner row.
 * @csspart field-remote-support - The Remote support approval row.
 * @csspart field-billing-name - The Billing name row.
 * @csspart field-billing-email - The Billing email row.
 * @csspart field-billing-address - The Billing address row.
 * @csspart field-tax - The Tax registration number row.
 * @csspart edit-button - The edit icon button of a section.
 * @csspart input - Every text input and select in edit mode.
 * @csspart address - The billing address fields in edit mode.
 * @csspart tags - The list of buyer tag chips.
 * @csspart tag - One buyer tag chip.
 * @csspart add-tag-button - The "Add tag" button of the buyer tag editor.
 * @csspart uuid - The UUID.
 * @csspart copy-button - The Copy button of the UUID.
 * @csspart tenant-id - The Tenant ID.
 * @csspart not-editable - The "Not editable" mark of the Tenant ID.
 * @csspart managed-by - The "Managed by" value.
 * @csspart picture-button - The button that uploads or replaces the picture.
 * @csspart picture-retry - "Try again" after a failed upload (sends the same picture again).
 * @csspart approval-switch - The "Require approval for remote support" switch.
 * @csspart conflict - The box that shows what someone else changed, with Re-apply and Discard.
 * @csspart conflict-changes - The list of changed fields in it.
 *
 * @cssproperty --sh-organization-overview-gap - Space between sections.
 * @cssproperty --sh-organization-overview-section-background - Background of a section.
 * @cssproperty --sh-organization-overview-section-border - Border of a section.
 * @cssproperty --sh-organization-overview-section-padding - Padding of a section.
 * @cssproperty --sh-organization-overview-label-width - Width of the label column.
 * @cssproperty --sh-organization-overview-picture-size - Size of the profile picture.
 * @cssproperty --sh-organization-overview-picture-radius - Corner radius of the profile picture (50% = round).
 * @cssproperty --sh-organization-overview-edit-button-color - Colour of the edit icons.
 */
export class ShOrganizationOverview extends ShClientElement {
  static override styles = [sharedStyles, comboboxStyles, addressStyles, tagEditorStyles, overviewStyles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly org = new OrganizationController(
    this,
    () => this.client,
    () => this.organizationId,
  );
  private readonly information = this.editor<ReturnType<typeof informationDraft>>('information', {
    draftOf: informationDraft,
    validate: validateInformation,
    submit: async (org, draft, signal, origin) => {
      const patch = informationPatch(org, draft, origin);
      if (Object.keys(patch).length === 0) return null;
      return this.api().update(org, patch, { signal });
    },
    sends: informationPatch,
  });
  private readonly billing = this.editor<BillingDraft>('billing', {
    draftOf: billingDraft,
    validate: validateBillingDraft,
    submit: (org, draft, signal) => this.api().replaceBilling(org, billingInput(draft), { signal }),
    sends: (_org, draft) => ({ billing: billingInput(draft) }),
  });
  private readonly buyerTags = this.editor<BuyerTagsDraft>('buyer-tags', {
    draftOf: (org) => buyerTagsDraft(org.buyerTags),
    validate: (draft) => validateBuyerTagsDraft(draft, this.session.value?.capabilities),
    submit: (org, draft, signal) => this.api().replaceBuyerTags(org, buyerTagsToSend(draft), { signal }),
    sends: (_org, draft) => ({ buyerTags: buyerTagsToSend(draft) }),
  });
  private readonly informationCountry = this.countryBox(this.information, '/countryCode');
  private readonly billingCountry = this.countryBox(this.billing, '/billing/address/countryCode');
  private readonly picture = new ProfilePictureController(this, this.localize, {
    client: () => this.client,
    organization: () => this.org.value,
    fetchFresh: () => this.org.fetchFresh(),
    onSaved: (org, announcement) => {
      this.saved('profile-picture', org);
      this.announcement = announcement;
    },
    onError: (error) => this.emit(new ShErrorEvent(error, 'profile-picture')),
  });
  private readonly approval = new PendingActionController(this);

  /** The value the approval switch shows while its save is pending. */
  @state() private approvalPending: boolean | undefined;
  /** The latest outcome, for the polite live region. */
  @state() private announcement = '';
  @state() private hasStatusControl = false;
  /** Something fills the managed-by-action slot (an ownership switch, which shows the value itself). */
  @state() private hasManagedByAction = false;

  /** UUID of the organization to show. */
  @property({ attribute: 'organization-id' }) organizationId = '';


  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('organizationId') && changed.get('organizationId') !== undefined) {
      for (const editor of [this.information, this.billing, this.buyerTags]) editor.reset();
      this.picture.clear();
      this.approval.clear();
      this.approvalPending = undefined;
      this.announcement = '';
    }
  }

  // ── Behaviour ─────────────────────────────────────────────────────────────────────────────────────────

  private api() {
    if (!this.client) throw new Error('No Sales Hub client');
    return this.client.organizations;
  }

  private editor<D>(
    section: SectionId,
    config: Pick<ConstructorParameters<typeof SectionEditorController<D>>[1], 'draftOf' | 'validate' | 'submit' | 'sends'>,
  ): SectionEditorController<D> {
    return new SectionEditorController<D>(this, {
      ...config,
      latest: () => this.org.value,
      fetchFresh: (signal) => this.org.fetchFresh(signal),
      onSaved: (org) => this.saved(section, org),
      onFresh: (org) => this.org.set(org),
      onError: (error) => this.emit(new ShErrorEvent(error, section)),
      message: (error) => fieldMessage(error, this.localize),
    });
  }

  private countryBox(editor: SectionEditorController<{ countryCode: string }>, pointer: string): ComboboxController {
    return new ComboboxController(this, {
      onSelect: (countryCode) => editor.draft && editor.update({ ...editor.draft, countryCode }, pointer),
    });
  }

  private saved(section: SavedSection, org: Organization): void {
    this.org.set(org);
    const titles: Partial<Record<SavedSection, string>> = {
      information: this.localize.term('overviewSectionInformation'),
      billing: this.localize.term('overviewSectionBilling'),
      'buyer-tags': this.localize.term('overviewSectionBuyerTags'),
    };
    const title = titles[section];
    if (title) this.announcement = this.localize.term('overviewSaved', title);
    this.emit(new ShSavedEvent(section, org));
  }

  private get actions(): AllowedActions | undefined {
    const org = this.org.value;
    const me = this.session.value?.me;
    return org && me ? allowedActions(org, me) : undefined;
  }

  private editorOf(section: SectionId): SectionEditorController<unknown> {
    const editors = { information: this.information, billing: this.billing, 'buyer-tags': this.buyerTags };
    return editors[section] as SectionEditorController<unknown>;
  }

  private async startEditing(section: SectionId): Promise<void> {
    this.announcement = '';
    this.editorOf(section).start();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-section='${section}'] form :is(input, select)`)?.focus();
  }

  private async focusEditButton(section: SectionId): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-section='${section}'] [part='edit-button']`)?.focus();
  }

  private cancel(section: SectionId): void {
    this.editorOf(section).cancel();
    void this.focusEditButton(section);
  }

  private async save(section: SectionId, event?: Event): Promise<void> {
    event?.preventDefault();
    const editor = this.editorOf(section);
    const saved = await editor.save();
    if (saved) {
      void this.focusEditButton(section);
      return;
    }
    await this.updateComplete;
    // Client errors: take the person to the first field to fix. Other failures show a banner, focus stays put.
    if (editor.submitted && !editor.error && !editor.conflict) {
      this.renderRoot.querySelector<HTMLElement>(`[data-section='${section}'] [aria-invalid='true']`)?.focus();
    }
  }

  private async reapply(section: SectionId): Promise<void> {
    const editor = this.editorOf(section);
    if (await editor.reapply()) void this.focusEditButton(section);
  }

  private discard(section: SectionId): void {
    this.editorOf(section).discard();
    void this.focusEditButton(section);
  }

  private async toggleApproval(): Promise<void> {
    const org = this.org.value;
    if (!org || this.approval.pending) return;
    const next = !org.remoteSupport.approvalRequired;
    this.approvalPending = next;
    this.announcement = '';
    const result = await this.approval.run((signal) => this.api().setRemoteSupportApproval(org, next, { signal }));
    // On failure the switch rolls back to the server's value (the organization on screen is unchanged).
    this.approvalPending = undefined;
    if (result.ok) {
      this.announcement = this.localize.term(next ? 'overviewRemoteSupportOn' : 'overviewRemoteSupportOff');
      this.saved('remote-support', result.value);
    } else if (this.approval.error) {
      this.emit(new ShErrorEvent(result.error, 'remote-support'));
    }
  }

  private async retryLoad(): Promise<void> {
    await this.reload();
    if (this.org.error) this.emit(new ShErrorEvent(this.org.error, 'load'));
  }

  private onManagedBySlotChange(event: Event): void {
    this.hasManagedByAction = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  private onStatusSlotChange(event: Event): void {
    this.hasStatusControl = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  // ── Public methods ────────────────────────────────────────────────────────────────────────────────────

  /** Loads the organization again (edits in progress are kept). */
  reload(): Promise<void> {
    this.session.reload();
    return this.org.reload();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────────

  /** Every assigned country, by localized name (cached per language). */
  private country(code: string): string {
    return this.localize.term('overviewCodeAndName', code, this.localize.displayName('region', code));
  }

  private field(label: string | TemplateResult, value: unknown, name = ''): TemplateResult {
    return html`<div part="field${name ? ` field-${name}` : ''}"><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  /** A text input bound to a section draft, with its error message wired up (aria-invalid + aria-describedby). */
  private input<D>(
    editor: SectionEditorController<D>,
    id: string,
    pointer: string,
    value: string,
    apply: (draft: D, value: string) => D,
    options: { type?: string; autocomplete?: string; label?: string; describedBy?: string; disabled?: boolean } = {},
  ): TemplateResult {
    const error = editor.errorAt(pointer);
    const describedBy = [error ? `${id}-error` : '', options.describedBy ?? ''].filter(Boolean).join(' ');
    return html`<input
        id=${id}
        part="input"
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-label=${ifDefined(options.label)}
        ?disabled=${options.disabled}
        data-pointer=${pointer}
        .value=${live(value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${(e: Event) => editor.update(apply(editor.draft as D, (e.target as HTMLInputElement).value), pointer)}
      />${this.fieldError(id, error)}`;
  }

  /** The country picker of a section: the kit's combobox over the assigned countries. */
  private countryPicker(box: ComboboxController, editor: SectionEditorController<{ countryCode: string }>, id: string, pointer: string): TemplateResult {
    const error = editor.errorAt(pointer);
    const value = editor.draft?.countryCode ?? '';
    const t = this.localize;
    return html`${box.render({
        id,
        listLabel: t.term('overviewFieldCountry'),
        value,
        valueLabel: isAssignedCountry(value) ? t.displayName('region', value) : value,
        options: filterOptions(countryOptions(t), box.query),
        emptyLabel: t.term('createNoMatch'),
        placeholder: t.term('overviewChooseCountry'),
        invalid: !!error,
        describedBy: error ? `${id}-error` : undefined,
      })}${this.fieldError(id, error)}`;
  }

  private fieldError(id: string, error: string | undefined): TemplateResult | typeof nothing {
    return error ? html`<div class="field-error" id="${id}-error">${error}</div>` : nothing;
  }

  private editButton(section: SectionId, actions: AllowedActions | undefined): TemplateResult | typeof nothing {
    if (!actions?.edit || this.editorOf(section).editing) return nothing;
    const title = this.localize.term(SECTION_TITLES[section]);
    return html`<button
      type="button"
      part="edit-button"
      aria-label=${this.localize.term('overviewEditSection', title)}
      title=${this.localize.term('overviewEditSection', title)}
      @click=${() => this.startEditing(section)}
    >
      ${icon.edit}
    </button>`;
  }

  private sectionHeader(section: SectionId, actions: AllowedActions | undefined): TemplateResult {
    return html`<div class="section-header">
      <h3 id="${section}-title">${this.localize.term(SECTION_TITLES[section])}</h3>
      ${this.editButton(section, actions)}
    </div>`;
  }

  /** The save failure, conflict and Save/Cancel row of a section in edit mode. */
  /** The conflict view, the save failure or the "Organization is invalid." summary, and Save / Cancel of a section. */
  private editFooter(section: SectionId, placed: readonly string[]): TemplateResult {
    return sectionFooter(this.localize, this.editorOf(section), {
      section,
      title: this.localize.term(SECTION_TITLES[section]),
      placed,
      country: (code) => this.country(code),
      save: () => void this.save(section),
      reapply: () => void this.reapply(section),
      discard: () => this.discard(section),
      cancel: () => this.cancel(section),
    });
  }

  private renderHeader(org: Organization, actions: AllowedActions | undefined): TemplateResult {
    return html`<div part="header">
      ${this.picture.renderImage(org)}
      <div class="heading">
        <h2 part="name">${org.name}</h2>
        <div class="subtitle">${this.localize.term(ACCOUNT_TYPE_KEYS[org.accountType])} · ${org.tenantId}</div>
        ${actions?.edit ? this.picture.renderActions(org) : nothing}
      </div>
    </div>`;
  }

  private renderOwner(org: Organization): TemplateResult {
    const owner = org.owner;
    if (owner.type === 'ADMIN_ORGANIZATION') return html`${this.localize.term('overviewOwnerAdminOrganization', owner.name)}`;
    return html`<span class="value-line">
      <span>${owner.firstName} ${owner.lastName}</span>
      <span class="muted">${owner.email}</span>
      <span class="badge">${this.localize.term(owner.status === 'INVITED' ? 'overviewOwnerInvited' : 'overviewOwnerActive')}</span>
    </span>`;
  }

  private renderApproval(org: Organization, actions: AllowedActions | undefined): TemplateResult | typeof nothing {
    if (org.managedBy !== 'CUSTOMER') return nothing;
    const label = this.localize.term('overviewRemoteSupportApproval');
    const on = this.approvalPending ?? org.remoteSupport.approvalRequired;
    const error = this.approval.error;
    const value = actions?.setRemoteSupportApproval
      ? html`<div class="value-line">
            <button
              type="button"
              role="switch"
              part="approval-switch"
              id="approval-switch"
              aria-checked=${on ? 'true' : 'false'}
              aria-labelledby="approval-label"
              aria-describedby="approval-hint ${error ? 'approval-error' : ''}"
              aria-busy=${this.approval.pending ? 'true' : 'false'}
              @click=${this.toggleApproval}
            >
              <span class="track"></span>
              <span aria-hidden="true">${this.localize.term(on ? 'overviewOn' : 'overviewOff')}</span>
            </button>
            ${this.approval.pending ? html`<span class="muted">${this.localize.term('overviewRemoteSupportSaving')}</span>` : nothing}
          </div>
          <div class="hint" id="approval-hint">${this.localize.term('overviewRemoteSupportApprovalHint')}</div>
          <div class="field-error" id="approval-error" role="alert">
            ${error ? this.localize.term('overviewRemoteSupportFailed', errorText(error, this.localize)) : nothing}
          </div>`
      : html`${this.localize.term(on ? 'overviewOn' : 'overviewOff')}`;
    return this.field(html`<span id="approval-label">${label}</span>`, value, 'remote-support');
  }

  private renderInformation(org: Organization, actions: AllowedActions | undefined): TemplateResult {
    const editor = this.information;
    const draft = editor.editing ? editor.draft : undefined;
    const t = this.localize.term.bind(this.localize);
    const name = draft
      ? this.field(
          html`<label for="information-name">${t('overviewFieldName')}</label>`,
          html`<div class="control">
            ${this.input(editor, 'information-name', '/name', draft.name, (d, name) => ({ ...d, name }), {
              autocomplete: 'organization',
            })}
          </div>`,
          'name',
        )
      : this.field(t('overviewFieldName'), org.name, 'name');
    const country = draft
      ? this.field(
          html`<label for="information-country">${t('overviewFieldCountry')}</label>`,
          html`<div class="control">
            ${this.countryPicker(this.informationCountry, editor, 'information-country', '/countryCode')}
          </div>`,
          'country',
        )
      : this.field(t('overviewFieldCountry'), this.country(org.countryCode), 'country');
    const fields = html`<dl>
      ${name}
      ${this.field(
        t('overviewFieldStatus'),
        html`<span class="value-line">${statusBadge(org.status, this.localize)}${org.statusReason
            ? html`<span class="muted">${t('overviewFieldStatusReason')}: ${t(REASON_KEYS[org.statusReason])}${org.statusNote
                ? ` · ${org.statusNote}`
                : ''}</span>`
            : nothing}${org.purgeAfter
            ? html`<span class="muted">${t('overviewFieldPurgeAfter')} ${this.localize.date(org.purgeAfter)}</span>`
            : nothing}</span>`,
        'status',
      )}
      ${this.field(
        t('overviewFieldAccountType'),
        t(
          'overviewAccountTypeWithTier',
          t(ACCOUNT_TYPE_KEYS[org.accountType]),
          t(tierOf(org.accountType) === 'SUPERNODE' ? 'tierSupernode' : 'tierNode'),
        ),
        'account-type',
      )}
      ${this.field(t('overviewFieldSubscriptionModel'), t(SUBSCRIPTION_KEYS[org.subscriptionModel]), 'subscription-model')}
      ${country}
      ${this.field(
        t('overviewFieldCurrency'),
        t('overviewCodeAndName', org.currencyCode, this.localize.displayName('currency', org.currencyCode)),
        'currency',
      )}
      ${this.field(
        t('overviewFieldCreatedAt'),
        html`<time datetime=${org.createdAt}>${this.localize.date(org.createdAt)}</time>`,
        'created-at',
      )}
      ${this.field(
        t('overviewFieldUuid'),
        html`<span class="value-line">
          <code part="uuid">${org.uuid}</code>
          <sh-copy-button part="copy-button" .value=${org.uuid} label=${t('overviewCopyUuid')}></sh-copy-button>
        </span>`,
        'uuid',
      )}
      ${this.field(
        t('overviewFieldTenantId'),
        html`<span class="value-line">
            <code part="tenant-id">${org.tenantId}</code>
            <span class="locked" part="not-editable">${icon.lock}${t('overviewNotEditable')}</span>
          </span>
          <div class="hint">${t('overviewTenantIdNote')}</div>`,
        'tenant-id',
      )}
      ${this.field(
        t('overviewFieldManagedBy'),
        html`<span class="value-line">
          ${this.hasManagedByAction
            ? nothing
            : html`<span part="managed-by">${t(org.managedBy === 'CUSTOMER' ? 'managedByCustomer' : 'managedByServiceProvider')}</span>`}
          <slot name="managed-by-action" @slotchange=${this.onManagedBySlotChange}></slot>
        </span>`,
        'managed-by',
      )}
      ${this.field(t('overviewFieldOwner'), this.renderOwner(org), 'owner')}
      ${this.renderApproval(org, actions)}
    </dl>`;
    return html`<section
      part="section section-information"
      class=${editor.editing ? 'editing' : ''}
      data-section="information"
      aria-labelledby="information-title"
    >
      ${this.sectionHeader('information', actions)}
      ${draft
        ? html`<form novalidate @submit=${(e: Event) => this.save('information', e)}>
            ${fields}${this.editFooter('information', ['/name', '/countryCode'])}
          </form>`
        : fields}
    </section>`;
  }

  private renderBillingView(org: Organization): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const b = org.billing;
    if (!b) return html`<p class="muted">${t('overviewBillingNone')}</p>`;
    const format = { country: (code: string) => this.country(code) };
    return html`<dl>
      ${this.field(t('overviewBillingName'), b.billingName, 'billing-name')}
      ${this.field(t('overviewBillingEmail'), b.billingEmail, 'billing-email')}
      ${this.field(t('address'), formatAddress(org, format) || t('overviewNotSet'), 'billing-address')}
      ${this.field(t('overviewBillingTax'), b.taxRegistrationNumber ?? t('overviewNotSet'), 'tax')}
    </dl>`;
  }

  private renderBillingForm(draft: BillingDraft): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const e = this.billing;
    const text = (key: keyof BillingDraft, pointer: string, label: string, cls = '', type = 'text', autocomplete = 'off') =>
      html`<div class="control ${cls}">
        <label for="billing-${key}">${label}</label>
        ${this.input(e, `billing-${key}`, pointer, draft[key], (d, v) => ({ ...d, [key]: v }), { type, autocomplete })}
      </div>`;
    const placed = ['/billingName', '/billingEmail', ...ADDRESS_KEYS.map((key) => `/address/${key}`), '/taxRegistrationNumber'];
    return html`<form novalidate @submit=${(ev: Event) => this.save('billing', ev)}>
      <div class="address">
        ${text('billingName', '/billingName', t('overviewBillingName'), 'wide', 'text', 'organization')}
        ${text('billingEmail', '/billingEmail', t('overviewBillingEmail'), 'wide', 'email', 'email')}
        ${addressFields(this.localize, {
          value: draft,
          pointer: '/address',
          required: ADDRESS_KEYS.some((key) => draft[key].trim() !== ''),
          errorAt: (pointer) => e.errorAt(pointer),
          onInput: (key, value, pointer) => e.update({ ...(e.draft as BillingDraft), [key]: value }, pointer),
          country: (id, pointer) => this.countryPicker(this.billingCountry, e, id, pointer),
        })}
        ${text('taxRegistrationNumber', '/taxRegistrationNumber', t('overviewBillingTaxOptional'), 'wide')}
      </div>
      ${this.editFooter('billing', placed)}
    </form>`;
  }

  private renderBilling(org: Organization, actions: AllowedActions | undefined): TemplateResult {
    const draft = this.billing.editing ? this.billing.draft : undefined;
    return html`<section
      part="section section-billing"
      class=${draft ? 'editing' : ''}
      data-section="billing"
      aria-labelledby="billing-title"
    >
      ${this.sectionHeader('billing', actions)} ${draft ? this.renderBillingForm(draft) : this.renderBillingView(org)}
    </section>`;
  }

  private renderBuyerTagsForm(draft: BuyerTagsDraft): TemplateResult {
    const e = this.buyerTags;
    const placed = [
      '/buyerTags',
      NEW_TAG_KEY,
      NEW_TAG_VALUE,
      ...draft.tags.flatMap((_, i) => [`/buyerTags/${i}/key`, `/buyerTags/${i}/value`]),
    ];
    return html`<form novalidate @submit=${(ev: Event) => this.save('buyer-tags', ev)}>
      ${tagEditor(this.localize, {
        draft,
        capabilities: this.session.value?.capabilities,
        errorAt: (pointer) => e.errorAt(pointer),
        onChange: (next, ...pointers) => e.update(next, ...pointers),
        onAnnounce: (message) => (this.announcement = message),
        rendered: () => this.updateComplete,
      })}
      ${this.editFooter('buyer-tags', placed)}
    </form>`;
  }

  private renderBuyerTags(org: Organization, actions: AllowedActions | undefined): TemplateResult {
    const draft = this.buyerTags.editing ? this.buyerTags.draft : undefined;
    const view = org.buyerTags.length
      ? html`<ul part="tags" aria-label=${this.localize.term('overviewBuyerTagsList')}>
          ${org.buyerTags.map(
            (tag) => html`<li part="tag" class="view"><span class="tag-key">${tag.key}:</span> ${tag.value}</li>`,
          )}
        </ul>`
      : html`<p class="muted">${this.localize.term('overviewBuyerTagsNone')}</p>`;
    return html`<section
      part="section section-buyer-tags"
      class=${draft ? 'editing' : ''}
      data-section="buyer-tags"
      aria-labelledby="buyer-tags-title"
    >
      ${this.sectionHeader('buyer-tags', actions)} ${draft ? this.renderBuyerTagsForm(draft) : view}
    </section>`;
  }

  private renderLoaded(org: Organization): TemplateResult {
    const actions = this.actions;
    const loadError = this.org.state === 'error' ? this.org.error : undefined;
    return html`${loadError
        ? html`<div class="banner error" role="alert">
            <p>${this.localize.term('loadFailed')} ${errorText(loadError, this.localize)}</p>
            <div class="actions"><button type="button" class="small" @click=${this.retryLoad}>${this.localize.term('retry')}</button></div>
          </div>`
        : nothing}
      ${this.renderHeader(org, actions)}
      ${org.status === 'PENDING_DELETION'
        ? html`<p class="banner warning">${this.localize.term('overviewReadOnlyPendingDeletion')}</p>`
        : nothing}
      ${this.renderInformation(org, actions)} ${this.renderBilling(org, actions)} ${this.renderBuyerTags(org, actions)}
      <section
        part="section section-status-control"
        aria-labelledby="status-control-title"
        ?hidden=${!this.hasStatusControl}
      >
        <div class="section-header"><h3 id="status-control-title">${this.localize.term('overviewSectionStatusControl')}</h3></div>
        <slot name="status-control" @slotchange=${this.onStatusSlotChange}></slot>
      </section>`;
  }

  private renderState(): TemplateResult {
    const org = this.org.value;
    if (!this.client) return html`<p class="banner">${this.localize.term('noClient')}</p>`;
    if (org) return this.renderLoaded(org);
    switch (this.org.state) {
      case 'not-found':
        return html`<p role="alert" class="banner error">${this.localize.term('notFound')}</p>`;
      case 'error':
        return html`<div role="alert" class="banner error">
          <p>${this.localize.term('loadFailed')} ${errorText(this.org.error, this.localize)}</p>
          <div class="actions">
            <button type="button" class="small" @click=${this.retryLoad}>${this.localize.term('retry')}</button>
          </div>
        </div>`;
      default:
        return html`<div class="skeleton" aria-hidden="true"><span class="short"></span><span></span><span class="long"></span></div>
          <p role="status">${this.localize.term('overviewLoading')}</p>`;
    }
  }

  override render() {
    const loading = this.org.state === 'loading';
    return html`<div
      part="base"
      role="region"
      aria-label=${this.org.value ? this.localize.term('overviewLabel', this.org.value.name) : this.localize.term('overviewLoading')}
      aria-busy=${loading ? 'true' : 'false'}
    >
      ${this.renderState()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-organization-overview')) customElements.define('sh-organization-overview', ShOrganizationOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sh-organization-overview': ShOrganizationOverview;
  }
}
