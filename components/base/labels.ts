import type {
  AccountType,
  ManagedBy,
  OrganizationStatus,
  SubscriptionModel,
  SuspensionReason,
} from '../../sdk/index.js';
import type { MessageKey } from '../translations/localize.js';

/** The catalogue keys of the contract's values, shared so every widget names them the same way. */

export const ACCOUNT_TYPE_KEYS: Record<AccountType, MessageKey> = {
  SERVICE_PROVIDER: 'accountTypeServiceProvider',
  CPAAS_TELCO: 'accountTypeCpaasTelco',
  BUSINESS_USER: 'accountTypeBusinessUser',
  HOME_USER: 'accountTypeHomeUser',
  APP_PROVIDER: 'accountTypeAppProvider',
};

export const STATUS_KEYS = {
  ACTIVE: 'statusActive',
  SUSPENDED: 'statusSuspended',
  PENDING_DELETION: 'statusPendingDeletion',
} as const satisfies Record<OrganizationStatus, MessageKey>;

export const MANAGED_BY_KEYS = {
  CUSTOMER: 'managedByCustomer',
  SERVICE_PROVIDER: 'managedByServiceProvider',
} as const satisfies Record<ManagedBy, MessageKey>;

export const SUSPENSION_REASON_KEYS = {
  NON_PAYMENT: 'statusControlReasonNonPayment',
  FRAUD_OR_ABUSE: 'statusControlReasonFraudOrAbuse',
  CUSTOMER_REQUEST: 'statusControlReasonCustomerRequest',
  COMPLIANCE: 'statusControlReasonCompliance',
  OTHER: 'statusControlReasonOther',
} as const satisfies Record<SuspensionReason, MessageKey>;

export const SUBSCRIPTION_KEYS = {
  APP: 'subscriptionApp',
  LICENSE: 'subscriptionLicense',
} as const satisfies Record<SubscriptionModel, MessageKey>;
