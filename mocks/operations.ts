/**
 * Every operation of the contract, as the server evaluates it. The field validation and the business rules
 * are the SDK's (sdk/schemas, sdk/rules), so the mock and the client cannot disagree.
 */
import type {
  AccountType,
  BillingInfo,
  BuyerTag,
  CreateOrganizationRequest,
  FieldError,
  ManagedBy,
  Organization,
  OrganizationStatus,
  OrganizationSummary,
  OwnershipChangeRequest,
  RemoteSupportOverview,
  RemoteSupportRequest,
  SuspendRequest,
} from '../sdk/schemas/index.js';
import {
  ACCOUNT_TYPES,
  MANAGED_BY_VALUES,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  normalizeEmail,
  normalizeInput,
  ORGANIZATION_STATUSES,
  RemoteSupportPolicy,
  SEARCH_BY_VALUES,
  immutableFieldErrors,
  splitBusinessRuleErrors,
  validateApprove,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
  validateOwnershipChange,
  validateReject,
  validateRemoteSupportRequest,
  validateSuspend,
  validateWith,
} from '../sdk/schemas/index.js';
import {
  canTransition,
  creationRuleViolations,
  detectSearchKey,
  isPurgeDue,
  isReadOnlyStatus,
  isValidForSearchBy,
  MAX_QUERY_LENGTH,
  normalizePhoneNumber,
  ownershipChangeViolations,
  purgeAfterFor,
  remoteSupportRequestViolation,
  tierOf,
  type LifecycleAction,
} from '../sdk/rules/index.js';
import { iso, slugify } from './data/generate.js';
import { randomUuid } from './data/prng.js';
import { decodeCursor, encodeCursor, etagOf, jsonResponse, Problem, queryHash, ruleProblem, validationProblem } from './http.js';
import type { Ctx, Env, Operation } from './pipeline.js';
import { memberSortKey } from './db.js';
import { startAfter, type OrganizationSort, type SearchQuery } from './search.js';
import type { StoredMember } from './types.js';

// ---------- helpers ----------

/** The organization as the API shows it: a SERVICE_PROVIDER-managed owner carries its parent's current name. */
export function present(env: Env, org: Organization): Organization {
  if (org.owner.type !== 'ADMIN_ORGANIZATION') return org;
  const admin = env.db.organizations.get(org.owner.organizationUuid);
  if (!admin || admin.name === org.owner.name) return org;
  return { ...org, owner: { ...org.owner, name: admin.name } };
}

function organizationResponse(env: Env, org: Organization, status = 200, headers: Record<string, string> = {}): Response {
  return jsonResponse(present(env, org), status, { ETag: etagOf(org), ...headers });
}

/** Stores `changes` as the next version of the path organization. */
function commit(ctx: Ctx, changes: Partial<Organization>): Organization {
  const next: Organization = { ...ctx.org, ...changes, version: ctx.org.version + 1, updatedAt: ctx.env.db.timestamp() };
  ctx.env.db.update(next);
  ctx.org = next;
  return next;
}

function check(errors: FieldError[]): void {
  if (errors.length > 0) throw validationProblem(errors);
}

function transitionConflict(org: Organization, detail: string): Problem {
  return new Problem('invalid-state-transition', detail, { currentStatus: org.status });
}

/** Edits, ownership changes and remote-support requests are refused while PENDING_DELETION. */
function assertEditable(org: Organization): void {
  if (isReadOnlyStatus(org.status)) throw transitionConflict(org, 'The organization is scheduled for deletion; restore it first.');
}

const LIFECYCLE_DETAIL: Record<LifecycleAction, string> = {
  suspend: 'Only an ACTIVE organization can be suspended.',
  activate: 'Only a SUSPENDED organization can be activated.',
  delete: 'The organization is already scheduled for deletion.',
  restore: 'Only an organization scheduled for deletion can be restored.',
};

function assertTransition(org: Organization, action: LifecycleAction): void {
  if (!canTransition(org.status, action)) throw transitionConflict(org, LIFECYCLE_DETAIL[action]);
}

function forbidOwn(what: string) {
  return (ctx: Ctx): void => {
    if (ctx.org.uuid === ctx.caller.organizationUuid) throw new Problem('forbidden', `You cannot ${what} your own organization.`);
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function billingOf(input: unknown): BillingInfo | null {
  if (!isObject(input)) return null;
  const b = input as { billingName: string; billingEmail: string; address?: Record<string, string | null> | null; taxRegistrationNumber?: string | null };
  const a = b.address;
  return {
    billingName: b.billingName,
    billingEmail: normalizeEmail(b.billingEmail),
    address: a
      ? {
          street1: a['street1']!,
          street2: a['street2'] ?? null,
          city: a['city']!,
          stateOrProvince: a['stateOrProvince'] ?? null,
          postCode: a['postCode'] ?? null,
          countryCode: a['countryCode']!,
        }
      : null,
    taxRegistrationNumber: b.taxRegistrationNumber ?? null,
  };
}

function ownerOf(m: StoredMember): Organization['owner'] {
  return {
    type: 'MEMBER',
    memberId: m.memberId,
    email: m.email,
    firstName: m.firstName,
    lastName: m.lastName,
    mobileNumber: m.mobileNumber,
    status: m.status === 'ACTIVE' ? 'ACTIVE' : 'INVITED',
  };
}

function adminOwner(env: Env, org: Pick<Organization, 'uuid' | 'parentUuid'>): Organization['owner'] {
  const adminUuid = org.parentUuid ?? org.uuid;
  return { type: 'ADMIN_ORGANIZATION', organizationUuid: adminUuid, name: env.db.organizations.get(adminUuid)?.name ?? 'Admin organization' };
}

/** Comma-separated enum list of a query parameter, or null when absent; 400 when invalid. */
function listParam<T extends string>(url: URL, name: string, allowed: readonly T[], max: number): T[] | null {
  const all = url.searchParams.getAll(name);
  if (all.length === 0) return null;
  if (all.length > 1) throw malformed(`Give ${name} once, as a comma-separated list.`);
  const values = all[0]!.split(',');
  if (values.length < 1 || values.length > max || new Set(values).size !== values.length || !values.every((v) => (allowed as readonly string[]).includes(v))) {
    throw malformed(`${name} must be a comma-separated list of ${allowed.join(', ')} without repeats.`);
  }
  return values as T[];
}

function singleParam(url: URL, name: string): string | null {
  const all = url.searchParams.getAll(name);
  if (all.length > 1) throw malformed(`Give ${name} only once.`);
  return all[0] ?? null;
}

function malformed(detail: string): Problem {
  return new Problem('malformed-request', detail);
}

function limitParam(url: URL): number {
  const raw = singleParam(url, 'limit');
  if (raw === null) return 20;
  if (!/^[0-9]{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) throw malformed('limit must be a whole number from 1 to 100.');
  return Number(raw);
}

const codePoints = (s: string): number => [...s].length;

// ---------- remote support state ----------

/** An APPROVED request whose expiresAt has passed reads as EXPIRED. */
function refreshRequests(env: Env, orgUuid: string): RemoteSupportRequest[] {
  const list = env.db.requestsOf(orgUuid);
  const now = env.db.now().getTime();
  list.forEach((r, i) => {
    if (r.status === 'APPROVED' && r.expiresAt !== null && Date.parse(r.expiresAt) <= now) list[i] = { ...r, status: 'EXPIRED' };
  });
  return list;
}

const pendingOf = (list: RemoteSupportRequest[]): RemoteSupportRequest | null => list.find((r) => r.status === 'PENDING') ?? null;
const grantOf = (list: RemoteSupportRequest[]): RemoteSupportRequest | null => list.find((r) => r.status === 'APPROVED') ?? null;

function replaceRequest(env: Env, orgUuid: string, next: RemoteSupportRequest): RemoteSupportRequest {
  const list = env.db.requestsOf(orgUuid);
  const i = list.findIndex((r) => r.id === next.id);
  if (i >= 0) list[i] = next;
  else list.push(next);
  env.db.save();
  return next;
}

/** The system ends a PENDING request (CANCELLED) and, when asked, the active grant (REVOKED). */
function endRemoteSupport(env: Env, orgUuid: string, revokeGrant: boolean): void {
  const list = refreshRequests(env, orgUuid);
  const now = env.db.timestamp();
  const pending = pendingOf(list);
  if (pending) replaceRequest(env, orgUuid, { ...pending, status: 'CANCELLED', decidedBy: null, decidedAt: now });
  const grant = grantOf(list);
  if (revokeGrant && grant) replaceRequest(env, orgUuid, { ...grant, status: 'REVOKED', decidedAt: grant.decidedAt ?? now });
}

function addMinutes(env: Env, minutes: number): string {
  return iso(env.db.now().getTime() + minutes * 60_000);
}

// ---------- session ----------

const getMe: Operation = {
  id: 'getMe',
  method: 'get',
  path: '/me',
  permission: null,
  run: ({ caller }) =>
    jsonResponse({ userId: caller.userId, displayName: caller.displayName, organizationUuid: caller.organizationUuid, permissions: caller.permissions }),
};

const getCapabilities: Operation = {
  id: 'getDomainCapabilities',
  method: 'get',
  path: '/domain/capabilities',
  permission: null,
  run: ({ env }) => jsonResponse(env.capabilities),
};

// ---------- organizations ----------

const searchOrganizations: Operation = {
  id: 'searchOrganizations',
  method: 'get',
  path: '/organizations',
  permission: 'organizations:read',
  run(ctx) {
    const { url, env, caller } = ctx;
    const rawQ = singleParam(url, 'q');
    const q = (rawQ ?? '').normalize('NFC').trim();
    if (codePoints(q) > MAX_QUERY_LENGTH) throw malformed(`q must be at most ${MAX_QUERY_LENGTH} characters.`);
    const searchBy = (singleParam(url, 'searchBy') ?? 'auto') as (typeof SEARCH_BY_VALUES)[number];
    if (!SEARCH_BY_VALUES.includes(searchBy)) throw malformed(`searchBy must be one of ${SEARCH_BY_VALUES.join(', ')}.`);
    const statuses = listParam(url, 'status', ORGANIZATION_STATUSES, 3) ?? ['ACTIVE', 'SUSPENDED'];
    const types = listParam(url, 'accountType', ACCOUNT_TYPES, 5);
    const managedBy = listParam(url, 'managedBy', MANAGED_BY_VALUES, 2);
    const limit = limitParam(url);
    const sort = (singleParam(url, 'sort') ?? 'name') as OrganizationSort;
    if (!['name', '-name', 'createdAt', '-createdAt'].includes(sort)) throw malformed('sort must be one of name, -name, createdAt, -createdAt.');
    if (searchBy !== 'auto' && !isValidForSearchBy(q, searchBy)) throw malformed(`"${q}" cannot match searchBy=${searchBy}.`);
    const hash = queryHash(['org', caller.userId, q, searchBy, statuses.join(','), types?.join(',') ?? '', managedBy?.join(',') ?? '', sort, String(limit)]);
    const rawCursor = singleParam(url, 'cursor');
    const after = rawCursor === null ? null : decodeCursor(rawCursor, hash);
    if (rawCursor !== null && after === null) throw malformed('The cursor is invalid or belongs to another query.');

    let mode: SearchQuery['mode'];
    if (q === '') mode = { kind: 'all' };
    else if (searchBy === 'auto') {
      const detected = detectSearchKey(q);
      mode = detected.key === 'text' ? { kind: 'text', value: detected.value } : { kind: detected.key, value: detected.value };
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
    const candidate = `${base}-${Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0')}`;
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
    if (!own || own.tier !== 'SUPERNODE') throw new Problem('forbidden', 'Only callers whose organization is a SUPERNODE can create organizations.');
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
      remoteSupport: { approvalRequired: input.managedBy === 'CUSTOMER' ? (input.requireRemoteSupportApproval ?? true) : false },
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
    const next = commit(ctx, { ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.countryCode !== undefined ? { countryCode: patch.countryCode } : {}) });
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
    return organizationResponse(ctx.env, commit(ctx, { buyerTags: buyerTags.map((t) => ({ key: t.key, value: t.value })) }));
  },
};

/** Whether the bytes start like the declared image type (what "decodes" means to the mock). */
export function looksLike(type: string, b: Uint8Array): boolean {
  const at = (i: number, ...bytes: number[]): boolean => bytes.every((x, k) => b[i + k] === x);
  switch (type) {
    case 'image/png':
      return b.length >= 33 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return b.length >= 4 && at(0, 0xff, 0xd8, 0xff);
    case 'image/webp':
      return b.length >= 16 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50);
    default:
      return false;
  }
}

export const PICTURE_BASE = 'https://cdn.sales-hub.example/org-pictures';

const uploadProfilePicture: Operation = {
  id: 'uploadProfilePicture',
  method: 'put',
  path: '/organizations/:uuid/profile-picture',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'image',
  run(ctx) {
    const type = (ctx.request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!looksLike(type, ctx.bytes)) {
      throw validationProblem([{ pointer: '', code: 'image-invalid', message: `The file is not a valid ${type.slice(6).toUpperCase()} image.` }]);
    }
    assertEditable(ctx.org);
    const ext = type === 'image/jpeg' ? 'jpg' : type.slice(6);
    ctx.env.db.pictures.set(ctx.org.uuid, { type, bytes: ctx.bytes });
    const next = commit(ctx, { profilePictureUrl: `${PICTURE_BASE}/${ctx.org.uuid}/v${ctx.org.version + 1}.${ext}` });
    return organizationResponse(ctx.env, next);
  },
};

const removeProfilePicture: Operation = {
  id: 'deleteProfilePicture',
  method: 'delete',
  path: '/organizations/:uuid/profile-picture',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertEditable(ctx.org);
    ctx.env.db.pictures.delete(ctx.org.uuid);
    return organizationResponse(ctx.env, commit(ctx, { profilePictureUrl: null }));
  },
};

const updateRemoteSupportPolicy: Operation = {
  id: 'updateRemoteSupportPolicy',
  method: 'put',
  path: '/organizations/:uuid/remote-support/policy',
  permission: 'organizations:write',
  org: true,
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateWith(RemoteSupportPolicy, ctx.body));
    assertEditable(ctx.org);
    if (ctx.org.managedBy !== 'CUSTOMER') {
      throw new Problem('invalid-state', 'Service-Provider-managed organizations never need approval for remote support.');
    }
    const { approvalRequired } = ctx.body as { approvalRequired: boolean };
    if (!approvalRequired) endRemoteSupport(ctx.env, ctx.org.uuid, false);
    return organizationResponse(ctx.env, commit(ctx, { remoteSupport: { approvalRequired } }));
  },
};

// ---------- ownership ----------

const changeOwnership: Operation = {
  id: 'changeOwnership',
  method: 'post',
  path: '/organizations/:uuid/ownership-change',
  permission: 'organizations:ownership',
  org: true,
  authorize: forbidOwn('switch the ownership of'),
  idempotent: true,
  ifMatch: true,
  body: 'json',
  run(ctx) {
    const { env, org } = ctx;
    const { validation } = splitBusinessRuleErrors(validateOwnershipChange(ctx.body, env.capabilities));
    check(validation);
    assertEditable(org);
    const request = normalizeInput(ctx.body) as OwnershipChangeRequest;
    const violation = ownershipChangeViolations(request, org.managedBy)[0];
    if (violation) throw ruleProblem(violation);
    const members = env.db.membersOf(org.uuid);
    if (request.to === 'CUSTOMER') {
      const newOwner = request.newOwner!;
      let owner: StoredMember;
      if (newOwner.kind === 'NEW_PERSON') {
        const email = normalizeEmail(newOwner.email);
        if (members.some((m) => m.email.toLowerCase() === email.toLowerCase())) {
          throw ruleProblem({ slug: 'member-not-eligible', pointer: '/newOwner/email', message: 'This person is already a member: choose them as an existing member instead.' });
        }
        owner = { memberId: randomUuid(), email, firstName: newOwner.firstName, lastName: newOwner.lastName, role: 'OWNER', status: 'INVITED', mobileNumber: newOwner.mobileNumber ?? null };
        members.push(owner);
      } else {
        const index = members.findIndex((m) => m.memberId === newOwner.memberId.toLowerCase());
        const found = members[index];
        if (!found || found.status === 'DISABLED' || found.role === 'OWNER') {
          const message = !found ? 'This person is not a member of the organization.' : found.status === 'DISABLED' ? 'A disabled member cannot become the owner.' : 'This member is already the owner.';
          throw ruleProblem({ slug: 'member-not-eligible', pointer: '/newOwner/memberId', message });
        }
        owner = { ...found, role: 'OWNER' };
        members[index] = owner;
      }
      env.db.membersChanged(org.uuid);
      const next = commit(ctx, {
        managedBy: 'CUSTOMER',
        owner: ownerOf(owner),
        remoteSupport: { approvalRequired: request.requireRemoteSupportApproval ?? true },
      });
      return organizationResponse(env, next);
    }
    const role = request.formerOwnerRole!;
    members.forEach((m, i) => {
      if (m.role === 'OWNER') members[i] = { ...m, role };
    });
    env.db.membersChanged(org.uuid);
    endRemoteSupport(env, org.uuid, true);
    const next = commit(ctx, { managedBy: 'SERVICE_PROVIDER', owner: adminOwner(env, org), remoteSupport: { approvalRequired: false } });
    return organizationResponse(env, next);
  },
};

// ---------- lifecycle ----------

const suspendOrganization: Operation = {
  id: 'suspendOrganization',
  method: 'post',
  path: '/organizations/:uuid/suspend',
  permission: 'organizations:status',
  org: true,
  authorize: forbidOwn('suspend'),
  ifMatch: true,
  body: 'json',
  run(ctx) {
    check(validateSuspend(ctx.body, ctx.env.capabilities));
    assertTransition(ctx.org, 'suspend');
    const { reason, note } = normalizeInput(ctx.body) as SuspendRequest;
    return organizationResponse(ctx.env, commit(ctx, { status: 'SUSPENDED', statusReason: reason, statusNote: note ?? null }));
  },
};

const activateOrganization: Operation = {
  id: 'activateOrganization',
  method: 'post',
  path: '/organizations/:uuid/activate',
  permission: 'organizations:status',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertTransition(ctx.org, 'activate');
    return organizationResponse(ctx.env, commit(ctx, { status: 'ACTIVE', statusReason: null, statusNote: null }));
  },
};

const restoreOrganization: Operation = {
  id: 'restoreOrganization',
  method: 'post',
  path: '/organizations/:uuid/restore',
  permission: 'organizations:delete',
  org: true,
  ifMatch: true,
  run(ctx) {
    assertTransition(ctx.org, 'restore');
    return organizationResponse(ctx.env, commit(ctx, { status: 'ACTIVE', statusReason: null, statusNote: null, purgeAfter: null }));
  },
};

/** The percent-decoded `Confirm-Name`, or null when it is missing, not printable ASCII or undecodable. */
function decodeConfirmName(value: string | null): string | null {
  if (value === null || !/^[\x20-\x7E]{1,1200}$/.test(value)) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

const deleteOrganization: Operation = {
  id: 'deleteOrganization',
  method: 'delete',
  path: '/organizations/:uuid',
  permission: 'organizations:delete',
  org: true,
  authorize: forbidOwn('delete'),
  ifMatch: true,
  run(ctx) {
    const { env, org } = ctx;
    assertTransition(org, 'delete');
    if (env.db.childrenOf(org.uuid).length > 0) {
      throw new Problem('has-child-organizations', 'Delete or move its child organizations first.');
    }
    if (decodeConfirmName(ctx.request.headers.get('Confirm-Name')) !== org.name) {
      throw new Problem('confirmation-mismatch', 'Type the organization name exactly as it is shown to confirm.');
    }
    const grace = env.db.deletionGraceDays;
    endRemoteSupport(env, org.uuid, true);
    if (grace === 0) {
      env.db.purge(org.uuid);
      return new Response(null, { status: 204 });
    }
    // statusReason and statusNote belong to SUSPENDED only: a suspended organization scheduled for deletion drops them.
    const next = commit(ctx, { status: 'PENDING_DELETION', statusReason: null, statusNote: null, purgeAfter: purgeAfterFor(env.db.now(), grace) });
    return organizationResponse(env, next);
  },
};

// ---------- members ----------

const listMembers: Operation = {
  id: 'listMembers',
  method: 'get',
  path: '/organizations/:uuid/members',
  permission: 'organizations:read',
  org: true,
  run(ctx) {
    const { url, env, org } = ctx;
    const rawQ = singleParam(url, 'q');
    const q = rawQ === null ? '' : rawQ.trim();
    if (rawQ !== null && (codePoints(rawQ) < 1 || codePoints(q) > 100)) throw malformed('q must be 1–100 characters.');
    const roles = listParam(url, 'role', MEMBER_ROLES, 3);
    const statuses = listParam(url, 'status', MEMBER_STATUSES, 3);
    const limit = limitParam(url);
    const hash = queryHash(['members', org.uuid, q, roles?.join(',') ?? '', statuses?.join(',') ?? '', String(limit)]);
    const rawCursor = singleParam(url, 'cursor');
    const after = rawCursor === null ? null : decodeCursor(rawCursor, hash);
    if (rawCursor !== null && after === null) throw malformed('The cursor is invalid or belongs to another query.');
    const needle = q.toLowerCase();
    const items: StoredMember[] = [];
    let more = false;
    const key = (m: StoredMember) => ({ p: memberSortKey(m), u: m.memberId });
    const sorted = env.db.sortedMembersOf(org.uuid);
    for (let i = startAfter(sorted, key, false, after); i < sorted.length; i++) {
      const m = sorted[i]!;
      if (roles && !roles.includes(m.role)) continue;
      if (statuses && !statuses.includes(m.status)) continue;
      if (needle && !`${m.firstName}\u0000${m.lastName}\u0000${m.email}`.toLowerCase().includes(needle)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(m);
    }
    const last = items[items.length - 1];
    return jsonResponse({
      items: items.map(({ memberId, email, firstName, lastName, role, status }) => ({ memberId, email, firstName, lastName, role, status })),
      nextCursor: more && last ? encodeCursor(key(last), hash) : null,
    });
  },
};

// ---------- remote support ----------

const getRemoteSupport: Operation = {
  id: 'getRemoteSupport',
  method: 'get',
  path: '/organizations/:uuid/remote-support',
  permission: 'organizations:read',
  org: true,
  run(ctx) {
    const list = refreshRequests(ctx.env, ctx.org.uuid);
    const grant = grantOf(list);
    const overview: RemoteSupportOverview = {
      approvalRequired: ctx.org.remoteSupport.approvalRequired,
      loginRole: ctx.org.managedBy === 'CUSTOMER' ? 'SUPER_ADMIN' : 'OWNER',
      activeGrant: grant ? { requestId: grant.id, expiresAt: grant.expiresAt! } : null,
      pendingRequest: pendingOf(list),
    };
    return jsonResponse(overview);
  },
};

const createRemoteSupportRequest: Operation = {
  id: 'createRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests',
  permission: 'remote-support:request',
  org: true,
  idempotent: true,
  body: 'json',
  run(ctx) {
    const { env, org, caller } = ctx;
    check(validateRemoteSupportRequest(ctx.body, env.capabilities));
    assertEditable(org);
    const list = refreshRequests(env, org.uuid);
    if (pendingOf(list)) throw new Problem('invalid-state', 'A request is already waiting for the customer’s decision.');
    const violation = remoteSupportRequestViolation(org);
    if (violation) throw ruleProblem(violation);
    const { reason, requestedMinutes } = normalizeInput(ctx.body) as { reason: string; requestedMinutes: number };
    const request: RemoteSupportRequest = {
      id: randomUuid(),
      organizationUuid: org.uuid,
      status: 'PENDING',
      reason,
      requestedMinutes,
      requestedBy: { userId: caller.userId, displayName: caller.displayName },
      createdAt: env.db.timestamp(),
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      grantedMinutes: null,
      expiresAt: null,
    };
    replaceRequest(env, org.uuid, request);
    return jsonResponse(request, 201);
  },
};

function requestStateConflict(expected: string): Problem {
  return new Problem('invalid-state', expected);
}

const approveRemoteSupportRequest: Operation = {
  id: 'approveRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/approve',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  authorize(ctx) {
    if (ctx.rsRequest.requestedBy.userId === ctx.caller.userId) throw new Problem('forbidden', 'You cannot approve your own request.');
  },
  body: 'optional-json',
  run(ctx) {
    const { env, caller } = ctx;
    check(validateApprove(ctx.body, env.capabilities));
    refreshRequests(env, ctx.org.uuid);
    const current = env.db.requestsOf(ctx.org.uuid).find((r) => r.id === ctx.rsRequest.id)!;
    if (current.status !== 'PENDING') throw requestStateConflict(`Only a PENDING request can be approved; this one is ${current.status}.`);
    const minutes = (normalizeInput(ctx.body) as { minutes?: number } | undefined)?.minutes ?? current.requestedMinutes;
    const next = replaceRequest(env, ctx.org.uuid, {
      ...current,
      status: 'APPROVED',
      decidedBy: { userId: caller.userId, displayName: caller.displayName },
      decidedAt: env.db.timestamp(),
      grantedMinutes: minutes,
      expiresAt: addMinutes(env, minutes),
    });
    return jsonResponse(next);
  },
};

const rejectRemoteSupportRequest: Operation = {
  id: 'rejectRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/reject',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  body: 'optional-json',
  run(ctx) {
    const { env, caller } = ctx;
    check(validateReject(ctx.body, env.capabilities));
    refreshRequests(env, ctx.org.uuid);
    const current = env.db.requestsOf(ctx.org.uuid).find((r) => r.id === ctx.rsRequest.id)!;
    if (current.status !== 'PENDING') throw requestStateConflict(`Only a PENDING request can be rejected; this one is ${current.status}.`);
    const note = (normalizeInput(ctx.body) as { note?: string } | undefined)?.note ?? null;
    const next = replaceRequest(env, ctx.org.uuid, {
      ...current,
      status: 'REJECTED',
      decidedBy: { userId: caller.userId, displayName: caller.displayName },
      decidedAt: env.db.timestamp(),
      decisionNote: note,
    });
    return jsonResponse(next);
  },
};

const revokeRemoteSupportRequest: Operation = {
  id: 'revokeRemoteSupportRequest',
  method: 'post',
  path: '/organizations/:uuid/remote-support/requests/:id/revoke',
  permission: 'remote-support:approve',
  org: true,
  remoteSupportRequest: true,
  run(ctx) {
    const { env } = ctx;
    refreshRequests(env, ctx.org.uuid);
    const current = env.db.requestsOf(ctx.org.uuid).find((r) => r.id === ctx.rsRequest.id)!;
    if (current.status !== 'APPROVED') throw requestStateConflict(`Only an active (APPROVED, unexpired) grant can be revoked; this request is ${current.status}.`);
    return jsonResponse(replaceRequest(env, ctx.org.uuid, { ...current, status: 'REVOKED' }));
  },
};

const startRemoteSupportSession: Operation = {
  id: 'startRemoteSupportSession',
  method: 'post',
  path: '/organizations/:uuid/remote-support/sessions',
  permission: 'remote-support:request',
  org: true,
  run(ctx) {
    const { env, org } = ctx;
    assertEditable(org);
    const sessionId = randomUuid();
    const loginUrl = `https://portal.sales-hub.example/remote-login/${sessionId}?t=${randomUuid().replaceAll('-', '')}`;
    const defaultMinutes = env.capabilities.remoteSupport.defaultGrantMinutes;
    if (org.managedBy === 'SERVICE_PROVIDER') return jsonResponse({ sessionId, loginUrl, role: 'OWNER', expiresAt: addMinutes(env, defaultMinutes) }, 201);
    if (!org.remoteSupport.approvalRequired) return jsonResponse({ sessionId, loginUrl, role: 'SUPER_ADMIN', expiresAt: addMinutes(env, defaultMinutes) }, 201);
    const grant = grantOf(refreshRequests(env, org.uuid));
    if (!grant) throw new Problem('approval-required', 'The customer has to approve a remote-support request first.');
    return jsonResponse({ sessionId, loginUrl, role: 'SUPER_ADMIN', expiresAt: grant.expiresAt }, 201);
  },
};

/** Every operation of the contract. Order matters only where msw paths could overlap (none do). */
export const OPERATIONS: readonly Operation[] = [
  getMe,
  getCapabilities,
  searchOrganizations,
  createOrganization,
  getOrganization,
  updateOrganization,
  deleteOrganization,
  replaceBilling,
  replaceBuyerTags,
  uploadProfilePicture,
  removeProfilePicture,
  updateRemoteSupportPolicy,
  changeOwnership,
  suspendOrganization,
  activateOrganization,
  restoreOrganization,
  listMembers,
  getRemoteSupport,
  createRemoteSupportRequest,
  approveRemoteSupportRequest,
  rejectRemoteSupportRequest,
  revokeRemoteSupportRequest,
  startRemoteSupportSession,
];
