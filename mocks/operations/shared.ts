/** Helpers every group of operations shares: the organization as the API shows it, storing a change, and the common refusals. */
import type { FieldError, Organization } from '../../sdk/schemas/index.js';
import { isReadOnlyStatus } from '../../sdk/rules/index.js';
import { etagOf, jsonResponse, Problem, validationProblem } from '../http.js';
import type { Ctx, Env } from '../pipeline.js';
import type { StoredMember } from '../types.js';

/** The organization as the API shows it: a SERVICE_PROVIDER-managed owner carries its parent's current name. */
export function present(env: Env, org: Organization): Organization {
  if (org.owner.type !== 'ADMIN_ORGANIZATION') return org;
  const admin = env.db.organizations.get(org.owner.organizationUuid);
  if (!admin || admin.name === org.owner.name) return org;
  return { ...org, owner: { ...org.owner, name: admin.name } };
}

export function organizationResponse(env: Env, org: Organization, status = 200, headers: Record<string, string> = {}): Response {
  return jsonResponse(present(env, org), status, { ETag: etagOf(org), ...headers });
}

/** Stores `changes` as the next version of the path organization. */
export function commit(ctx: Ctx, changes: Partial<Organization>): Organization {
  const next: Organization = { ...ctx.org, ...changes, version: ctx.org.version + 1, updatedAt: ctx.env.db.timestamp() };
  ctx.env.db.update(next);
  ctx.org = next;
  return next;
}

export function check(errors: FieldError[]): void {
  if (errors.length > 0) throw validationProblem(errors);
}

export function transitionConflict(org: Organization, detail: string): Problem {
  return new Problem('invalid-state-transition', detail, { currentStatus: org.status });
}

/** Edits, ownership changes and remote-support requests are refused while PENDING_DELETION. */
export function assertEditable(org: Organization): void {
  if (isReadOnlyStatus(org.status)) throw transitionConflict(org, 'The organization is scheduled for deletion; restore it first.');
}

export function forbidOwn(what: string) {
  return (ctx: Ctx): void => {
    if (ctx.org.uuid === ctx.caller.organizationUuid) throw new Problem('forbidden', `You cannot ${what} your own organization.`);
  };
}

export function ownerOf(m: StoredMember): Organization['owner'] {
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

export function adminOwner(env: Env, org: Pick<Organization, 'uuid' | 'parentUuid'>): Organization['owner'] {
  const adminUuid = org.parentUuid ?? org.uuid;
  return { type: 'ADMIN_ORGANIZATION', organizationUuid: adminUuid, name: env.db.organizations.get(adminUuid)?.name ?? 'Admin organization' };
}

/** Comma-separated enum list of a query parameter, or null when absent; 400 when invalid. */

export function listParam<T extends string>(url: URL, name: string, allowed: readonly T[], max: number): T[] | null {
  const all = url.searchParams.getAll(name);
  if (all.length === 0) return null;
  if (all.length > 1) throw malformed(`Give ${name} once, as a comma-separated list.`);
  const values = all[0]!.split(',');
  if (values.length < 1 || values.length > max || new Set(values).size !== values.length || !values.every((v) => (allowed as readonly string[]).includes(v))) {
    throw malformed(`${name} must be a comma-separated list of ${allowed.join(', ')} without repeats.`);
  }
  return values as T[];
}

export function singleParam(url: URL, name: string): string | null {
  const all = url.searchParams.getAll(name);
  if (all.length > 1) throw malformed(`Give ${name} only once.`);
  return all[0] ?? null;
}

export function malformed(detail: string): Problem {
  return new Problem('malformed-request', detail);
}

export function limitParam(url: URL): number {
  const raw = singleParam(url, 'limit');
  if (raw === null) return 20;
  if (!/^[0-9]{1,3}$/.test(raw) || Number(raw) < 1 || Number(raw) > 100) throw malformed('limit must be a whole number from 1 to 100.');
  return Number(raw);
}

export const codePoints = (s: string): number => [...s].length;
