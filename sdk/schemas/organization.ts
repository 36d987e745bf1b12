import * as z from 'zod/mini';
import { containerRule, intRange, list, text, uniqueList } from './checks.js';
import { AccountType, ManagedBy, NodeTier, OrganizationStatus, SearchKey, SubscriptionModel, SuspensionReason } from './enums.js';
import {
  BuyerTagKey,
  CountryCode,
  CurrencyCode,
  Cursor,
  E164,
  Email,
  ExternalContractId,
  HttpsUrl,
  NO_CONTROL_PATTERN,
  OrganizationName,
  PersonName,
  SipUsername,
  TenantId,
  Timestamp,
  Uuid,
} from './primitives.js';

// Response shapes use z.object: every property is required (responses always carry them, null when unset),
// and keys the contract does not name are dropped rather than rejected. Request shapes live in requests.ts.

const ADDRESS_LINE_MESSAGE = 'Must not contain control characters.';
export const AddressLine = text(1, 100, NO_CONTROL_PATTERN, ADDRESS_LINE_MESSAGE);
export const CityName = text(1, 60, NO_CONTROL_PATTERN, ADDRESS_LINE_MESSAGE);
export const PostCode = text(1, 16, /^[A-Za-z0-9 -]+$/, 'Use letters, digits, spaces or hyphens.');
export const TaxRegistrationNumber = text(1, 50, /^[A-Za-z0-9 .\/-]+$/, "Use letters, digits, spaces, '.', '/' or '-'.");

/** Response form: every property present, unset ones null. May differ from the organization's country. */
export const PostalAddress = z.object({
  street1: AddressLine,
  street2: z.nullable(AddressLine),
  city: CityName,
  stateOrProvince: z.nullable(CityName),
  postCode: z.nullable(PostCode),
  countryCode: CountryCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** Response form of billing details. */
export const BillingInfo = z.object({
  billingName: OrganizationName,
  billingEmail: Email,
  address: z.nullable(PostalAddress),
  taxRegistrationNumber: z.nullable(TaxRegistrationNumber),
});
export type BillingInfo = z.infer<typeof BillingInfo>;

const BUYER_TAG_VALUE_PATTERN =
  /^[^\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]*[^\s\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF][^\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]*$/u;

/** Strict in both directions: the contract closes it (`additionalProperties: false`), and requests reuse it. */
export const BuyerTag = z.strictObject({
  key: BuyerTagKey,
  value: text(1, 64, BUYER_TAG_VALUE_PATTERN, 'Use printable characters only.'),
});
export type BuyerTag = z.infer<typeof BuyerTag>;

/** The contract's cap on any buyer-tag list; a domain may lower it with `maxBuyerTags`. */
export const MAX_BUYER_TAGS = 3;

/** Up to three tags with unique keys; each repeated key is reported at `/…/i/key`. */
export const BuyerTagList = list(BuyerTag, MAX_BUYER_TAGS, 'buyer tags').check(
  containerRule<unknown[]>(Array.isArray, (tags, report) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      const key = (tag as { key?: unknown } | null)?.key;
      if (typeof key !== 'string') return;
      if (seen.has(key)) report('duplicate-key', 'Each buyer tag key may be used only once.', [index, 'key']);
      seen.add(key);
    });
  }),
);
export type BuyerTagList = z.infer<typeof BuyerTagList>;

export const RemoteSupportPolicy = z.strictObject({
  approvalRequired: z.boolean(),
});
export type RemoteSupportPolicy = z.infer<typeof RemoteSupportPolicy>;

export const MemberOwner = z.object({
  type: z.literal('MEMBER'),
  memberId: Uuid,
  email: Email,
  firstName: PersonName,
  lastName: PersonName,
  mobileNumber: z.nullable(E164),
  /** INVITED until the person accepts. */
  status: z.enum(['INVITED', 'ACTIVE']),
});
export type MemberOwner = z.infer<typeof MemberOwner>;

export const AdminOrganizationOwner = z.object({
  type: z.literal('ADMIN_ORGANIZATION'),
  organizationUuid: Uuid,
  name: OrganizationName,
});
export type AdminOrganizationOwner = z.infer<typeof AdminOrganizationOwner>;

/** The OWNER member when managedBy=CUSTOMER; the managing parent when managedBy=SERVICE_PROVIDER. */
export const Owner = z.discriminatedUnion('type', [MemberOwner, AdminOrganizationOwner]);
export type Owner = z.infer<typeof Owner>;

export const Organization = z.object({
  uuid: Uuid,
  tenantId: TenantId,
  name: OrganizationName,
  profilePictureUrl: z.nullable(HttpsUrl),
  status: OrganizationStatus,
  statusReason: z.nullable(SuspensionReason),
  statusNote: z.nullable(text(0, 500)),
  purgeAfter: z.nullable(Timestamp),
  accountType: AccountType,
  tier: NodeTier,
  subscriptionModel: SubscriptionModel,
  managedBy: ManagedBy,
  remoteSupport: RemoteSupportPolicy,
  countryCode: CountryCode,
  currencyCode: CurrencyCode,
  parentUuid: z.nullable(Uuid),
  owner: Owner,
  billing: z.nullable(BillingInfo),
  buyerTags: BuyerTagList,
  purchasedNumbers: uniqueList(E164),
  externalContracts: uniqueList(ExternalContractId),
  sipUsernames: uniqueList(SipUsername),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: intRange(1, Number.MAX_SAFE_INTEGER, 'Must be at least 1.'),
});
export type Organization = z.infer<typeof Organization>;

/** Every property name of Organization, in contract order. */
export const ORGANIZATION_FIELDS = Object.keys(Organization.shape) as readonly (keyof Organization)[];

export const OrganizationSummary = z.object({
  uuid: Uuid,
  name: OrganizationName,
  status: OrganizationStatus,
  accountType: AccountType,
  tier: NodeTier,
  managedBy: ManagedBy,
  countryCode: CountryCode,
  profilePictureUrl: z.nullable(HttpsUrl),
  /** The keys that matched `q`; empty when no `q` was given. */
  matchedOn: uniqueList(SearchKey, 6),
});
export type OrganizationSummary = z.infer<typeof OrganizationSummary>;

export const OrganizationPage = z.object({
  items: list(OrganizationSummary, 100),
  nextCursor: z.nullable(Cursor),
});
export type OrganizationPage = z.infer<typeof OrganizationPage>;
