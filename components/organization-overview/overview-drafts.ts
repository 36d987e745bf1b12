/**
 * The drafts the three sections edit, how each becomes a request body, and how two copies of an organization
 * differ in a section's fields (for the conflict view). Pure functions, no DOM.
 */
import { ADDRESS_KEYS } from '../base/address-fields.js';
import {
  validateBilling,
  validateOrganizationPatch,
  type BillingInput,
  type BuyerTag,
  type FieldError,
  type Organization,
  type OrganizationPatch,
} from '../../sdk/index.js';

export type SectionId = 'information' | 'billing' | 'buyer-tags';

// ── Organization Information ────────────────────────────────────────────────────────────────────────────

export interface InformationDraft {
  name: string;
  countryCode: string;
}

export const informationDraft = (org: Organization): InformationDraft => ({
  name: org.name,
  countryCode: org.countryCode,
});

/**
 * A merge patch of the fields the person changed since `origin` that differ from `org` (the latest copy), so
 * re-applying after a conflict never sends back a field someone else changed and the person did not touch.
 * The server refuses an empty patch: none means no request.
 */
export function informationPatch(
  org: Organization,
  draft: InformationDraft,
  origin: Organization = org,
): OrganizationPatch {
  const patch: OrganizationPatch = {};
  const name = draft.name.normalize('NFC').trim();
  if (name !== origin.name && name !== org.name) patch.name = name;
  if (draft.countryCode !== origin.countryCode && draft.countryCode !== org.countryCode)
    patch.countryCode = draft.countryCode;
  return patch;
}

export const validateInformation = (draft: InformationDraft): FieldError[] =>
  validateOrganizationPatch({ name: draft.name, countryCode: draft.countryCode });

// ── Billing Information ─────────────────────────────────────────────────────────────────────────────────

export interface BillingDraft {
  billingName: string;
  billingEmail: string;
  street1: string;
  street2: string;
  city: string;
  stateOrProvince: string;
  postCode: string;
  countryCode: string;
  taxRegistrationNumber: string;
}

export function billingDraft(org: Organization): BillingDraft {
  const b = org.billing;
  const a = b?.address;
  return {
    billingName: b?.billingName ?? '',
    billingEmail: b?.billingEmail ?? '',
    street1: a?.street1 ?? '',
    street2: a?.street2 ?? '',
    city: a?.city ?? '',
    stateOrProvince: a?.stateOrProvince ?? '',
    postCode: a?.postCode ?? '',
    countryCode: a?.countryCode ?? '',
    taxRegistrationNumber: b?.taxRegistrationNumber ?? '',
  };
}

const blank = (s: string): boolean => s.trim() === '';
/** A required text: an empty field is left out, so the validator says "required" rather than "too short". */
const required = (s: string): string | undefined => (blank(s) ? undefined : s);
const optional = (s: string): string | null => (blank(s) ? null : s);

/** The `PUT …/billing` body: a full replace; an address with every field empty is no address. */
export function billingInput(draft: BillingDraft): BillingInput {
  const hasAddress = ADDRESS_KEYS.some((key) => !blank(draft[key]));
  const body: Record<string, unknown> = {
    billingName: required(draft.billingName),
    billingEmail: required(draft.billingEmail),
    address: hasAddress
      ? {
          street1: required(draft.street1),
          street2: optional(draft.street2),
          city: required(draft.city),
          stateOrProvince: optional(draft.stateOrProvince),
          postCode: optional(draft.postCode),
          countryCode: required(draft.countryCode),
        }
      : null,
    taxRegistrationNumber: optional(draft.taxRegistrationNumber),
  };
  return JSON.parse(JSON.stringify(body)) as BillingInput;
}

export const validateBillingDraft = (draft: BillingDraft): FieldError[] => validateBilling(billingInput(draft));

// ── Buyer Tags ──────────────────────────────────────────────────────────────────────────────────────────

// ── Conflict diff ───────────────────────────────────────────────────────────────────────────────────────

/** One changed field of a section: its label key and both values as shown to people. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export interface DiffFormat {
  label(key: 'name' | 'country' | 'billingName' | 'billingEmail' | 'address' | 'tax' | 'buyerTags'): string;
  country(code: string): string;
  none: string;
}

export function formatAddress(org: Organization, format: Pick<DiffFormat, 'country'>): string {
  const a = org.billing?.address;
  if (!a) return '';
  return [a.street1, a.street2, a.city, a.stateOrProvince, a.postCode, format.country(a.countryCode)]
    .filter(Boolean)
    .join(', ');
}

const formatTags = (tags: readonly BuyerTag[]): string => tags.map((t) => `${t.key}=${t.value}`).join(', ');

/** The fields of `section` that differ between `before` and `after`. */
export function sectionChanges(
  section: SectionId,
  before: Organization,
  after: Organization,
  format: DiffFormat,
): FieldChange[] {
  const rows: [string, string, string][] = [];
  switch (section) {
    case 'information':
      rows.push([format.label('name'), before.name, after.name]);
      rows.push([format.label('country'), format.country(before.countryCode), format.country(after.countryCode)]);
      break;
    case 'billing':
      rows.push([format.label('billingName'), before.billing?.billingName ?? '', after.billing?.billingName ?? '']);
      rows.push([format.label('billingEmail'), before.billing?.billingEmail ?? '', after.billing?.billingEmail ?? '']);
      rows.push([format.label('address'), formatAddress(before, format), formatAddress(after, format)]);
      rows.push([
        format.label('tax'),
        before.billing?.taxRegistrationNumber ?? '',
        after.billing?.taxRegistrationNumber ?? '',
      ]);
      break;
    case 'buyer-tags':
      rows.push([format.label('buyerTags'), formatTags(before.buyerTags), formatTags(after.buyerTags)]);
      break;
  }
  return rows
    .filter(([, from, to]) => from !== to)
    .map(([field, from, to]) => ({ field, from: from || format.none, to: to || format.none }));
}
