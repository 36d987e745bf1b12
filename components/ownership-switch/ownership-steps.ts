/**
 * What the ownership switch asks and confirms, as templates of a small view: the new owner (a person to invite, or
 * an existing member found by the server-side member search) when the organization becomes customer-managed, the
 * former owner's role when it becomes service-provider-managed, and the summary of the confirmation step.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormerOwnerRole, Member, Organization, OwnershipChangeRequest } from '../../sdk/index.js';
import { approvalCheckbox, textField } from '../base/form-fields.js';
import { fieldError } from '../base/field-message.js';
import { MANAGED_BY_KEYS } from '../base/labels.js';
import type { ComboboxController } from '../controllers/combobox-controller.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { MemberSearchController } from '../controllers/member-search-controller.js';

export type OwnerMode = 'NEW_PERSON' | 'EXISTING_MEMBER';

/** The new person's fields. */
export interface NewPerson {
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
}

interface StepView {
  /** The message to show at a field. */
  errorAt(pointer: string): string | undefined;
}

export interface ToCustomerView extends StepView {
  mode: OwnerMode;
  onMode(mode: OwnerMode): void;
  person: NewPerson;
  onPerson(field: keyof NewPerson, value: string, pointer: string): void;
  /** The person left the field at `pointer`. */
  touch(pointer: string): void;
  memberBox: ComboboxController;
  members: MemberSearchController;
  member: Member | undefined;
  requireApproval: boolean;
  onRequireApproval(checked: boolean): void;
}

export interface ToServiceProviderView extends StepView {
  org: Organization;
  formerOwnerRole: FormerOwnerRole | '';
  onFormerOwnerRole(role: FormerOwnerRole): void;
}

/** "First Last" of a member owner, the name of an admin organization. */
export const ownerName = (org: Organization): string =>
  org.owner.type === 'MEMBER' ? `${org.owner.firstName} ${org.owner.lastName}` : org.owner.name;

const managedBy = (localize: LocalizeController, org: Pick<Organization, 'managedBy'>): string =>
  localize.term(MANAGED_BY_KEYS[org.managedBy]);

/** Service Provider → Customer: who becomes the owner, and whether remote support needs approval. */
export function toCustomerFields(localize: LocalizeController, view: ToCustomerView): TemplateResult {
  const t = localize;
  const memberError = view.errorAt('/newOwner/memberId');
  const search = view.members;
  const more = search.hasMore;
  const member = view.member;
  const input = (field: keyof NewPerson, id: string, pointer: string, label: string, type?: string, hint?: string) =>
    textField({
      id,
      label,
      value: view.person[field],
      error: view.errorAt(pointer),
      type,
      hint,
      onInput: (e) => view.onPerson(field, (e.target as HTMLInputElement).value, pointer),
      onBlur: () => view.touch(pointer),
    });
  return html`<fieldset class="choices">
      <legend>${t.term('ownershipNewOwner')}</legend>
      ${(['NEW_PERSON', 'EXISTING_MEMBER'] as const).map(
        (mode) => html`<div class="choice">
          <input
            type="radio"
            name="mode"
            id="mode-${mode}"
            .checked=${live(view.mode === mode)}
            aria-describedby="mode-${mode}-line"
            @change=${() => view.onMode(mode)}
          />
          <label for="mode-${mode}">${t.term(mode === 'NEW_PERSON' ? 'ownershipNotInOrg' : 'ownershipInOrg')}</label>
          <div id="mode-${mode}-line" class="hint">${t.term(mode === 'NEW_PERSON' ? 'ownershipNotInOrgLine' : 'ownershipInOrgLine')}</div>
        </div>`,
      )}
    </fieldset>
    ${
      view.mode === 'NEW_PERSON'
        ? html`<div class="row">
            ${input('firstName', 'first-name', '/newOwner/firstName', t.term('createFirstName'))}
            ${input('lastName', 'last-name', '/newOwner/lastName', t.term('createLastName'))}
          </div>
          <div class="row">
            ${input('email', 'email', '/newOwner/email', t.term('createEmail'), 'email')}
            ${input('mobile', 'mobile', '/newOwner/mobileNumber', t.term('createMobile'), 'tel', t.term('createMobileHint'))}
          </div>`
        : html`<div class="field" part="field">
          <label for="member">${t.term('ownershipMember')}</label>
          ${view.memberBox.render({
            id: 'member',
            listLabel: t.term('ownershipMemberList'),
            value: member?.memberId ?? '',
            valueLabel: member ? `${member.firstName} ${member.lastName} (${member.email})` : '',
            options: search.members.map((m) => ({
              value: m.memberId,
              label: `${m.firstName} ${m.lastName}`,
              hint: m.email,
            })),
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
          ${fieldError('member', memberError)}
        </div>`
    }
    ${approvalCheckbox(t, view.requireApproval, view.onRequireApproval)}`;
}

/** Customer → Service Provider: the former owner's role from now on. */
export function toServiceProviderFields(localize: LocalizeController, view: ToServiceProviderView): TemplateResult {
  const t = localize;
  const message = view.errorAt('/formerOwnerRole');
  const owner = view.org.owner.type === 'MEMBER' ? ownerName(view.org) : '';
  return html`<p class="hint">${t.term('ownershipDemoteLine')}</p>
    <fieldset class="choices inline" aria-describedby=${ifDefined(message ? 'former-role-error' : undefined)}>
      <legend>${owner ? t.term('ownershipFormerOwner', owner) : t.term('ownershipFormerOwnerGeneric')}</legend>
      ${(['ADMIN', 'MEMBER'] as const).map(
        (role, i) => html`<div class="choice">
          <input
            type="radio"
            name="former-role"
            id=${i === 0 ? 'former-role' : `former-role-${role}`}
            .checked=${live(view.formerOwnerRole === role)}
            aria-invalid=${message ? 'true' : 'false'}
            @change=${() => view.onFormerOwnerRole(role)}
          />
          <label for=${i === 0 ? 'former-role' : `former-role-${role}`}>${t.term(role === 'ADMIN' ? 'ownershipRoleAdmin' : 'ownershipMember')}</label>
        </div>`,
      )}
      ${fieldError('former-role', message)}
    </fieldset>
    <p class="note">${t.term('ownershipAdminNote')}</p>`;
}

/** The confirmation step's summary: label and value of each thing that changes. */
export function changeSummary(
  localize: LocalizeController,
  org: Organization,
  change: OwnershipChangeRequest,
  member: Member | undefined,
): [string, string][] {
  const t = localize;
  const rows: [string, string][] = [
    [
      t.term('ownershipManagedBy'),
      t.term('ownershipFromToValue', managedBy(t, org), managedBy(t, { managedBy: change.to })),
    ],
  ];
  if (change.to === 'CUSTOMER') {
    const owner = change.newOwner;
    if (owner?.kind === 'NEW_PERSON') {
      rows.push([
        t.term('ownershipSummaryNewOwner'),
        t.term('ownershipSummaryInvited', `${owner.firstName.trim()} ${owner.lastName.trim()}`, owner.email.trim()),
      ]);
    } else if (member) {
      rows.push([
        t.term('ownershipSummaryNewOwner'),
        t.term('ownershipSummaryExisting', `${member.firstName} ${member.lastName}`, member.email),
      ]);
    }
    rows.push([
      t.term('createRemoteSupport'),
      t.term(change.requireRemoteSupportApproval ? 'ownershipYes' : 'ownershipNo'),
    ]);
  } else {
    const name = org.owner.type === 'MEMBER' ? ownerName(org) : '';
    rows.push([
      name ? t.term('ownershipSummaryFormerRole', name) : t.term('ownershipFormerOwnerGeneric'),
      t.term(change.formerOwnerRole === 'MEMBER' ? 'ownershipMember' : 'ownershipRoleAdmin'),
    ]);
    rows.push([t.term('createRemoteSupport'), t.term('ownershipNo')]);
  }
  return rows;
}
