import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  allowedActions,
  assignedCountries,
  foldForSearch,
  isAssignedCountry,
  isValidationError,
  tierOf,
  type AccountType,
  type AllowedActions,
  type FieldError,
  type Organization,
  type SubscriptionModel,
  type SuspensionReason,
} from '../../sdk/index.js';
import { ShClientElement } from '../base/client-element.js';
import { errorText } from '../base/error-text.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { PendingActionController } from '../controllers/pending-action-controller.js';
import { SectionEditorController } from '../controllers/section-editor-controller.js';
import { SessionController } from '../controllers/session-controller.js';
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
  buyerTagsDraft,
  buyerTagsToSend,
  formatAddress,
  informationDraft,
  informationPatch,
  maxBuyerTags,
  NEW_TAG_KEY,
  NEW_TAG_VALUE,
  newTagErrors,
  sectionChanges,
  validateBillingDraft,
  validateBuyerTagsDraft,
  validateInformation,
  type BillingDraft,
  type BuyerTagsDraft,
  type SectionId,
} from './overview-drafts.js';

/** What the server accepts for a profile picture (checked before upload). */
const PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const PICTURE_MAX_BYTES = 1_048_576;

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
  close: html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>`,
};

/** A country for the pickers: its code and its name in one language. */
interface CountryOption {
  value: string;
  label: string;
}
const countryLists = new Map<string, CountryOption[]>();

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
  static override styles = [sharedStyles, addressStyles, overviewStyles];

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
  });
  private readonly billing = this.editor<BillingDraft>('billing', {
    draftOf: billingDraft,
    validate: validateBillingDraft,
    submit: (org, draft, signal) => this.api().replaceBilling(org, billingInput(draft), { signal }),
  });
  private readonly buyerTags = this.editor<BuyerTagsDraft>('buyer-tags', {
    draftOf: buyerTagsDraft,
    validate: (draft) => validateBuyerTagsDraft(draft, this.session.value?.capabilities),
    submit: (org, draft, signal) => this.api().replaceBuyerTags(org, buyerTagsToSend(draft), { signal }),
  });
  private readonly picture = new PendingActionController(this);
  private readonly approval = new PendingActionController(this);

  /** A message at the picture field: the file's type or size was refused before upload. */
  @state() private pictureProblem = '';
  /** A local preview of the picture being uploaded. */
  @state() private picturePreview = '';
  @state() private pictureBroken = false;
  /** The value the approval switch shows while its save is pending. */
  @state() private approvalPending: boolean | undefined;
  @state() private copyFeedback = '';
  /** The latest outcome, for the polite live region. */
  @state() private announcement = '';
  @state() private hasStatusControl = false;
  /** Something fills the managed-by-action slot (an ownership switch, which shows the value itself). */
  @state() private hasManagedByAction = false;

  /** UUID of the organization to show. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  private copyTimer: ReturnType<typeof setTimeout> | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('organizationId') && changed.get('organizationId') !== undefined) {
      for (const editor of [this.information, this.billing, this.buyerTags]) editor.reset();
      this.picture.clear();
      this.approval.clear();
      this.approvalPending = undefined;
      this.pictureProblem = '';
      this.announcement = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.copyTimer);
    if (this.picturePreview) URL.revokeObjectURL(this.picturePreview);
  }

  // ── Behaviour ─────────────────────────────────────────────────────────────────────────────────────────

  private api() {
    if (!this.client) throw new Error('No Sales Hub client');
    return this.client.organizations;
  }

  private editor<D>(
    section: SectionId,
    config: Pick<ConstructorParameters<typeof SectionEditorController<D>>[1], 'draftOf' | 'validate' | 'submit'>,
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

  private async copyUuid(uuid: string): Promise<void> {
    let ok = false;
    try {
      await navigator.clipboard.writeText(uuid);
      ok = true;
    } catch {
      ok = this.copyWithSelection(uuid);
    }
    this.copyFeedback = this.localize.term(ok ? 'overviewCopied' : 'overviewCopyFailed');
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => (this.copyFeedback = ''), 3000);
  }

  /** The fallback where the async clipboard is refused (no permission, an insecure page). */
  private copyWithSelection(text: string): boolean {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    this.renderRoot.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  private choosePicture(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  private async onPictureChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.announcement = '';
    this.pictureProblem = this.pictureProblemOf(file);
    if (this.pictureProblem) return;
    const org = this.org.value;
    if (!org) return;
    if (this.picturePreview) URL.revokeObjectURL(this.picturePreview);
    this.picturePreview = URL.createObjectURL(file);
    const result = await this.picture.run((signal) => this.api().uploadProfilePicture(org, file, { signal }));
    URL.revokeObjectURL(this.picturePreview);
    this.picturePreview = '';
    this.pictureOutcome(result, 'overviewPictureSaved');
  }

  private pictureProblemOf(file: File): string {
    if (!PICTURE_TYPES.includes(file.type)) return this.localize.term('overviewPictureWrongType', file.type);
    if (file.size > PICTURE_MAX_BYTES) return this.localize.term('overviewPictureTooLarge', this.formatBytes(file.size));
    return '';
  }

  private formatBytes(bytes: number): string {
    const n = new Intl.NumberFormat(this.localize.lang, { maximumFractionDigits: 1 });
    const mib = n.format(bytes / PICTURE_MAX_BYTES);
    // Just over the limit, "1 MiB" would read as allowed: give the exact size instead.
    return mib === n.format(1)
      ? this.localize.term('overviewBytes', new Intl.NumberFormat(this.localize.lang).format(bytes))
      : this.localize.term('overviewMebibytes', mib);
  }

  private async removePicture(): Promise<void> {
    const org = this.org.value;
    if (!org) return;
    this.announcement = '';
    this.pictureProblem = '';
    const result = await this.picture.run((signal) => this.api().removeProfilePicture(org, { signal }));
    this.pictureOutcome(result, 'overviewPictureRemoved');
  }

  private pictureOutcome(
    result: { ok: true; value: Organization } | { ok: false; error: unknown },
    success: 'overviewPictureSaved' | 'overviewPictureRemoved',
  ): void {
    if (result.ok) {
      this.pictureBroken = false;
      this.announcement = this.localize.term(success);
      this.saved('profile-picture', result.value);
    } else if (this.picture.error) {
      this.emit(new ShErrorEvent(result.error, 'profile-picture'));
    }
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
  private countries(): CountryOption[] {
    const lang = this.localize.lang;
    let list = countryLists.get(lang);
    if (!list) {
      const collator = new Intl.Collator(lang);
      list = assignedCountries()
        .map((code) => ({ value: code, label: this.localize.displayName('region', code) }))
        .sort((a, b) => collator.compare(a.label, b.label));
      countryLists.set(lang, list);
    }
    return list;
  }

  /** What the person typed in a country picker, as a code when it names one (a code, or a name in full). */
  private countryCodeOf(typed: string): string {
    const text = typed.trim();
    if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
    const folded = foldForSearch(text);
    return this.countries().find((c) => foldForSearch(c.label) === folded)?.value ?? typed;
  }

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

  /**
   * A searchable country picker: a text field with the assigned countries as suggestions (`<datalist>`, which the
   * browser filters as the person types a name or a code). The country's name stands under it.
   */
  private countryPicker<D>(
    editor: SectionEditorController<D>,
    id: string,
    pointer: string,
    value: string,
    apply: (draft: D, value: string) => D,
  ): TemplateResult {
    const error = editor.errorAt(pointer);
    const name = isAssignedCountry(value) ? this.localize.displayName('region', value) : '';
    return html`<input
        id=${id}
        part="input"
        list="countries"
        autocomplete="off"
        spellcheck="false"
        placeholder=${this.localize.term('overviewChooseCountry')}
        data-pointer=${pointer}
        .value=${live(value)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby="${id}-name ${error ? `${id}-error` : ''}"
        @input=${(e: Event) => editor.update(apply(editor.draft as D, this.countryCodeOf((e.target as HTMLInputElement).value)), pointer)}
      />
      <div class="hint" id="${id}-name">${name}</div>
      ${this.fieldError(id, error)}`;
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
  private editFooter(section: SectionId, placed: readonly string[]): TemplateResult {
    const editor = this.editorOf(section);
    const title = this.localize.term(SECTION_TITLES[section]);
    const clientErrors = editor.submitted ? editor.clientErrors.length : 0;
    return html`${this.conflictBanner(section)}${this.saveErrorBanner(section, placed)}
      ${clientErrors > 0
        ? html`<p class="field-error" role="status">${this.localize.term('overviewFixErrors', clientErrors)}</p>`
        : nothing}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          aria-disabled=${editor.pending || editor.conflict ? 'true' : 'false'}
          aria-label=${this.localize.term('overviewSaveSection', title)}
        >
          ${this.localize.term(editor.pending ? 'saving' : 'save')}
        </button>
        <button type="button" @click=${() => this.cancel(section)}>${this.localize.term('cancel')}</button>
      </div>`;
  }

  private saveErrorBanner(section: SectionId, placed: readonly string[]): TemplateResult | typeof nothing {
    const editor = this.editorOf(section);
    const error = editor.error;
    if (!error) return nothing;
    if (isValidationError(error)) {
      // Errors whose field this section does not show are listed in the banner, so none is hidden.
      const unplaced = editor.serverErrors.filter((e: FieldError) => !placed.includes(e.pointer));
      return html`<div class="banner error" role="alert">
        <p><strong>${this.localize.term('organizationInvalid')}</strong></p>
        ${unplaced.length ? html`<ul>${unplaced.map((e) => html`<li>${fieldMessage(e, this.localize)}</li>`)}</ul>` : nothing}
      </div>`;
    }
    return html`<div class="banner error" role="alert">
      <p>${this.localize.term('overviewSaveFailed', errorText(error, this.localize))}</p>
      <div class="actions">
        <button type="button" class="small" @click=${() => this.save(section)}>${this.localize.term('retry')}</button>
      </div>
    </div>`;
  }

  private conflictBanner(section: SectionId): TemplateResult | typeof nothing {
    const conflict = this.editorOf(section).conflict;
    if (!conflict) return nothing;
    let body: TemplateResult;
    if (conflict.fresh) {
      const changes = sectionChanges(section, conflict.before, conflict.fresh, {
        label: (key) =>
          this.localize.term(
            (
              {
                name: 'overviewFieldName',
                country: 'overviewFieldCountry',
                billingName: 'overviewBillingName',
                billingEmail: 'overviewBillingEmail',
                address: 'address',
                tax: 'overviewBillingTax',
                buyerTags: 'overviewSectionBuyerTags',
              } as const
            )[key],
          ),
        country: (code) => this.country(code),
        none: this.localize.term('overviewNotSet'),
      });
      body = changes.length
        ? html`<p>${this.localize.term('overviewConflictChanges')}</p>
            <ul part="conflict-changes">
              ${changes.map(
                (c) => html`<li>${this.localize.term('overviewConflictChange', c.field, c.from, c.to)}</li>`,
              )}
            </ul>`
        : html`<p>${this.localize.term('overviewConflictNoSectionChanges')}</p>`;
    } else if (conflict.loadError) {
      body = html`<p>${this.localize.term('overviewConflictLoadFailed')} ${errorText(conflict.loadError, this.localize)}</p>`;
    } else {
      body = html`<p>${this.localize.term('loading')}</p>`;
    }
    return html`<div class="banner warning" role="alert" part="conflict">
      <p><strong>${this.localize.term('overviewConflictTitle')}</strong></p>
      ${body}
      <p>${this.localize.term('overviewConflictKept')}</p>
      <div class="actions">
        <button type="button" class="primary small" @click=${() => this.reapply(section)}>
          ${this.localize.term(conflict.fresh || !conflict.loadError ? 'overviewConflictReapply' : 'retry')}
        </button>
        <button type="button" class="small" @click=${() => this.discard(section)}>
          ${this.localize.term('overviewConflictDiscard')}
        </button>
      </div>
    </div>`;
  }

  private renderHeader(org: Organization, actions: AllowedActions | undefined): TemplateResult {
    const src = this.picturePreview || (this.pictureBroken ? '' : (org.profilePictureUrl ?? ''));
    const alt = this.localize.term('overviewPictureAlt', org.name);
    const initials = org.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => [...w][0]?.toUpperCase() ?? '')
      .join('');
    const picture = src
      ? html`<img part="picture" src=${src} alt=${alt} width="100" height="100" @error=${() => (this.pictureBroken = true)} />`
      : html`<span part="picture" role="img" aria-label=${alt}>${initials}</span>`;
    const busy = this.picture.pending;
    const pictureError = this.pictureProblem || (this.picture.error ? this.localize.term('overviewPictureFailed', errorText(this.picture.error, this.localize)) : '');
    return html`<div part="header">
      ${picture}
      <div class="heading">
        <h2 part="name">${org.name}</h2>
        <div class="subtitle">${this.localize.term(ACCOUNT_TYPE_KEYS[org.accountType])} · ${org.tenantId}</div>
        ${actions?.edit
          ? html`<div class="picture-actions" role="group" aria-label=${this.localize.term('overviewFieldProfilePicture')}>
                <input type="file" hidden accept=${PICTURE_TYPES.join(',')} @change=${this.onPictureChosen} />
                <button
                  type="button"
                  class="small"
                  part="picture-button"
                  aria-disabled=${busy ? 'true' : 'false'}
                  aria-describedby="picture-hint ${pictureError ? 'picture-error' : ''}"
                  @click=${() => !busy && this.choosePicture()}
                >
                  ${this.localize.term(
                    busy && this.picturePreview
                      ? 'overviewPictureUploading'
                      : org.profilePictureUrl
                        ? 'overviewPictureReplace'
                        : 'overviewPictureUpload',
                  )}
                </button>
                ${org.profilePictureUrl
                  ? html`<button
                      type="button"
                      class="small"
                      aria-disabled=${busy ? 'true' : 'false'}
                      @click=${() => !busy && this.removePicture()}
                    >
                      ${this.localize.term(busy && !this.picturePreview ? 'overviewPictureRemoving' : 'overviewPictureRemove')}
                    </button>`
                  : nothing}
              </div>
              <div class="hint" id="picture-hint">${this.localize.term('overviewPictureHint')}</div>
              <div class="field-error" id="picture-error" role="alert">${pictureError}</div>`
          : nothing}
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
            ${this.countryPicker(editor, 'information-country', '/countryCode', draft.countryCode, (d, countryCode) => ({
              ...d,
              countryCode,
            }))}
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
          <button type="button" class="small" part="copy-button" aria-label=${t('overviewCopyUuid')} @click=${() => this.copyUuid(org.uuid)}>
            ${t('overviewCopy')}
          </button>
          <span role="status" class="feedback">${this.copyFeedback}</span>
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
          country: (id, pointer) => this.countryPicker(e, id, pointer, draft.countryCode, (d, countryCode) => ({ ...d, countryCode })),
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

  private addTag(): void {
    const e = this.buyerTags;
    const draft = e.draft;
    if (!draft) return;
    const capabilities = this.session.value?.capabilities;
    if (draft.tags.length >= maxBuyerTags(capabilities)) return;
    const errors = newTagErrors(draft, capabilities);
    if (draft.newKey === '' || draft.newValue.trim() === '' || errors.length) {
      e.update(draft, NEW_TAG_KEY, NEW_TAG_VALUE);
      this.renderRoot.querySelector<HTMLElement>(`#buyer-tags-new-${draft.newKey === '' ? 'key' : 'value'}`)?.focus();
      return;
    }
    const key = draft.newKey;
    e.update({ tags: [...draft.tags, { key, value: draft.newValue.trim() }], newKey: '', newValue: '' }, '/buyerTags');
    this.announcement = this.localize.term('overviewBuyerTagAdded', key);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#buyer-tags-new-key')?.focus());
  }

  private removeTag(index: number): void {
    const draft = this.buyerTags.draft;
    if (!draft) return;
    const removed = draft.tags[index];
    const tags = draft.tags.filter((_, i) => i !== index);
    this.buyerTags.update({ ...draft, tags }, '/buyerTags');
    if (removed) this.announcement = this.localize.term('overviewBuyerTagRemoved', removed.key);
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.chip-remove');
      (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#buyer-tags-new-key'))?.focus();
    });
  }

  private renderBuyerTagsForm(draft: BuyerTagsDraft): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const e = this.buyerTags;
    const capabilities = this.session.value?.capabilities;
    const max = maxBuyerTags(capabilities);
    const used = new Set(draft.tags.map((tag) => tag.key));
    const free = (capabilities?.buyerTagKeys ?? []).filter((key) => !used.has(key));
    const atLimit = draft.tags.length >= max;
    const reason = atLimit ? t('overviewBuyerTagsLimit', max) : free.length === 0 ? t('overviewBuyerTagsNoKeysLeft') : '';
    const listError = e.errorAt('/buyerTags');
    const keyError = e.errorAt(NEW_TAG_KEY);
    const chips = draft.tags.map((tag, i) => {
      const error = e.errorAt(`/buyerTags/${i}/key`) ?? e.errorAt(`/buyerTags/${i}/value`);
      return html`<li part="tag" ?data-invalid=${!!error}>
        <span><span class="tag-key">${tag.key}:</span> ${tag.value}</span>
        <button
          type="button"
          class="chip-remove"
          aria-label=${t('overviewBuyerTagRemove', tag.key)}
          aria-describedby=${ifDefined(error ? `buyer-tag-${i}-error` : undefined)}
          @click=${() => this.removeTag(i)}
        >
          ${icon.close}
        </button>
        ${error ? html`<span class="field-error" id="buyer-tag-${i}-error">${error}</span>` : nothing}
      </li>`;
    });
    const placed = [
      '/buyerTags',
      NEW_TAG_KEY,
      NEW_TAG_VALUE,
      ...draft.tags.flatMap((_, i) => [`/buyerTags/${i}/key`, `/buyerTags/${i}/value`]),
    ];
    return html`<form novalidate @submit=${(ev: Event) => this.save('buyer-tags', ev)}>
      <div class="control">
        <ul part="tags" aria-label=${t('overviewBuyerTagsList')} aria-describedby=${ifDefined(listError ? 'buyer-tags-error' : undefined)}>
          ${chips}
        </ul>
        ${draft.tags.length === 0 ? html`<p class="muted">${t('overviewBuyerTagsNone')}</p>` : nothing}
        ${this.fieldError('buyer-tags', listError)}
      </div>
      <div class="hint" id="buyer-tags-count">${t('overviewBuyerTagsCount', draft.tags.length, max)}</div>
      <div class="add-tag">
        <div class="control">
          <label for="buyer-tags-new-key">${t('overviewBuyerTagKey')}</label>
          <select
            id="buyer-tags-new-key"
            part="input"
            ?disabled=${!!reason}
            aria-invalid=${keyError ? 'true' : 'false'}
            aria-describedby=${ifDefined(keyError ? 'buyer-tags-new-key-error' : undefined)}
            @change=${(ev: Event) => e.update({ ...draft, newKey: (ev.target as HTMLSelectElement).value }, NEW_TAG_KEY)}
          >
            <option value="" ?selected=${draft.newKey === ''}>${t('overviewBuyerTagChooseKey')}</option>
            ${free.map((key) => html`<option value=${key} ?selected=${key === draft.newKey}>${key}</option>`)}
          </select>
          ${this.fieldError('buyer-tags-new-key', keyError)}
        </div>
        <div class="control">
          <label for="buyer-tags-new-value">${t('overviewBuyerTagValue')}</label>
          ${this.input(e, 'buyer-tags-new-value', NEW_TAG_VALUE, draft.newValue, (d, newValue) => ({ ...d, newValue }), {
            disabled: !!reason,
          })}
        </div>
        <button
          type="button"
          part="add-tag-button"
          aria-disabled=${reason ? 'true' : 'false'}
          aria-describedby=${ifDefined(reason ? 'buyer-tags-limit' : undefined)}
          @click=${() => !reason && this.addTag()}
        >
          ${t('overviewBuyerTagAdd')}
        </button>
      </div>
      ${reason ? html`<p class="hint" id="buyer-tags-limit">${reason}</p>` : nothing}
      ${this.editFooter('buyer-tags', placed)}
    </form>`;
  }

  private onTagValueKeydown(event: KeyboardEvent): void {
    // Enter in the value adds the tag (the person is composing one), rather than saving the whole section.
    if (event.key !== 'Enter' || (event.target as HTMLElement).id !== 'buyer-tags-new-value') return;
    event.preventDefault();
    this.addTag();
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
      @keydown=${this.onTagValueKeydown}
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
      ${this.information.editing || this.billing.editing
        ? html`<datalist id="countries">
            ${this.countries().map((c) => html`<option value=${c.value}>${c.label}</option>`)}
          </datalist>`
        : nothing}
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
