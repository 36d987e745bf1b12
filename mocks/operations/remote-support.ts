/** Remote support: the approval policy, requests and their decisions, and sessions. */
import type {
  RemoteSupportOverview,
  RemoteSupportRequest,
  RemoteSupportRequestStatus,
} from '../../sdk/schemas/index.js';
import {
  normalizeInput,
  RemoteSupportPolicy,
  validateApprove,
  validateReject,
  validateRemoteSupportRequest,
  validateWith,
} from '../../sdk/schemas/index.js';
import { remoteSupportRequestViolation } from '../../sdk/rules/index.js';
import { iso } from '../data/generate.js';
import { randomUuid } from '../data/prng.js';
import { jsonResponse, Problem, ruleProblem } from '../http.js';
import type { Ctx, Env, Operation } from '../pipeline.js';
import { assertEditable, check, commit, organizationResponse } from './shared.js';

/** An APPROVED request whose expiresAt has passed reads as EXPIRED. */
function refreshRequests(env: Env, orgUuid: string): RemoteSupportRequest[] {
  const list = env.db.requestsOf(orgUuid);
  const now = env.db.now().getTime();
  list.forEach((r, i) => {
    if (r.status === 'APPROVED' && r.expiresAt !== null && Date.parse(r.expiresAt) <= now)
      list[i] = { ...r, status: 'EXPIRED' };
  });
  return list;
}

const pendingOf = (list: RemoteSupportRequest[]): RemoteSupportRequest | null =>
  list.find((r) => r.status === 'PENDING') ?? null;
const grantOf = (list: RemoteSupportRequest[]): RemoteSupportRequest | null =>
  list.find((r) => r.status === 'APPROVED') ?? null;

function replaceRequest(env: Env, orgUuid: string, next: RemoteSupportRequest): RemoteSupportRequest {
  const list = env.db.requestsOf(orgUuid);
  const i = list.findIndex((r) => r.id === next.id);
  if (i >= 0) list[i] = next;
  else list.push(next);
  env.db.save();
  return next;
}

/** The system ends a PENDING request (CANCELLED) and, when asked, the active grant (REVOKED). */
export function endRemoteSupport(env: Env, orgUuid: string, revokeGrant: boolean): void {
  const list = refreshRequests(env, orgUuid);
  const now = env.db.timestamp();
  const pending = pendingOf(list);
  if (pending) replaceRequest(env, orgUuid, { ...pending, status: 'CANCELLED', decidedBy: null, decidedAt: now });
  const grant = grantOf(list);
  if (revokeGrant && grant)
    replaceRequest(env, orgUuid, { ...grant, status: 'REVOKED', decidedAt: grant.decidedAt ?? now });
}

function addMinutes(env: Env, minutes: number): string {
  return iso(env.db.now().getTime() + minutes * 60_000);
}

const updateRemoteSupportPolicy: Operation = {
  id: 'updateRemoteSupportPolicy',
  method: 'put',
  path: '/organizations/:uuid/remote-support/policy',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateWith(RemoteSupportPolicy, ctx.body));
    assertEditable(ctx.org);
    if (ctx.org.managedBy !== 'CUSTOMER') {
      throw new Problem(
        'invalid-state',
        'Service-Provider-managed organizations never need approval for remote support.',
      );
    }
    const { approvalRequired } = ctx.body as { approvalRequired: boolean };
    if (!approvalRequired) endRemoteSupport(ctx.env, ctx.org.uuid, false);
    return organizationResponse(ctx.env, commit(ctx, { remoteSupport: { approvalRequired } }));
  },
};

const getRemoteSupport: Operation = {
  id: 'getRemoteSupport',
  method: 'get',
  path: '/organizations/:uuid/remote-support',
  permission: 'organizations:read',
  org: true,
  run(ctx) {
    const list = refreshRequests(ctx.env, ctx.org.uuid);
    const grant = grantOf(list);
    const overview: RemoteSupportOverview = {
      approvalRequired: ctx.org.remoteSupport.approvalRequired,
      loginRole: ctx.org.managedBy === 'CUSTOMER' ? 'SUPER_ADMIN' : 'OWNER',
      activeGrant: grant ? { requestId: grant.id, expiresAt: grant.expiresAt! } : null,
      pendingRequest: pendingOf(list),
    };
    return jsonResponse(overview);
  },
};

const createRemoteSupportRequest: Operation = {
  id: 'createRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests',
  permission: 'remote-support:request',
  org: true,
  idempotent: true,
  body: 'json',
  run(ctx) {
    const { env, org, caller } = ctx;
    check(validateRemoteSupportRequest(ctx.body, env.capabilities));
    assertEditable(org);
    const list = refreshRequests(env, org.uuid);
    if (pendingOf(list))
      throw new Problem('invalid-state', 'A request is already waiting for the customer’s decision.');
    const violation = remoteSupportRequestViolation(org);
    if (violation) throw ruleProblem(violation);
    const { reason, requestedMinutes } = normalizeInput(ctx.body) as { reason: string; requestedMinutes: number };
    const request: RemoteSupportRequest = {
      id: randomUuid(),
      organizationUuid: org.uuid,
      status: 'PENDING',
      reason,
      requestedMinutes,
      requestedBy: { userId: caller.userId, displayName: caller.displayName },
      createdAt: env.db.timestamp(),
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      grantedMinutes: null,
      expiresAt: null,
    };
    replaceRequest(env, org.uuid, request);
    return jsonResponse(request, 201);
  },
};

/**
 * Moves the path request on from `from` (approve, reject, revoke), or answers 409 invalid-state with `refusal` when it
 * has moved on already. An APPROVED grant whose time is up reads as EXPIRED first.
 */
function transition(
  ctx: Ctx,
  from: RemoteSupportRequestStatus,
  refusal: (status: RemoteSupportRequestStatus) => string,
  change: (current: RemoteSupportRequest) => Partial<RemoteSupportRequest>,
): Response {
  refreshRequests(ctx.env, ctx.org.uuid);
  const current = ctx.env.db.requestsOf(ctx.org.uuid).find((r) => r.id === ctx.rsRequest.id)!;
  if (current.status !== from) throw new Problem('invalid-state', refusal(current.status));
  return jsonResponse(replaceRequest(ctx.env, ctx.org.uuid, { ...current, ...change(current) }));
}

/** Who decided, and when. */
const decision = ({ caller, env }: Ctx): Pick<RemoteSupportRequest, 'decidedBy' | 'decidedAt'> => ({
  decidedBy: { userId: caller.userId, displayName: caller.displayName },
  decidedAt: env.db.timestamp(),
});

const approveRemoteSupportRequest: Operation = {
  id: 'approveRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/approve',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  authorize(ctx) {
    if (ctx.rsRequest.requestedBy.userId === ctx.caller.userId)
      throw new Problem('forbidden', 'You cannot approve your own request.');
  },
  body: 'optional-json',
  run(ctx) {
    check(validateApprove(ctx.body, ctx.env.capabilities));
    return transition(
      ctx,
      'PENDING',
      (status) => `Only a PENDING request can be approved; this one is ${status}.`,
      (current) => {
        const minutes =
          (normalizeInput(ctx.body) as { minutes?: number } | undefined)?.minutes ?? current.requestedMinutes;
        return {
          status: 'APPROVED',
          ...decision(ctx),
          grantedMinutes: minutes,
          expiresAt: addMinutes(ctx.env, minutes),
        };
      },
    );
  },
};

const rejectRemoteSupportRequest: Operation = {
  id: 'rejectRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/reject',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  body: 'optional-json',
  run(ctx) {
    check(validateReject(ctx.body, ctx.env.capabilities));
    return transition(
      ctx,
      'PENDING',
      (status) => `Only a PENDING request can be rejected; this one is ${status}.`,
      () => ({
        status: 'REJECTED',
        ...decision(ctx),
        decisionNote: (normalizeInput(ctx.body) as { note?: string } | undefined)?.note ?? null,
      }),
    );
  },
};

const revokeRemoteSupportRequest: Operation = {
  id: 'revokeRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/revoke',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  run: (ctx) =>
    transition(
      ctx,
      'APPROVED',
      (status) => `Only an active (APPROVED, unexpired) grant can be revoked; this request is ${status}.`,
      () => ({ status: 'REVOKED' }),
    ),
};

const startRemoteSupportSession: Operation = {
  id: 'startRemoteSupportSession',
  method: 'post',
  path: '/organizations/:uuid/remote-support/sessions',
  permission: 'remote-support:request',
  org: true,
  run(ctx) {
    const { env, org } = ctx;
    assertEditable(org);
    const sessionId = randomUuid();
    const loginUrl = `https://portal.sales-hub.example/remote-login/${sessionId}?t=${randomUuid().replaceAll('-', '')}`;
    const defaultMinutes = env.capabilities.remoteSupport.defaultGrantMinutes;
    if (org.managedBy === 'SERVICE_PROVIDER')
      return jsonResponse({ sessionId, loginUrl, role: 'OWNER', expiresAt: addMinutes(env, defaultMinutes) }, 201);
    if (!org.remoteSupport.approvalRequired)
      return jsonResponse(
        { sessionId, loginUrl, role: 'SUPER_ADMIN', expiresAt: addMinutes(env, defaultMinutes) },
        201,
      );
    const grant = grantOf(refreshRequests(env, org.uuid));
    if (!grant) throw new Problem('approval-required', 'The customer has to approve a remote-support request first.');
    return jsonResponse({ sessionId, loginUrl, role: 'SUPER_ADMIN', expiresAt: grant.expiresAt }, 201);
  },
};

export const remoteSupportOperations: readonly Operation[] = [
  updateRemoteSupportPolicy,
  getRemoteSupport,
  createRemoteSupportRequest,
  approveRemoteSupportRequest,
  rejectRemoteSupportRequest,
  revokeRemoteSupportRequest,
  startRemoteSupportSession,
];
