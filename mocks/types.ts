import type { Member, Permission } from '../sdk/schemas/index.js';

/** A member as the mock stores it: the contract's Member plus the mobile number an OWNER shows in `owner`. */
export interface StoredMember extends Member {
  mobileNumber: string | null;
}

/** Who a bearer token stands for. */
export interface Caller {
  token: string;
  userId: string;
  displayName: string;
  organizationUuid: string;
  permissions: Permission[];
}

/** UUIDs of well-known seeded organizations and members, the same for every seed. */
export interface KnownFixtures {
  /** The domain root: a SUPERNODE SERVICE_PROVIDER account, parent of everything; the admin's organization. */
  root: string;
  /** Acme Pte Ltd: CUSTOMER-managed, approval required, billing, tags CustomerRef=CRM-00042 and TypeRef=SME. */
  acme: string;
  /** CUSTOMER-managed with approval for remote support turned off. */
  customerNoApproval: string;
  /** A SERVICE_PROVIDER-managed NODE. */
  spManaged: string;
  /** SUSPENDED (reason NON_PAYMENT, with a note). */
  suspended: string;
  /** A CPAAS_TELCO SUPERNODE with child organizations. */
  reseller: string;
  /** Café Ñandú Ltda, a child of the reseller (a name with diacritics). */
  resellerChild: string;
  /** An organization with 10 000 members. */
  bigOrg: string;
  /** PENDING_DELETION (restore possible); null in a domain whose deletion grace is 0. */
  pendingDeletion: string | null;
  /** Acme's members. */
  acmeOwner: string;
  acmeAdmin: string;
  acmeInvitedAdmin: string;
  acmeMember: string;
  acmeDisabledMember: string;
  acmeInvitedMember: string;
  /** An ADMIN member of spManaged (a candidate owner when switching it to CUSTOMER). */
  spManagedAdmin: string;
  /** Identifiers to search with: acme's purchased number, contract, SIP username and customer reference. */
  acmeNumber: string;
  acmeContract: string;
  acmeSipUsername: string;
  acmeCustomerRef: string;
}
