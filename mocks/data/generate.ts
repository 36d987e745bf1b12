/**
 * The deterministic dataset: a handful of well-known organizations (stable UUIDs, see KnownFixtures) and
 * as many generated ones as asked for, drawn from a seeded PRNG. Members are generated lazily, per
 * organization, from their own seed (see generateMembers), so 100 000 organizations stay cheap.
 */
import type { AccountType, BuyerTag, ManagedBy, Organization, SuspensionReason } from '../../sdk/schemas/index.js';
import { tierOf } from '../../sdk/rules/index.js';
import type { KnownFixtures, StoredMember } from '../types.js';
import { APP_WORDS, COUNTRIES, INDUSTRIES, TELCO_WORDS, TYPE_REFS, type CountryProfile } from './countries.js';
import { createRng, hashSeed, type Rng } from './prng.js';

export const KNOWN: KnownFixtures = {
  root: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
  acme: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
  customerNoApproval: '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  spManaged: '7c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f',
  suspended: '8d3e4f5a-6b7c-4d8e-af90-1b2c3d4e5f6a',
  reseller: '1e4f5a6b-7c8d-4e9f-a0b1-2c3d4e5f6a7b',
  resellerChild: '2f5a6b7c-8d9e-4fa0-b1c2-3d4e5f6a7b8c',
  bigOrg: '4a6b7c8d-9e0f-4a1b-82c3-4d5e6f7a8b9c',
  pendingDeletion: '6b7c8d9e-0f1a-4b2c-93d4-5e6f7a8b9c0d',
  acmeOwner: '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e',
  acmeAdmin: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  acmeInvitedAdmin: '2c4e6a8b-0d1f-4a3c-8e5b-7d9f1a3c5e7b',
  acmeMember: '3d4e5f6a-7b8c-4d9e-a0f1-b2c3d4e5f6a7',
  acmeDisabledMember: '4e5f6a7b-8c9d-4eaf-b102-c3d4e5f6a7b8',
  acmeInvitedMember: '5f6a7b8c-9d0e-4fb0-8213-d4e5f6a7b8c9',
  spManagedAdmin: '6a7b8c9d-0e1f-4a2b-9324-e5f6a7b8c9d0',
  acmeNumber: '+6561234567',
  acmeContract: 'CT-2024-0117',
  acmeSipUsername: 'acme-trunk-01',
  acmeCustomerRef: 'CRM-00042',
};

/** Generated timestamps count back from this instant, so a seed gives the same data on any day. */
const EPOCH = Date.UTC(2025, 5, 1);
const DAY = 86_400_000;
const BIG_ORG_MEMBERS = 10_000;

export const iso = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

const dayStrings = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
/** `iso` without a Date per call: the day part is computed once per day (generated timestamps share few days). */
function fastIso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let date = dayStrings.get(day);
  if (date === undefined) dayStrings.set(day, (date = new Date(day * DAY).toISOString().slice(0, 11)));
  const s = Math.floor((ms - day * DAY) / 1000);
  return `${date}${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}Z`;
}

/** Shared, frozen values for the many generated organizations that have them (never mutated: changes replace them). */
const EMPTY: never[] = Object.freeze([]) as unknown as never[];
const APPROVAL = Object.freeze({ approvalRequired: true });
const NO_APPROVAL = Object.freeze({ approvalRequired: false });

export interface GenerateOptions {
  seed: number;
  organizations: number;
  deletionGraceDays: number;
  now: Date;
}

export interface Dataset {
  organizations: Organization[];
  /** Members fixed by the dataset (the known organizations'); others come from generateMembers. */
  members: Map<string, StoredMember[]>;
}

const profileOf = new Map(COUNTRIES.map((c) => [c.code, c]));
function countryProfile(code: string): CountryProfile {
  return profileOf.get(code) ?? COUNTRIES[0]!;
}

const slugCache = new Map<string, string>();

/** ASCII slug of a name (memoised: generated names repeat their parts a lot). */
export function slugify(s: string): string {
  let slug = slugCache.get(s);
  if (slug === undefined) {
    slug = computeSlug(s);
    if (slugCache.size < 50_000) slugCache.set(s, slug);
  }
  return slug;
}

/** Diacritics dropped, lower case, runs of other characters become `-`. */
function computeSlug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Draft {
  uuid: string;
  tenantId: string;
  name: string;
  accountType: AccountType;
  managedBy: ManagedBy;
  countryCode: string;
  parentUuid: string | null;
  parentName: string;
  createdAt: string;
  updatedAt?: string;
  version?: number;
  approvalRequired?: boolean;
  owner?: StoredMember | null;
  billing?: Organization['billing'];
  buyerTags?: BuyerTag[];
  purchasedNumbers?: string[];
  externalContracts?: string[];
  sipUsernames?: string[];
  status?: Organization['status'];
  statusReason?: SuspensionReason | null;
  statusNote?: string | null;
  purgeAfter?: string | null;
}

function organizationOf(d: Draft): Organization {
  const currency = countryProfile(d.countryCode).currency;
  const owner: Organization['owner'] =
    d.managedBy === 'CUSTOMER' && d.owner
      ? {
          type: 'MEMBER',
          memberId: d.owner.memberId,
          email: d.owner.email,
          firstName: d.owner.firstName,
          lastName: d.owner.lastName,
          mobileNumber: d.owner.mobileNumber,
          status: d.owner.status === 'ACTIVE' ? 'ACTIVE' : 'INVITED',
        }
      : { type: 'ADMIN_ORGANIZATION', organizationUuid: d.parentUuid ?? d.uuid, name: d.parentName };
  return {
    uuid: d.uuid,
    tenantId: d.tenantId,
    name: d.name,
    profilePictureUrl: null,
    status: d.status ?? 'ACTIVE',
    statusReason: d.statusReason ?? null,
    statusNote: d.statusNote ?? null,
    purgeAfter: d.purgeAfter ?? null,
    accountType: d.accountType,
    tier: tierOf(d.accountType),
    subscriptionModel: 'LICENSE',
    managedBy: d.managedBy,
    remoteSupport: { approvalRequired: d.managedBy === 'CUSTOMER' ? (d.approvalRequired ?? true) : false },
    countryCode: d.countryCode,
    currencyCode: currency,
    parentUuid: d.parentUuid,
    owner,
    billing: d.billing ?? null,
    buyerTags: d.buyerTags ?? [],
    purchasedNumbers: d.purchasedNumbers ?? [],
    externalContracts: d.externalContracts ?? [],
    sipUsernames: d.sipUsernames ?? [],
    createdAt: d.createdAt,
    updatedAt: d.updatedAt ?? d.createdAt,
    version: d.version ?? 1,
  };
}

const member = (
  memberId: string,
  firstName: string,
  lastName: string,
  email: string,
  role: StoredMember['role'],
  status: StoredMember['status'],
  mobileNumber: string | null = null,
): StoredMember => ({ memberId, email, firstName, lastName, role, status, mobileNumber });

function knownOrganizations(opts: GenerateOptions): { orgs: Draft[]; members: Map<string, StoredMember[]> } {
  const K = KNOWN;
  const Root = 'Nimbus Telecom';
  const Reseller = 'Orbit CPaaS Pte Ltd';
  const acmeMembers = [
    member(K.acmeOwner, 'Ada', 'Tan', 'ada.tan@acme.com.sg', 'OWNER', 'ACTIVE', '+6591234567'),
    member(K.acmeAdmin, 'Chloe', 'Ng', 'chloe.ng@acme.com.sg', 'ADMIN', 'ACTIVE'),
    member(K.acmeInvitedAdmin, 'Ben', 'Lim', 'ben.lim@acme.com.sg', 'ADMIN', 'INVITED'),
    member(K.acmeMember, 'Dinesh', 'Kumar', 'dinesh.kumar@acme.com.sg', 'MEMBER', 'ACTIVE'),
    member(K.acmeDisabledMember, 'Eve', 'Goh', 'eve.goh@acme.com.sg', 'MEMBER', 'DISABLED'),
    member(K.acmeInvitedMember, 'Farah', 'Aziz', 'farah.aziz@acme.com.sg', 'MEMBER', 'INVITED'),
  ];
  const bayanihanOwner = member(
    '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    'Maria',
    'Santos',
    'maria.santos@bayanihanfoods.com.ph',
    'OWNER',
    'ACTIVE',
    '+639171234567',
  );
  const globexOwner = member(
    '8b7a6c5d-4e3f-4b2a-9d1c-0f9e8d7c6b5a',
    'Grace',
    'Koh',
    'grace.koh@globex.com.sg',
    'OWNER',
    'ACTIVE',
    '+6598765432',
  );
  const harbourOwner = member(
    '7a6b5c4d-3e2f-4a1b-8c0d-9e8f7a6b5c4d',
    'Darren',
    'Teo',
    'darren.teo@harbourtrading.com.sg',
    'OWNER',
    'INVITED',
  );
  const cafeOwner = member(
    '1a2b3c4d-5e6f-4a7b-9c8d-0e1f2a3b4c5d',
    'Matías',
    'Núñez',
    'matias.nunez@cafenandu.cl',
    'OWNER',
    'ACTIVE',
    '+56991234567',
  );
  const billing = (
    name: string,
    email: string,
    street1: string,
    street2: string | null,
    city: string,
    postCode: string | null,
    country: string,
    tax: string | null,
  ): Organization['billing'] => ({
    billingName: name,
    billingEmail: email,
    address: { street1, street2, city, stateOrProvince: null, postCode, countryCode: country },
    taxRegistrationNumber: tax,
  });
  const orgs: Draft[] = [
    {
      uuid: K.root,
      tenantId: 'nimbus-telecom',
      name: Root,
      accountType: 'SERVICE_PROVIDER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      parentUuid: null,
      parentName: Root,
      createdAt: '2019-01-15T02:00:00Z',
      updatedAt: '2025-01-10T09:30:00Z',
      version: 12,
      billing: billing(
        Root,
        'billing@nimbus-telecom.com',
        '8 Marina View',
        '#30-01',
        'Singapore',
        '018960',
        'SG',
        'M9-0000001-N',
      ),
      purchasedNumbers: ['+6562000000'],
      externalContracts: ['CT-2019-0001'],
      sipUsernames: ['nimbus-core'],
      buyerTags: [{ key: 'TypeRef', value: 'RESELLER' }],
    },
    {
      uuid: K.acme,
      tenantId: 'acme-sg',
      name: 'Acme Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2024-11-02T03:15:00Z',
      updatedAt: '2025-03-14T08:21:37Z',
      version: 7,
      approvalRequired: true,
      owner: acmeMembers[0],
      billing: billing(
        'Acme Pte Ltd',
        'accounts@acme.com.sg',
        '1 Raffles Place',
        '#20-01',
        'Singapore',
        '048616',
        'SG',
        'M2-1234567-8',
      ),
      buyerTags: [
        { key: 'CustomerRef', value: K.acmeCustomerRef },
        { key: 'TypeRef', value: 'SME' },
      ],
      purchasedNumbers: [K.acmeNumber, '+6531581234'],
      externalContracts: [K.acmeContract],
      sipUsernames: [K.acmeSipUsername],
    },
    {
      uuid: K.customerNoApproval,
      tenantId: 'bayanihan-foods',
      name: 'Bayanihan Foods Inc.',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'PH',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2023-05-20T06:00:00Z',
      version: 3,
      approvalRequired: false,
      owner: bayanihanOwner,
      buyerTags: [{ key: 'CustomerRef', value: 'CRM-00107' }],
      purchasedNumbers: ['+6328123456'],
      externalContracts: ['CT-2023-0456'],
      sipUsernames: ['bayanihan-pbx'],
    },
    {
      uuid: K.spManaged,
      tenantId: 'kallang-clinics',
      name: 'Kallang Clinics Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2022-08-01T01:00:00Z',
      version: 4,
      buyerTags: [
        { key: 'CustomerRef', value: 'CRM-00311' },
        { key: 'BillingRef', value: 'ERP-7781' },
      ],
      purchasedNumbers: ['+6562223333'],
      externalContracts: ['CT-2022-0311'],
      sipUsernames: ['kallang-clinics-01'],
    },
    {
      uuid: K.suspended,
      tenantId: 'harbour-trading',
      name: 'Harbour Trading Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2021-03-03T03:03:00Z',
      version: 9,
      owner: harbourOwner,
      status: 'SUSPENDED',
      statusReason: 'NON_PAYMENT',
      statusNote: 'Invoice INV-2025-0311 overdue by 45 days.',
      purchasedNumbers: ['+6563334444'],
      externalContracts: ['CT-2021-0999'],
    },
    {
      uuid: K.reseller,
      tenantId: 'orbit-cpaas',
      name: Reseller,
      accountType: 'CPAAS_TELCO',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'SG',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2020-02-02T02:02:00Z',
      version: 5,
      buyerTags: [{ key: 'TypeRef', value: 'RESELLER' }],
      purchasedNumbers: ['+6564445555'],
      externalContracts: ['CT-2020-0002'],
      sipUsernames: ['orbit-gw-01', 'orbit-gw-02'],
    },
    {
      uuid: K.resellerChild,
      tenantId: 'cafe-nandu',
      name: 'Café Ñandú Ltda',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'CL',
      parentUuid: K.reseller,
      parentName: Reseller,
      createdAt: '2024-02-29T12:00:00Z',
      version: 2,
      owner: cafeOwner,
      buyerTags: [{ key: 'CustomerRef', value: 'CRM-00777' }],
      purchasedNumbers: ['+56221234567'],
      sipUsernames: ['cafe-nandu'],
    },
    {
      uuid: K.bigOrg,
      tenantId: 'globex-contact',
      name: 'Globex Contact Centres Pte Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2020-10-10T10:10:00Z',
      version: 31,
      owner: globexOwner,
      buyerTags: [
        { key: 'CustomerRef', value: 'CRM-01000' },
        { key: 'TypeRef', value: 'ENTERPRISE' },
      ],
      purchasedNumbers: ['+6565556666', '+6565556667'],
      externalContracts: ['CT-2020-1010'],
      sipUsernames: ['globex-cc-01'],
    },
  ];
  if (opts.deletionGraceDays > 0) {
    orgs.push({
      uuid: K.pendingDeletion!,
      tenantId: 'old-mill-textiles',
      name: 'Old Mill Textiles Ltd',
      accountType: 'BUSINESS_USER',
      managedBy: 'SERVICE_PROVIDER',
      countryCode: 'GB',
      parentUuid: K.root,
      parentName: Root,
      createdAt: '2018-06-06T06:06:00Z',
      version: 14,
      status: 'PENDING_DELETION',
      purgeAfter: iso(opts.now.getTime() + Math.max(1, opts.deletionGraceDays - 10) * DAY),
      purchasedNumbers: ['+442071234567'],
    });
  }
  const members = new Map<string, StoredMember[]>([
    [K.acme, acmeMembers],
    [
      K.customerNoApproval,
      [
        bayanihanOwner,
        member(
          '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
          'Paolo',
          'Reyes',
          'paolo.reyes@bayanihanfoods.com.ph',
          'ADMIN',
          'ACTIVE',
        ),
      ],
    ],
    [
      K.spManaged,
      [
        member(K.spManagedAdmin, 'Hui Min', 'Chua', 'huimin.chua@kallangclinics.com.sg', 'ADMIN', 'ACTIVE'),
        member(
          '0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b',
          'Ravi',
          'Nair',
          'ravi.nair@kallangclinics.com.sg',
          'MEMBER',
          'ACTIVE',
        ),
        member(
          '1f2a3b4c-5d6e-4f7a-9b8c-0d1e2f3a4b5c',
          'Siti',
          'Rahman',
          'siti.rahman@kallangclinics.com.sg',
          'MEMBER',
          'INVITED',
        ),
      ],
    ],
    [K.suspended, [harbourOwner]],
    [K.resellerChild, [cafeOwner]],
  ]);
  return { orgs, members };
}

interface Counters {
  phone: Map<string, number>;
  serial: number;
  /** Numbers of the well-known organizations, which generated ones must never take. */
  reserved: Set<string>;
}

function phoneNumber(rng: Rng, p: CountryProfile, counters: Counters): string {
  const lead = rng.pick(p.leads);
  const width = p.nsnLength - lead.length;
  const space = 10 ** width;
  for (;;) {
    const n = counters.phone.get(p.code) ?? 0;
    counters.phone.set(p.code, n + 1);
    // A stride coprime with 10 spreads consecutive serials over the number space and never repeats one.
    const number = `+${p.dial}${lead}${String((n * 7919 + 104_729) % space).padStart(width, '0')}`;
    if (!counters.reserved.has(number)) return number;
  }
}

interface GeneratedName {
  name: string;
  /** slugify(name), built from the slugs of its parts (memoised: the parts come from short word lists). */
  slug: string;
}

/** Joins name parts with spaces and their slugs with `-`, skipping empty parts. */
function named(...parts: string[]): GeneratedName {
  let name = '';
  let slug = '';
  for (const part of parts) {
    if (!part) continue;
    name = name ? `${name} ${part}` : part;
    const partSlug = slugify(part);
    if (partSlug) slug = slug ? `${slug}-${partSlug}` : partSlug;
  }
  return { name, slug };
}

function businessName(rng: Rng, p: CountryProfile, type: AccountType): GeneratedName {
  const word = rng.pick(p.words);
  switch (type) {
    case 'SERVICE_PROVIDER':
    case 'CPAAS_TELCO':
      return named(p.prefixes ? rng.pick(p.prefixes) : '', word, rng.pick(TELCO_WORDS), rng.pick(p.suffixes));
    case 'APP_PROVIDER':
      return named(p.prefixes ? rng.pick(p.prefixes) : '', word, rng.pick(APP_WORDS), rng.pick(p.suffixes));
    case 'HOME_USER':
      return rng.chance(0.5)
        ? named(rng.pick(p.lastNames), 'Household')
        : named(rng.pick(p.firstNames), rng.pick(p.lastNames));
    default: {
      const second = rng.chance(0.3) ? rng.pick(p.words) : '';
      const industry = rng.pick(INDUSTRIES);
      return named(p.prefixes ? rng.pick(p.prefixes) : '', word, second, industry, rng.pick(p.suffixes));
    }
  }
}

const COUNTRY_WEIGHTS = COUNTRIES.map((c) => [c, c.weight] as const);
const MEMBER_STATUS_WEIGHTS: readonly (readonly [StoredMember['status'], number])[] = [
  ['ACTIVE', 80],
  ['INVITED', 12],
  ['DISABLED', 8],
];
const TYPE_WEIGHTS: readonly (readonly [AccountType, number])[] = [
  ['BUSINESS_USER', 55],
  ['HOME_USER', 24],
  ['APP_PROVIDER', 11],
  ['SERVICE_PROVIDER', 6],
  ['CPAAS_TELCO', 4],
];
const REASONS: readonly SuspensionReason[] = [
  'NON_PAYMENT',
  'NON_PAYMENT',
  'FRAUD_OR_ABUSE',
  'CUSTOMER_REQUEST',
  'COMPLIANCE',
  'OTHER',
];
const NOTES: Record<SuspensionReason, string | null> = {
  NON_PAYMENT: 'Invoices overdue by more than 30 days.',
  FRAUD_OR_ABUSE: 'Unusual international call volume under investigation.',
  CUSTOMER_REQUEST: 'Customer asked to pause the service.',
  COMPLIANCE: 'KYC documents expired.',
  OTHER: null,
};

const localParts = new Map<string, string>();
/** `first.last` for an e-mail address, ASCII only (memoised per name). */
function localPart(firstName: string, lastName: string): string {
  const key = `${firstName}|${lastName}`;
  let local = localParts.get(key);
  if (local === undefined)
    localParts.set(key, (local = `${slugify(firstName).replaceAll('-', '')}.${slugify(lastName).replaceAll('-', '')}`));
  return local;
}

function mobileOf(rng: Rng, p: CountryProfile): string | null {
  return rng.chance(0.6)
    ? `+${p.dial}9${String(rng.int(0, 10 ** (p.nsnLength - 1) - 1)).padStart(p.nsnLength - 1, '0')}`
    : null;
}

function person(
  rng: Rng,
  p: CountryProfile,
  domain: string,
  id: string,
  role: StoredMember['role'],
  status: StoredMember['status'],
): StoredMember {
  const firstName = rng.pick(p.firstNames);
  const lastName = rng.pick(p.lastNames);
  return {
    memberId: id,
    email: `${localPart(firstName, lastName)}@${domain}`,
    firstName,
    lastName,
    role,
    status,
    mobileNumber: mobileOf(rng, p),
  };
}

/** The OWNER of a generated CUSTOMER-managed organization, as `Organization.owner`. */
function ownerPerson(rng: Rng, p: CountryProfile, domain: string): Organization['owner'] {
  const memberId = rng.uuid();
  const status = rng.chance(0.85) ? 'ACTIVE' : 'INVITED';
  const firstName = rng.pick(p.firstNames);
  const lastName = rng.pick(p.lastNames);
  return {
    type: 'MEMBER',
    memberId,
    email: `${localPart(firstName, lastName)}@${domain}`,
    firstName,
    lastName,
    mobileNumber: mobileOf(rng, p),
    status,
  };
}

/** The e-mail domain of an organization's people. */
const domains = new Map<string, string>();
function emailDomain(org: Pick<Organization, 'name' | 'countryCode'>): string {
  const key = `${org.countryCode}${org.name}`;
  let domain = domains.get(key);
  if (domain === undefined) {
    domain = `${shortSlug(org.name).replaceAll('-', '') || 'example'}.${countryProfile(org.countryCode).tld}`;
    if (domains.size < 50_000) domains.set(key, domain);
  }
  return domain;
}

/** The first two words of a name's slug. */
function shortSlug(name: string): string {
  return firstWords(slugify(name));
}

/** The first two words of a slug. */
function firstWords(slug: string): string {
  const first = slug.indexOf('-');
  const second = first < 0 ? -1 : slug.indexOf('-', first + 1);
  return second < 0 ? slug : slug.slice(0, second);
}

/**
 * The generated organizations, in generation order, after the known ones. Parents come before children.
 */
/** The owner of a generated CUSTOMER-managed organization until its details are drawn (see completeOrganization). */
const OWNER_PENDING = Object.freeze({
  type: 'ADMIN_ORGANIZATION',
  organizationUuid: '00000000-0000-4000-8000-000000000000',
  name: 'pending',
}) as Organization['owner'];

/**
 * A generated organization is stored as a stub first: everything search, lists and the indexes read (names,
 * keys, status, tree) is drawn at once, and the details (owner, billing, more tags, updatedAt, version,
 * approval, note) are drawn from the organization's own seed on first read, so the order of reads does not
 * matter and 100 000 organizations load fast. A stub has `version` 0, which no stored organization has.
 */
export function isStub(org: Organization): boolean {
  return org.version === 0;
}

/**
 * The organizations of the dataset, in generation order: the known ones first, then generated stubs.
 * Parents come before children.
 */
export function generateDataset(opts: GenerateOptions): Dataset {
  const known = knownOrganizations(opts);
  const organizations: Organization[] = known.orgs.map(organizationOf);
  const rng = createRng(hashSeed('sales-hub-mock', opts.seed));
  const counters: Counters = {
    phone: new Map(),
    serial: 0,
    reserved: new Set(organizations.flatMap((o) => o.purchasedNumbers)),
  };
  const supernodes: { uuid: string; name: string }[] = [{ uuid: KNOWN.reseller, name: 'Orbit CPaaS Pte Ltd' }];
  const total = Math.max(opts.organizations, organizations.length);
  const rootParent = { uuid: KNOWN.root, name: organizations[0]!.name };
  const adminOwners = new Map<string, Organization['owner']>();
  const adminOwner = (parent: { uuid: string; name: string }): Organization['owner'] => {
    let owner = adminOwners.get(parent.uuid);
    if (!owner)
      adminOwners.set(
        parent.uuid,
        (owner = Object.freeze({
          type: 'ADMIN_ORGANIZATION',
          organizationUuid: parent.uuid,
          name: parent.name,
        }) as Organization['owner']),
      );
    return owner;
  };

  for (let i = organizations.length; i < total; i++) {
    const p = rng.weighted(COUNTRY_WEIGHTS);
    const accountType = rng.weighted(TYPE_WEIGHTS);
    const tier = tierOf(accountType);
    const uuid = rng.uuid();
    const { name, slug } = businessName(rng, p, accountType);
    let parent = rootParent;
    if (tier === 'SUPERNODE') {
      if (rng.chance(0.2)) parent = supernodes[0]!;
    } else if (rng.chance(0.3)) {
      parent = rng.pick(supernodes);
    }
    if (tier === 'SUPERNODE') supernodes.push({ uuid, name });
    const managedBy: ManagedBy =
      accountType === 'HOME_USER'
        ? rng.chance(0.3)
          ? 'CUSTOMER'
          : 'SERVICE_PROVIDER'
        : rng.chance(0.6)
          ? 'CUSTOMER'
          : 'SERVICE_PROVIDER';
    const serial = ++counters.serial;
    const created = EPOCH - rng.int(30, 6 * 365) * DAY - rng.int(0, DAY - 1);
    const isHome = accountType === 'HOME_USER';
    const numberCount = isHome ? rng.int(0, 1) : rng.int(1, 3);
    const numbers: string[] = numberCount === 0 ? EMPTY : [];
    for (let n = 0; n < numberCount; n++) numbers.push(phoneNumber(rng, p, counters));
    // The customer reference is searchable, so it is drawn now; completeOrganization adds the other tags.
    const tags: BuyerTag[] =
      !isHome && rng.chance(0.7) ? [{ key: 'CustomerRef', value: `CRM-${10_000 + serial}` }] : EMPTY;
    const createdAt = fastIso(created);
    const contracts =
      !isHome && rng.chance(0.6) ? [`CT-${createdAt.slice(0, 4)}-${String(serial).padStart(5, '0')}`] : EMPTY;
    const sips = !isHome && rng.chance(0.5) ? [`${firstWords(slug)}-${serial.toString(36)}`] : EMPTY;
    const suspended = rng.chance(0.07);
    organizations.push({
      uuid,
      tenantId: `${slug.slice(0, 40) || 'org'}-${serial.toString(36)}`,
      name,
      profilePictureUrl: null,
      status: suspended ? 'SUSPENDED' : 'ACTIVE',
      statusReason: suspended ? rng.pick(REASONS) : null,
      statusNote: null,
      purgeAfter: null,
      accountType,
      tier,
      subscriptionModel: 'LICENSE',
      managedBy,
      remoteSupport: NO_APPROVAL,
      countryCode: p.code,
      currencyCode: p.currency,
      parentUuid: parent.uuid,
      owner: managedBy === 'CUSTOMER' ? OWNER_PENDING : adminOwner(parent),
      billing: null,
      buyerTags: tags,
      purchasedNumbers: numbers,
      externalContracts: contracts,
      sipUsernames: sips,
      createdAt,
      updatedAt: createdAt,
      version: 0,
    });
  }
  return { organizations, members: known.members };
}

/** The details of a generated stub, from the organization's own seed (see isStub). */
export function completeOrganization(seed: number, stub: Organization): Organization {
  const rng = createRng(hashSeed('details', seed, stub.uuid));
  const p = countryProfile(stub.countryCode);
  const isHome = stub.accountType === 'HOME_USER';
  const domain = emailDomain(stub);
  const created = Date.parse(stub.createdAt);
  let tags = stub.buyerTags;
  const tag = (key: BuyerTag['key'], value: string): void => {
    tags = [...tags, { key, value }];
  };
  const serial = stub.tenantId.slice(stub.tenantId.lastIndexOf('-') + 1);
  if (rng.chance(0.35)) tag('BillingRef', `ERP-${serial.toUpperCase()}`);
  if (rng.chance(0.5)) tag('TypeRef', isHome ? 'CONSUMER' : rng.pick(TYPE_REFS));
  const billing: Organization['billing'] =
    !isHome && rng.chance(0.6)
      ? {
          billingName: stub.name,
          billingEmail: `accounts@${domain}`,
          address: {
            street1: `${rng.int(1, 400)} ${rng.pick(p.streets)}`,
            street2: rng.chance(0.3)
              ? `#${String(rng.int(1, 40)).padStart(2, '0')}-${String(rng.int(1, 20)).padStart(2, '0')}`
              : null,
            city: rng.pick(p.cities),
            stateOrProvince: null,
            postCode:
              p.postCodeLength > 0
                ? String(rng.int(0, 10 ** p.postCodeLength - 1)).padStart(p.postCodeLength, '0')
                : null,
            countryCode: p.code,
          },
          taxRegistrationNumber: rng.chance(0.5) ? `${p.code}${String(rng.int(10_000_000, 99_999_999))}` : null,
        }
      : null;
  const customer = stub.managedBy === 'CUSTOMER';
  return {
    ...stub,
    statusNote: stub.statusReason ? NOTES[stub.statusReason] : null,
    remoteSupport: customer && rng.chance(0.7) ? APPROVAL : NO_APPROVAL,
    owner: customer ? ownerPerson(rng, p, domain) : stub.owner,
    billing,
    buyerTags: tags,
    updatedAt: fastIso(created + Math.floor(rng.next() * Math.max(0, EPOCH - created))),
    version: rng.int(1, 15),
  };
}

/**
 * The members of a generated organization, from a seed of their own: the OWNER (from `owner`, when the
 * organization is CUSTOMER-managed) and `count` people in all, with roles and statuses in sensible shares.
 */
export function generateMembers(seed: number, org: Organization): StoredMember[] {
  const rng = createRng(hashSeed('members', seed, org.uuid));
  const count =
    org.uuid === KNOWN.bigOrg ? BIG_ORG_MEMBERS : org.accountType === 'HOME_USER' ? rng.int(1, 3) : rng.int(2, 14);
  const p = countryProfile(org.countryCode);
  const domain =
    org.owner.type === 'MEMBER' ? org.owner.email.slice(org.owner.email.indexOf('@') + 1) : emailDomain(org);
  const out: StoredMember[] = [];
  if (org.owner.type === 'MEMBER') {
    const o = org.owner;
    out.push({
      memberId: o.memberId,
      email: o.email,
      firstName: o.firstName,
      lastName: o.lastName,
      role: 'OWNER',
      status: o.status,
      mobileNumber: o.mobileNumber,
    });
  }
  // Unique addresses by construction: the n-th person with the same name gets `first.last<n>@`.
  const seen = new Map<string, number>(out.map((m) => [m.email.slice(0, m.email.indexOf('@')), 1]));
  for (let i = out.length; i < count; i++) {
    const role = rng.chance(count > 100 ? 0.04 : 0.25) ? 'ADMIN' : 'MEMBER';
    const status = rng.weighted(MEMBER_STATUS_WEIGHTS);
    const m = person(rng, p, domain, rng.uuid(), role, status);
    const local = m.email.slice(0, m.email.indexOf('@'));
    const n = (seen.get(local) ?? 0) + 1;
    seen.set(local, n);
    out.push(n === 1 ? m : { ...m, email: `${local}${n}@${domain}` });
  }
  return out;
}
