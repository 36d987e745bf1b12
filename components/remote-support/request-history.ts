/**
 * What became of a remote-support request. The contract lists only the pending request and the active grant, so
 * the widget follows the last request it saw from one view of the server to the next. Pure functions, no DOM.
 */
import type {
  RemoteSupportGrant,
  RemoteSupportOverview,
  RemoteSupportRequest,
  RemoteSupportRequestStatus,
} from '../../sdk/index.js';

/** What the element knows of the last request: its contract status, or CLOSED when it vanished without a trace. */
export type KnownStatus = RemoteSupportRequestStatus | 'CLOSED';

/** A request with what is known of its fate. */
export type KnownRequest = RemoteSupportRequest & { known: KnownStatus };

/** A grant seen without its request (the page opened after approval) that has since ended. */
export interface EndedGrant {
  known: 'EXPIRED' | 'REVOKED';
  expiresAt: string;
}

export interface RequestHistory {
  /** The last request seen. */
  last: KnownRequest | null;
  endedGrant: EndedGrant | null;
  /** The active grant of the previous view. */
  seenGrant: RemoteSupportGrant | null;
}

/** What became of a grant that is no longer active. */
const ended = (expiresAt: string | null): 'EXPIRED' | 'REVOKED' =>
  expiresAt !== null && Date.parse(expiresAt) <= Date.now() ? 'EXPIRED' : 'REVOKED';

/**
 * The history after a fresh view from the server: what happened to the request seen before. `pendingDeletion`:
 * the organization is pending deletion (the server then cancels requests).
 */
export function followRequest(
  history: RequestHistory,
  overview: RemoteSupportOverview,
  pendingDeletion: boolean,
): RequestHistory {
  const prev = history.last;
  const grant = overview.activeGrant;
  let last = prev;
  if (overview.pendingRequest) {
    last = { ...overview.pendingRequest, known: 'PENDING' };
  } else if (prev && grant?.requestId === prev.id) {
    last = { ...prev, status: 'APPROVED', expiresAt: grant.expiresAt, known: 'APPROVED' };
  } else if (prev?.known === 'PENDING') {
    // The contract has no read of a single request: a request that vanished without a grant was rejected, or
    // cancelled by the system when approval stopped being needed or the organization left ACTIVE/SUSPENDED.
    const cancelled = !overview.approvalRequired || pendingDeletion;
    last = { ...prev, known: cancelled ? 'CANCELLED' : 'CLOSED' };
  } else if (prev?.known === 'APPROVED') {
    last = { ...prev, known: ended(prev.expiresAt) };
  }
  const seen = history.seenGrant;
  let endedGrant = history.endedGrant;
  if (grant) endedGrant = null;
  else if (seen && seen.requestId !== last?.id)
    endedGrant = { known: ended(seen.expiresAt), expiresAt: seen.expiresAt };
  return { last, endedGrant, seenGrant: grant };
}
