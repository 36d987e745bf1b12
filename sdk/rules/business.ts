import type { ManagedBy } from '../schemas/enums.js';
import type { ProblemSlug } from '../schemas/problem.js';
import type { CreateOrganizationRequest, OwnershipChangeRequest } from '../schemas/requests.js';
import type { DomainCapabilities } from '../schemas/session.js';
import type { FieldError } from '../schemas/problem.js';
import { FORMER_OWNER_ROLE_REQUIRED, OWNER_REQUIRED_ON_CREATE, OWNER_REQUIRED_ON_SWITCH } from '../schemas/validate.js';
import { allowedSubscriptionModels, DEFAULT_SUBSCRIPTION_MODEL } from './subscriptions.js';

/**
 * A broken business rule: its own 422 (or 409) problem, evaluated after field validation. When the rule concerns
 * a field, `pointer` and `message` are the single `errors` entry the problem carries (its code is the slug).
 */
export interface RuleViolation {
  slug: ProblemSlug;
  pointer?: string;
  message: string;
}

/** A business rule's field error (shared with the validators) as the problem it becomes on the server. */
const violation = (e: FieldError): RuleViolation => ({
  slug: e.code as ProblemSlug,
  pointer: e.pointer,
  message: e.message,
});

/**
 * The business rules of a create request that passed validation, in the order the server checks them
 * (account type, subscription model, owner); the server answers with the first.
 */
export function creationRuleViolations(
  request: Pick<CreateOrganizationRequest, 'accountType' | 'subscriptionModel' | 'managedBy' | 'owner'>,
  capabilities: Pick<DomainCapabilities, 'creatableAccountTypes' | 'isLegacy' | 'allowedSubscriptionModels'>,
): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!capabilities.creatableAccountTypes.includes(request.accountType)) {
    out.push({
      slug: 'account-type-not-allowed',
      pointer: '/accountType',
      message: `${request.accountType} organizations cannot be created in this domain.`,
    });
  }
  const model = request.subscriptionModel ?? DEFAULT_SUBSCRIPTION_MODEL;
  if (!allowedSubscriptionModels(capabilities).includes(model)) {
    out.push({
      slug: 'subscription-model-not-allowed',
      pointer: '/subscriptionModel',
      message: `The ${model} subscription model is not available in this domain.`,
    });
  }
  if (request.managedBy === 'CUSTOMER' && request.owner === undefined) {
    out.push(violation(OWNER_REQUIRED_ON_CREATE));
  }
  return out;
}

/**
 * The rules of an ownership change that passed validation, given the current "Managed by": `409 ownership-unchanged`
 * first (conflicts precede business rules), then the missing new owner or former-owner role.
 * Member eligibility (`member-not-eligible`) needs the member list and stays with the server.
 */
export function ownershipChangeViolations(request: OwnershipChangeRequest, current: ManagedBy): RuleViolation[] {
  if (request.to === current) {
    return [
      {
        slug: 'ownership-unchanged',
        pointer: '/to',
        message: `The organization is already managed by ${current === 'CUSTOMER' ? 'the customer' : 'the service provider'}.`,
      },
    ];
  }
  if (request.to === 'CUSTOMER' && request.newOwner === undefined) {
    return [violation(OWNER_REQUIRED_ON_SWITCH)];
  }
  if (request.to === 'SERVICE_PROVIDER' && request.formerOwnerRole === undefined) {
    return [violation(FORMER_OWNER_ROLE_REQUIRED)];
  }
  return [];
}

/**
 * `422 approval-not-required` when a remote-support request is pointless: only CUSTOMER-managed organizations
 * that require approval take requests. Null when a request is allowed.
 */
export function remoteSupportRequestViolation(org: {
  managedBy: ManagedBy;
  remoteSupport: { approvalRequired: boolean };
}): RuleViolation | null {
  if (org.managedBy === 'CUSTOMER' && org.remoteSupport.approvalRequired) return null;
  return { slug: 'approval-not-required', message: 'This organization does not require approval for remote support.' };
}
