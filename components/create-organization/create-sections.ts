/**
 * The sections of the "Create Organization" form, as templates of the form's state: Organization Information,
 * Owner Details and Billing Information (the buyer tags are the kit's tag editor). The element keeps the state,
 * the messages and the request; these show them and report what the person changes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { allowedSubscriptionModels, tierOf, type DomainCapabilities } from '../../sdk/index.js';
import { addressFields, type AddressKey } from '../base/address-fields.js';
import { ACCOUNT_TYPE_KEYS, MANAGED_BY_KEYS, SUBSCRIPTION_KEYS } from '../base/labels.js';
import { approvalCheckbox, describedBy, textField } from '../base/form-fields.js';
import { fieldError } from '../base/field-message.js';
import { countryOptions, filterOptions, type ComboboxController } from '../controllers/combobox-controller.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import { addressTyped, addressView, type FormState } from './create-form.js';

/** What the element gives every section. */
export interface CreateFormContext {
  localize: LocalizeController;
  form: FormState;
  /** The message to show at a field: the server's until the person edits it, else the validator's once shown. */
  errorAt(pointer: string): string | undefined;
  /** The person changed the form; `pointer` names the field they edited. */
  patch(patch: Partial<FormState>, pointer?: string): void;
  /** The person left the field at `pointer`. */
  touch(pointer: string): void;
}

type TextKey =
  | 'name'
  | 'tenantId'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'mobile'
  | 'billingName'
  | 'billingEmail'
  | 'taxNumber';

/** A text field of the form bound to `key` of its state. */
function input(
  ctx: CreateFormContext,
  id: string,
  pointer: string,
  label: string,
  key: TextKey,
  opts: { type?: string; required?: boolean; hint?: string; autocomplete?: string; value?: string } = {},
): TemplateResult {
  return textField({
    id,
    label,
    value: opts.value ?? ctx.form[key] ?? '',
    error: ctx.errorAt(pointer),
    type: opts.type,
    required: !!opts.required,
    hint: opts.hint,
    autocomplete: opts.autocomplete,
    onInput: (e) => ctx.patch({ [key]: (e.target as HTMLInputElement).value }, pointer),
    onBlur: () => ctx.touch(pointer),
  });
}

export interface OrganizationView {
  capabilities: DomainCapabilities;
  countryBox: ComboboxController;
  currencyBox: ComboboxController;
  /** The currency suggested for the chosen country ('' for none). */
  suggestedCurrency: string;
}

/** Organization Information: name, account type, subscription model, ownership, country, currency, tenant ID. */
export function organizationSection(ctx: CreateFormContext, view: OrganizationView): TemplateResult {
  const { form: f, localize: t } = ctx;
  const caps = view.capabilities;
  const models = allowedSubscriptionModels(caps);
  const accountTypeError = ctx.errorAt('/accountType');
  const modelError = ctx.errorAt('/subscriptionModel');
  const countryError = ctx.errorAt('/countryCode');
  const currencyError = ctx.errorAt('/currencyCode');
  const tenantError = ctx.errorAt('/tenantId');
  const countries = filterOptions(countryOptions(t), view.countryBox.query);
  const currencyOptions = caps.enabledCurrencies
    .map((code) => ({ value: code, label: t.displayName('currency', code), hint: code }))
    .sort((a, b) => a.label.localeCompare(b.label, t.lang));
  const currencies = filterOptions(currencyOptions, view.currencyBox.query);
  return html`<section part="section" aria-labelledby="org-heading">
    <h3 id="org-heading">${t.term('createOrganizationInformation')}</h3>
    ${input(ctx, 'name', '/name', t.term('createName'), 'name', { required: true, autocomplete: 'organization' })}

    <fieldset class="choices" part="field" aria-describedby=${ifDefined(describedBy(accountTypeError && 'account-type-error', 'account-type-hint'))}>
      <legend>${t.term('createAccountType')}</legend>
      ${caps.creatableAccountTypes.map(
        (type, i) => html`<div class="choice">
          <input
            type="radio"
            name="accountType"
            id=${i === 0 ? 'account-type' : `account-type-${type}`}
            value=${type}
            .checked=${live(f.accountType === type)}
            aria-invalid=${accountTypeError ? 'true' : 'false'}
            @change=${() => ctx.patch({ accountType: type }, '/accountType')}
            @blur=${() => ctx.touch('/accountType')}
          />
          <label for=${i === 0 ? 'account-type' : `account-type-${type}`}
            >${t.term(ACCOUNT_TYPE_KEYS[type])}
            <span class="badge tier">${t.term(tierOf(type) === 'SUPERNODE' ? 'tierSupernode' : 'tierNode')}</span></label
          >
        </div>`,
      )}
      <div id="account-type-hint" class="hint">${t.term('createAccountTypeHint')}</div>
      ${fieldError('account-type', accountTypeError)}
    </fieldset>

    ${
      models.length > 1
        ? html`<fieldset class="choices inline" part="field">
          <legend>${t.term('createSubscriptionModel')}</legend>
          ${models.map(
            (model, i) => html`<div class="choice">
              <input
                type="radio"
                name="subscriptionModel"
                id=${i === 0 ? 'subscription' : `subscription-${model}`}
                value=${model}
                aria-invalid=${modelError ? 'true' : 'false'}
                .checked=${live(f.subscriptionModel === model)}
                @change=${() => ctx.patch({ subscriptionModel: model }, '/subscriptionModel')}
              />
              <label for=${i === 0 ? 'subscription' : `subscription-${model}`}>${t.term(SUBSCRIPTION_KEYS[model])}</label>
            </div>`,
          )}
          ${fieldError('subscription', modelError)}
        </fieldset>`
        : html`<div class="field" part="field">
          <span class="label">${t.term('createSubscriptionModel')}</span>
          <span id="subscription" class="value">${t.term(SUBSCRIPTION_KEYS[models[0] ?? 'LICENSE'])}</span>
          <div id="subscription-hint" class="hint">${t.term('createSubscriptionNewDomain')}</div>
          ${fieldError('subscription', modelError)}
        </div>`
    }

    <fieldset class="choices" part="field">
      <legend>${t.term('createOwnershipType')}</legend>
      ${(['CUSTOMER', 'SERVICE_PROVIDER'] as const).map(
        (value) => html`<div class="choice">
          <input
            type="radio"
            name="managedBy"
            id=${value === 'CUSTOMER' ? 'managed-by' : 'managed-by-sp'}
            value=${value}
            aria-describedby="${value}-line"
            .checked=${live(f.managedBy === value)}
            @change=${() => ctx.patch({ managedBy: value }, '/managedBy')}
          />
          <label for=${value === 'CUSTOMER' ? 'managed-by' : 'managed-by-sp'}>${t.term(MANAGED_BY_KEYS[value])}</label>
          <div id="${value}-line" class="hint line">
            ${t.term(value === 'CUSTOMER' ? 'createCustomerLine' : 'createServiceProviderLine')}
          </div>
        </div>`,
      )}
    </fieldset>

    ${
      f.managedBy === 'CUSTOMER'
        ? approvalCheckbox(t, f.requireApproval, (requireApproval) =>
            ctx.patch({ requireApproval }, '/requireRemoteSupportApproval'),
          )
        : nothing
    }

    <div class="row">
      <div class="field" part="field">
        <label for="country">${t.term('createCountry')}</label>
        ${view.countryBox.render({
          id: 'country',
          listLabel: t.term('createCountry'),
          value: f.countryCode,
          valueLabel: f.countryCode ? t.displayName('region', f.countryCode) : '',
          options: countries,
          emptyLabel: t.term('createNoMatch'),
          placeholder: t.term('createChoose'),
          required: true,
          invalid: !!countryError,
          describedBy: describedBy(countryError && 'country-error'),
        })}
        ${fieldError('country', countryError)}
      </div>
      <div class="field" part="field">
        <label for="currency">${t.term('createCurrency')}</label>
        ${view.currencyBox.render({
          id: 'currency',
          listLabel: t.term('createCurrency'),
          value: f.currencyCode,
          valueLabel: f.currencyCode ? `${t.displayName('currency', f.currencyCode)} (${f.currencyCode})` : '',
          options: currencies,
          emptyLabel: t.term('createNoMatch'),
          placeholder: t.term('createChoose'),
          required: true,
          invalid: !!currencyError,
          describedBy: describedBy(currencyError && 'currency-error', 'currency-hint'),
        })}
        <div id="currency-hint" class="hint">
          ${
            view.suggestedCurrency && f.currencyCode === view.suggestedCurrency
              ? `${t.term('createCurrencySuggested', view.suggestedCurrency)} `
              : ''
          }${t.term('createCurrencyNote')}
        </div>
        ${fieldError('currency', currencyError)}
      </div>
    </div>

    <div class="field" part="field">
      <label for="tenant-id">${t.term('createTenantId')}</label>
      <input
        id="tenant-id"
        type="text"
        autocomplete="off"
        spellcheck="false"
        .value=${live(f.tenantId)}
        aria-invalid=${tenantError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(tenantError && 'tenant-id-error', 'tenant-id-note'))}
        @input=${(e: Event) => ctx.patch({ tenantId: (e.target as HTMLInputElement).value }, '/tenantId')}
        @blur=${() => ctx.touch('/tenantId')}
      />
      <div id="tenant-id-note" class="hint note">${t.term('createTenantIdNote')}</div>
      ${fieldError('tenant-id', tenantError)}
    </div>
  </section>`;
}

/** Owner Details: required for a customer-managed organization, optional otherwise. */
export function ownerSection(ctx: CreateFormContext): TemplateResult {
  const t = ctx.localize;
  const required = ctx.form.managedBy === 'CUSTOMER';
  const ownerError = ctx.errorAt('/owner');
  return html`<section part="section" aria-labelledby="owner-heading" aria-describedby="owner-note">
    <h3 id="owner-heading">${t.term('createOwner')}</h3>
    <p id="owner-note" class="hint">${t.term(required ? 'createOwnerRequiredNote' : 'createOwnerOptionalNote')}</p>
    ${ownerError ? html`<div id="owner" class="field-error" tabindex="-1" data-invalid>${ownerError}</div>` : nothing}
    <div class="row">
      ${input(ctx, 'first-name', '/owner/firstName', t.term('createFirstName'), 'firstName', { required })}
      ${input(ctx, 'last-name', '/owner/lastName', t.term('createLastName'), 'lastName', { required })}
    </div>
    <div class="row">
      ${input(ctx, 'email', '/owner/email', t.term('createEmail'), 'email', { type: 'email', required })}
      ${input(ctx, 'mobile', '/owner/mobileNumber', t.term('createMobile'), 'mobile', { type: 'tel', hint: t.term('createMobileHint') })}
    </div>
  </section>`;
}

export interface BillingView {
  addressCountryBox: ComboboxController;
  /** The section was opened or closed. */
  onToggle(open: boolean): void;
  /** The person changed an address field. */
  onAddress(key: AddressKey, value: string, pointer: string): void;
}

/**
 * Billing Information, folded away until opened: the name and email follow the organization's name and the
 * owner's email until edited, and the address country follows the organization's country.
 */
export function billingSection(ctx: CreateFormContext, view: BillingView): TemplateResult {
  const { form: f, localize: t } = ctx;
  const defaultHint = (value: string | null) => (value === null ? t.term('createBillingDefaultHint') : undefined);
  const addressCountry = (id: string, error: string | undefined, required: boolean) => {
    const code = addressView(f).countryCode;
    const follows = f.address.countryCode === null;
    return html`${view.addressCountryBox.render({
      id,
      listLabel: t.term('addressCountry'),
      value: code,
      valueLabel: code ? t.displayName('region', code) : '',
      options: filterOptions(countryOptions(t), view.addressCountryBox.query),
      emptyLabel: t.term('createNoMatch'),
      placeholder: t.term('createChoose'),
      required,
      invalid: !!error,
      describedBy: describedBy(error && `${id}-error`, follows && `${id}-hint`),
    })}
      ${follows ? html`<div id="${id}-hint" class="hint">${t.term('createAddressCountryHint')}</div>` : nothing} ${fieldError(id, error)}`;
  };
  return html`<details part="section" class="billing" .open=${live(f.billingOpen)} @toggle=${(e: Event) => view.onToggle((e.target as HTMLDetailsElement).open)}>
    <summary><h3>${t.term('createBilling')}</h3></summary>
    ${
      f.billingOpen
        ? html`<div class="details-body">
          <div class="row">
            ${input(ctx, 'billing-name', '/billing/billingName', t.term('createBillingName'), 'billingName', {
              value: f.billingName ?? f.name,
              required: true,
              hint: defaultHint(f.billingName),
            })}
            ${input(ctx, 'billing-email', '/billing/billingEmail', t.term('createBillingEmail'), 'billingEmail', {
              value: f.billingEmail ?? f.email,
              type: 'email',
              required: true,
              hint: defaultHint(f.billingEmail),
            })}
          </div>
          ${addressFields(t, {
            value: addressView(f),
            pointer: '/billing/address',
            required: addressTyped(f.address),
            errorAt: (pointer) => ctx.errorAt(pointer),
            onInput: view.onAddress,
            onBlur: (pointer) => ctx.touch(pointer),
            country: (id, _pointer, error, required) => addressCountry(id, error, required),
          })}
          ${input(ctx, 'tax-number', '/billing/taxRegistrationNumber', t.term('createTaxNumber'), 'taxNumber')}
        </div>`
        : nothing
    }
  </details>`;
}
