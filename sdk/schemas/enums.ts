import * as z from 'zod/mini';

export const ORGANIZATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'PENDING_DELETION'] as const;
export const OrganizationStatus = /* @__PURE__ */ z.enum(ORGANIZATION_STATUSES);
export type OrganizationStatus = z.infer<typeof OrganizationStatus>;

export const ACCOUNT_TYPES = ['SERVICE_PROVIDER', 'CPAAS_TELCO', 'BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER'] as const;
export const AccountType = /* @__PURE__ */ z.enum(ACCOUNT_TYPES);
export type AccountType = z.infer<typeof AccountType>;

export const NODE_TIERS = ['SUPERNODE', 'NODE'] as const;
export const NodeTier = /* @__PURE__ */ z.enum(NODE_TIERS);
export type NodeTier = z.infer<typeof NodeTier>;

export const SUBSCRIPTION_MODELS = ['APP', 'LICENSE'] as const;
export const SubscriptionModel = /* @__PURE__ */ z.enum(SUBSCRIPTION_MODELS);
export type SubscriptionModel = z.infer<typeof SubscriptionModel>;

/** "Managed by": who owns the organization. Independent of the SERVICE_PROVIDER account type. */
export const MANAGED_BY_VALUES = ['CUSTOMER', 'SERVICE_PROVIDER'] as const;
export const ManagedBy = /* @__PURE__ */ z.enum(MANAGED_BY_VALUES);
export type ManagedBy = z.infer<typeof ManagedBy>;

export const SUSPENSION_REASONS = ['NON_PAYMENT', 'FRAUD_OR_ABUSE', 'CUSTOMER_REQUEST', 'COMPLIANCE', 'OTHER'] as const;
export const SuspensionReason = /* @__PURE__ */ z.enum(SUSPENSION_REASONS);
export type SuspensionReason = z.infer<typeof SuspensionReason>;

export const MEMBER_ROLES = ['OWNER', 'ADMIN', 'MEMBER'] as const;
export const MemberRole = /* @__PURE__ */ z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRole>;

export const MEMBER_STATUSES = ['INVITED', 'ACTIVE', 'DISABLED'] as const;
export const MemberStatus = /* @__PURE__ */ z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof MemberStatus>;

export const SEARCH_BY_VALUES = [
  'auto',
  'uuid',
  'name',
  'purchasedNumber',
  'customerReference',
  'externalContract',
  'sipUsername',
] as const;
export const SearchBy = /* @__PURE__ */ z.enum(SEARCH_BY_VALUES);
export type SearchBy = z.infer<typeof SearchBy>;

export const SEARCH_KEYS = [
  'uuid',
  'name',
  'purchasedNumber',
  'customerReference',
  'externalContract',
  'sipUsername',
] as const;
export const SearchKey = /* @__PURE__ */ z.enum(SEARCH_KEYS);
export type SearchKey = z.infer<typeof SearchKey>;

export const REMOTE_SUPPORT_ROLES = ['OWNER', 'SUPER_ADMIN'] as const;
export const RemoteSupportRole = /* @__PURE__ */ z.enum(REMOTE_SUPPORT_ROLES);
export type RemoteSupportRole = z.infer<typeof RemoteSupportRole>;

export const REMOTE_SUPPORT_REQUEST_STATUSES = [
  'PENDING',
  'APPROVED',
  'REJECTED',
  'CANCELLED',
  'EXPIRED',
  'REVOKED',
] as const;
export const RemoteSupportRequestStatus = /* @__PURE__ */ z.enum(REMOTE_SUPPORT_REQUEST_STATUSES);
export type RemoteSupportRequestStatus = z.infer<typeof RemoteSupportRequestStatus>;

export const PERMISSIONS = [
  'organizations:read',
  'organizations:write',
  'organizations:create',
  'organizations:ownership',
  'organizations:status',
  'organizations:delete',
  'remote-support:request',
  'remote-support:approve',
] as const;
export const Permission = /* @__PURE__ */ z.enum(PERMISSIONS);
export type Permission = z.infer<typeof Permission>;

/** The role the former OWNER takes when ownership moves to SERVICE_PROVIDER. */
export const FORMER_OWNER_ROLES = ['ADMIN', 'MEMBER'] as const;
export const FormerOwnerRole = /* @__PURE__ */ z.enum(FORMER_OWNER_ROLES);
export type FormerOwnerRole = z.infer<typeof FormerOwnerRole>;
