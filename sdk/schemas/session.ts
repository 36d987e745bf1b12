import * as z from 'zod/mini';
import { intRange, text, uniqueList } from './checks.js';
import { AccountType, Permission, SubscriptionModel } from './enums.js';
import { MAX_GRANT_MINUTES, MIN_GRANT_MINUTES } from './field-rules.js';
import { BuyerTagKey, CurrencyCode, TENANT_ID_PATTERN, Uuid } from './primitives.js';

export const Me = /* @__PURE__ */ z.object({
  userId: Uuid,
  displayName: /* @__PURE__ */ text(1, 101),
  /** The caller's own organization, the root of its scope. */
  organizationUuid: Uuid,
  /** The complete set the server enforces for this caller. */
  permissions: /* @__PURE__ */ uniqueList(Permission, 8),
});
export interface Me extends z.infer<typeof Me> {}

/**
 * The caller's domain. The contract's invariant (isLegacy=false ⇒ [LICENSE], isLegacy=true ⇒ [APP, LICENSE])
 * is not enforced here, so a drifting server does not break every screen; `allowedSubscriptionModels()` in
 * sdk/rules reconciles the two.
 */
export const DomainCapabilities = /* @__PURE__ */ z.object({
  domainId: /* @__PURE__ */ text(1, 64, TENANT_ID_PATTERN, "Use letters, digits, '.', '_' or '-'."),
  isLegacy: /* @__PURE__ */ z.boolean(),
  allowedSubscriptionModels: /* @__PURE__ */ uniqueList(SubscriptionModel, 2, 1),
  creatableAccountTypes: /* @__PURE__ */ uniqueList(AccountType, 5),
  enabledCurrencies: /* @__PURE__ */ uniqueList(CurrencyCode, 200, 1),
  buyerTagKeys: /* @__PURE__ */ uniqueList(BuyerTagKey, 20),
  maxBuyerTags: /* @__PURE__ */ intRange(0, 3),
  /** 0 means DELETE purges at once (204). */
  deletionGraceDays: /* @__PURE__ */ intRange(0, 365),
  remoteSupport: /* @__PURE__ */ z.object({
    defaultGrantMinutes: /* @__PURE__ */ intRange(MIN_GRANT_MINUTES, MAX_GRANT_MINUTES),
    maxGrantMinutes: /* @__PURE__ */ intRange(MIN_GRANT_MINUTES, MAX_GRANT_MINUTES),
  }),
});
export interface DomainCapabilities extends z.infer<typeof DomainCapabilities> {}
