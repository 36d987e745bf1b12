import * as z from 'zod/mini';
import { intRange, text, uniqueList } from './checks.js';
import { AccountType, Permission, SubscriptionModel } from './enums.js';
import { BuyerTagKey, CurrencyCode, TENANT_ID_PATTERN, Uuid } from './primitives.js';

export const Me = z.object({
  userId: Uuid,
  displayName: text(1, 101),
  /** The caller's own organization, the root of its scope. */
  organizationUuid: Uuid,
  /** The complete set the server enforces for this caller. */
  permissions: uniqueList(Permission, 8),
});
export type Me = z.infer<typeof Me>;

/**
 * The caller's domain. The contract's invariant (isLegacy=false ⇒ [LICENSE], isLegacy=true ⇒ [APP, LICENSE])
 * is not enforced here, so a drifting server does not break every screen; `allowedSubscriptionModels()` in
 * sdk/rules reconciles the two.
 */
export const DomainCapabilities = z.object({
  domainId: text(1, 64, TENANT_ID_PATTERN, "Use letters, digits, '.', '_' or '-'."),
  isLegacy: z.boolean(),
  allowedSubscriptionModels: uniqueList(SubscriptionModel, 2, 1),
  creatableAccountTypes: uniqueList(AccountType, 5),
  enabledCurrencies: uniqueList(CurrencyCode, 200, 1),
  buyerTagKeys: uniqueList(BuyerTagKey, 20),
  maxBuyerTags: intRange(0, 3),
  /** 0 means DELETE purges at once (204). */
  deletionGraceDays: intRange(0, 365),
  remoteSupport: z.object({
    defaultGrantMinutes: intRange(15, 10080),
    maxGrantMinutes: intRange(15, 10080),
  }),
});
export type DomainCapabilities = z.infer<typeof DomainCapabilities>;
