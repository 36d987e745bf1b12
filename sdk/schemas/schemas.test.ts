import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { intOf, rule, tagged } from './checks.js';
import { rangeRules } from './field-rules.js';
import * as schemas from './index.js';
import {
  assignedCountries,
  BillingInput,
  type DomainCapabilities,
  type FieldError,
  immutableFieldErrors,
  immutableFieldsIn,
  isAssignedCountry,
  isIsoCurrency,
  normalizeInput,
  Organization,
  PostalAddressInput,
  Problem,
  PROBLEM_CATALOGUE,
  PROBLEM_SLUGS,
  PROBLEM_TYPE_BASE,
  problemSlugOf,
  problemTypeOf,
  splitBusinessRuleErrors,
  suggestCurrency,
  toPointer,
  validateApprove,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
  validateOwnershipChange,
  validateReject,
  validateRemoteSupportRequest,
  validateSuspend,
  validateWith,
} from './index.js';

// Every example of the contract (schemas, request bodies, problem responses), copied from sales-hub.openapi.yaml.
const CONTRACT_EXAMPLES: [schema: string, label: string, value: unknown][] = [
  ['Uuid', 'Uuid example 1', '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1'],
  ['Timestamp', 'Timestamp example 1', '2025-03-14T08:21:37Z'],
  ['TenantId', 'TenantId example 1', 'acme-sg'],
  ['OrganizationName', 'OrganizationName example 1', 'Acme Pte Ltd'],
  ['PersonName', 'PersonName example 1', 'Ada'],
  ['Email', 'Email example 1', 'ada.tan@acme.com.sg'],
  ['E164', 'E164 example 1', '+6591234567'],
  ['CountryCode', 'CountryCode example 1', 'SG'],
  ['CurrencyCode', 'CurrencyCode example 1', 'SGD'],
  ['SipUsername', 'SipUsername example 1', 'acme-trunk-01'],
  ['ExternalContractId', 'ExternalContractId example 1', 'CT-2024-0117'],
  ['BuyerTagKey', 'BuyerTagKey example 1', 'CustomerRef'],
  ['OrganizationStatus', 'OrganizationStatus example 1', 'ACTIVE'],
  ['AccountType', 'AccountType example 1', 'BUSINESS_USER'],
  ['NodeTier', 'NodeTier example 1', 'NODE'],
  ['SubscriptionModel', 'SubscriptionModel example 1', 'LICENSE'],
  ['ManagedBy', 'ManagedBy example 1', 'CUSTOMER'],
  ['SuspensionReason', 'SuspensionReason example 1', 'NON_PAYMENT'],
  ['MemberRole', 'MemberRole example 1', 'ADMIN'],
  ['MemberStatus', 'MemberStatus example 1', 'ACTIVE'],
  ['SearchBy', 'SearchBy example 1', 'auto'],
  ['SearchKey', 'SearchKey example 1', 'customerReference'],
  ['RemoteSupportRole', 'RemoteSupportRole example 1', 'SUPER_ADMIN'],
  ['RemoteSupportRequestStatus', 'RemoteSupportRequestStatus example 1', 'PENDING'],
  ['Permission', 'Permission example 1', 'organizations:read'],
  [
    'Organization',
    'Organization example 1',
    {
      uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      tenantId: 'acme-sg',
      name: 'Acme Pte Ltd',
      profilePictureUrl: 'https://cdn.sales-hub.example/org-pictures/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1/v3.png',
      status: 'ACTIVE',
      statusReason: null,
      statusNote: null,
      purgeAfter: null,
      accountType: 'BUSINESS_USER',
      tier: 'NODE',
      subscriptionModel: 'LICENSE',
      managedBy: 'CUSTOMER',
      remoteSupport: { approvalRequired: true },
      countryCode: 'SG',
      currencyCode: 'SGD',
      parentUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
      owner: {
        type: 'MEMBER',
        memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
        email: 'ada.tan@acme.com.sg',
        firstName: 'Ada',
        lastName: 'Tan',
        mobileNumber: '+6591234567',
        status: 'ACTIVE',
      },
      billing: {
        billingName: 'Acme Pte Ltd',
        billingEmail: 'accounts@acme.com.sg',
        address: {
          street1: '1 Raffles Place',
          street2: '#20-01',
          city: 'Singapore',
          stateOrProvince: null,
          postCode: '048616',
          countryCode: 'SG',
        },
        taxRegistrationNumber: 'M2-1234567-8',
      },
      buyerTags: [
        { key: 'CustomerRef', value: 'CRM-00042' },
        { key: 'TypeRef', value: 'SME' },
      ],
      purchasedNumbers: ['+6561234567', '+6531581234'],
      externalContracts: ['CT-2024-0117'],
      sipUsernames: ['acme-trunk-01'],
      createdAt: '2024-11-02T03:15:00Z',
      updatedAt: '2025-03-14T08:21:37Z',
      version: 7,
    },
  ],
  [
    'OrganizationSummary',
    'OrganizationSummary example 1',
    {
      uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      name: 'Acme Pte Ltd',
      status: 'ACTIVE',
      accountType: 'BUSINESS_USER',
      tier: 'NODE',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      profilePictureUrl: null,
      matchedOn: ['name'],
    },
  ],
  [
    'OrganizationPage',
    'OrganizationPage example 1',
    {
      items: [
        {
          uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
          name: 'Acme Pte Ltd',
          status: 'ACTIVE',
          accountType: 'BUSINESS_USER',
          tier: 'NODE',
          managedBy: 'CUSTOMER',
          countryCode: 'SG',
          profilePictureUrl: null,
          matchedOn: ['customerReference'],
        },
      ],
      nextCursor: null,
    },
  ],
  [
    'Owner',
    'Owner example 1',
    { type: 'ADMIN_ORGANIZATION', organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e', name: 'Nimbus Telecom' },
  ],
  [
    'MemberOwner',
    'MemberOwner example 1',
    {
      type: 'MEMBER',
      memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: null,
      status: 'INVITED',
    },
  ],
  [
    'AdminOrganizationOwner',
    'AdminOrganizationOwner example 1',
    { type: 'ADMIN_ORGANIZATION', organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e', name: 'Nimbus Telecom' },
  ],
  [
    'BillingInfo',
    'BillingInfo example 1',
    {
      billingName: 'Acme Pte Ltd',
      billingEmail: 'accounts@acme.com.sg',
      address: {
        street1: '1 Raffles Place',
        street2: '#20-01',
        city: 'Singapore',
        stateOrProvince: null,
        postCode: '048616',
        countryCode: 'SG',
      },
      taxRegistrationNumber: 'M2-1234567-8',
    },
  ],
  [
    'PostalAddress',
    'PostalAddress example 1',
    {
      street1: '1 Raffles Place',
      street2: '#20-01',
      city: 'Singapore',
      stateOrProvince: null,
      postCode: '048616',
      countryCode: 'SG',
    },
  ],
  ['BuyerTag', 'BuyerTag example 1', { key: 'CustomerRef', value: 'CRM-00042' }],
  ['RemoteSupportPolicy', 'RemoteSupportPolicy example 1', { approvalRequired: true }],
  [
    'CreateOrganizationRequest',
    'CreateOrganizationRequest example 1',
    {
      name: 'Acme Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan' },
    },
  ],
  [
    'PersonInput',
    'PersonInput example 1',
    { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan', mobileNumber: '+6591234567' },
  ],
  ['OrganizationPatch', 'OrganizationPatch example 1', { name: 'Acme Singapore Pte Ltd' }],
  [
    'BuyerTagsReplacement',
    'BuyerTagsReplacement example 1',
    {
      buyerTags: [
        { key: 'CustomerRef', value: 'CRM-00042' },
        { key: 'BillingRef', value: 'ERP-7781' },
      ],
    },
  ],
  ['OwnershipChangeRequest', 'OwnershipChangeRequest example 1', { to: 'SERVICE_PROVIDER', formerOwnerRole: 'MEMBER' }],
  [
    'OwnershipChangeToCustomer',
    'OwnershipChangeToCustomer example 1',
    {
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' },
      requireRemoteSupportApproval: true,
    },
  ],
  [
    'OwnershipChangeToServiceProvider',
    'OwnershipChangeToServiceProvider example 1',
    { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' },
  ],
  ['NewOwner', 'NewOwner example 1', { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' }],
  [
    'NewPersonOwner',
    'NewPersonOwner example 1',
    {
      kind: 'NEW_PERSON',
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: '+6591234567',
    },
  ],
  [
    'ExistingMemberOwner',
    'ExistingMemberOwner example 1',
    { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' },
  ],
  [
    'SuspendRequest',
    'SuspendRequest example 1',
    { reason: 'NON_PAYMENT', note: 'Invoice INV-2025-0311 overdue by 45 days.' },
  ],
  [
    'Member',
    'Member example 1',
    {
      memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      role: 'OWNER',
      status: 'ACTIVE',
    },
  ],
  [
    'MemberPage',
    'MemberPage example 1',
    {
      items: [
        {
          memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
          email: 'ada.tan@acme.com.sg',
          firstName: 'Ada',
          lastName: 'Tan',
          role: 'OWNER',
          status: 'ACTIVE',
        },
        {
          memberId: '2c4e6a8b-0d1f-4a3c-8e5b-7d9f1a3c5e7b',
          email: 'ben.lim@acme.com.sg',
          firstName: 'Ben',
          lastName: 'Lim',
          role: 'ADMIN',
          status: 'INVITED',
        },
      ],
      nextCursor: null,
    },
  ],
  [
    'RemoteSupportOverview',
    'RemoteSupportOverview example 1',
    {
      approvalRequired: true,
      loginRole: 'SUPER_ADMIN',
      activeGrant: { requestId: 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', expiresAt: '2025-03-15T08:30:00Z' },
      pendingRequest: null,
    },
  ],
  [
    'RemoteSupportGrant',
    'RemoteSupportGrant example 1',
    { requestId: 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', expiresAt: '2025-03-15T08:30:00Z' },
  ],
  ['Actor', 'Actor example 1', { userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1', displayName: 'Priya Nair' }],
  [
    'RemoteSupportRequest',
    'RemoteSupportRequest example 1',
    {
      id: 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
      organizationUuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      status: 'PENDING',
      reason: 'TCK-1234: inbound calls not reaching the hunt group',
      requestedMinutes: 1440,
      requestedBy: { userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1', displayName: 'Priya Nair' },
      createdAt: '2025-03-14T08:30:00Z',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      grantedMinutes: null,
      expiresAt: null,
    },
  ],
  [
    'CreateRemoteSupportRequest',
    'CreateRemoteSupportRequest example 1',
    { reason: 'TCK-1234: inbound calls not reaching the hunt group', requestedMinutes: 1440 },
  ],
  ['ApproveRemoteSupportRequest', 'ApproveRemoteSupportRequest example 1', { minutes: 720 }],
  [
    'RejectRemoteSupportRequest',
    'RejectRemoteSupportRequest example 1',
    { note: 'Please schedule this for after business hours.' },
  ],
  [
    'RemoteSupportSession',
    'RemoteSupportSession example 1',
    {
      sessionId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      loginUrl: 'https://portal.sales-hub.example/remote-login/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9?t=Zm9v',
      role: 'SUPER_ADMIN',
      expiresAt: '2025-03-15T08:30:00Z',
    },
  ],
  [
    'Me',
    'Me example 1',
    {
      userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1',
      displayName: 'Priya Nair',
      organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
      permissions: [
        'organizations:read',
        'organizations:write',
        'organizations:create',
        'organizations:ownership',
        'organizations:status',
        'organizations:delete',
        'remote-support:request',
      ],
    },
  ],
  [
    'DomainCapabilities',
    'DomainCapabilities example 1',
    {
      domainId: 'portal.nimbus-telecom',
      isLegacy: false,
      allowedSubscriptionModels: ['LICENSE'],
      creatableAccountTypes: ['BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER', 'SERVICE_PROVIDER'],
      enabledCurrencies: ['SGD', 'USD'],
      buyerTagKeys: ['CustomerRef', 'BillingRef', 'TypeRef'],
      maxBuyerTags: 3,
      deletionGraceDays: 30,
      remoteSupport: { defaultGrantMinutes: 1440, maxGrantMinutes: 10080 },
    },
  ],
  [
    'Problem',
    'Problem example 1',
    {
      type: 'https://errors.sales-hub.example/validation',
      title: 'Organization is invalid.',
      status: 422,
      detail: '1 field failed validation.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1/buyer-tags',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      errors: [
        { pointer: '/buyerTags/1/key', code: 'duplicate-key', message: 'Each buyer tag key may be used only once.' },
      ],
    },
  ],
  [
    'ProblemFieldError',
    'ProblemFieldError example 1',
    { pointer: '/owner/email', code: 'invalid-format', message: 'Enter a valid email address.' },
  ],
  [
    'CreateOrganizationRequest',
    'createOrganization customerManaged',
    {
      name: 'Acme Pte Ltd',
      accountType: 'BUSINESS_USER',
      subscriptionModel: 'LICENSE',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      tenantId: 'acme-sg',
      owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan', mobileNumber: '+6591234567' },
      billing: {
        billingName: 'Acme Pte Ltd',
        billingEmail: 'accounts@acme.com.sg',
        address: {
          street1: '1 Raffles Place',
          street2: '#20-01',
          city: 'Singapore',
          postCode: '048616',
          countryCode: 'SG',
        },
        taxRegistrationNumber: 'M2-1234567-8',
      },
      buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
      requireRemoteSupportApproval: true,
    },
  ],
  [
    'CreateOrganizationRequest',
    'createOrganization serviceProviderManaged',
    {
      name: 'Lim Household',
      accountType: 'HOME_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    },
  ],
  [
    'OwnershipChangeRequest',
    'changeOwnership toCustomerNewPerson',
    {
      to: 'CUSTOMER',
      newOwner: {
        kind: 'NEW_PERSON',
        email: 'ada.tan@acme.com.sg',
        firstName: 'Ada',
        lastName: 'Tan',
        mobileNumber: '+6591234567',
      },
      requireRemoteSupportApproval: true,
    },
  ],
  [
    'OwnershipChangeRequest',
    'changeOwnership toCustomerExistingMember',
    { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e' } },
  ],
  ['OwnershipChangeRequest', 'changeOwnership toServiceProvider', { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' }],
  [
    'Problem',
    'BadRequest response idempotencyKeyMissing',
    {
      type: 'https://errors.sales-hub.example/idempotency-key-missing',
      title: 'Idempotency-Key header is required.',
      status: 400,
      detail: 'This operation requires an Idempotency-Key header (1–255 characters).',
      instance: '/sales-hub/v1/organizations',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
    },
  ],
  [
    'Problem',
    'Unauthenticated response unauthenticated',
    {
      type: 'https://errors.sales-hub.example/unauthenticated',
      title: 'Authentication is required.',
      status: 401,
      detail: 'The access token has expired.',
      instance: '/sales-hub/v1/organizations',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
    },
  ],
  [
    'Problem',
    'Forbidden response forbidden',
    {
      type: 'https://errors.sales-hub.example/forbidden',
      title: 'You do not have permission to perform this action.',
      status: 403,
      detail: 'This action requires the permission organizations:ownership.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1/ownership-change',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
    },
  ],
  [
    'Problem',
    'NotFound response notFound',
    {
      type: 'https://errors.sales-hub.example/not-found',
      title: 'Resource not found.',
      status: 404,
      detail: 'No organization 3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1 is visible to you.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
    },
  ],
  [
    'Problem',
    'Conflict response invalidStateTransition',
    {
      type: 'https://errors.sales-hub.example/invalid-state-transition',
      title: "Action is not allowed in the organization's current status.",
      status: 409,
      detail: 'Only an ACTIVE organization can be suspended.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1/suspend',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      currentStatus: 'SUSPENDED',
    },
  ],
  [
    'Problem',
    'Conflict response immutableField',
    {
      type: 'https://errors.sales-hub.example/immutable-field',
      title: 'Field cannot be changed.',
      status: 409,
      detail: 'tenantId cannot be changed after creation.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      errors: [{ pointer: '/tenantId', code: 'immutable-field', message: 'Tenant ID cannot be changed.' }],
    },
  ],
  [
    'Problem',
    'EtagMismatch response etagMismatch',
    {
      type: 'https://errors.sales-hub.example/etag-mismatch',
      title: 'Organization has been modified.',
      status: 412,
      detail: 'If-Match "6" does not match the current version 8. Reload and retry.',
      instance: '/sales-hub/v1/organizations/3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      currentVersion: 8,
    },
  ],
  [
    'Problem',
    'Unprocessable response validation',
    {
      type: 'https://errors.sales-hub.example/validation',
      title: 'Organization is invalid.',
      status: 422,
      detail: '2 fields failed validation.',
      instance: '/sales-hub/v1/organizations',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      errors: [
        { pointer: '/owner/email', code: 'invalid-format', message: 'Enter a valid email address.' },
        { pointer: '/currencyCode', code: 'currency-not-enabled', message: 'JPY is not enabled for this domain.' },
      ],
    },
  ],
  [
    'Problem',
    'Unprocessable response ownerRequired',
    {
      type: 'https://errors.sales-hub.example/owner-required',
      title: 'An owner is required.',
      status: 422,
      detail: 'Customer-managed organizations need owner details.',
      instance: '/sales-hub/v1/organizations',
      requestId: '01JD3X5K8Q2W7N4M6P9R0T1V3Y',
      errors: [
        { pointer: '/owner', code: 'owner-required', message: "Enter the owner's email, first name and last name." },
      ],
    },
  ],
];

// The root `x-problem-catalogue` and the Problem `type` enum, copied from sales-hub.openapi.yaml.
const CONTRACT_CATALOGUE: Record<string, { status: number; title: string }> = {
  'malformed-request': { status: 400, title: 'Request is malformed.' },
  'idempotency-key-missing': { status: 400, title: 'Idempotency-Key header is required.' },
  unauthenticated: { status: 401, title: 'Authentication is required.' },
  forbidden: { status: 403, title: 'You do not have permission to perform this action.' },
  'approval-required': { status: 403, title: 'Remote support approval is required.' },
  'not-found': { status: 404, title: 'Resource not found.' },
  'immutable-field': { status: 409, title: 'Field cannot be changed.' },
  'duplicate-tenant-id': { status: 409, title: 'Tenant ID is already in use.' },
  'invalid-state-transition': { status: 409, title: "Action is not allowed in the organization's current status." },
  'invalid-state': { status: 409, title: 'Action is not allowed in the current state.' },
  'ownership-unchanged': { status: 409, title: 'Organization already has this ownership type.' },
  'has-child-organizations': { status: 409, title: 'Organization has child organizations.' },
  'etag-mismatch': { status: 412, title: 'Organization has been modified.' },
  'payload-too-large': { status: 413, title: 'Payload is too large.' },
  'unsupported-media-type': { status: 415, title: 'Media type is not supported.' },
  validation: { status: 422, title: 'Organization is invalid.' },
  'owner-required': { status: 422, title: 'An owner is required.' },
  'former-owner-role-required': { status: 422, title: 'A role for the former owner is required.' },
  'member-not-eligible': { status: 422, title: 'Member cannot become the owner.' },
  'subscription-model-not-allowed': { status: 422, title: 'Subscription model is not allowed in this domain.' },
  'account-type-not-allowed': { status: 422, title: 'Account type cannot be created in this domain.' },
  'confirmation-mismatch': { status: 422, title: 'Confirmation does not match the organization name.' },
  'approval-not-required': { status: 422, title: 'Remote support approval is not required.' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency-Key was used with a different request.' },
  'precondition-required': { status: 428, title: 'If-Match header is required.' },
  'rate-limited': { status: 429, title: 'Too many requests.' },
};
const CONTRACT_PROBLEM_TYPES: string[] = [
  'https://errors.sales-hub.example/malformed-request',
  'https://errors.sales-hub.example/idempotency-key-missing',
  'https://errors.sales-hub.example/unauthenticated',
  'https://errors.sales-hub.example/forbidden',
  'https://errors.sales-hub.example/approval-required',
  'https://errors.sales-hub.example/not-found',
  'https://errors.sales-hub.example/immutable-field',
  'https://errors.sales-hub.example/duplicate-tenant-id',
  'https://errors.sales-hub.example/invalid-state-transition',
  'https://errors.sales-hub.example/invalid-state',
  'https://errors.sales-hub.example/ownership-unchanged',
  'https://errors.sales-hub.example/has-child-organizations',
  'https://errors.sales-hub.example/etag-mismatch',
  'https://errors.sales-hub.example/payload-too-large',
  'https://errors.sales-hub.example/unsupported-media-type',
  'https://errors.sales-hub.example/validation',
  'https://errors.sales-hub.example/owner-required',
  'https://errors.sales-hub.example/former-owner-role-required',
  'https://errors.sales-hub.example/member-not-eligible',
  'https://errors.sales-hub.example/subscription-model-not-allowed',
  'https://errors.sales-hub.example/account-type-not-allowed',
  'https://errors.sales-hub.example/confirmation-mismatch',
  'https://errors.sales-hub.example/approval-not-required',
  'https://errors.sales-hub.example/idempotency-key-reused',
  'https://errors.sales-hub.example/precondition-required',
  'https://errors.sales-hub.example/rate-limited',
];

const CAPABILITIES: DomainCapabilities = {
  domainId: 'portal.nimbus-telecom',
  isLegacy: false,
  allowedSubscriptionModels: ['LICENSE'],
  creatableAccountTypes: ['BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER', 'SERVICE_PROVIDER'],
  enabledCurrencies: ['SGD', 'USD'],
  buyerTagKeys: ['CustomerRef', 'BillingRef', 'TypeRef'],
  maxBuyerTags: 3,
  deletionGraceDays: 30,
  remoteSupport: { defaultGrantMinutes: 1440, maxGrantMinutes: 10080 },
};

const VALID_CREATE = {
  name: 'Acme Pte Ltd',
  accountType: 'BUSINESS_USER',
  managedBy: 'CUSTOMER',
  countryCode: 'SG',
  currencyCode: 'SGD',
  owner: { email: 'ada.tan@acme.com.sg', firstName: 'Ada', lastName: 'Tan' },
};

/** `pointer code` pairs: what a form needs to place each message. */
const codes = (errors: readonly FieldError[]): string[] => errors.map((e) => `${e.pointer} ${e.code}`);

const schemaNamed = (name: string): z.core.$ZodType => {
  const schema = (schemas as Record<string, unknown>)[name];
  if (!schema || typeof schema !== 'object') throw new Error(`No schema ${name} is exported`);
  return schema as z.core.$ZodType;
};

describe('contract examples', () => {
  for (const [name, label, value] of CONTRACT_EXAMPLES) {
    it(`accepts ${label} as ${name}`, () => {
      expect(validateWith(schemaNamed(name), value)).to.deep.equal([]);
    });
  }

  it('accepts the billing and address examples in their request forms too', () => {
    const billing = CONTRACT_EXAMPLES.find(([name]) => name === 'BillingInfo')?.[2];
    const address = CONTRACT_EXAMPLES.find(([name]) => name === 'PostalAddress')?.[2];
    expect(validateWith(BillingInput, billing)).to.deep.equal([]);
    expect(validateWith(PostalAddressInput, address)).to.deep.equal([]);
  });

  it('passes every create and ownership-change example through its validator with the example capabilities', () => {
    for (const [name, label, value] of CONTRACT_EXAMPLES) {
      if (name === 'CreateOrganizationRequest')
        expect(validateCreateOrganization(value, CAPABILITIES), label).to.deep.equal([]);
      if (name === 'OwnershipChangeRequest') expect(validateOwnershipChange(value), label).to.deep.equal([]);
    }
  });

  it('keeps the parsed create request exactly as sent, without filling in defaults', () => {
    const parsed = schemas.CreateOrganizationRequest.parse(VALID_CREATE);
    expect(parsed).to.deep.equal(VALID_CREATE);
    expect('subscriptionModel' in parsed).to.equal(false);
  });

  it('lists every property of Organization, in contract order, in ORGANIZATION_FIELDS', () => {
    expect(schemas.ORGANIZATION_FIELDS).to.deep.equal(Object.keys(Organization.shape));
  });
});

describe('primitives', () => {
  it('counts lengths in code points, not UTF-16 units', () => {
    expect(validateWith(schemas.PersonName, '😀'.repeat(50))).to.deep.equal([]);
    expect(codes(validateWith(schemas.PersonName, '😀'.repeat(51)))).to.deep.equal([' too-long']);
    expect(validateWith(schemas.PersonName, '😀'.repeat(51))[0]?.message).to.equal('Must be at most 50 characters.');
  });

  it('rejects C0 and C1 control characters in names', () => {
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\u0000Ltd'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\u0085Ltd'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.OrganizationName, 'Acme\tLtd'))).to.deep.equal([' invalid-format']);
  });

  it('treats a whitespace-only name as empty after trimming', () => {
    expect(codes(validateWith(schemas.OrganizationName, '   \u00a0 '))).to.deep.equal([' too-short']);
  });

  it('reports the first failing rule of a value only', () => {
    expect(codes(validateWith(schemas.OrganizationName, 'x\u0001'.repeat(60)))).to.deep.equal([' too-long']);
  });

  it('validates emails with a dotted domain and a local part of at most 64 characters', () => {
    expect(validateWith(schemas.Email, 'ada.tan@acme.com.sg')).to.deep.equal([]);
    expect(validateWith(schemas.Email, "o'brien+sales@example.co")).to.deep.equal([]);
    expect(codes(validateWith(schemas.Email, 'ada@localhost'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.Email, `${'a'.repeat(65)}@example.com`))).to.deep.equal([' invalid-format']);
    expect(validateWith(schemas.Email, 'ada at acme')[0]?.message).to.equal('Enter a valid email address.');
  });

  it('requires E.164 numbers with a plus sign', () => {
    expect(validateWith(schemas.E164, '+6591234567')).to.deep.equal([]);
    expect(codes(validateWith(schemas.E164, '6591234567'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.E164, '+0591234567'))).to.deep.equal([' invalid-format']);
  });

  it('tells an unassigned country code from a malformed one', () => {
    expect(validateWith(schemas.CountryCode, 'SG')).to.deep.equal([]);
    expect(codes(validateWith(schemas.CountryCode, 'XX'))).to.deep.equal([' country-unknown']);
    expect(codes(validateWith(schemas.CountryCode, 'AA'))).to.deep.equal([' country-unknown']);
    expect(codes(validateWith(schemas.CountryCode, 'sg'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.CountryCode, 'SGP'))).to.deep.equal([' too-long']);
  });

  it('accepts UUIDs of any version and case', () => {
    expect(validateWith(schemas.Uuid, '3F0C2A9E-7B1D-1C55-9E8A-2D6F41B7C0A1')).to.deep.equal([]);
    expect(codes(validateWith(schemas.Uuid, '3f0c2a9e7b1d4c559e8a2d6f41b7c0a1'))).to.deep.equal([' invalid-format']);
  });

  it('accepts only real UTC timestamps', () => {
    expect(validateWith(schemas.Timestamp, '2025-03-14T08:21:37.250Z')).to.deep.equal([]);
    expect(codes(validateWith(schemas.Timestamp, '2025-03-14T08:21:37+08:00'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.Timestamp, '2025-02-30T08:21:37Z'))).to.deep.equal([' invalid-format']);
  });

  it('accepts SIP usernames with escapes and rejects broken ones', () => {
    expect(validateWith(schemas.SipUsername, 'acme%20trunk;01')).to.deep.equal([]);
    expect(codes(validateWith(schemas.SipUsername, 'acme%2'))).to.deep.equal([' invalid-format']);
    expect(codes(validateWith(schemas.SipUsername, 'acme trunk'))).to.deep.equal([' invalid-format']);
  });

  it('rejects invisible format characters in buyer tag values', () => {
    expect(codes(validateWith(schemas.BuyerTag, { key: 'CustomerRef', value: 'CRM\u200B42' }))).to.deep.equal([
      '/value invalid-format',
    ]);
    expect(codes(validateWith(schemas.BuyerTag, { key: 'Customer Ref', value: 'x' }))).to.deep.equal([
      '/key invalid-format',
    ]);
  });

  it('reports for a whole number exactly what z.int() reports, before and with the field rules', () => {
    const values = [
      0,
      15,
      -3,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      -(2 ** 53),
      1e300,
      '15',
      null,
      undefined,
    ];
    const issues = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).error?.issues ?? [];
    for (const value of values) {
      expect(issues(intOf([]), value), String(value)).to.deep.equal(issues(z.int(), value));
      expect(issues(intOf(rangeRules(15, 60)), value), String(value)).to.deep.equal(
        issues(z.int().check(rule(...rangeRules(15, 60))), value),
      );
    }
    expect(issues(intOf([]), 1.5)).to.have.length(1);
  });

  it('lower-cases only the domain of an email', () => {
    expect(schemas.normalizeEmail('Ada.Tan@ACME.com.SG')).to.equal('Ada.Tan@acme.com.sg');
  });
});

describe('tagged unions', () => {
  const unions: [name: string, key: string, options: readonly z.ZodMiniObject[]][] = [
    ['Owner', 'type', [schemas.MemberOwner, schemas.AdminOrganizationOwner]],
    ['NewOwner', 'kind', [schemas.NewPersonOwner, schemas.ExistingMemberOwner]],
    ['OwnershipChangeRequest', 'to', [schemas.OwnershipChangeToCustomer, schemas.OwnershipChangeToServiceProvider]],
  ];
  const uuid = '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1';
  const inputs: unknown[] = [
    {
      type: 'MEMBER',
      memberId: uuid,
      email: 'ada@acme.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: null,
      status: 'ACTIVE',
      extra: 1,
    },
    { type: 'MEMBER', memberId: 'nope', email: 'ada', firstName: '', status: 'GONE' },
    { type: 'ADMIN_ORGANIZATION', organizationUuid: uuid, name: 'Acme' },
    { kind: 'NEW_PERSON', email: 'ada@acme.sg', firstName: 'Ada', lastName: 'Tan' },
    {
      kind: 'NEW_PERSON',
      email: 'ada@',
      firstName: 'Ada',
      lastName: 'x'.repeat(60),
      mobileNumber: '123',
      colour: 'red',
    },
    { kind: 'EXISTING_MEMBER', memberId: uuid },
    { kind: 'EXISTING_MEMBER' },
    { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: uuid }, requireRemoteSupportApproval: true },
    { to: 'CUSTOMER', newOwner: { kind: 'NEW_PERSON', email: 'x' }, requireRemoteSupportApproval: 'yes' },
    { to: 'CUSTOMER', newOwner: { kind: 'SOMEONE' } },
    { to: 'SERVICE_PROVIDER', formerOwnerRole: 'OWNER', extra: true },
    { to: 'SERVICE_PROVIDER' },
    { to: 'NOBODY' },
    { to: null },
    {},
    [],
    null,
    undefined,
    'CUSTOMER',
  ];

  it('parses and reports exactly what z.discriminatedUnion does', () => {
    for (const [name, key, options] of unions) {
      const ours = (schemas as unknown as Record<string, z.core.$ZodType>)[name]!;
      const zods = z.discriminatedUnion(key, options as [z.ZodMiniObject, z.ZodMiniObject]);
      for (const input of inputs) {
        const label = `${name} ${JSON.stringify(input)}`;
        const [a, b] = [z.safeParse(ours, input), z.safeParse(zods, input)];
        expect(a.success, label).to.equal(b.success);
        expect(a.data, label).to.deep.equal(b.data);
        expect(a.error?.issues, label).to.deep.equal(b.error?.issues);
      }
    }
  });

  it('tags options with one-value enums that answer as z.literal does', () => {
    for (const [, key, options] of unions) {
      for (const option of options) {
        const tag = option.shape[key] as z.ZodMiniEnum;
        const [value] = tag.options;
        for (const input of [value, 'OTHER', undefined, null, 1]) {
          expect(z.safeParse(tag, input).error?.issues, `${key} ${String(input)}`).to.deep.equal(
            z.safeParse(z.literal(value!), input).error?.issues,
          );
        }
      }
    }
  });

  it('reads the tags of its options, and nested unions keep their paths', () => {
    const union = tagged('to', [schemas.OwnershipChangeToCustomer, schemas.OwnershipChangeToServiceProvider]);
    const result = z.safeParse(union, { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: 'x' } });
    expect(result.error?.issues.map((i) => i.path)).to.deep.equal([['newOwner', 'memberId']]);
    const wrongTag = z.safeParse(union, { to: 'ELSEWHERE' });
    expect(wrongTag.error?.issues[0]).to.include({ code: 'invalid_union', discriminator: 'to' });
    expect(wrongTag.error?.issues[0]).to.have.deep.property('options', ['CUSTOMER', 'SERVICE_PROVIDER']);
  });
});

describe('countries and currencies', () => {
  it('knows the 249 assigned ISO 3166-1 codes and nothing else', () => {
    expect(assignedCountries()).to.have.length(249);
    for (const code of ['SG', 'US', 'DE', 'AX', 'BQ', 'SS', 'ZW']) expect(isAssignedCountry(code), code).to.equal(true);
    for (const code of ['XX', 'AA', 'XK', 'UK', 'EU', 'ZZ', 'sg'])
      expect(isAssignedCountry(code), code).to.equal(false);
  });

  it('knows active ISO 4217 codes and not withdrawn ones', () => {
    for (const code of ['SGD', 'USD', 'EUR', 'XCG', 'ZWG', 'SLE']) expect(isIsoCurrency(code), code).to.equal(true);
    for (const code of ['ABC', 'HRK', 'ANG', 'ZWL', 'sgd']) expect(isIsoCurrency(code), code).to.equal(false);
  });

  it('answers for every two- and three-letter code: 249 countries, 177 currencies of list A.1', () => {
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
    const pairs = letters.flatMap((a) => letters.map((b) => a + b));
    expect(pairs.filter(isAssignedCountry)).to.deep.equal(assignedCountries());
    const currencies = pairs.flatMap((pair) => letters.map((c) => pair + c)).filter(isIsoCurrency);
    expect(currencies).to.have.length(177);
    expect(currencies.filter((code) => !isAssignedCountry(code.slice(0, 2)))).to.deep.equal([
      'EUR',
      'XAF',
      'XAG',
      'XAU',
      'XBA',
      'XBB',
      'XBC',
      'XBD',
      'XCD',
      'XCG',
      'XDR',
      'XOF',
      'XPD',
      'XPF',
      'XPT',
      'XSU',
      'XTS',
      'XUA',
      'XXX',
    ]);
  });

  it('suggests the usual currency of a country', () => {
    const expected: Record<string, string> = {
      SG: 'SGD',
      US: 'USD',
      DE: 'EUR',
      GB: 'GBP',
      JP: 'JPY',
      IN: 'INR',
      AU: 'AUD',
      PR: 'USD',
      CH: 'CHF',
      LI: 'CHF',
      SN: 'XOF',
      CM: 'XAF',
      BG: 'EUR',
      HR: 'EUR',
      EC: 'USD',
      MX: 'MXN',
      CW: 'XCG',
      GG: 'GBP',
    };
    for (const [country, currency] of Object.entries(expected))
      expect(suggestCurrency(country), country).to.equal(currency);
  });

  it('suggests an active currency for every assigned country but Antarctica', () => {
    const without = assignedCountries().filter((code) => suggestCurrency(code) === null);
    expect(without).to.deep.equal(['AQ']);
    for (const code of assignedCountries())
      if (code !== 'AQ') expect(isIsoCurrency(suggestCurrency(code) ?? ''), code).to.equal(true);
    expect(suggestCurrency('XX')).to.equal(null);
  });
});

describe('normalizeInput', () => {
  it('trims and NFC-normalises strings deep inside objects and arrays', () => {
    const input = {
      name: '  Cafe\u0301 ',
      owner: { firstName: '\tAda\n' },
      tags: [{ value: ' x ' }],
      count: 3,
      flag: null,
    };
    expect(normalizeInput(input)).to.deep.equal({
      name: 'Caf\u00e9',
      owner: { firstName: 'Ada' },
      tags: [{ value: 'x' }],
      count: 3,
      flag: null,
    });
  });

  it('returns a new value and leaves the input untouched', () => {
    const input = { name: ' Acme ' };
    const output = normalizeInput(input);
    expect(output).not.to.equal(input);
    expect(input.name).to.equal(' Acme ');
  });

  it('keeps a "__proto__" key of parsed JSON as an ordinary (and unknown) field', () => {
    const input = JSON.parse('{"name":"Acme","__proto__":{"polluted":true}}') as Record<string, unknown>;
    const output = normalizeInput(input);
    expect(Object.hasOwn(output, '__proto__')).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(codes(validateOrganizationPatch(input))).to.deep.equal(['/__proto__ unknown-field']);
  });

  it('is applied before validating, so padding does not count towards a length', () => {
    expect(validateWith(schemas.PersonName, `  ${'a'.repeat(50)}  `)).to.deep.equal([]);
  });
});

describe('toPointer', () => {
  it('escapes ~ and / as RFC 6901 requires', () => {
    expect(toPointer([])).to.equal('');
    expect(toPointer(['buyerTags', 1, 'key'])).to.equal('/buyerTags/1/key');
    expect(toPointer(['a/b', 'c~d'])).to.equal('/a~1b/c~0d');
  });
});

describe('validateCreateOrganization', () => {
  it('accepts a minimal customer-managed organization', () => {
    expect(validateCreateOrganization(VALID_CREATE, CAPABILITIES)).to.deep.equal([]);
  });

  it('reports missing required fields as required', () => {
    expect(codes(validateCreateOrganization({}))).to.deep.equal([
      '/name required',
      '/accountType required',
      '/managedBy required',
      '/countryCode required',
      '/currencyCode required',
    ]);
  });

  it('rejects unknown fields, escaping their names in the pointer', () => {
    const errors = validateCreateOrganization({ ...VALID_CREATE, color: 'red', 'a/b~c': 1 });
    expect(codes(errors)).to.deep.equal(['/color unknown-field', '/a~1b~0c unknown-field']);
    expect(errors[0]?.message).to.equal('This field is not allowed.');
  });

  it('rejects unknown fields in nested request objects', () => {
    expect(
      codes(validateCreateOrganization({ ...VALID_CREATE, owner: { ...VALID_CREATE.owner, title: 'Dr' } })),
    ).to.deep.equal(['/owner/title unknown-field']);
  });

  it('tells a wrong type from a value outside the enum', () => {
    expect(
      codes(
        validateCreateOrganization({
          ...VALID_CREATE,
          name: 42,
          accountType: 'RESELLER',
          requireRemoteSupportApproval: 'yes',
        }),
      ),
    ).to.deep.equal([
      '/name invalid-type',
      '/accountType not-allowed-value',
      '/requireRemoteSupportApproval invalid-type',
    ]);
  });

  it('does not accept null for an optional property that is not nullable', () => {
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, tenantId: null }))).to.deep.equal([
      '/tenantId invalid-type',
    ]);
  });

  it('counts the name in code points after trimming', () => {
    expect(validateCreateOrganization({ ...VALID_CREATE, name: ` ${'🏢'.repeat(100)} ` })).to.deep.equal([]);
    const errors = validateCreateOrganization({ ...VALID_CREATE, name: '🏢'.repeat(101) });
    expect(errors).to.deep.equal([{ pointer: '/name', code: 'too-long', message: 'Must be at most 100 characters.' }]);
  });

  it('rejects control characters in nested names', () => {
    expect(
      codes(validateCreateOrganization({ ...VALID_CREATE, owner: { ...VALID_CREATE.owner, lastName: 'T\u0007an' } })),
    ).to.deep.equal(['/owner/lastName invalid-format']);
  });

  it('reports unassigned country codes, including in the billing address', () => {
    const errors = validateCreateOrganization({
      ...VALID_CREATE,
      countryCode: 'XX',
      billing: {
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: { street1: '1 Raffles Place', city: 'Singapore', countryCode: 'AA' },
      },
    });
    expect(codes(errors)).to.deep.equal([
      '/countryCode country-unknown',
      '/billing/address/countryCode country-unknown',
    ]);
    expect(errors[0]?.message).to.equal('XX is not an ISO country code.');
  });

  it('reports a currency the domain has not enabled, only when capabilities are given', () => {
    const body = { ...VALID_CREATE, currencyCode: 'JPY' };
    expect(validateCreateOrganization(body)).to.deep.equal([]);
    expect(validateCreateOrganization(body, CAPABILITIES)).to.deep.equal([
      { pointer: '/currencyCode', code: 'currency-not-enabled', message: 'JPY is not enabled for this domain.' },
    ]);
  });

  it('reports four buyer tags as too many', () => {
    const buyerTags = ['CustomerRef', 'BillingRef', 'TypeRef', 'CustomerRef'].map((key, i) => ({
      key,
      value: `v${i}`,
    }));
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, buyerTags }, CAPABILITIES))).to.deep.equal([
      '/buyerTags too-many-items',
      '/buyerTags/3/key duplicate-key',
    ]);
  });

  it('applies a domain limit below three buyer tags', () => {
    const buyerTags = [
      { key: 'CustomerRef', value: 'a' },
      { key: 'TypeRef', value: 'b' },
    ];
    const errors = validateCreateOrganization({ ...VALID_CREATE, buyerTags }, { ...CAPABILITIES, maxBuyerTags: 1 });
    expect(errors).to.deep.equal([
      { pointer: '/buyerTags', code: 'too-many-items', message: 'Add at most 1 buyer tag.' },
    ]);
  });

  it('points at the repeated key of a duplicate buyer tag', () => {
    const buyerTags = [
      { key: 'CustomerRef', value: 'a' },
      { key: 'CustomerRef', value: 'b' },
    ];
    const errors = validateCreateOrganization({ ...VALID_CREATE, buyerTags });
    expect(errors).to.deep.equal([
      { pointer: '/buyerTags/1/key', code: 'duplicate-key', message: 'Each buyer tag key may be used only once.' },
    ]);
  });

  it('reports buyer tag keys the domain does not offer', () => {
    const buyerTags = [{ key: 'ProjectRef', value: 'a' }];
    expect(validateCreateOrganization({ ...VALID_CREATE, buyerTags })).to.deep.equal([]);
    expect(codes(validateCreateOrganization({ ...VALID_CREATE, buyerTags }, CAPABILITIES))).to.deep.equal([
      '/buyerTags/0/key buyer-tag-key-not-allowed',
    ]);
  });

  it('requires an owner for a customer-managed organization only', () => {
    const { owner: _owner, ...withoutOwner } = VALID_CREATE;
    expect(validateCreateOrganization(withoutOwner)).to.deep.equal([
      { pointer: '/owner', code: 'owner-required', message: "Enter the owner's email, first name and last name." },
    ]);
    expect(validateCreateOrganization({ ...withoutOwner, managedBy: 'SERVICE_PROVIDER' })).to.deep.equal([]);
  });

  it('reports every field error at once, with the business rule last', () => {
    const { owner: _owner, ...withoutOwner } = VALID_CREATE;
    const errors = validateCreateOrganization(
      { ...withoutOwner, name: '', countryCode: 'XX', currencyCode: 'JPY', extra: true },
      CAPABILITIES,
    );
    expect(codes(errors)).to.deep.equal([
      '/name too-short',
      '/countryCode country-unknown',
      '/extra unknown-field',
      '/currencyCode currency-not-enabled',
      '/owner owner-required',
    ]);
    const { validation, businessRules } = splitBusinessRuleErrors(errors);
    expect(validation).to.have.length(4);
    expect(codes(businessRules)).to.deep.equal(['/owner owner-required']);
  });

  it('reports a body that is not an object at the root pointer', () => {
    expect(codes(validateCreateOrganization('Acme'))).to.deep.equal([' invalid-type']);
    expect(codes(validateCreateOrganization(null))).to.deep.equal([' invalid-type']);
  });
});

describe('validateOrganizationPatch', () => {
  it('accepts name and countryCode', () => {
    expect(validateOrganizationPatch({ name: 'Acme Singapore Pte Ltd', countryCode: 'MY' })).to.deep.equal([]);
  });

  it('needs at least one property', () => {
    expect(validateOrganizationPatch({})).to.deep.equal([
      { pointer: '', code: 'too-short', message: 'Change at least one field.' },
    ]);
  });

  it('tells fields of Organization that cannot be patched from unknown keys', () => {
    expect(
      codes(validateOrganizationPatch({ managedBy: 'CUSTOMER', buyerTags: [], version: 3, colour: 'red' })),
    ).to.deep.equal([
      '/managedBy field-not-patchable',
      '/buyerTags field-not-patchable',
      '/version field-not-patchable',
      '/colour unknown-field',
    ]);
  });

  it('leaves immutable fields to immutableFieldsIn, even with an unchanged value', () => {
    const patch = { name: 'Acme', tenantId: 'acme-sg', createdAt: '2024-11-02T03:15:00Z' };
    expect(validateOrganizationPatch(patch)).to.deep.equal([]);
    expect(immutableFieldsIn(patch)).to.deep.equal(['tenantId', 'createdAt']);
    expect(immutableFieldErrors({ tenantId: 'x' })).to.deep.equal([
      { pointer: '/tenantId', code: 'immutable-field', message: 'Tenant ID cannot be changed.' },
    ]);
    expect(immutableFieldsIn({ name: 'Acme' })).to.deep.equal([]);
    expect(immutableFieldsIn('not an object')).to.deep.equal([]);
  });

  it('does not accept null, which would delete the field in a merge patch', () => {
    expect(codes(validateOrganizationPatch({ name: null }))).to.deep.equal(['/name invalid-type']);
  });

  it('validates the values it accepts', () => {
    expect(codes(validateOrganizationPatch({ name: 'a'.repeat(101), countryCode: 'AA' }))).to.deep.equal([
      '/name too-long',
      '/countryCode country-unknown',
    ]);
  });
});

describe('validateBilling', () => {
  it('accepts omitted or null optional properties', () => {
    expect(validateBilling({ billingName: 'Acme', billingEmail: 'billing@acme.sg' })).to.deep.equal([]);
    expect(
      validateBilling({
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: null,
        taxRegistrationNumber: null,
      }),
    ).to.deep.equal([]);
    expect(
      validateBilling({
        billingName: 'Acme',
        billingEmail: 'billing@acme.sg',
        address: {
          street1: '1 Raffles Place',
          street2: null,
          city: 'Singapore',
          stateOrProvince: null,
          postCode: null,
          countryCode: 'SG',
        },
      }),
    ).to.deep.equal([]);
  });

  it('points into the address', () => {
    expect(
      codes(
        validateBilling({
          billingName: 'Acme',
          billingEmail: 'not-an-email',
          address: { street1: '', city: 'Singapore', postCode: '04861#', countryCode: 'SG', floor: 3 },
          taxRegistrationNumber: 'GST_1',
        }),
      ),
    ).to.deep.equal([
      '/billingEmail invalid-format',
      '/address/street1 too-short',
      '/address/postCode invalid-format',
      '/address/floor unknown-field',
      '/taxRegistrationNumber invalid-format',
    ]);
  });

  it('reports a missing billing email as required', () => {
    expect(codes(validateBilling({ billingName: 'Acme' }))).to.deep.equal(['/billingEmail required']);
  });
});

describe('validateBuyerTags', () => {
  const tags = [
    { key: 'CustomerRef', value: 'CRM-1' },
    { key: 'CustomerRef', value: 'CRM-2' },
  ];

  it('gives the same body pointers for the body and for the bare list', () => {
    expect(codes(validateBuyerTags({ buyerTags: tags }))).to.deep.equal(['/buyerTags/1/key duplicate-key']);
    expect(codes(validateBuyerTags(tags))).to.deep.equal(['/buyerTags/1/key duplicate-key']);
  });

  it('accepts an empty list, which clears the tags', () => {
    expect(validateBuyerTags([], CAPABILITIES)).to.deep.equal([]);
  });

  it('applies the domain keys and limit', () => {
    expect(
      codes(validateBuyerTags([{ key: 'OrderRef', value: 'x' }], { ...CAPABILITIES, maxBuyerTags: 0 })),
    ).to.deep.equal(['/buyerTags too-many-items', '/buyerTags/0/key buyer-tag-key-not-allowed']);
  });

  it('requires the buyerTags property of the body', () => {
    expect(codes(validateBuyerTags({}))).to.deep.equal(['/buyerTags required']);
  });
});

describe('validateOwnershipChange', () => {
  it('reports a missing new owner as owner-required', () => {
    expect(validateOwnershipChange({ to: 'CUSTOMER', requireRemoteSupportApproval: false })).to.deep.equal([
      {
        pointer: '/newOwner',
        code: 'owner-required',
        message: 'Choose an existing member or invite a new person as the owner.',
      },
    ]);
  });

  it('reports a missing former-owner role as former-owner-role-required', () => {
    expect(codes(validateOwnershipChange({ to: 'SERVICE_PROVIDER' }))).to.deep.equal([
      '/formerOwnerRole former-owner-role-required',
    ]);
  });

  it('validates the discriminator', () => {
    expect(codes(validateOwnershipChange({}))).to.deep.equal(['/to required']);
    const errors = validateOwnershipChange({ to: 'RESELLER' });
    expect(codes(errors)).to.deep.equal(['/to not-allowed-value']);
    expect(errors[0]?.message).to.equal('Choose one of: CUSTOMER, SERVICE_PROVIDER.');
  });

  it('validates the new owner by kind', () => {
    expect(
      codes(
        validateOwnershipChange({
          to: 'CUSTOMER',
          newOwner: { kind: 'NEW_PERSON', email: 'ada@acme', firstName: 'Ada' },
        }),
      ),
    ).to.deep.equal(['/newOwner/email invalid-format', '/newOwner/lastName required']);
    expect(
      codes(validateOwnershipChange({ to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: 'nope' } })),
    ).to.deep.equal(['/newOwner/memberId invalid-format']);
    expect(codes(validateOwnershipChange({ to: 'CUSTOMER', newOwner: { kind: 'ROBOT' } }))).to.deep.equal([
      '/newOwner/kind not-allowed-value',
    ]);
  });

  it('rejects fields of the other branch and roles the former owner cannot take', () => {
    expect(
      codes(
        validateOwnershipChange({
          to: 'SERVICE_PROVIDER',
          formerOwnerRole: 'OWNER',
          requireRemoteSupportApproval: true,
        }),
      ),
    ).to.deep.equal(['/formerOwnerRole not-allowed-value', '/requireRemoteSupportApproval unknown-field']);
  });
});

describe('validateSuspend', () => {
  it('requires a reason from the list', () => {
    expect(codes(validateSuspend({}))).to.deep.equal(['/reason required']);
    expect(codes(validateSuspend({ reason: 'BORED' }))).to.deep.equal(['/reason not-allowed-value']);
  });

  it('allows line breaks but not other control characters in the note', () => {
    expect(validateSuspend({ reason: 'OTHER', note: 'Line one\nLine two\tend' })).to.deep.equal([]);
    expect(codes(validateSuspend({ reason: 'OTHER', note: 'bell\u0007' }))).to.deep.equal(['/note invalid-format']);
  });

  it('limits the note to 500 characters and rejects a blank one', () => {
    expect(codes(validateSuspend({ reason: 'OTHER', note: 'x'.repeat(501) }))).to.deep.equal(['/note too-long']);
    expect(codes(validateSuspend({ reason: 'OTHER', note: '   ' }))).to.deep.equal(['/note too-short']);
  });
});

describe('remote-support validators', () => {
  const shortGrants = { ...CAPABILITIES, remoteSupport: { defaultGrantMinutes: 60, maxGrantMinutes: 240 } };

  it('keeps requested minutes within 15 and the domain maximum', () => {
    expect(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 240 }, shortGrants)).to.deep.equal([]);
    expect(codes(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 14 }))).to.deep.equal([
      '/requestedMinutes out-of-range',
    ]);
    expect(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 241 }, shortGrants)).to.deep.equal([
      { pointer: '/requestedMinutes', code: 'out-of-range', message: 'Must be between 15 and 240 minutes.' },
    ]);
    expect(codes(validateRemoteSupportRequest({ reason: 'TCK-1', requestedMinutes: 241 }))).to.deep.equal([]);
  });

  it('requires whole minutes and a reason', () => {
    expect(codes(validateRemoteSupportRequest({ requestedMinutes: 30.5 }))).to.deep.equal([
      '/reason required',
      '/requestedMinutes invalid-type',
    ]);
  });

  it('accepts an approval without a body and checks its minutes', () => {
    expect(validateApprove(undefined)).to.deep.equal([]);
    expect(validateApprove({})).to.deep.equal([]);
    expect(codes(validateApprove({ minutes: 300 }, shortGrants))).to.deep.equal(['/minutes out-of-range']);
    expect(codes(validateApprove({ minutes: 60, note: 'ok' }))).to.deep.equal(['/note unknown-field']);
  });

  it('accepts a rejection without a body and checks its note', () => {
    expect(validateReject(undefined)).to.deep.equal([]);
    expect(codes(validateReject({ note: '' }))).to.deep.equal(['/note too-short']);
  });
});

describe('problems', () => {
  it('carries exactly the contract catalogue: 26 slugs with their statuses and fixed titles', () => {
    expect(PROBLEM_CATALOGUE).to.deep.equal(CONTRACT_CATALOGUE);
    expect(PROBLEM_SLUGS).to.have.length(26);
    expect(PROBLEM_SLUGS.map(problemTypeOf)).to.deep.equal(CONTRACT_PROBLEM_TYPES);
    expect(PROBLEM_CATALOGUE.validation).to.deep.equal({ status: 422, title: 'Organization is invalid.' });
    expect(PROBLEM_CATALOGUE['invalid-state-transition'].title).to.equal(
      "Action is not allowed in the organization's current status.",
    );
    expect(PROBLEM_CATALOGUE['precondition-required'].status).to.equal(428);
  });

  it('maps between slugs and type URIs', () => {
    expect(problemTypeOf('not-found')).to.equal(`${PROBLEM_TYPE_BASE}not-found`);
    expect(problemSlugOf('https://errors.sales-hub.example/etag-mismatch')).to.equal('etag-mismatch');
    expect(problemSlugOf('https://errors.sales-hub.example/teapot')).to.equal(null);
    expect(problemSlugOf('about:blank')).to.equal(null);
  });

  it('rejects a problem whose type is not in the catalogue', () => {
    const problem = {
      type: `${PROBLEM_TYPE_BASE}teapot`,
      title: 'I am a teapot.',
      status: 418,
      detail: 'Short and stout.',
      instance: '/x',
      requestId: 'r1',
    };
    expect(codes(validateWith(Problem, problem))).to.deep.equal(['/type not-allowed-value']);
  });
});

describe('response schemas', () => {
  const organization = CONTRACT_EXAMPLES.find(([name]) => name === 'Organization')?.[2] as Record<string, unknown>;

  it('require every property, as responses always carry them', () => {
    const { billing: _billing, ...withoutBilling } = organization;
    expect(codes(validateWith(Organization, withoutBilling))).to.deep.equal(['/billing required']);
    expect(validateWith(Organization, { ...organization, billing: null, profilePictureUrl: null })).to.deep.equal([]);
  });

  it('drop properties the contract does not name instead of failing', () => {
    const parsed = Organization.parse({ ...organization, futureField: 1 });
    expect('futureField' in parsed).to.equal(false);
  });

  it('reject a picture URL that is not https', () => {
    expect(
      codes(validateWith(Organization, { ...organization, profilePictureUrl: 'http://cdn.example/x.png' })),
    ).to.deep.equal(['/profilePictureUrl invalid-format']);
  });
});
