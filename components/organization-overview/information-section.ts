/**
 * The Organization Information section of the Overview: every detail of the organization, the name and country
 * edited in place, "Managed by" (with its slot for an ownership switch), the owner and the remote-support approval.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tierOf, type Organization } from '../../sdk/index.js';
import { changeErrorText, errorText, mayHaveBeenApplied } from '../base/error-text.js';
import { ACCOUNT_TYPE_KEYS, MANAGED_BY_KEYS, SUBSCRIPTION_KEYS, SUSPENSION_REASON_KEYS } from '../base/labels.js';
import type { ComboboxController } from '../controllers/combobox-controller.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import '../copy-button/copy-button.js';
import { statusBadge } from '../styles/status-badge.js';
import { countryName, countryPicker, draftInput, field, section, type SectionContext } from './overview-section.js';

/** The "Require approval for remote support" switch. */
export interface ApprovalView {
  /** The value shown: the one being saved, else the server's. */
  on: boolean;
  pending: boolean;
  /** The failure of the last save (the switch shows the server's value again). */
  error: unknown;
  onToggle(): void;
}

export interface InformationView {
  countryBox: ComboboxController;
  /** Something fills the managed-by-action slot (an ownership switch, which shows the value itself). */
  managedByAction: boolean;
  onSlotChange(event: Event): void;
  approval: ApprovalView;
}

const lockIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="4" y="11" width="16" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /></svg>`;

function owner(localize: LocalizeController, org: Organization): TemplateResult {
  const owner = org.owner;
  if (owner.type === 'ADMIN_ORGANIZATION') return html`${localize.term('overviewOwnerAdminOrganization', owner.name)}`;
  return html`<span class="value-line">
    <span>${owner.firstName} ${owner.lastName}</span>
    <span class="muted">${owner.email}</span>
    <span class="badge">${localize.term(owner.status === 'INVITED' ? 'overviewOwnerInvited' : 'overviewOwnerActive')}</span>
  </span>`;
}

function approvalRow(ctx: SectionContext, view: ApprovalView): TemplateResult | typeof nothing {
  const { localize: l, org } = ctx;
  if (org.managedBy !== 'CUSTOMER') return nothing;
  const { on, error } = view;
  const value = ctx.actions?.setRemoteSupportApproval
    ? html`<div class="value-line">
          <button
            type="button"
            role="switch"
            part="approval-switch"
            id="approval-switch"
            aria-checked=${on ? 'true' : 'false'}
            aria-labelledby="approval-label"
            aria-describedby="approval-hint ${error ? 'approval-error' : ''}"
            aria-busy=${view.pending ? 'true' : 'false'}
            @click=${view.onToggle}
          >
            <span class="track"></span>
            <span aria-hidden="true">${l.term(on ? 'overviewOn' : 'overviewOff')}</span>
          </button>
          ${view.pending ? html`<span class="muted">${l.term('overviewRemoteSupportSaving')}</span>` : nothing}
        </div>
        <div class="hint" id="approval-hint">${l.term('overviewRemoteSupportApprovalHint')}</div>
        <div class="field-error" id="approval-error" role="alert">
          ${
            error === undefined
              ? nothing
              : mayHaveBeenApplied(error)
                ? changeErrorText(error, l)
                : l.term('overviewRemoteSupportFailed', errorText(error, l))
          }
        </div>`
    : html`${l.term(on ? 'overviewOn' : 'overviewOff')}`;
  return field(
    html`<span id="approval-label">${l.term('overviewRemoteSupportApproval')}</span>`,
    value,
    'remote-support',
  );
}

export function informationSection(ctx: SectionContext, view: InformationView): TemplateResult {
  const { localize, org } = ctx;
  const t = localize.term.bind(localize);
  const editor = ctx.editors.information;
  const draft = editor.editing ? editor.draft : undefined;
  const name = draft
    ? field(
        html`<label for="information-name">${t('overviewFieldName')}</label>`,
        html`<div class="control">
          ${draftInput(editor, 'information-name', '/name', draft.name, (d, name) => ({ ...d, name }), 'text', 'organization')}
        </div>`,
        'name',
      )
    : field(t('overviewFieldName'), org.name, 'name');
  const country = draft
    ? field(
        html`<label for="information-country">${t('overviewFieldCountry')}</label>`,
        html`<div class="control">${countryPicker(localize, view.countryBox, editor, 'information-country', '/countryCode')}</div>`,
        'country',
      )
    : field(t('overviewFieldCountry'), countryName(localize, org.countryCode), 'country');
  const fields = html`<dl>
    ${name}
    ${field(
      t('overviewFieldStatus'),
      html`<span class="value-line">${statusBadge(org.status, localize)}${
        org.statusReason
          ? html`<span class="muted">${t('overviewFieldStatusReason')}: ${t(SUSPENSION_REASON_KEYS[org.statusReason])}${
              org.statusNote ? ` · ${org.statusNote}` : ''
            }</span>`
          : nothing
      }${
        org.purgeAfter
          ? html`<span class="muted">${t('overviewFieldPurgeAfter')} ${localize.date(org.purgeAfter)}</span>`
          : nothing
      }</span>`,
      'status',
    )}
    ${field(
      t('overviewFieldAccountType'),
      t(
        'overviewAccountTypeWithTier',
        t(ACCOUNT_TYPE_KEYS[org.accountType]),
        t(tierOf(org.accountType) === 'SUPERNODE' ? 'tierSupernode' : 'tierNode'),
      ),
      'account-type',
    )}
    ${field(t('overviewFieldSubscriptionModel'), t(SUBSCRIPTION_KEYS[org.subscriptionModel]), 'subscription-model')}
    ${country}
    ${field(
      t('overviewFieldCurrency'),
      t('overviewCodeAndName', org.currencyCode, localize.displayName('currency', org.currencyCode)),
      'currency',
    )}
    ${field(t('overviewFieldCreatedAt'), html`<time datetime=${org.createdAt}>${localize.date(org.createdAt)}</time>`, 'created-at')}
    ${field(
      t('overviewFieldUuid'),
      html`<span class="value-line">
        <code part="uuid">${org.uuid}</code>
        <sh-copy-button part="copy-button" .value=${org.uuid} label=${t('overviewCopyUuid')}></sh-copy-button>
      </span>`,
      'uuid',
    )}
    ${field(
      t('overviewFieldTenantId'),
      html`<span class="value-line">
          <code part="tenant-id">${org.tenantId}</code>
          <span class="locked" part="not-editable">${lockIcon}${t('overviewNotEditable')}</span>
        </span>
        <div class="hint">${t('overviewTenantIdNote')}</div>`,
      'tenant-id',
    )}
    ${field(
      t('overviewFieldManagedBy'),
      html`<span class="value-line">
        ${view.managedByAction ? nothing : html`<span part="managed-by">${t(MANAGED_BY_KEYS[org.managedBy])}</span>`}
        <slot name="managed-by-action" @slotchange=${view.onSlotChange}></slot>
      </span>`,
      'managed-by',
    )}
    ${field(t('overviewFieldOwner'), owner(localize, org), 'owner')}
    ${approvalRow(ctx, view.approval)}
  </dl>`;
  return section(ctx, 'information', !!draft, fields, ['/name', '/countryCode']);
}
