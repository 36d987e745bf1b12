/** POST /organizations/{uuid}/ownership-change: switch "Managed by" either way. */
import type { OwnershipChangeRequest } from '../../sdk/schemas/index.js';
import {
  normalizeEmail,
  normalizeInput,
  splitBusinessRuleErrors,
  validateOwnershipChange,
} from '../../sdk/schemas/index.js';
import { ownershipChangeViolations } from '../../sdk/rules/index.js';
import { randomUuid } from '../data/prng.js';
import { ruleProblem } from '../http.js';
import type { Operation } from '../pipeline.js';
import type { StoredMember } from '../types.js';
import { endRemoteSupport } from './remote-support.js';
import { adminOwner, assertEditable, check, commit, forbidOwn, organizationResponse, ownerOf } from './shared.js';

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
          throw ruleProblem({
            slug: 'member-not-eligible',
            pointer: '/newOwner/email',
            message: 'This person is already a member: choose them as an existing member instead.',
          });
        }
        owner = {
          memberId: randomUuid(),
          email,
          firstName: newOwner.firstName,
          lastName: newOwner.lastName,
          role: 'OWNER',
          status: 'INVITED',
          mobileNumber: newOwner.mobileNumber ?? null,
        };
        members.push(owner);
      } else {
        const index = members.findIndex((m) => m.memberId === newOwner.memberId.toLowerCase());
        const found = members[index];
        if (!found || found.status === 'DISABLED' || found.role === 'OWNER') {
          const message = !found
            ? 'This person is not a member of the organization.'
            : found.status === 'DISABLED'
              ? 'A disabled member cannot become the owner.'
              : 'This member is already the owner.';
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
    const next = commit(ctx, {
      managedBy: 'SERVICE_PROVIDER',
      owner: adminOwner(env, org),
      remoteSupport: { approvalRequired: false },
    });
    return organizationResponse(env, next);
  },
};

export const ownershipOperations: readonly Operation[] = [changeOwnership];
