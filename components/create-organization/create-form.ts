import {
  allowedSubscriptionModels,
  normalizePhoneNumber,
  type AccountType,
  type CreateOrganizationRequest,
  type DomainCapabilities,
  type ManagedBy,
  type SubscriptionModel,
} from '../../sdk/index.js';
import { ADDRESS_KEYS, type AddressKey } from '../base/address-fields.js';
import {
  buyerTagsDraft,
  NEW_TAG_KEY,
  NEW_TAG_VALUE,
  tagsToValidate,
  type BuyerTagsDraft,
} from '../tag-editor/tag-editor-template.js';

/** The billing address as typed; `countryCode` is null while it follows the organization's country. */
export type AddressState = Record<Exclude<AddressKey, 'countryCode'>, string> & { countryCode: string | null };

/** What the person has typed and chosen in the "Create Organization" form. */
export interface FormState {
  name: string;
  accountType: AccountType | '';
  subscriptionModel: SubscriptionModel;
  managedBy: ManagedBy;
  countryCode: string;
  currencyCode: string;
  tenantId: string;
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  billingOpen: boolean;
  /** null while the billing name follows the organization name (the person has not edited it). */
  billingName: string | null;
  /** null while the billing email follows the owner's email. */
  billingEmail: string | null;
  taxNumber: string;
  address: AddressState;
  /** The buyer tags and the tag being composed in the add row. */
  buyerTags: BuyerTagsDraft;
  requireApproval: boolean;
}

export const EMPTY: FormState = {
  name: '',
  accountType: '',
  subscriptionModel: 'LICENSE',
  managedBy: 'CUSTOMER',
  countryCode: '',
  currencyCode: '',
  tenantId: '',
  firstName: '',
  lastName: '',
  email: '',
  mobile: '',
  billingOpen: false,
  billingName: null,
  billingEmail: null,
  taxNumber: '',
  address: { street1: '', street2: '', city: '', stateOrProvince: '', postCode: '', countryCode: null },
  buyerTags: buyerTagsDraft([]),
  requireApproval: true,
};

/** The pointers that have a field (and a message slot) of their own in the form. */
const KNOWN_POINTERS: ReadonlySet<string> = new Set([
  '/name',
  '/accountType',
  '/subscriptionModel',
  '/managedBy',
  '/countryCode',
  '/currencyCode',
  '/tenantId',
  '/owner',
  '/owner/firstName',
  '/owner/lastName',
  '/owner/email',
  '/owner/mobileNumber',
  '/billing/billingName',
  '/billing/billingEmail',
  '/billing/taxRegistrationNumber',
  ...ADDRESS_KEYS.map((key) => `/billing/address/${key}`),
  '/buyerTags',
  NEW_TAG_KEY,
  NEW_TAG_VALUE,
  '/requireRemoteSupportApproval',
]);

/** Where an error is shown: its own field, the buyer-tag list for `/buyerTags/…`, else the banner. */
export function fieldPointer(pointer: string): string | undefined {
  if (KNOWN_POINTERS.has(pointer)) return pointer;
  if (pointer.startsWith('/buyerTags/')) return '/buyerTags';
  if (pointer === '/owner' || pointer.startsWith('/owner/')) return '/owner';
  if (pointer === '/billing/address') return '/billing/address/street1';
  return undefined;
}

/** The request body a form stands for: what is validated as the person types, and what is sent. */
export function toCreateRequest(f: FormState, caps: DomainCapabilities | undefined): CreateOrganizationRequest {
  const models = caps ? allowedSubscriptionModels(caps) : [];
  // An empty text box is a missing value (the validator then says "required", not "too short").
  const v = (s: string) => (s.trim() === '' ? undefined : s);
  const input: Record<string, unknown> = {
    name: v(f.name),
    accountType: f.accountType || undefined,
    subscriptionModel: models.includes(f.subscriptionModel) ? f.subscriptionModel : models[0],
    managedBy: f.managedBy,
    countryCode: f.countryCode || undefined,
    currencyCode: f.currencyCode || undefined,
  };
  if (f.tenantId.trim()) input.tenantId = f.tenantId;
  const ownerTyped = [f.firstName, f.lastName, f.email, f.mobile].some((v) => v.trim() !== '');
  if (f.managedBy === 'CUSTOMER' || ownerTyped) {
    const mobile = f.mobile.trim();
    input.owner = {
      firstName: v(f.firstName),
      lastName: v(f.lastName),
      email: v(f.email),
      ...(mobile ? { mobileNumber: normalizePhoneNumber(mobile) ?? mobile } : {}),
    };
  }
  if (f.billingOpen) {
    input.billing = {
      billingName: v(f.billingName ?? f.name),
      billingEmail: v(f.billingEmail ?? f.email),
      ...(f.taxNumber.trim() ? { taxRegistrationNumber: f.taxNumber } : {}),
      ...(addressTyped(f.address) ? { address: addressOf(f) } : {}),
    };
  }
  const tags = tagsToValidate(f.buyerTags);
  if (tags.length > 0) input.buyerTags = tags;
  if (f.managedBy === 'CUSTOMER') input.requireRemoteSupportApproval = f.requireApproval;
  return input as CreateOrganizationRequest;
}

/** Whether the person filled in any address field (the country counts once they chose one themselves). */
export const addressTyped = (a: AddressState): boolean => ADDRESS_KEYS.some((key) => !!a[key]?.trim());

/** The address fields as shown: the country follows the organization's until the person edits it. */
export const addressView = (f: FormState): Record<AddressKey, string> => ({
  ...f.address,
  countryCode: f.address.countryCode ?? f.countryCode,
});

/** The `PostalAddress` the fields stand for: empty optional lines left out, empty required ones missing (so "required"). */
function addressOf(f: FormState): Record<string, string> {
  const entries = Object.entries(addressView(f)).filter(([, value]) => value.trim() !== '');
  return Object.fromEntries(entries);
}
