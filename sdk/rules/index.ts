export { changedOnlyBy, holdsChange } from './applied.js';
export type { OrganizationValues } from './applied.js';
export { allowedActions } from './actions.js';
export type { ActionCaller, ActionSubject, AllowedActions } from './actions.js';
export { creationRuleViolations, ownershipChangeViolations, remoteSupportRequestViolation } from './business.js';
export type { RuleViolation } from './business.js';
export { canTransition, isPurgeDue, isReadOnlyStatus, nextStatus, purgeAfterFor } from './lifecycle.js';
export type { LifecycleAction, Purged } from './lifecycle.js';
export { normalizePhoneNumber } from './phone.js';
export {
  detectSearchKey,
  foldForSearch,
  isValidForSearchBy,
  MAX_QUERY_LENGTH,
  MIN_NAME_QUERY_LENGTH,
  nameMatches,
} from './search-key.js';
export type { DetectedSearchKey } from './search-key.js';
export { allowedSubscriptionModels, DEFAULT_SUBSCRIPTION_MODEL } from './subscriptions.js';
export { tierOf } from './tiers.js';
