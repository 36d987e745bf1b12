import type { AccountType, NodeTier } from '../schemas/enums.js';

/** The tier is derived, never stored: only SERVICE_PROVIDER and CPAAS_TELCO organizations can have children. */
export function tierOf(accountType: AccountType): NodeTier {
  return accountType === 'SERVICE_PROVIDER' || accountType === 'CPAAS_TELCO' ? 'SUPERNODE' : 'NODE';
}
