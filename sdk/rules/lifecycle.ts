import type { OrganizationStatus } from '../schemas/enums.js';

/** The lifecycle actions of README "Lifecycle state machine"; `delete` is the DELETE request. */
export type LifecycleAction = 'suspend' | 'activate' | 'delete' | 'restore';

/** An organization that no longer exists: deleted with no grace period, or past its `purgeAfter`. */
export type Purged = 'PURGED';

const FROM: Record<LifecycleAction, readonly OrganizationStatus[]> = {
  suspend: ['ACTIVE'],
  activate: ['SUSPENDED'],
  delete: ['ACTIVE', 'SUSPENDED'],
  restore: ['PENDING_DELETION'],
};

/** False exactly where the server answers `409 invalid-state-transition`. */
export function canTransition(status: OrganizationStatus, action: LifecycleAction): boolean {
  return FROM[action].includes(status);
}

/**
 * The status after `action`, or null when the transition is not allowed. DELETE schedules a purge when the
 * domain has a grace period (PENDING_DELETION) and purges at once when it has none.
 */
export function nextStatus(
  status: OrganizationStatus,
  action: LifecycleAction,
  deletionGraceDays: number,
): OrganizationStatus | Purged | null {
  if (!canTransition(status, action)) return null;
  switch (action) {
    case 'suspend':
      return 'SUSPENDED';
    case 'activate':
    case 'restore':
      return 'ACTIVE';
    case 'delete':
      return deletionGraceDays > 0 ? 'PENDING_DELETION' : 'PURGED';
  }
}

/** While PENDING_DELETION an organization can be read but not changed (edits, ownership, remote support). */
export function isReadOnlyStatus(status: OrganizationStatus): boolean {
  return status === 'PENDING_DELETION';
}

const DAY_MS = 86_400_000;

/** `purgeAfter` for a deletion at `now`: now + deletionGraceDays, as a UTC timestamp without fractions. */
export function purgeAfterFor(now: Date, deletionGraceDays: number): string {
  return new Date(now.getTime() + deletionGraceDays * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** True once a PENDING_DELETION organization has reached its `purgeAfter` (and can no longer be restored). */
export function isPurgeDue(
  org: { status: OrganizationStatus; purgeAfter?: string | null },
  now: Date = new Date(),
): boolean {
  return org.status === 'PENDING_DELETION' && org.purgeAfter != null && Date.parse(org.purgeAfter) <= now.getTime();
}
