import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  isApiError,
  suggestCurrency,
  validateCreateOrganization,
  type CreateOrganizationRequest,
  type DomainCapabilities,
  type FieldError,
  type Organization,
} from '../../sdk/index.js';
import { ShEditingElement } from '../base/editing-element.js';
import { changeErrorText, errorText } from '../base/error-text.js';
import type { AddressKey } from '../base/address-fields.js';
import { fieldMessage } from '../base/field-message.js';
import { ComboboxController, comboboxStyles } from '../controllers/combobox-controller.js';
import { ActionController } from '../controllers/action-controller.js';
import { storeOf } from '../context/store.js';
import { FormFeedbackController } from '../controllers/form-feedback-controller.js';
import { maxBuyerTags, moveAddRowErrors, tagEditor, tagEditorStyles } from '../tag-editor/tag-editor-template.js';
import '../form-feedback/form-feedback.js';
import { SessionController } from '../controllers/session-controller.js';
import { ShBeforeCreateEvent } from '../events/before-create-event.js';
import { ShCreatedEvent } from '../events/created-event.js';
import { ShErrorEvent } from '../events/error-event.js';
import { addressStyles } from '../styles/address.styles.js';
import { formStyles } from '../styles/form.styles.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { styles } from './create-organization.styles.js';
import { EMPTY, fieldPointer, toCreateRequest, type FormState } from './create-form.js';
import { billingSection, organizationSection, ownerSection, type CreateFormContext } from './create-sections.js';
import { addEnglish } from '../translations/localize.js';
import { create } from '../translations/en/create.js';
import { overview } from '../translations/en/overview.js';

/** The server's problem types that are about one field: where they are shown, and their plain words. */
const FIELD_PROBLEMS = {
  'duplicate-tenant-id': ['/tenantId', 'createErrorDuplicateTenantId'],
  'owner-required': ['/owner', 'createErrorOwnerRequired'],
  'account-type-not-allowed': ['/accountType', 'createErrorAccountType'],
  'subscription-model-not-allowed': ['/subscriptionModel', 'createErrorSubscriptionModel'],
} as const;
type FieldProblem = keyof typeof FIELD_PROBLEMS;

/**
 * @summary The "Create Organization" form of the Sales Hub: organization information, owner details, billing
 * information and buyer tags, validated as the person types, created exactly once.
 *
 * @fires {ShBeforeCreateEvent} sh-before-create - Cancelable, before the request is sent; `input` is the request body.
 * @fires {ShCreatedEvent} sh-created - After the server created the organization; `organization` is the new organization.
 * @fires {ShUnsavedChangesEvent} sh-unsaved-changes - `hasUnsavedChanges` changed: something is typed or chosen in the form, until it is created or `reset()`.
 * @fires {ShErrorEvent} sh-error - The creation failed (`error`); the form shows why and keeps the input. On an
 *   `AuthenticationError` a host signs the person in again, then "Create" sends the same input.
 *
 * @csspart base - The component's root.
 * @csspart title - The "Create Organization" heading.
 * @csspart form - The form.
 * @csspart section - Each group of fields (organization information, owner details, billing, buyer tags).
 * @csspart field - Each label, control and message group.
 * @csspart combobox - The country and currency pickers.
 * @csspart address - The billing address fields (`input`: each of its text inputs).
 * @csspart tags - The list of buyer tags.
 * @csspart tag - One buyer tag chip.
 * @csspart add-tag-button - The "Add tag" button of the buyer tag editor.
 * @csspart input - The key and value inputs of the buyer tag editor, and each billing address input.
 * @csspart banner - The outcome of a failed attempt.
 * @csspart submit - The "Create" button.
 * @csspart success - The confirmation shown after a creation.
 * @csspart create-another - The "Create another" button.
 *
 * @cssproperty --sh-create-organization-max-width - Maximum width of the form (default 52rem).
 * @cssproperty --sh-create-organization-gap - Space between fields.
 * @cssproperty --sh-create-organization-section-background - Background of each section.
 * @cssproperty --sh-create-organization-section-border - Border colour of each section.
 * @cssproperty --sh-create-organization-accent - Colour of selected choices (default: the primary colour).
 */
export class ShCreateOrganization extends ShEditingElement {
  static override styles = [sharedStyles, comboboxStyles, formStyles, addressStyles, tagEditorStyles, styles];

  private readonly session = new SessionController(this, () => this.client);
  private readonly feedback = new FormFeedbackController(this, fieldPointer);
  private readonly submitter = new ActionController<'create'>(this);
  private readonly countryBox = new ComboboxController(this, {
    onSelect: (code) => this.selectCountry(code),
    onBlur: () => this.feedback.touch('/countryCode'),
  });
  private readonly addressCountryBox = new ComboboxController(this, {
    onSelect: (code) => this.patchAddress('countryCode', code, '/billing/address/countryCode'),
    onBlur: () => this.feedback.touch('/billing/address/countryCode'),
  });
  private readonly currencyBox = new ComboboxController(this, {
    onSelect: (code) => {
      this.currencyPicked = true;
      this.patch({ currencyCode: code }, '/currencyCode');
    },
    onBlur: () => this.feedback.touch('/currencyCode'),
  });

  @state() private form: FormState = { ...EMPTY };
  @state() private banner = '';
  /** The input was refused (by the form's check or the server's): the summary lists what to fix. */
  @state() private invalid = false;
  @state() private created: Organization | undefined;
  @state() private currencyPicked = false;
  @state() private suggestedCurrency = '';

  protected override holdsUnsavedInput(): boolean {
    // Unfolding the billing part is no input; anything typed or chosen is, until the organization is created.
    return !this.created && JSON.stringify({ ...this.form, billingOpen: false }) !== JSON.stringify(EMPTY);
  }

  // ---- private handlers ----

  private get capabilities(): DomainCapabilities | undefined {
    return this.session.value?.capabilities;
  }

  /** Updates the form; the person edited `pointer`, so the server's message there is outdated. */
  private patch(patch: Partial<FormState>, pointer?: string): void {
    this.form = { ...this.form, ...patch };
    if (pointer) this.feedback.edited(pointer);
  }

  private patchAddress(key: AddressKey, value: string, pointer: string): void {
    this.patch({ address: { ...this.form.address, [key]: value } }, pointer);
  }

  private selectCountry(code: string): void {
    const patch: Partial<FormState> = { countryCode: code };
    const suggestion = suggestCurrency(code);
    const enabled = this.capabilities?.enabledCurrencies ?? [];
    this.suggestedCurrency = suggestion && enabled.includes(suggestion) ? suggestion : '';
    if (!this.currencyPicked && this.suggestedCurrency) patch.currencyCode = this.suggestedCurrency;
    this.patch(patch, '/countryCode');
    if (patch.currencyCode) this.patch({}, '/currencyCode');
  }

  /** The request body the form stands for right now (what is validated and what is sent). */
  private toInput(): CreateOrganizationRequest {
    return toCreateRequest(this.form, this.capabilities);
  }

  private clientErrors(): FieldError[] {
    return moveAddRowErrors(validateCreateOrganization(this.toInput(), this.capabilities), this.form.buyerTags);
  }

  /** The message to show at a field: the server's until the person edits it, else the validator's once shown. */
  private errorAt(pointer: string, clientErrors: readonly FieldError[]): string | undefined {
    const error = this.feedback.errorAt(pointer, clientErrors);
    if (!error) return undefined;
    const problem = FIELD_PROBLEMS[error.code as FieldProblem];
    return problem ? this.localize.term(problem[1]) : fieldMessage(error, this.localize);
  }

  private focusFirstInvalid(): void {
    const el = this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid]');
    el?.focus();
  }

  private readonly onSubmit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (this.submitter.pending || !this.client) return;
    this.feedback.submit();
    this.banner = '';
    this.invalid = false;
    const input = this.toInput();
    const errors = validateCreateOrganization(input, this.capabilities);
    if (errors.length > 0) {
      this.invalid = true;
      await this.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    if (!this.emit(new ShBeforeCreateEvent(input))) return;
    const client = this.client;
    const result = await this.submitter.runKeyed('create', input, (idempotencyKey, signal) =>
      client.organizations.create(input, { idempotencyKey, signal }),
    );
    if (result.status === 'done') {
      const org = result.value;
      this.created = org;
      // The widgets that open it next show this copy without reading it again.
      storeOf(client).write(org);
      this.emit(new ShCreatedEvent(org));
      await this.updateComplete;
      this.shadowRoot?.querySelector<HTMLElement>('[part="success"] p')?.focus();
      return;
    }
    if (result.status !== 'failed') return;
    this.showFailure(result.error);
    this.emit(new ShErrorEvent(result.error));
    await this.updateComplete;
    if (this.feedback.serverErrors.some((err) => fieldPointer(err.pointer))) this.focusFirstInvalid();
  };

  private showFailure(error: unknown): void {
    const fieldErrors = isApiError(error) ? [...error.fieldErrors] : [];
    const type = isApiError(error) ? error.type : '';
    const problem = FIELD_PROBLEMS[type as FieldProblem];
    if (problem) {
      const [pointer, key] = problem;
      this.feedback.fail(
        fieldErrors.some((f) => f.pointer === pointer)
          ? fieldErrors
          : [...fieldErrors, { pointer, code: type, message: '' }],
      );
      this.banner = this.localize.term(key);
      return;
    }
    switch (type) {
      case 'forbidden':
        this.banner = this.localize.term('createErrorForbidden');
        break;
      case 'idempotency-key-reused':
        this.banner = this.localize.term('createErrorKeyReused');
        break;
      default:
        this.feedback.fail(fieldErrors);
        // A refused input (422 `validation`) is summed up like the form's own check: the field messages, listed.
        if (type === 'validation') this.invalid = true;
        else this.banner = changeErrorText(error, this.localize, 'createErrorUnconfirmed');
    }
  }

  private readonly onCreateAnother = async (): Promise<void> => {
    this.reset();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('#name')?.focus();
  };

  // ---- public methods ----

  /** Focuses the form's first field ("Organization name"), e.g. when a host opens it in a dialog. */
  override focus(options?: FocusOptions): void {
    const first = this.shadowRoot?.querySelector<HTMLInputElement>('#name');
    if (first) first.focus(options);
    else super.focus(options);
  }

  /** Empties the form for a new organization: values, messages, the idempotency key and the last result. */
  reset(): void {
    this.form = { ...EMPTY };
    this.feedback.clear();
    this.banner = '';
    this.invalid = false;
    this.created = undefined;
    this.currencyPicked = false;
    this.suggestedCurrency = '';
    this.submitter.reset();
    this.countryBox.close();
    this.currencyBox.close();
    this.addressCountryBox.close();
  }

  // ---- render ----

  private renderTags(errors: readonly FieldError[]): TemplateResult | typeof nothing {
    const caps = this.capabilities;
    const max = maxBuyerTags(caps);
    if (max === 0 || (caps?.buyerTagKeys.length ?? 0) === 0) return nothing;
    return html`<section part="section" aria-labelledby="tags-heading" aria-describedby="tags-hint">
      <h3 id="tags-heading">${this.localize.term('createBuyerTags')}</h3>
      <p id="tags-hint" class="hint">${this.localize.term('createBuyerTagsHint', max)}</p>
      ${tagEditor(this.localize, {
        draft: this.form.buyerTags,
        capabilities: caps,
        errorAt: (pointer) => this.errorAt(pointer, errors),
        onChange: (buyerTags, ...pointers) => {
          this.patch({ buyerTags });
          for (const pointer of pointers) {
            this.feedback.edited(pointer);
            this.feedback.touch(pointer);
          }
        },
        rendered: () => this.updateComplete,
      })}
    </section>`;
  }

  /** Server field errors that have no field in this form, or whose field is folded away: listed in the banner. */
  private unplacedMessages(): string[] {
    const unplaced = this.feedback
      .unplaced((at) => !this.form.billingOpen && at.startsWith('/billing/'))
      .filter((e) => e.message);
    return unplaced.map((e) => fieldMessage(e, this.localize));
  }

  private renderForm(caps: DomainCapabilities): TemplateResult {
    const t = this.localize;
    const errors = this.clientErrors();
    const pending = this.submitter.pending;
    const ctx: CreateFormContext = {
      localize: t,
      form: this.form,
      errorAt: (pointer) => this.errorAt(pointer, errors),
      patch: (patch, pointer) => this.patch(patch, pointer),
      touch: (pointer) => this.feedback.touch(pointer),
    };
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-labelledby="title">
      ${organizationSection(ctx, {
        capabilities: caps,
        countryBox: this.countryBox,
        currencyBox: this.currencyBox,
        suggestedCurrency: this.suggestedCurrency,
      })}
      ${ownerSection(ctx)}
      ${billingSection(ctx, {
        addressCountryBox: this.addressCountryBox,
        onToggle: (open) => {
          if (open !== this.form.billingOpen) this.patch({ billingOpen: open }, '/billing');
        },
        onAddress: (key, value, pointer) => this.patchAddress(key, value, pointer),
      })}
      ${this.renderTags(errors)}
      <div class="actions">
        <div class="banner-slot" role="alert">
          ${
            this.invalid
              ? html`<sh-form-feedback class="banner error" part="banner" heading=${t.term('organizationInvalid')} .messages=${this.unplacedMessages()} .revision=${{}}></sh-form-feedback>`
              : this.banner
                ? html`<div class="banner error" part="banner">${this.banner}</div>`
                : nothing
          }
        </div>
        <button type="submit" class="primary" part="submit" aria-disabled=${pending ? 'true' : 'false'}>
          ${t.term(pending ? 'createSubmitting' : 'createSubmit')}
        </button>
      </div>
    </form>`;
  }

  private renderBody(): TemplateResult {
    const t = this.localize;
    if (!this.client) return html`<p>${t.term('noClient')}</p>`;
    if (this.session.error) {
      return html`<div class="banner error" role="alert" part="banner">
        ${errorText(this.session.error, t)} <button type="button" @click=${() => this.session.reload()}>${t.term('retry')}</button>
      </div>`;
    }
    const session = this.session.value;
    if (!session) return html`<p role="status">${t.term('createLoadingDomain')}</p>`;
    if (!session.me.permissions.includes('organizations:create')) {
      return html`<p class="banner" part="banner">${t.term('createNoPermission')}</p>`;
    }
    if (this.created) {
      return html`<div part="success" class="success">
        <p tabindex="-1" role="status">${t.term('createCreated', this.created.name)}</p>
        <button type="button" class="primary" part="create-another" @click=${this.onCreateAnother}>${t.term('createAnother')}</button>
      </div>`;
    }
    return this.renderForm(session.capabilities);
  }

  override render() {
    return html`<div part="base" class="base" aria-busy=${this.submitter.pending ? 'true' : 'false'}>
      <h2 id="title" part="title">${this.localize.term('createTitle')}</h2>
      ${this.renderBody()}
    </div>`;
  }
}

// The English of this element's own areas (the common messages are built in).
addEnglish(create, overview);

// Guarded, so a page that loads the kit twice keeps the first definition instead of throwing.
if (!customElements.get('sh-create-organization'))
  customElements.define('sh-create-organization', ShCreateOrganization);

declare global {
  interface HTMLElementTagNameMap {
    'sh-create-organization': ShCreateOrganization;
  }
}
