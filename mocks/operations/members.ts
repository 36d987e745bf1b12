/** GET /organizations/{uuid}/members. */
import { MEMBER_ROLES, MEMBER_STATUSES } from '../../sdk/schemas/index.js';
import { memberSortKey } from '../db.js';
import { decodeCursor, encodeCursor, jsonResponse, queryHash } from '../http.js';
import type { Operation } from '../pipeline.js';
import { startAfter } from '../search.js';
import type { StoredMember } from '../types.js';
import { codePoints, limitParam, listParam, malformed, singleParam } from './shared.js';

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

export const memberOperations: readonly Operation[] = [listMembers];
