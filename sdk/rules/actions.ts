import type { ManagedBy, OrganizationStatus, Permission } from '../schemas/enums.js';
import { canTransition, isPurgeDue, isReadOnlyStatus } from './lifecycle.js';

/**
 * What `allowedActions` needs of an organization: an OrganizationSummary plus status is enough. Without
 * `remoteSupport` the approval setting is unknown, so `requestRemoteSupport` stays false.
 */
export interface ActionSubject {
  uuid: string;
  status: OrganizationStatus;
  managedBy: ManagedBy;
  remoteSupport?: { approvalRequired: boolean } | undefined;
  purgeAfter?: string | null | undefined;
}

/** What `allowedActions` needs of the caller (a `Me`). */
export interface ActionCaller {
  organizationUuid: string;
  permissions: readonly (Permission | string)[];
}

export interface AllowedActions {
  /** Name, country, billing, buyer tags, profile picture. */
  edit: boolean;
  changeOwnership: boolean;
  suspend: boolean;
  activate: boolean;
  delete: boolean;
  restore: boolean;
  /** The "require approval for remote support" setting. */
  setRemoteSupportApproval: boolean;
  requestRemoteSupport: boolean;
  approveRemoteSupport: boolean;
  startRemoteSupportSession: boolean;
}

/**
 * The actions to offer this caller on this organization, from its permissions, the lifecycle state machine,
 * the own-organization rule and the remote-support policy. A true value means the server should not refuse on
 * those grounds; rules that need more data stay with the server: children of a SUPERNODE on delete, an already
 * pending remote-support request, a grant for a session (403 approval-required), approving one's own request.
 */
export function allowedActions(org: ActionSubject, me: ActionCaller, now: Date = new Date()): AllowedActions {
  const has = (permission: Permission): boolean => me.permissions.includes(permission);
  // The server compares UUIDs case-insensitively (lookups accept either case).
  const own = org.uuid.toLowerCase() === me.organizationUuid.toLowerCase();
  const writable = !isReadOnlyStatus(org.status);
  const customerManaged = org.managedBy === 'CUSTOMER';
  return {
    edit: has('organizations:write') && writable,
    changeOwnership: has('organizations:ownership') && writable && !own,
    suspend: has('organizations:status') && !own && canTransition(org.status, 'suspend'),
    activate: has('organizations:status') && canTransition(org.status, 'activate'),
    delete: has('organizations:delete') && !own && canTransition(org.status, 'delete'),
    restore: has('organizations:delete') && canTransition(org.status, 'restore') && !isPurgeDue(org, now),
    setRemoteSupportApproval: has('organizations:write') && writable && customerManaged,
    requestRemoteSupport:
      has('remote-support:request') && writable && customerManaged && org.remoteSupport?.approvalRequired === true,
    approveRemoteSupport: has('remote-support:approve') && writable && customerManaged,
    startRemoteSupportSession: has('remote-support:request') && writable,
  };
}
