import { expect } from '@open-wc/testing';
import type { OrganizationStatus, Permission } from '../schemas/enums.js';
import {
  type ActionSubject,
  allowedActions,
  allowedSubscriptionModels,
  canTransition,
  creationRuleViolations,
  detectSearchKey,
  foldForSearch,
  isPurgeDue,
  isReadOnlyStatus,
  isValidForSearchBy,
  type LifecycleAction,
  nameMatches,
  nextStatus,
  normalizePhoneNumber,
  ownershipChangeViolations,
  purgeAfterFor,
  remoteSupportRequestViolation,
  tierOf,
} from './index.js';

const ALL_PERMISSIONS: Permission[] = [
  'organizations:read',
  'organizations:write',
  'organizations:create',
  'organizations:ownership',
  'organizations:status',
  'organizations:delete',
  'remote-support:request',
  'remote-support:approve',
];

const ME = { organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e', permissions: ALL_PERMISSIONS };
const CHILD: ActionSubject = {
  uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
  status: 'ACTIVE',
  managedBy: 'CUSTOMER',
  remoteSupport: { approvalRequired: true },
  purgeAfter: null,
};

describe('tierOf', () => {
  it('makes service providers and CPaaS telcos SUPERNODEs and everything else a NODE', () => {
    expect(tierOf('SERVICE_PROVIDER')).to.equal('SUPERNODE');
    expect(tierOf('CPAAS_TELCO')).to.equal('SUPERNODE');
    expect(tierOf('BUSINESS_USER')).to.equal('NODE');
    expect(tierOf('HOME_USER')).to.equal('NODE');
    expect(tierOf('APP_PROVIDER')).to.equal('NODE');
  });
});

describe('allowedSubscriptionModels', () => {
  it('offers APP and LICENSE on legacy domains and only LICENSE on new ones', () => {
    expect(allowedSubscriptionModels({ isLegacy: true, allowedSubscriptionModels: ['APP', 'LICENSE'] })).to.deep.equal([
      'APP',
      'LICENSE',
    ]);
    expect(allowedSubscriptionModels({ isLegacy: false, allowedSubscriptionModels: ['LICENSE'] })).to.deep.equal([
      'LICENSE',
    ]);
  });

  it('narrows to what the domain lists', () => {
    expect(allowedSubscriptionModels({ isLegacy: true, allowedSubscriptionModels: ['LICENSE'] })).to.deep.equal([
      'LICENSE',
    ]);
    expect(allowedSubscriptionModels({ isLegacy: false, allowedSubscriptionModels: ['APP', 'LICENSE'] })).to.deep.equal(
      ['LICENSE'],
    );
  });

  it('trusts the domain list, which the server enforces, when the two contradict each other', () => {
    expect(allowedSubscriptionModels({ isLegacy: false, allowedSubscriptionModels: ['APP'] })).to.deep.equal(['APP']);
  });
});

describe('lifecycle', () => {
  // README "Lifecycle state machine": the status after each action, or null for 409 invalid-state-transition.
  const table: Record<OrganizationStatus, Record<LifecycleAction, OrganizationStatus | null>> = {
    ACTIVE: { suspend: 'SUSPENDED', activate: null, delete: 'PENDING_DELETION', restore: null },
    SUSPENDED: { suspend: null, activate: 'ACTIVE', delete: 'PENDING_DELETION', restore: null },
    PENDING_DELETION: { suspend: null, activate: null, delete: null, restore: 'ACTIVE' },
  };

  for (const [status, row] of Object.entries(table) as [
    OrganizationStatus,
    Record<LifecycleAction, OrganizationStatus | null>,
  ][]) {
    for (const [action, next] of Object.entries(row) as [LifecycleAction, OrganizationStatus | null][]) {
      it(`${action} from ${status} ${next ? `leads to ${next}` : 'is refused'}`, () => {
        expect(canTransition(status, action)).to.equal(next !== null);
        expect(nextStatus(status, action, 30)).to.equal(next);
      });
    }
  }

  it('purges at once when the domain has no grace period', () => {
    expect(nextStatus('ACTIVE', 'delete', 0)).to.equal('PURGED');
    expect(nextStatus('SUSPENDED', 'delete', 0)).to.equal('PURGED');
    expect(nextStatus('PENDING_DELETION', 'delete', 0)).to.equal(null);
  });

  it('makes only PENDING_DELETION read-only', () => {
    expect(isReadOnlyStatus('PENDING_DELETION')).to.equal(true);
    expect(isReadOnlyStatus('SUSPENDED')).to.equal(false);
    expect(isReadOnlyStatus('ACTIVE')).to.equal(false);
  });

  it('schedules the purge deletionGraceDays after now, as a UTC timestamp', () => {
    expect(purgeAfterFor(new Date('2025-03-14T08:21:37.123Z'), 30)).to.equal('2025-04-13T08:21:37Z');
  });

  it('knows when a scheduled purge is due', () => {
    const org = { status: 'PENDING_DELETION' as const, purgeAfter: '2025-04-13T08:21:37Z' };
    expect(isPurgeDue(org, new Date('2025-04-13T08:21:36Z'))).to.equal(false);
    expect(isPurgeDue(org, new Date('2025-04-13T08:21:37Z'))).to.equal(true);
    expect(isPurgeDue({ ...org, status: 'ACTIVE' }, new Date('2030-01-01T00:00:00Z'))).to.equal(false);
  });
});

describe('allowedActions', () => {
  it('offers everything the state allows on a child organization to a caller with every permission', () => {
    expect(allowedActions(CHILD, ME)).to.deep.equal({
      edit: true,
      changeOwnership: true,
      suspend: true,
      activate: false,
      delete: true,
      restore: false,
      setRemoteSupportApproval: true,
      requestRemoteSupport: true,
      approveRemoteSupport: true,
      startRemoteSupportSession: true,
    });
  });

  it('never lets callers suspend, delete or switch their own organization, in either UUID case', () => {
    const own = allowedActions({ ...CHILD, uuid: ME.organizationUuid.toUpperCase() }, ME);
    expect(own.suspend).to.equal(false);
    expect(own.delete).to.equal(false);
    expect(own.changeOwnership).to.equal(false);
    expect(own.edit).to.equal(true);
  });

  it('offers activate instead of suspend on a suspended organization, which stays editable', () => {
    const actions = allowedActions({ ...CHILD, status: 'SUSPENDED' }, ME);
    expect(actions.activate).to.equal(true);
    expect(actions.suspend).to.equal(false);
    expect(actions.edit).to.equal(true);
    expect(actions.startRemoteSupportSession).to.equal(true);
  });

  it('makes a PENDING_DELETION organization read-only apart from restore', () => {
    const actions = allowedActions({ ...CHILD, status: 'PENDING_DELETION', purgeAfter: '2999-01-01T00:00:00Z' }, ME);
    expect(
      Object.entries(actions)
        .filter(([, allowed]) => allowed)
        .map(([name]) => name),
    ).to.deep.equal(['restore']);
  });

  it('stops offering restore once the purge is due', () => {
    const org = { ...CHILD, status: 'PENDING_DELETION' as const, purgeAfter: '2025-04-13T08:21:37Z' };
    expect(allowedActions(org, ME, new Date('2025-04-13T00:00:00Z')).restore).to.equal(true);
    expect(allowedActions(org, ME, new Date('2025-04-14T00:00:00Z')).restore).to.equal(false);
  });

  it('offers the remote-support policy and requests only for customer-managed organizations', () => {
    const actions = allowedActions(
      { ...CHILD, managedBy: 'SERVICE_PROVIDER', remoteSupport: { approvalRequired: false } },
      ME,
    );
    expect(actions.setRemoteSupportApproval).to.equal(false);
    expect(actions.requestRemoteSupport).to.equal(false);
    expect(actions.approveRemoteSupport).to.equal(false);
    expect(actions.startRemoteSupportSession).to.equal(true);
  });

  it('does not offer a request when approval is off, or unknown as on a search result', () => {
    expect(allowedActions({ ...CHILD, remoteSupport: { approvalRequired: false } }, ME).requestRemoteSupport).to.equal(
      false,
    );
    const { remoteSupport: _policy, ...summary } = CHILD;
    expect(allowedActions(summary, ME).requestRemoteSupport).to.equal(false);
  });

  it('follows the caller permissions', () => {
    const reader = allowedActions(CHILD, { ...ME, permissions: ['organizations:read'] });
    expect(Object.values(reader).every((allowed) => !allowed)).to.equal(true);
    const operator = allowedActions(CHILD, { ...ME, permissions: ['organizations:read', 'organizations:status'] });
    expect(operator.suspend).to.equal(true);
    expect(operator.delete).to.equal(false);
    expect(operator.edit).to.equal(false);
  });
});

describe('normalizePhoneNumber', () => {
  it('strips spaces, dashes, dots and brackets and adds a missing plus', () => {
    expect(normalizePhoneNumber('+65 9123 4567')).to.equal('+6591234567');
    expect(normalizePhoneNumber('65-9123-4567')).to.equal('+6591234567');
    expect(normalizePhoneNumber('+1 (415) 555.0100')).to.equal('+14155550100');
  });

  it('returns null for anything that is not 7 to 15 digits starting with 1-9', () => {
    expect(normalizePhoneNumber('123456')).to.equal(null);
    expect(normalizePhoneNumber('1234567')).to.equal('+1234567');
    expect(normalizePhoneNumber('1234567890123456')).to.equal(null);
    expect(normalizePhoneNumber('0065 9123 4567')).to.equal(null);
    expect(normalizePhoneNumber('+65/9123/4567')).to.equal(null);
    expect(normalizePhoneNumber('Acme')).to.equal(null);
  });
});

describe('detectSearchKey', () => {
  it('recognises a UUID and lower-cases it', () => {
    expect(detectSearchKey(' 3F0C2A9E-7B1D-4C55-9E8A-2D6F41B7C0A1 ')).to.deep.equal({
      key: 'uuid',
      value: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
    });
  });

  it('recognises a phone number and gives it in E.164', () => {
    expect(detectSearchKey('6561 234 567')).to.deep.equal({ key: 'purchasedNumber', value: '+6561234567' });
  });

  it('treats anything else as trimmed text', () => {
    expect(detectSearchKey('  Acme ')).to.deep.equal({ key: 'text', value: 'Acme' });
    expect(detectSearchKey('CT-2024-0117')).to.deep.equal({ key: 'text', value: 'CT-2024-0117' });
    expect(detectSearchKey('acme-trunk-01')).to.deep.equal({ key: 'text', value: 'acme-trunk-01' });
  });
});

describe('isValidForSearchBy', () => {
  it('needs a UUID for uuid and a normalisable number for purchasedNumber', () => {
    expect(isValidForSearchBy('3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1', 'uuid')).to.equal(true);
    expect(isValidForSearchBy('Acme', 'uuid')).to.equal(false);
    expect(isValidForSearchBy('+65 6123 4567', 'purchasedNumber')).to.equal(true);
    expect(isValidForSearchBy('Acme', 'purchasedNumber')).to.equal(false);
  });

  it('needs two characters for a name, counted as the server counts them', () => {
    expect(isValidForSearchBy('a', 'name')).to.equal(false);
    expect(isValidForSearchBy(' a ', 'name')).to.equal(false);
    expect(isValidForSearchBy('e\u0301', 'name')).to.equal(false);
    expect(isValidForSearchBy('ab', 'name')).to.equal(true);
  });

  it('accepts any text for the other keys and an empty query for every key', () => {
    expect(isValidForSearchBy('x', 'customerReference')).to.equal(true);
    expect(isValidForSearchBy('x', 'auto')).to.equal(true);
    expect(isValidForSearchBy('   ', 'uuid')).to.equal(true);
  });

  it('refuses queries longer than 200 characters', () => {
    expect(isValidForSearchBy('a'.repeat(200), 'name')).to.equal(true);
    expect(isValidForSearchBy('a'.repeat(201), 'auto')).to.equal(false);
  });
});

describe('name matching', () => {
  it('folds case and diacritics', () => {
    expect(foldForSearch('Crème Brûlée ÅSA')).to.equal('creme brulee asa');
  });

  it('matches substrings of the folded name from two characters on', () => {
    expect(nameMatches('Café Zürich AG', 'zur')).to.equal(true);
    expect(nameMatches('Café Zürich AG', 'CAFE')).to.equal(true);
    expect(nameMatches('Café Zürich AG', 'z')).to.equal(false);
    expect(nameMatches('Café Zürich AG', 'Bern')).to.equal(false);
  });
});

describe('business rules', () => {
  const capabilities = {
    creatableAccountTypes: ['BUSINESS_USER' as const],
    isLegacy: false,
    allowedSubscriptionModels: ['LICENSE' as const],
  };

  it('lists create violations in the order the server checks them', () => {
    const violations = creationRuleViolations(
      { accountType: 'SERVICE_PROVIDER', subscriptionModel: 'APP', managedBy: 'CUSTOMER' },
      capabilities,
    );
    expect(violations.map((v) => v.slug)).to.deep.equal([
      'account-type-not-allowed',
      'subscription-model-not-allowed',
      'owner-required',
    ]);
    expect(violations.map((v) => v.pointer)).to.deep.equal(['/accountType', '/subscriptionModel', '/owner']);
  });

  it('defaults the subscription model to LICENSE', () => {
    expect(
      creationRuleViolations({ accountType: 'BUSINESS_USER', managedBy: 'SERVICE_PROVIDER' }, capabilities),
    ).to.deep.equal([]);
    expect(
      creationRuleViolations(
        { accountType: 'BUSINESS_USER', managedBy: 'SERVICE_PROVIDER' },
        { ...capabilities, allowedSubscriptionModels: ['APP'] },
      ).map((v) => v.slug),
    ).to.deep.equal(['subscription-model-not-allowed']);
  });

  it('refuses an ownership change to the current value before anything else', () => {
    expect(ownershipChangeViolations({ to: 'CUSTOMER' }, 'CUSTOMER').map((v) => v.slug)).to.deep.equal([
      'ownership-unchanged',
    ]);
    expect(ownershipChangeViolations({ to: 'CUSTOMER' }, 'SERVICE_PROVIDER').map((v) => v.slug)).to.deep.equal([
      'owner-required',
    ]);
    expect(ownershipChangeViolations({ to: 'SERVICE_PROVIDER' }, 'CUSTOMER').map((v) => v.slug)).to.deep.equal([
      'former-owner-role-required',
    ]);
    expect(ownershipChangeViolations({ to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' }, 'CUSTOMER')).to.deep.equal(
      [],
    );
  });

  it('takes remote-support requests only where approval is required', () => {
    expect(
      remoteSupportRequestViolation({ managedBy: 'CUSTOMER', remoteSupport: { approvalRequired: true } }),
    ).to.equal(null);
    expect(
      remoteSupportRequestViolation({ managedBy: 'CUSTOMER', remoteSupport: { approvalRequired: false } })?.slug,
    ).to.equal('approval-not-required');
    expect(
      remoteSupportRequestViolation({ managedBy: 'SERVICE_PROVIDER', remoteSupport: { approvalRequired: false } })
        ?.slug,
    ).to.equal('approval-not-required');
  });
});
