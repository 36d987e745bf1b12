import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { allowedActions, type AllowedActions, type Organization } from '../../sdk/index.js';
import { ShEditingElement } from '../base/editing-element.js';
import { errorText, mayHaveBeenApplied } from '../base/error-text.js';
import { fieldMessage } from '../base/field-message.js';
import { ACCOUNT_TYPE_KEYS } from '../base/labels.js';
import { ComboboxController, comboboxStyles } from '../controllers/combobox-controller.js';
import { OrganizationController } from '../controllers/organization-controller.js';
import { ActionController } from '../controllers/action-controller.js';
import { ProfilePictureController } from '../controllers/profile-picture-controller.js';
import { SectionEditorController } from '../controllers/section-editor-controller.js';
import { SessionController } from '../controllers/session-controller.js';
import { storeOf } from '../context/store.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShSavedEvent, type SavedSection } from '../events/saved-event.js';
import { addressStyles } from '../styles/address.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import {
  buyerTagsDraft,
  buyerTagsToSend,
  tagEditorStyles,
  validateBuyerTagsDraft,
  type BuyerTagsDraft,
} from '../tag-editor/tag-editor-template.js';
import { billingSection } from './billing-section.js';
import { buyerTagsSection } from './buyer-tags-section.js';
import { informationSection } from './information-section.js';
import { forgetDrafts, keepDrafts, takeDrafts, type KeptSections } from './kept-drafts.js';
import { overviewStyles } from './organization-overview.styles.js';
import {
  billingDraft,
  billingInput,
  informationDraft,
  informationPatch,
  validateBillingDraft,
  validateInformation,
  type BillingDraft,
  type SectionId,
} from './overview-drafts.js';
import { SECTION_TITLES, type SectionContext, type SectionEditors } from './overview-section.js';
import { addEnglish } from '../translations/localize.js';
import { overview } from '../translations/en/overview.js';

/**
 * @summary The Overview tab of an organization in the Sales Hub: every detail field, and Organization
 * Information, Billing Information and Buyer Tags, each viewed and edited in place.
 *
 * @fires {ShSavedEvent} sh-saved - A change was saved (`section`: information, billing, buyer-tags, profile-picture or
 *   remote-support; `organization`: the organization the server returned). Never on programmatic changes.
 * @fires {ShErrorEvent} sh-error - A save, an upload or a retried load failed (`error`, `section`). The widget shows it too.
 * @fires {ShUnsavedChangesEvent} sh-unsaved-changes - `hasUnsavedChanges` changed: a section's edits or a failed
 *   picture upload. A section's unsaved edits are kept when another `organization-id` is shown, and come back, with a
 *   notice, when that organization is shown again (for the page's lifetime); on save, edits that no longer apply
 *   because the organization changed meanwhile show the conflict view.
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
 * @csspart draft-note - The note above a section's fields when its unsaved edits were kept from an earlier visit.
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
export class ShOrganizationOverview extends ShEditingElement {
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
  private readonly editors: SectionEditors = {
    information: this.information,
    billing: this.billing,
    'buyer-tags': this.buyerTags,
  };
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
  private readonly approval = new ActionController<'approval'>(this);

  /** The value the approval switch shows while its save is pending. */
  @state() private approvalPending: boolean | undefined;
  /** The latest outcome, for the polite live region. */
  @state() private announcement = '';
  /** The named slots something fills (`managed-by-action`: an ownership switch, which shows the value itself). */
  @state() private filled: Partial<Record<string, boolean>> = {};

  /** UUID of the organization to show. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('organizationId') && changed.get('organizationId') !== undefined) {
      this.keepDrafts(changed.get('organizationId') ?? '');
      // Cancelled, not only reset: a save still in flight must not close the sections of the organization shown next.
      for (const editor of Object.values(this.editors)) editor.cancel();
      this.picture.clear();
      this.approval.reset();
      this.approvalPending = undefined;
      this.announcement = '';
    }
    // Another client is another caller: what the previous one kept is not theirs to see, nor to be asked about.
    const previous = changed.get('client');
    if (previous && previous !== this.client) forgetDrafts(storeOf(previous));
    if (changed.has('organizationId') || changed.has('client')) this.resumeDrafts();
  }

  protected override holdsUnsavedInput(): boolean {
    return Object.values(this.editors).some((editor) => editor.changed) || this.picture.holdsUnsavedInput;
  }

  // ── Behaviour ─────────────────────────────────────────────────────────────────────────────────────────

  /** Keeps the sections' unsaved edits of the organization shown until now (`uuid`). */
  private keepDrafts(uuid: string): void {
    if (!this.client || !uuid) return;
    const sections: KeptSections = {};
    for (const [id, editor] of Object.entries(this.editors) as [SectionId, SectionEditorController<unknown>][]) {
      const kept = editor.keep();
      if (kept) sections[id] = kept;
    }
    keepDrafts(storeOf(this.client), uuid, sections, !this.noUnloadGuard);
  }

  /** Opens the sections again on the edits kept for the organization shown now, and says so (politely). */
  private resumeDrafts(): void {
    if (!this.client || !this.organizationId) return;
    const kept = takeDrafts(storeOf(this.client), this.organizationId);
    if (!kept) return;
    const titles: string[] = [];
    for (const [id, edits] of Object.entries(kept) as [SectionId, NonNullable<KeptSections[SectionId]>][]) {
      this.editorOf(id).resume(edits);
      titles.push(this.localize.term(SECTION_TITLES[id]));
    }
    this.announcement = this.localize.term('overviewDraftsResumed', titles.join(', '));
  }

  private api() {
    if (!this.client) throw new Error('No Sales Hub client');
    return this.client.organizations;
  }

  private editor<D>(
    section: SectionId,
    config: Pick<
      ConstructorParameters<typeof SectionEditorController<D>>[1],
      'draftOf' | 'validate' | 'submit' | 'sends'
    >,
  ): SectionEditorController<D> {
    const editor: SectionEditorController<D> = new SectionEditorController<D>(this, {
      ...config,
      // Kept edits are sent against the copy they started from: a change made meanwhile is a conflict (412), shown
      // in the conflict view, rather than overwritten unseen.
      submit: (org, draft, signal, origin) =>
        config.submit(editor.resumed && editor.base ? editor.base : org, draft, signal, origin),
      latest: () => this.org.value,
      fetchFresh: (signal) => this.org.fetchFresh(signal),
      onSaved: (org) => this.saved(section, org),
      onFresh: (org) => this.org.set(org),
      onError: (error) => this.emit(new ShErrorEvent(error, section)),
      message: (error) => fieldMessage(error, this.localize),
    });
    return editor;
  }

  private countryBox(editor: SectionEditorController<{ countryCode: string }>, pointer: string): ComboboxController {
    return new ComboboxController(this, {
      onSelect: (countryCode) => editor.draft && editor.update({ ...editor.draft, countryCode }, pointer),
    });
  }

  private saved(section: SavedSection, org: Organization): void {
    this.org.set(org);
    // The picture and the approval switch announce their own outcome.
    const title = section in SECTION_TITLES ? SECTION_TITLES[section as SectionId] : undefined;
    if (title) this.announcement = this.localize.term('overviewSaved', this.localize.term(title));
    this.emit(new ShSavedEvent(section, org));
  }

  private get actions(): AllowedActions | undefined {
    const org = this.org.value;
    const me = this.session.value?.me;
    return org && me ? allowedActions(org, me) : undefined;
  }

  private editorOf(section: SectionId): SectionEditorController<unknown> {
    return this.editors[section];
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
    const result = await editor.save();
    if (result.status === 'done') {
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
    if ((await editor.reapply()).status === 'done') void this.focusEditButton(section);
  }

  private discard(section: SectionId): void {
    this.editorOf(section).discard();
    void this.focusEditButton(section);
  }

  private async toggleApproval(): Promise<void> {
    const org = this.org.value;
    if (!org || this.approval.busy) return;
    const next = !org.remoteSupport.approvalRequired;
    this.approvalPending = next;
    this.announcement = '';
    const result = await this.approval.run('approval', async (signal) => {
      try {
        return await this.api().setRemoteSupportApproval(org, next, { signal });
      } catch (error) {
        // The answer was lost: the server's copy tells whether the setting changed.
        const fresh = mayHaveBeenApplied(error) ? await this.org.fetchFresh(signal).catch(() => undefined) : undefined;
        if (fresh?.remoteSupport.approvalRequired === next) return fresh;
        throw error;
      }
    });
    // On failure the switch rolls back to the server's value (the organization on screen is unchanged).
    this.approvalPending = undefined;
    if (result.status === 'done') {
      this.announcement = this.localize.term(next ? 'overviewRemoteSupportOn' : 'overviewRemoteSupportOff');
      this.saved('remote-support', result.value);
    } else if (result.status === 'failed') {
      this.emit(new ShErrorEvent(result.error, 'remote-support'));
    }
  }

  private async retryLoad(): Promise<void> {
    await this.reload();
    if (this.org.error) this.emit(new ShErrorEvent(this.org.error, 'load'));
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.filled = { ...this.filled, [slot.name]: slot.assignedElements().length > 0 };
  }

  // ── Public methods ────────────────────────────────────────────────────────────────────────────────────

  /** Loads the organization again (edits in progress are kept). */
  reload(): Promise<void> {
    void this.session.reload();
    return this.org.reload();
  }

  // ── Rendering ─────────────────────────────────────────────────────────────────────────────────────────

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

  /** A failed load with Try again (over the organization shown, when there is one). */
  private renderLoadError(error: unknown): TemplateResult {
    return html`<div class="banner error" role="alert">
      <p>${this.localize.term('loadFailed')} ${errorText(error, this.localize)}</p>
      <div class="actions"><button type="button" class="small" @click=${this.retryLoad}>${this.localize.term('retry')}</button></div>
    </div>`;
  }

  private renderLoaded(org: Organization): TemplateResult {
    const actions = this.actions;
    const ctx: SectionContext = {
      localize: this.localize,
      org,
      actions,
      editors: this.editors,
      edit: (section) => void this.startEditing(section),
      save: (section, event) => void this.save(section, event),
      reapply: (section) => void this.reapply(section),
      discard: (section) => this.discard(section),
      cancel: (section) => this.cancel(section),
    };
    const loadError = this.org.state === 'error' ? this.org.error : undefined;
    return html`${loadError ? this.renderLoadError(loadError) : nothing} ${this.renderHeader(org, actions)}
      ${
        org.status === 'PENDING_DELETION'
          ? html`<p class="banner warning">${this.localize.term('overviewReadOnlyPendingDeletion')}</p>`
          : nothing
      }
      ${informationSection(ctx, {
        countryBox: this.informationCountry,
        managedByAction: !!this.filled['managed-by-action'],
        onSlotChange: (e) => this.onSlotChange(e),
        approval: {
          on: this.approvalPending ?? org.remoteSupport.approvalRequired,
          pending: this.approval.busy,
          error: this.approval.error,
          onToggle: () => void this.toggleApproval(),
        },
      })}
      ${billingSection(ctx, { countryBox: this.billingCountry })}
      ${buyerTagsSection(ctx, {
        capabilities: this.session.value?.capabilities,
        announce: (message) => (this.announcement = message),
        rendered: () => this.updateComplete,
      })}
      <section
        part="section section-status-control"
        aria-labelledby="status-control-title"
        ?hidden=${!this.filled['status-control']}
      >
        <div class="section-header"><h3 id="status-control-title">${this.localize.term('overviewSectionStatusControl')}</h3></div>
        <slot name="status-control" @slotchange=${this.onSlotChange}></slot>
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
        return this.renderLoadError(this.org.error);
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

// The English of this element's own areas (the common messages are built in).
addEnglish(overview);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-organization-overview'))
  customElements.define('sh-organization-overview', ShOrganizationOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sh-organization-overview': ShOrganizationOverview;
  }
}
