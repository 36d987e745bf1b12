/** Helpers every group of operations shares: the organization as the API shows it, storing a change, and the common refusals. */
import type { FieldError, Organization, ParsedQuery } from '../../sdk/schemas/index.js';
import { isReadOnlyStatus } from '../../sdk/rules/index.js';
import { decodeCursor, etagOf, jsonResponse, Problem, validationProblem, type CursorPosition } from '../http.js';
import type { Ctx, Env } from '../pipeline.js';
import type { StoredMember } from '../types.js';

/** The organization as the API shows it: a SERVICE_PROVIDER-managed owner carries its parent's current name. */
export function present(env: Env, org: Organization): Organization {
  if (org.owner.type !== 'ADMIN_ORGANIZATION') return org;
  const admin = env.db.organizations.get(org.owner.organizationUuid);
  if (!admin || admin.name === org.owner.name) return org;
  return { ...org, owner: { ...org.owner, name: admin.name } };
}

export function organizationResponse(
  env: Env,
  org: Organization,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(present(env, org), status, { ETag: etagOf(org), ...headers });
}

/** Stores `changes` as the next version of the path organization. */
export function commit(ctx: Ctx, changes: Partial<Organization>): Organization {
  const next: Organization = {
    ...ctx.org,
    ...changes,
    version: ctx.org.version + 1,
    updatedAt: ctx.env.db.timestamp(),
  };
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
  if (isReadOnlyStatus(org.status))
    throw transitionConflict(org, 'The organization is scheduled for deletion; restore it first.');
}

export function forbidOwn(what: string) {
  return (ctx: Ctx): void => {
    if (ctx.org.uuid === ctx.caller.organizationUuid)
      throw new Problem('forbidden', `You cannot ${what} your own organization.`);
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
  return {
    type: 'ADMIN_ORGANIZATION',
    organizationUuid: adminUuid,
    name: env.db.organizations.get(adminUuid)?.name ?? 'Admin organization',
  };
}

/** The parsed query parameters, or `400 malformed-request` saying what is wrong with them (the client's own rule). */
export function queryOf<T>(parsed: ParsedQuery<T>): T {
  if (parsed.ok) return parsed.params;
  throw new Problem(
    'malformed-request',
    parsed.errors.map((e) => `${e.pointer.split('/')[1]}: ${e.message}`).join(' '),
  );
}

/** Where a page starts: after the cursor's position, or at the top without one; 400 for a cursor of another query. */
export function cursorAfter(cursor: string | undefined, hash: string): CursorPosition | null {
  if (cursor === undefined) return null;
  const after = decodeCursor(cursor, hash);
  if (after === null) throw new Problem('malformed-request', 'The cursor is invalid or belongs to another query.');
  return after;
}
