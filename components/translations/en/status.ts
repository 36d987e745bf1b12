/** Strings of `<sh-status-control>`, the "Organization Status Control". Keys prefixed `statusControl`. */
export const status = {
  statusControlTitle: 'Organization Status Control',
  statusControlLoading: 'Loading the organization status…',
  statusControlCurrent: 'Current status',
  statusControlReason: 'Reason',
  statusControlNote: 'Note',
  statusControlPurgeAfter: (date: string) =>
    `Scheduled for permanent deletion on ${date}. Until then it can be restored; after that it cannot be undone.`,
  statusControlPurgeDue: 'The grace period has ended: this organization can no longer be restored.',
  statusControlNoActions: 'You cannot change the status of this organization.',
  statusControlOwnOrganization: 'This is your own organization: you cannot suspend or delete it.',
  statusControlPurged: (name: string) => `${name} has been permanently deleted.`,

  // Reasons (contract: SuspensionReason)
  // Actions (the seed's words: "Suspend", "Delete")
  statusControlSuspend: 'Suspend',
  statusControlSuspending: 'Suspending…',
  statusControlActivate: 'Activate',
  statusControlActivating: 'Activating…',
  statusControlDelete: 'Delete',
  statusControlDeleting: 'Deleting…',
  statusControlRestore: 'Restore',
  statusControlRestoring: 'Restoring…',

  // Suspend dialog
  statusControlSuspendTitle: (name: string) => `Suspend ${name}?`,
  statusControlSuspendIntro:
    'Suspending is temporary and reversible: the organization stays intact and can be activated again at any time.',
  statusControlReasonLabel: 'Reason',
  statusControlReasonPlaceholder: 'Choose a reason',
  statusControlReasonRequired: 'Choose a reason for the suspension.',
  statusControlNoteLabel: 'Note (optional)',
  statusControlNoteCount: (count: number, max: number) => `${count} of ${max} characters`,

  // Delete dialog
  statusControlDeleteTitle: (name: string) => `Delete ${name}?`,
  statusControlDeleteImmediate: 'It will be immediately and permanently deleted. This cannot be undone.',
  statusControlDeleteScheduled: (date: string) =>
    `It will be scheduled for deletion. It can be restored until ${date}, after which it cannot be undone.`,
  statusControlConfirmLabel: "To confirm, type the organization's name:",
  statusControlConfirmHint: 'Delete stays unavailable until the name matches exactly, including capitals and spaces.',
  statusControlConfirmMatches: 'The name matches.',

  // Outcomes, announced
  statusControlSuspended: (name: string) => `${name} is suspended.`,
  statusControlActivated: (name: string) => `${name} is active again.`,
  statusControlScheduled: (name: string, date: string) => `${name} is scheduled for deletion on ${date}.`,
  statusControlRestored: (name: string) => `${name} has been restored and is active.`,

  // Errors in plain words
  statusControlErrorConflict:
    'Someone else changed this organization while you were working. It has been reloaded with their changes; check it and try again.',
  statusControlErrorTransition: (status: string) =>
    `This action is not possible: the organization is now ${status}. The status shown has been updated.`,
  statusControlErrorChildren:
    'This organization still has child organizations. Delete them first, then delete this one.',
  statusControlErrorOwnOrganization: 'You cannot suspend or delete your own organization.',
  statusControlErrorForbidden: 'You do not have permission to change the status of this organization.',
  statusControlErrorMismatch: "The name you typed does not match the organization's name. Check it and try again.",
  statusControlErrorGone: 'This organization no longer exists or is no longer visible to you.',
};
