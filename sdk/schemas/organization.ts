import * as z from 'zod/mini';
import { containerRule, intRange, list, stringOf, tagged, text, uniqueList } from './checks.js';
import {
  AccountType,
  ManagedBy,
  NodeTier,
  OrganizationStatus,
  SearchKey,
  SubscriptionModel,
  SuspensionReason,
} from './enums.js';
import {
  BuyerTagKey,
  CountryCode,
  CurrencyCode,
  Cursor,
  E164,
  Email,
  ExternalContractId,
  HttpsUrl,
  OrganizationName,
  PersonName,
  SipUsername,
  TenantId,
  Timestamp,
  Uuid,
} from './primitives.js';
import * as F from './field-rules.js';

// Response shapes use z.object: every property is required (responses always carry them, null when unset),
// and keys the contract does not name are dropped rather than rejected. Request shapes live in requests.ts.

export const AddressLine = /* @__PURE__ */ stringOf(F.ADDRESS_LINE);
export const CityName = /* @__PURE__ */ stringOf(F.CITY_NAME);
export const PostCode = /* @__PURE__ */ stringOf(F.POST_CODE);
export const TaxRegistrationNumber = /* @__PURE__ */ stringOf(F.TAX_REGISTRATION_NUMBER);

/** Response form: every property present, unset ones null. May differ from the organization's country. */
export const PostalAddress = /* @__PURE__ */ z.object({
  street1: AddressLine,
  street2: /* @__PURE__ */ z.nullable(AddressLine),
  city: CityName,
  stateOrProvince: /* @__PURE__ */ z.nullable(CityName),
  postCode: /* @__PURE__ */ z.nullable(PostCode),
  countryCode: CountryCode,
});
export interface PostalAddress extends z.infer<typeof PostalAddress> {}

/** Response form of billing details. */
export const BillingInfo = /* @__PURE__ */ z.object({
  billingName: OrganizationName,
  billingEmail: Email,
  address: /* @__PURE__ */ z.nullable(PostalAddress),
  taxRegistrationNumber: /* @__PURE__ */ z.nullable(TaxRegistrationNumber),
});
export interface BillingInfo extends z.infer<typeof BillingInfo> {}

/** Strict in both directions: the contract closes it (`additionalProperties: false`), and requests reuse it. */
export const BuyerTag = /* @__PURE__ */ z.strictObject({
  key: BuyerTagKey,
  value: /* @__PURE__ */ stringOf(F.BUYER_TAG_VALUE),
});
export interface BuyerTag extends z.infer<typeof BuyerTag> {}

export { MAX_BUYER_TAGS } from './field-rules.js';

/** Up to three tags with unique keys; each repeated key is reported at `/…/i/key`. */
export const BuyerTagList = /* @__PURE__ */ list(BuyerTag, F.MAX_BUYER_TAGS, 'buyer tags').check(
  /* @__PURE__ */ containerRule<unknown[]>((v) => Array.isArray(v), F.uniqueBuyerTagKeys),
);
export type BuyerTagList = z.infer<typeof BuyerTagList>;

export const RemoteSupportPolicy = /* @__PURE__ */ z.strictObject({
  approvalRequired: /* @__PURE__ */ z.boolean(),
});
export interface RemoteSupportPolicy extends z.infer<typeof RemoteSupportPolicy> {}

export const MemberOwner = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.enum(['MEMBER']),
  memberId: Uuid,
  email: Email,
  firstName: PersonName,
  lastName: PersonName,
  mobileNumber: /* @__PURE__ */ z.nullable(E164),
  /** INVITED until the person accepts. */
  status: /* @__PURE__ */ z.enum(['INVITED', 'ACTIVE']),
});
export interface MemberOwner extends z.infer<typeof MemberOwner> {}

export const AdminOrganizationOwner = /* @__PURE__ */ z.object({
  type: /* @__PURE__ */ z.enum(['ADMIN_ORGANIZATION']),
  organizationUuid: Uuid,
  name: OrganizationName,
});
export interface AdminOrganizationOwner extends z.infer<typeof AdminOrganizationOwner> {}

/** The OWNER member when managedBy=CUSTOMER; the managing parent when managedBy=SERVICE_PROVIDER. */
export const Owner = /* @__PURE__ */ tagged('type', [MemberOwner, AdminOrganizationOwner]);
export type Owner = z.infer<typeof Owner>;

export const Organization = /* @__PURE__ */ z.object({
  uuid: Uuid,
  tenantId: TenantId,
  name: OrganizationName,
  profilePictureUrl: /* @__PURE__ */ z.nullable(HttpsUrl),
  status: OrganizationStatus,
  statusReason: /* @__PURE__ */ z.nullable(SuspensionReason),
  statusNote: /* @__PURE__ */ z.nullable(/* @__PURE__ */ text(0, F.MAX_NOTE_LENGTH)),
  purgeAfter: /* @__PURE__ */ z.nullable(Timestamp),
  accountType: AccountType,
  tier: NodeTier,
  subscriptionModel: SubscriptionModel,
  managedBy: ManagedBy,
  remoteSupport: RemoteSupportPolicy,
  countryCode: CountryCode,
  currencyCode: CurrencyCode,
  parentUuid: /* @__PURE__ */ z.nullable(Uuid),
  owner: Owner,
  billing: /* @__PURE__ */ z.nullable(BillingInfo),
  buyerTags: BuyerTagList,
  purchasedNumbers: /* @__PURE__ */ uniqueList(E164),
  externalContracts: /* @__PURE__ */ uniqueList(ExternalContractId),
  sipUsernames: /* @__PURE__ */ uniqueList(SipUsername),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: /* @__PURE__ */ intRange(
    1,
    9007199254740991 /* Number.MAX_SAFE_INTEGER, as a literal so that the schema stays tree-shakeable */,
    'Must be at least 1.',
  ),
});
export interface Organization extends z.infer<typeof Organization> {}

/** Every property name of Organization, in contract order. */
// A literal rather than Object.keys(Organization.shape), so the response schema is not bundled by the validators;
// schemas.test.ts checks that it matches the shape.
export const ORGANIZATION_FIELDS: readonly (keyof Organization)[] = [
  'uuid',
  'tenantId',
  'name',
  'profilePictureUrl',
  'status',
  'statusReason',
  'statusNote',
  'purgeAfter',
  'accountType',
  'tier',
  'subscriptionModel',
  'managedBy',
  'remoteSupport',
  'countryCode',
  'currencyCode',
  'parentUuid',
  'owner',
  'billing',
  'buyerTags',
  'purchasedNumbers',
  'externalContracts',
  'sipUsernames',
  'createdAt',
  'updatedAt',
  'version',
];

export const OrganizationSummary = /* @__PURE__ */ z.object({
  uuid: Uuid,
  name: OrganizationName,
  status: OrganizationStatus,
  accountType: AccountType,
  tier: NodeTier,
  managedBy: ManagedBy,
  countryCode: CountryCode,
  profilePictureUrl: /* @__PURE__ */ z.nullable(HttpsUrl),
  /** The keys that matched `q`; empty when no `q` was given. */
  matchedOn: /* @__PURE__ */ uniqueList(SearchKey, 6),
});
export interface OrganizationSummary extends z.infer<typeof OrganizationSummary> {}

export const OrganizationPage = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ list(OrganizationSummary, F.MAX_PAGE_SIZE),
  nextCursor: /* @__PURE__ */ z.nullable(Cursor),
});
export interface OrganizationPage extends z.infer<typeof OrganizationPage> {}
