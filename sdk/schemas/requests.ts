import * as z from 'zod/mini';
import { intOf, stringOf, tagged } from './checks.js';
import { AccountType, FormerOwnerRole, ManagedBy, SubscriptionModel, SuspensionReason } from './enums.js';
import { AddressLine, BuyerTagList, CityName, PostCode, TaxRegistrationNumber } from './organization.js';
import * as F from './field-rules.js';
import { CountryCode, CurrencyCode, E164, Email, OrganizationName, PersonName, TenantId, Uuid } from './primitives.js';

// Request bodies are strict: an unknown key is a field error (`unknown-field`), never silently dropped.
// Defaults the contract declares (subscriptionModel LICENSE, requireRemoteSupportApproval true) are not
// applied here, so a parsed request is exactly what was sent; the server (and the mock) applies them.

// The field rules are in field-rules.ts; the validators (validate.ts) run these schemas.

const Note = /* @__PURE__ */ stringOf(F.NOTE);
const Minutes = /* @__PURE__ */ intOf(F.MINUTES);

/** Request form of PostalAddress: the optional lines may be omitted or null. */
export const PostalAddressInput = /* @__PURE__ */ z.strictObject({
  street1: AddressLine,
  street2: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(AddressLine)),
  city: CityName,
  stateOrProvince: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(CityName)),
  postCode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PostCode)),
  countryCode: CountryCode,
});
export interface PostalAddressInput extends z.infer<typeof PostalAddressInput> {}

/** Request form of BillingInfo (create and `PUT …/billing`): a full replace, omitted means null. */
export const BillingInput = /* @__PURE__ */ z.strictObject({
  billingName: OrganizationName,
  billingEmail: Email,
  address: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(PostalAddressInput)),
  taxRegistrationNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(TaxRegistrationNumber)),
});
export interface BillingInput extends z.infer<typeof BillingInput> {}

export const PersonInput = /* @__PURE__ */ z.strictObject({
  email: Email,
  firstName: PersonName,
  lastName: PersonName,
  mobileNumber: /* @__PURE__ */ z.optional(E164),
});
export interface PersonInput extends z.infer<typeof PersonInput> {}

/**
 * `owner` is optional here because its absence for managedBy=CUSTOMER is the business rule `owner-required`
 * (its own 422 problem, checked after field validation), not a field error; validateCreateOrganization reports both.
 */
export const CreateOrganizationRequest = /* @__PURE__ */ z.strictObject({
  name: OrganizationName,
  accountType: AccountType,
  subscriptionModel: /* @__PURE__ */ z.optional(SubscriptionModel),
  managedBy: ManagedBy,
  countryCode: CountryCode,
  currencyCode: CurrencyCode,
  tenantId: /* @__PURE__ */ z.optional(TenantId),
  owner: /* @__PURE__ */ z.optional(PersonInput),
  billing: /* @__PURE__ */ z.optional(BillingInput),
  buyerTags: /* @__PURE__ */ z.optional(BuyerTagList),
  requireRemoteSupportApproval: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export interface CreateOrganizationRequest extends z.infer<typeof CreateOrganizationRequest> {}

/** JSON Merge Patch of the two editable fields; neither may be null, and at least one must be present. */
export const OrganizationPatch = /* @__PURE__ */ z
  .strictObject({
    name: /* @__PURE__ */ z.optional(OrganizationName),
    countryCode: /* @__PURE__ */ z.optional(CountryCode),
  })
  .check(
    // minProperties 1. Judged only on an otherwise clean body: the parsed value drops unknown and invalid keys,
    // so `{colour: 'red'}` would look empty, yet any key at all satisfies minProperties.
    z.check<{ name?: string; countryCode?: string }>(
      (payload) => {
        if (Object.keys(payload.value).length > 0) return;
        payload.issues.push({
          code: 'custom',
          input: payload.value,
          message: 'Change at least one field.',
          params: { code: 'too-short' },
          continue: true,
        });
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
export interface OrganizationPatch extends z.infer<typeof OrganizationPatch> {}

/** Replaces the whole set; `[]` clears it. */
export const BuyerTagsReplacement = /* @__PURE__ */ z.strictObject({
  buyerTags: BuyerTagList,
});
export interface BuyerTagsReplacement extends z.infer<typeof BuyerTagsReplacement> {}

export const NewPersonOwner = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(['NEW_PERSON']),
  email: Email,
  firstName: PersonName,
  lastName: PersonName,
  mobileNumber: /* @__PURE__ */ z.optional(E164),
});
export interface NewPersonOwner extends z.infer<typeof NewPersonOwner> {}

export const ExistingMemberOwner = /* @__PURE__ */ z.strictObject({
  kind: /* @__PURE__ */ z.enum(['EXISTING_MEMBER']),
  memberId: Uuid,
});
export interface ExistingMemberOwner extends z.infer<typeof ExistingMemberOwner> {}

export const NewOwner = /* @__PURE__ */ tagged('kind', [NewPersonOwner, ExistingMemberOwner]);
export type NewOwner = z.infer<typeof NewOwner>;

/** `newOwner` is optional for the same reason as the create `owner`: its absence is `owner-required`. */
export const OwnershipChangeToCustomer = /* @__PURE__ */ z.strictObject({
  to: /* @__PURE__ */ z.enum(['CUSTOMER']),
  newOwner: /* @__PURE__ */ z.optional(NewOwner),
  requireRemoteSupportApproval: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});
export interface OwnershipChangeToCustomer extends z.infer<typeof OwnershipChangeToCustomer> {}

/** `formerOwnerRole` is optional because its absence is the business rule `former-owner-role-required`. */
export const OwnershipChangeToServiceProvider = /* @__PURE__ */ z.strictObject({
  to: /* @__PURE__ */ z.enum(['SERVICE_PROVIDER']),
  formerOwnerRole: /* @__PURE__ */ z.optional(FormerOwnerRole),
});
export interface OwnershipChangeToServiceProvider extends z.infer<typeof OwnershipChangeToServiceProvider> {}

export const OwnershipChangeRequest = /* @__PURE__ */ tagged('to', [
  OwnershipChangeToCustomer,
  OwnershipChangeToServiceProvider,
]);
export type OwnershipChangeRequest = z.infer<typeof OwnershipChangeRequest>;

export const SuspendRequest = /* @__PURE__ */ z.strictObject({
  reason: SuspensionReason,
  note: /* @__PURE__ */ z.optional(Note),
});
export interface SuspendRequest extends z.infer<typeof SuspendRequest> {}

/** `requestedMinutes` must also be ≤ capabilities.remoteSupport.maxGrantMinutes (validateRemoteSupportRequest). */
export const CreateRemoteSupportRequest = /* @__PURE__ */ z.strictObject({
  reason: Note,
  requestedMinutes: Minutes,
});
export interface CreateRemoteSupportRequest extends z.infer<typeof CreateRemoteSupportRequest> {}

/** `minutes` defaults to the request's `requestedMinutes` and must be ≤ maxGrantMinutes. */
export const ApproveRemoteSupportRequest = /* @__PURE__ */ z.strictObject({
  minutes: /* @__PURE__ */ z.optional(Minutes),
});
export interface ApproveRemoteSupportRequest extends z.infer<typeof ApproveRemoteSupportRequest> {}

export const RejectRemoteSupportRequest = /* @__PURE__ */ z.strictObject({
  note: /* @__PURE__ */ z.optional(Note),
});
export interface RejectRemoteSupportRequest extends z.infer<typeof RejectRemoteSupportRequest> {}
