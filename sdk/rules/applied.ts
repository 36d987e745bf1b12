/**
 * Recognising one's own change after a lost answer. A save whose answer was lost may have been applied; a retry
 * based on the old version then fails with a conflict (412). When the server's copy already holds what was sent,
 * the first attempt was applied: the change is saved, and only a real difference is a conflict.
 */
import type { Organization } from '../schemas/organization.js';
import { normalizeEmail } from '../schemas/primitives.js';
import { normalizeInput } from '../schemas/validate.js';

/** What a change sets, in the shape of an Organization (`{name}`, `{billing}`, `{status, statusReason}`, …). */
export type OrganizationValues = { readonly [K in keyof Organization]?: unknown };

/** Compared as the server stores it: strings normalised as the SDK sends them, e-mail domains in lower case. */
function same(held: unknown, sent: unknown, key: string): boolean {
  if (typeof sent === 'string')
    return typeof held === 'string' && held === (/email$/i.test(key) ? normalizeEmail(sent) : sent);
  if (Array.isArray(sent))
    return Array.isArray(held) && held.length === sent.length && sent.every((v, i) => same(held[i], v, key));
  if (sent !== null && typeof sent === 'object') {
    if (held === null || typeof held !== 'object') return false;
    return Object.entries(sent).every(([k, v]) => same((held as Record<string, unknown>)[k], v, k));
  }
  return held === sent;
}

/**
 * Whether `org` already holds every value of `change`: compared deeply, objects by the keys `change` gives (a key
 * left undefined is not compared), arrays whole and in order.
 */
export function holdsChange(org: Organization, change: OrganizationValues): boolean {
  return same(org, JSON.parse(JSON.stringify(normalizeInput(change))), '');
}

/**
 * Whether `fresh` is `base` plus exactly one change that touched only `fields` (and `updatedAt`): for a change whose
 * result cannot be compared (an uploaded picture gets a URL of the server's choosing), after an attempt whose
 * answer was lost.
 */
export function changedOnlyBy(
  base: Organization,
  fresh: Organization,
  fields: readonly (keyof Organization)[],
): boolean {
  if (fresh.uuid !== base.uuid || fresh.version !== base.version + 1) return false;
  const ignored = new Set<string>([...fields, 'version', 'updatedAt']);
  const differs = fields.some((f) => JSON.stringify(fresh[f]) !== JSON.stringify(base[f]));
  const rest = (o: Organization) => JSON.stringify(Object.entries(o).filter(([k]) => !ignored.has(k)));
  return differs && rest(fresh) === rest(base);
}
