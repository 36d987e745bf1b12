import type { SubscriptionModel } from '../schemas/enums.js';
import type { DomainCapabilities } from '../schemas/session.js';

type SubscriptionCapabilities = Pick<DomainCapabilities, 'isLegacy' | 'allowedSubscriptionModels'>;

/**
 * The subscription models a create form may offer: legacy domains allow APP and LICENSE, new ones only LICENSE,
 * narrowed to what the domain lists. The server enforces `allowedSubscriptionModels`, so if the two ever
 * contradict each other (an empty intersection) that list wins.
 */
export function allowedSubscriptionModels(capabilities: SubscriptionCapabilities): SubscriptionModel[] {
  const byGeneration: readonly SubscriptionModel[] = capabilities.isLegacy ? ['APP', 'LICENSE'] : ['LICENSE'];
  const both = byGeneration.filter((model) => capabilities.allowedSubscriptionModels.includes(model));
  return both.length > 0 ? both : [...capabilities.allowedSubscriptionModels];
}

/** The model a create request gets when it names none (the contract's default, LICENSE). */
export const DEFAULT_SUBSCRIPTION_MODEL: SubscriptionModel = 'LICENSE';
