/** Strings of the Overview tab (`sh-organization-overview`). Keys are unique across the catalogue: prefixed `overview`. */
export const overview = {
  overviewLabel: (name: string) => `Overview of ${name}`,
  overviewLoading: 'Loading the organization…',
  overviewReadOnlyPendingDeletion: 'This organization is pending deletion: it can be viewed but not changed.',

  // Sections (the seed's words)
  overviewSectionInformation: 'Organization Information',
  overviewSectionBilling: 'Billing Information',
  overviewSectionBuyerTags: 'Buyer Tags',
  overviewSectionStatusControl: 'Organization Status Control',
  overviewEditSection: (section: string) => `Edit ${section}`,
  overviewSaveSection: (section: string) => `Save ${section}`,

  // Detail fields
  overviewFieldProfilePicture: 'Profile picture',
  overviewFieldStatus: 'Status',
  overviewFieldAccountType: 'Account type',
  overviewFieldSubscriptionModel: 'Subscription model',
  overviewFieldCountry: 'Country',
  overviewFieldCurrency: 'Currency',
  overviewFieldCreatedAt: 'Created at',
  overviewFieldUuid: 'UUID',
  overviewFieldTenantId: 'Tenant ID',
  overviewFieldManagedBy: 'Managed by',
  overviewFieldOwner: 'Owner',
  overviewFieldName: 'Name',
  overviewFieldStatusReason: 'Reason',
  overviewFieldPurgeAfter: 'Deleted permanently after',
  overviewAccountTypeWithTier: (type: string, tier: string) => `${type} (${tier})`,
  overviewCodeAndName: (code: string, name: string) => (code === name ? code : `${code} · ${name}`),
  overviewOwnerAdminOrganization: (name: string) => `${name} (Admin Organization)`,
  overviewOwnerInvited: 'Invited',
  overviewOwnerActive: 'Active',
  overviewNotEditable: 'Not editable',
  overviewTenantIdNote: 'No updates, edits, or overrides allowed once Tenant ID has been created.',
  overviewNotSet: 'Not set',
  overviewOn: 'On',
  overviewOff: 'Off',

  overviewCopyUuid: 'Copy UUID',

  // Profile picture
  overviewPictureAlt: (name: string) => `Profile picture of ${name}`,
  overviewPictureUpload: 'Upload picture',
  overviewPictureReplace: 'Replace picture',
  overviewPictureRemove: 'Remove picture',
  overviewPictureUploading: 'Uploading…',
  overviewPictureRemoving: 'Removing…',
  overviewPictureHint: (limit: string) => `PNG, JPEG or WebP, up to ${limit}. Recommended 100×100 px.`,
  overviewPictureWrongType: (type: string) =>
    `${type ? `This file is ${type}.` : 'This file type is not supported.'} Choose a PNG, JPEG or WebP image.`,
  overviewPictureTooLarge: (size: string, limit: string) =>
    `This image is ${size}; the limit is ${limit}. Choose a smaller image.`,
  overviewBytes: (n: string) => `${n} bytes`,
  overviewMebibytes: (n: string) => `${n} MiB`,
  overviewPictureFailed: (reason: string) => `The picture was not saved. ${reason}`,
  overviewPictureSaved: 'Profile picture saved.',
  overviewPictureRemoved: 'Profile picture removed.',

  // Remote support
  overviewRemoteSupportApproval: 'Require approval for remote support',
  overviewRemoteSupportApprovalHint: 'When on, the customer approves each remote support request.',
  overviewRemoteSupportSaving: 'Saving…',
  overviewRemoteSupportOn: 'Approval is now required for remote support.',
  overviewRemoteSupportOff: 'Approval is no longer required for remote support.',
  overviewRemoteSupportFailed: (reason: string) => `The setting was not changed. ${reason}`,

  // Billing
  overviewBillingName: 'Billing name',
  overviewBillingEmail: 'Billing email',
  overviewBillingTax: 'Tax registration number',
  overviewBillingTaxOptional: 'Tax registration number (optional)',
  overviewBillingNone: 'No billing information yet.',
  overviewChooseCountry: 'Choose a country',

  // Buyer tags
  overviewBuyerTagsNone: 'No buyer tags.',
  overviewBuyerTagsList: 'Buyer tags',
  overviewBuyerTagKey: 'Key',
  overviewBuyerTagValue: 'Value',
  overviewBuyerTagAdd: 'Add tag',
  overviewBuyerTagRemove: (key: string) => `Remove tag ${key}`,
  overviewBuyerTagChooseKey: 'Choose a key',
  overviewBuyerTagsLimit: (max: number) =>
    max === 0
      ? 'This domain does not use buyer tags.'
      : `The limit is ${max} buyer tag${max === 1 ? '' : 's'}. Remove one to add another.`,
  overviewBuyerTagsNoKeysLeft: 'Every buyer tag key of this domain is in use.',
  overviewBuyerTagsCount: (count: number, max: number) => `${count} of ${max}`,
  overviewBuyerTagAdded: (key: string) => `Tag ${key} added.`,
  overviewBuyerTagRemoved: (key: string) => `Tag ${key} removed.`,

  // Saving
  overviewSaved: (section: string) => `${section} saved.`,
  overviewSaveFailed: (reason: string) => `Your changes were not saved. ${reason} Your input is kept.`,

  // Conflicts
  overviewDraftResumed:
    'You left this section with unsaved changes. They are kept below: save them, or cancel to drop them.',
  overviewDraftsResumed: (sections: string) => `Your unsaved changes are back: ${sections}.`,
  overviewConflictTitle: 'Someone else changed this organization while you were editing.',
  overviewConflictChanges: 'What changed:',
  overviewConflictNoSectionChanges: 'None of the fields in this section changed; other details did.',
  overviewConflictKept: 'Your edits are still in the form.',
  overviewConflictChange: (field: string, from: string, to: string) => `${field}: ${from} → ${to}`,
  overviewConflictReapply: 'Re-apply my changes',
  overviewConflictDiscard: 'Discard my changes',
  overviewConflictLoadFailed: 'The latest version could not be loaded.',
};
