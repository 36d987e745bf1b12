/** Suspend, activate, delete (schedule or purge) and restore an organization. */
import type { Organization, SuspendRequest } from '../../sdk/schemas/index.js';
import { normalizeInput, validateSuspend } from '../../sdk/schemas/index.js';
import { canTransition, purgeAfterFor, type LifecycleAction } from '../../sdk/rules/index.js';
import { Problem } from '../http.js';
import type { Operation } from '../pipeline.js';
import { endRemoteSupport } from './remote-support.js';
import { check, commit, forbidOwn, organizationResponse, transitionConflict } from './shared.js';

const LIFECYCLE_DETAIL: Record<LifecycleAction, string> = {
  suspend: 'Only an ACTIVE organization can be suspended.',
  activate: 'Only a SUSPENDED organization can be activated.',
  delete: 'The organization is already scheduled for deletion.',
  restore: 'Only an organization scheduled for deletion can be restored.',
};

function assertTransition(org: Organization, action: LifecycleAction): void {
  if (!canTransition(org.status, action)) throw transitionConflict(org, LIFECYCLE_DETAIL[action]);
}

const suspendOrganization: Operation = {
  id: 'suspendOrganization',
  method: 'post',
  path: '/organizations/:uuid/suspend',
  permission: 'organizations:status',
  org: true,
  authorize: forbidOwn('suspend'),
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateSuspend(ctx.body, ctx.env.capabilities));
    assertTransition(ctx.org, 'suspend');
    const { reason, note } = normalizeInput(ctx.body) as SuspendRequest;
    return organizationResponse(
      ctx.env,
      commit(ctx, { status: 'SUSPENDED', statusReason: reason, statusNote: note ?? null }),
    );
  },
};

const activateOrganization: Operation = {
  id: 'activateOrganization',
  method: 'post',
  path: '/organizations/:uuid/activate',
  permission: 'organizations:status',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertTransition(ctx.org, 'activate');
    return organizationResponse(ctx.env, commit(ctx, { status: 'ACTIVE', statusReason: null, statusNote: null }));
  },
};

const restoreOrganization: Operation = {
  id: 'restoreOrganization',
  method: 'post',
  path: '/organizations/:uuid/restore',
  permission: 'organizations:delete',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertTransition(ctx.org, 'restore');
    return organizationResponse(
      ctx.env,
      commit(ctx, { status: 'ACTIVE', statusReason: null, statusNote: null, purgeAfter: null }),
    );
  },
};

/** The percent-decoded `Confirm-Name`, or null when it is missing, not printable ASCII or undecodable. */
function decodeConfirmName(value: string | null): string | null {
  if (value === null || !/^[\x20-\x7E]{1,1200}$/.test(value)) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const deleteOrganization: Operation = {
  id: 'deleteOrganization',
  method: 'delete',
  path: '/organizations/:uuid',
  permission: 'organizations:delete',
  org: true,
  authorize: forbidOwn('delete'),
  ifMatch: true,
  run(ctx) {
    const { env, org } = ctx;
    assertTransition(org, 'delete');
    if (env.db.childrenOf(org.uuid).length > 0) {
      throw new Problem('has-child-organizations', 'Delete or move its child organizations first.');
    }
    if (decodeConfirmName(ctx.request.headers.get('Confirm-Name')) !== org.name) {
      throw new Problem('confirmation-mismatch', 'Type the organization name exactly as it is shown to confirm.');
    }
    const grace = env.db.deletionGraceDays;
    endRemoteSupport(env, org.uuid, true);
    if (grace === 0) {
      env.db.purge(org.uuid);
      return new Response(null, { status: 204 });
    }
    // statusReason and statusNote belong to SUSPENDED only: a suspended organization scheduled for deletion drops them.
    const next = commit(ctx, {
      status: 'PENDING_DELETION',
      statusReason: null,
      statusNote: null,
      purgeAfter: purgeAfterFor(env.db.now(), grace),
    });
    return organizationResponse(env, next);
  },
};

export const lifecycleOperations: readonly Operation[] = [
  suspendOrganization,
  activateOrganization,
  restoreOrganization,
  deleteOrganization,
];
