/** Search, create, read and edit organizations (information, billing, buyer tags). */
import type {
  AccountType,
  BillingInfo,
  BuyerTag,
  CreateOrganizationRequest,
  ManagedBy,
  Organization,
  OrganizationStatus,
  OrganizationSummary,
} from '../../sdk/schemas/index.js';
import {
  DEFAULT_PAGE_SIZE,
  immutableFieldErrors,
  normalizeEmail,
  normalizeInput,
  parseSearchQuery,
  splitBusinessRuleErrors,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
} from '../../sdk/schemas/index.js';
import {
  creationRuleViolations,
  detectSearchKey,
  isPurgeDue,
  normalizePhoneNumber,
  tierOf,
} from '../../sdk/rules/index.js';
import { slugify } from '../data/generate.js';
import { randomUuid } from '../data/prng.js';
import { encodeCursor, jsonResponse, Problem, queryHash, ruleProblem } from '../http.js';
import type { Env, Operation } from '../pipeline.js';
import type { SearchQuery } from '../search.js';
import type { StoredMember } from '../types.js';
import {
  adminOwner,
  assertEditable,
  check,
  commit,
  cursorAfter,
  organizationResponse,
  ownerOf,
  queryOf,
} from './shared.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function billingOf(input: unknown): BillingInfo | null {
  if (!isObject(input)) return null;
  const b = input as {
    billingName: string;
    billingEmail: string;
    address?: Record<string, string | null> | null;
    taxRegistrationNumber?: string | null;
  };
  const a = b.address;
  return {
    billingName: b.billingName,
    billingEmail: normalizeEmail(b.billingEmail),
    address: a
      ? {
          street1: a.street1!,
          street2: a.street2 ?? null,
          city: a.city!,
          stateOrProvince: a.stateOrProvince ?? null,
          postCode: a.postCode ?? null,
          countryCode: a.countryCode!,
        }
      : null,
    taxRegistrationNumber: b.taxRegistrationNumber ?? null,
  };
}

const searchOrganizations: Operation = {
  id: 'searchOrganizations',
  method: 'get',
  path: '/organizations',
  permission: 'organizations:read',
  run(ctx) {
    const { url, env, caller } = ctx;
    const {
      q = '',
      searchBy = 'auto',
      status,
      accountType: types,
      managedBy,
      limit = DEFAULT_PAGE_SIZE,
      sort = 'name',
      cursor,
    } = queryOf(parseSearchQuery(url.searchParams));
    const statuses = status ?? ['ACTIVE', 'SUSPENDED'];
    const hash = queryHash([
      'org',
      caller.userId,
      q,
      searchBy,
      statuses.join(','),
      types?.join(',') ?? '',
      managedBy?.join(',') ?? '',
      sort,
      String(limit),
    ]);
    const after = cursorAfter(cursor, hash);

    let mode: SearchQuery['mode'];
    if (q === '') mode = { kind: 'all' };
    else if (searchBy === 'auto') {
      const detected = detectSearchKey(q);
      mode =
        detected.key === 'text'
          ? { kind: 'text', value: detected.value }
          : { kind: detected.key, value: detected.value };
    } else if (searchBy === 'uuid') mode = { kind: 'uuid', value: q.toLowerCase() };
    else if (searchBy === 'purchasedNumber') mode = { kind: 'purchasedNumber', value: normalizePhoneNumber(q)! };
    else mode = { kind: searchBy, value: q };

    const statusSet = new Set<OrganizationStatus>(statuses);
    const typeSet = types ? new Set<AccountType>(types) : null;
    const managedSet = managedBy ? new Set<ManagedBy>(managedBy) : null;
    const scopeRoot = caller.organizationUuid;
    const everything = env.db.organizations.get(scopeRoot)?.parentUuid === null;
    const now = env.db.now();
    const accept = (org: Organization): boolean =>
      statusSet.has(org.status) &&
      (typeSet === null || typeSet.has(org.accountType)) &&
      (managedSet === null || managedSet.has(org.managedBy)) &&
      (everything || env.db.isWithin(org.uuid, scopeRoot)) &&
      !(org.status === 'PENDING_DELETION' && isPurgeDue(org, now));
    const { hits, more } = env.db.index.search({ mode, accept, sort, limit, after });
    const items: OrganizationSummary[] = hits.map(({ org, matchedOn }) => ({
      uuid: org.uuid,
      name: org.name,
      status: org.status,
      accountType: org.accountType,
      tier: org.tier,
      managedBy: org.managedBy,
      countryCode: org.countryCode,
      profilePictureUrl: org.profilePictureUrl,
      matchedOn,
    }));
    const last = hits[hits.length - 1];
    return jsonResponse({ items, nextCursor: more && last ? encodeCursor(last.position, hash) : null });
  },
};

function generatedTenantId(env: Env, name: string): string {
  const base = slugify(name).slice(0, 40) || 'org';
  for (;;) {
    const candidate = `${base}-${Math.floor(Math.random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0')}`;
    if (!env.db.isTenantIdUsed(candidate)) return candidate;
  }
}

const createOrganization: Operation = {
  id: 'createOrganization',
  method: 'post',
  path: '/organizations',
  permission: 'organizations:create',
  idempotent: true,
  body: 'json',
  authorize(ctx) {
    const own = ctx.env.db.organizations.get(ctx.caller.organizationUuid);
    if (own?.tier !== 'SUPERNODE')
      throw new Problem('forbidden', 'Only callers whose organization is a SUPERNODE can create organizations.');
  },
  run(ctx) {
    const { env, caller } = ctx;
    const { validation } = splitBusinessRuleErrors(validateCreateOrganization(ctx.body, env.capabilities));
    check(validation);
    const input = normalizeInput(ctx.body) as CreateOrganizationRequest;
    if (input.tenantId !== undefined && env.db.isTenantIdUsed(input.tenantId)) {
      throw new Problem('duplicate-tenant-id', `Tenant ID ${input.tenantId} is already in use.`, {
        errors: [{ pointer: '/tenantId', code: 'duplicate-tenant-id', message: 'This tenant ID is already in use.' }],
      });
    }
    const violation = creationRuleViolations(input, env.capabilities)[0];
    if (violation) throw ruleProblem(violation);

    const uuid = randomUuid();
    const now = env.db.timestamp();
    const parentUuid = caller.organizationUuid;
    const members: StoredMember[] = [];
    const person = input.owner;
    const invitee: StoredMember | null = person
      ? {
          memberId: randomUuid(),
          email: normalizeEmail(person.email),
          firstName: person.firstName,
          lastName: person.lastName,
          role: input.managedBy === 'CUSTOMER' ? 'OWNER' : 'ADMIN',
          status: 'INVITED',
          mobileNumber: person.mobileNumber ?? null,
        }
      : null;
    if (invitee) members.push(invitee);
    const org: Organization = {
      uuid,
      tenantId: input.tenantId ?? generatedTenantId(env, input.name),
      name: input.name,
      profilePictureUrl: null,
      status: 'ACTIVE',
      statusReason: null,
      statusNote: null,
      purgeAfter: null,
      accountType: input.accountType,
      tier: tierOf(input.accountType),
      subscriptionModel: input.subscriptionModel ?? 'LICENSE',
      managedBy: input.managedBy,
      remoteSupport: {
        approvalRequired: input.managedBy === 'CUSTOMER' ? (input.requireRemoteSupportApproval ?? true) : false,
      },
      countryCode: input.countryCode,
      currencyCode: input.currencyCode,
      parentUuid,
      owner: input.managedBy === 'CUSTOMER' && invitee ? ownerOf(invitee) : adminOwner(env, { uuid, parentUuid }),
      billing: input.billing ? billingOf(input.billing) : null,
      buyerTags: (input.buyerTags ?? []) as BuyerTag[],
      purchasedNumbers: [],
      externalContracts: [],
      sipUsernames: [],
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    env.db.insert(org, members);
    return organizationResponse(env, org, 201, { Location: `${env.basePath}/organizations/${uuid}` });
  },
};

const getOrganization: Operation = {
  id: 'getOrganization',
  method: 'get',
  path: '/organizations/:uuid',
  permission: 'organizations:read',
  org: true,
  run: (ctx) => organizationResponse(ctx.env, ctx.org),
};

const updateOrganization: Operation = {
  id: 'updateOrganization',
  method: 'patch',
  path: '/organizations/:uuid',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'merge-patch',
  run(ctx) {
    const immutable = immutableFieldErrors(ctx.body);
    if (immutable.length > 0) {
      const names = immutable.map((e) => e.pointer.slice(1)).join(', ');
      throw new Problem('immutable-field', `${names} cannot be changed after creation.`, { errors: immutable });
    }
    check(validateOrganizationPatch(ctx.body, ctx.env.capabilities));
    assertEditable(ctx.org);
    const patch = normalizeInput(ctx.body) as { name?: string; countryCode?: string };
    const next = commit(ctx, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.countryCode !== undefined ? { countryCode: patch.countryCode } : {}),
    });
    return organizationResponse(ctx.env, next);
  },
};

const replaceBilling: Operation = {
  id: 'replaceBilling',
  method: 'put',
  path: '/organizations/:uuid/billing',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateBilling(ctx.body, ctx.env.capabilities));
    assertEditable(ctx.org);
    return organizationResponse(ctx.env, commit(ctx, { billing: billingOf(normalizeInput(ctx.body)) }));
  },
};

const replaceBuyerTags: Operation = {
  id: 'replaceBuyerTags',
  method: 'put',
  path: '/organizations/:uuid/buyer-tags',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateBuyerTags(ctx.body, ctx.env.capabilities));
    assertEditable(ctx.org);
    const { buyerTags } = normalizeInput(ctx.body) as { buyerTags: BuyerTag[] };
    return organizationResponse(
      ctx.env,
      commit(ctx, { buyerTags: buyerTags.map((t) => ({ key: t.key, value: t.value })) }),
    );
  },
};

export const organizationOperations: readonly Operation[] = [
  searchOrganizations,
  createOrganization,
  getOrganization,
  updateOrganization,
  replaceBilling,
  replaceBuyerTags,
];
