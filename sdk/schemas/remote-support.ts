import * as z from 'zod/mini';
import { intRange, text } from './checks.js';
import { RemoteSupportRequestStatus, RemoteSupportRole } from './enums.js';
import { HttpsUrl, Timestamp, Uuid } from './primitives.js';

const Minutes = intRange(15, 10080);

/** Who asked for or decided on a request. */
export const Actor = z.object({
  userId: Uuid,
  displayName: text(1, 101),
});
export type Actor = z.infer<typeof Actor>;

export const RemoteSupportGrant = z.object({
  requestId: Uuid,
  expiresAt: Timestamp,
});
export type RemoteSupportGrant = z.infer<typeof RemoteSupportGrant>;

export const RemoteSupportRequest = z.object({
  id: Uuid,
  organizationUuid: Uuid,
  status: RemoteSupportRequestStatus,
  reason: text(1, 500),
  requestedMinutes: Minutes,
  requestedBy: Actor,
  createdAt: Timestamp,
  /** Null while PENDING, and when the system cancelled the request. */
  decidedBy: z.nullable(Actor),
  decidedAt: z.nullable(Timestamp),
  decisionNote: z.nullable(text(0, 500)),
  grantedMinutes: z.nullable(Minutes),
  /** Set once APPROVED. */
  expiresAt: z.nullable(Timestamp),
});
export type RemoteSupportRequest = z.infer<typeof RemoteSupportRequest>;

/** The Support Hub view of one organization. */
export const RemoteSupportOverview = z.object({
  approvalRequired: z.boolean(),
  loginRole: RemoteSupportRole,
  activeGrant: z.nullable(RemoteSupportGrant),
  pendingRequest: z.nullable(RemoteSupportRequest),
});
export type RemoteSupportOverview = z.infer<typeof RemoteSupportOverview>;

export const RemoteSupportSession = z.object({
  sessionId: Uuid,
  /** Single-use login link. */
  loginUrl: HttpsUrl,
  role: RemoteSupportRole,
  expiresAt: Timestamp,
});
export type RemoteSupportSession = z.infer<typeof RemoteSupportSession>;
