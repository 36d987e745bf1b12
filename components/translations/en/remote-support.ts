/** Strings of `<sh-remote-support>`, the Support Hub view. Keys prefixed `remoteSupport`. */
export const remoteSupport = {
  remoteSupportTitle: 'Remote support',
  remoteSupportLoading: 'Loading remote support…',
  remoteSupportRefresh: 'Check again',
  remoteSupportRefreshing: 'Checking…',
  remoteSupportRoleOwner: 'Owner',
  remoteSupportRoleSuperAdmin: 'Super admin',
  remoteSupportLoginRole: (role: string) => `Remote sessions sign in with the role ${role}.`,
  remoteSupportApprovalRequired: "The customer's approval is required before a remote session.",
  remoteSupportApprovalNotRequired:
    'Approval is not required for this organization: you can start a remote session directly.',
  remoteSupportPendingDeletion: 'Remote support is not available while the organization is pending deletion.',
  remoteSupportNoPermission: 'You can view remote support for this organization but not act on it.',

  // Request form
  remoteSupportRequestTitle: 'Request access',
  remoteSupportReasonLabel: 'Reason for access',
  remoteSupportReasonHint: 'The customer sees this when deciding.',
  remoteSupportReasonRequired: 'Say why you need access.',
  remoteSupportDurationLabel: 'Duration',
  remoteSupportDurationCustom: 'Custom',
  remoteSupportMinutesLabel: 'Minutes',
  remoteSupportMinutesHint: (min: string, max: string) => `Between ${min} and ${max}.`,
  remoteSupportMinutesRange: (min: string, max: string) => `Enter a whole number of minutes between ${min} and ${max}.`,
  remoteSupportRequest: 'Request access',
  remoteSupportRequesting: 'Requesting…',

  // Request states
  remoteSupportStatePending: 'Pending approval',
  remoteSupportStateApproved: 'Approved',
  remoteSupportStateRejected: 'Rejected',
  remoteSupportStateExpired: 'Expired',
  remoteSupportStateRevoked: 'Revoked',
  remoteSupportStateCancelled: 'Cancelled',
  remoteSupportStateClosed: 'No longer pending',
  remoteSupportPendingWaiting: "Waiting for the customer's decision.",
  remoteSupportRequestedBy: (who: string, when: string) => `Requested by ${who} on ${when}`,
  remoteSupportRequestedFor: (duration: string) => `for ${duration}`,
  remoteSupportRequestReason: 'Reason',
  remoteSupportApprovedUntil: (date: string) => `Access is approved until ${date}.`,
  remoteSupportRejectedBy: (who: string) => `Rejected by ${who}.`,
  remoteSupportRejectedNote: 'Note',
  remoteSupportExpiredAt: (date: string) => `Access expired on ${date}.`,
  remoteSupportRevokedMessage: 'Access was revoked; you can request it again.',
  remoteSupportCancelledMessage: 'The request was cancelled because the organization changed.',
  remoteSupportClosedMessage:
    'The request is no longer pending: it was rejected or withdrawn. You can send a new request.',

  // Customer side
  remoteSupportDecideTitle: 'Decide on this request',
  remoteSupportApproveDurationLabel: 'Grant access for',
  remoteSupportApprove: 'Approve',
  remoteSupportApproving: 'Approving…',
  remoteSupportRejectNoteLabel: 'Note to the requester (optional)',
  remoteSupportReject: 'Reject',
  remoteSupportRejecting: 'Rejecting…',
  remoteSupportRevoke: 'Revoke access',
  remoteSupportRevoking: 'Revoking…',
  remoteSupportApproved: (date: string) => `Approved. Access is granted until ${date}.`,
  remoteSupportRejected: 'Rejected. The requester has been told.',
  remoteSupportRevoked: 'Access revoked.',
  remoteSupportRequested: "Request sent. It is waiting for the customer's approval.",

  // Sessions
  remoteSupportStart: 'Start remote session',
  remoteSupportStarting: 'Starting…',
  remoteSupportStarted: (role: string, date: string) =>
    `Remote session ready: signed in as ${role}, valid until ${date}.`,
  remoteSupportOpenSession: 'Open the remote session',
  remoteSupportNewTab: '(opens in a new tab)',

  // Errors in plain words
  remoteSupportErrorApprovalRequired:
    'A remote session needs approved access, and there is none now: it may have expired or been revoked. Request access again.',
  remoteSupportErrorApprovalNotRequired:
    'This organization no longer requires approval: you can start a remote session directly. The view has been updated.',
  remoteSupportErrorInvalidState:
    'This request was already decided, or another request is pending. The view has been updated with the current state.',
  remoteSupportErrorPendingDeletion:
    'The organization is pending deletion, so remote support is not available. The view has been updated.',
  remoteSupportErrorOwnRequest: 'You cannot approve your own request. Ask another person with approval rights.',
  remoteSupportOwnRequestNote: 'You made this request, so another person with approval rights decides on it.',
  remoteSupportErrorForbidden: 'You do not have permission to do this for this organization.',
};
