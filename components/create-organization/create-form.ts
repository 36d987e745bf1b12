import {
  allowedSubscriptionModels,
  normalizePhoneNumber,
  type AccountType,
  type BuyerTag,
  type CreateOrganizationRequest,
  type DomainCapabilities,
  type ManagedBy,
  type SubscriptionModel,
} from '../../sdk/index.js';

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
  buyerTags: BuyerTag[];
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
  buyerTags: [],
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
  '/buyerTags',
  '/requireRemoteSupportApproval',
]);

/** Where an error is shown: its own field, the buyer-tag list for `/buyerTags/…`, else the banner. */
export function fieldPointer(pointer: string): string | undefined {
  if (KNOWN_POINTERS.has(pointer)) return pointer;
  if (pointer.startsWith('/buyerTags/')) return '/buyerTags';
  if (pointer === '/owner' || pointer.startsWith('/owner/')) return '/owner';
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
    if (f.tenantId.trim()) input['tenantId'] = f.tenantId;
    const ownerTyped = [f.firstName, f.lastName, f.email, f.mobile].some((v) => v.trim() !== '');
    if (f.managedBy === 'CUSTOMER' || ownerTyped) {
      const mobile = f.mobile.trim();
      input['owner'] = {
        firstName: v(f.firstName),
        lastName: v(f.lastName),
        email: v(f.email),
        ...(mobile ? { mobileNumber: normalizePhoneNumber(mobile) ?? mobile } : {}),
      };
    }
    if (f.billingOpen) {
      input['billing'] = {
        billingName: v(f.billingName ?? f.name),
        billingEmail: v(f.billingEmail ?? f.email),
        ...(f.taxNumber.trim() ? { taxRegistrationNumber: f.taxNumber } : {}),
      };
    }
    if (f.buyerTags.length > 0) input['buyerTags'] = f.buyerTags;
    if (f.managedBy === 'CUSTOMER') input['requireRemoteSupportApproval'] = f.requireApproval;
    return input as CreateOrganizationRequest;
  }
