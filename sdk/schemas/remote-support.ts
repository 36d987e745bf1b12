import * as z from 'zod/mini';
import { intRange, text } from './checks.js';
import { RemoteSupportRequestStatus, RemoteSupportRole } from './enums.js';
import { MAX_GRANT_MINUTES, MAX_NOTE_LENGTH, MIN_GRANT_MINUTES } from './field-rules.js';
import { HttpsUrl, Timestamp, Uuid } from './primitives.js';

export { MAX_GRANT_MINUTES, MAX_NOTE_LENGTH, MIN_GRANT_MINUTES } from './field-rules.js';

const Minutes = /* @__PURE__ */ intRange(MIN_GRANT_MINUTES, MAX_GRANT_MINUTES);

/** Who asked for or decided on a request. */
export const Actor = /* @__PURE__ */ z.object({
  userId: Uuid,
  displayName: /* @__PURE__ */ text(1, 101),
});
export interface Actor extends z.infer<typeof Actor> {}

export const RemoteSupportGrant = /* @__PURE__ */ z.object({
  requestId: Uuid,
  expiresAt: Timestamp,
});
export interface RemoteSupportGrant extends z.infer<typeof RemoteSupportGrant> {}

export const RemoteSupportRequest = /* @__PURE__ */ z.object({
  id: Uuid,
  organizationUuid: Uuid,
  status: RemoteSupportRequestStatus,
  reason: /* @__PURE__ */ text(1, MAX_NOTE_LENGTH),
  requestedMinutes: Minutes,
  requestedBy: Actor,
  createdAt: Timestamp,
  /** Null while PENDING, and when the system cancelled the request. */
  decidedBy: /* @__PURE__ */ z.nullable(Actor),
  decidedAt: /* @__PURE__ */ z.nullable(Timestamp),
  decisionNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ text(0, MAX_NOTE_LENGTH)),
  grantedMinutes: /* @__PURE__ */ z.nullable(Minutes),
  /** Set once APPROVED. */
  expiresAt: /* @__PURE__ */ z.nullable(Timestamp),
});
export interface RemoteSupportRequest extends z.infer<typeof RemoteSupportRequest> {}

/** The Support Hub view of one organization. */
export const RemoteSupportOverview = /* @__PURE__ */ z.object({
  approvalRequired: /* @__PURE__ */ z.boolean(),
  loginRole: RemoteSupportRole,
  activeGrant: /* @__PURE__ */ z.nullable(RemoteSupportGrant),
  pendingRequest: /* @__PURE__ */ z.nullable(RemoteSupportRequest),
});
export interface RemoteSupportOverview extends z.infer<typeof RemoteSupportOverview> {}

export const RemoteSupportSession = /* @__PURE__ */ z.object({
  sessionId: Uuid,
  /** Single-use login link. */
  loginUrl: HttpsUrl,
  role: RemoteSupportRole,
  expiresAt: Timestamp,
});
export interface RemoteSupportSession extends z.infer<typeof RemoteSupportSession> {}
