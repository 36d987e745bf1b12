/** GET /organizations/{uuid}/members. */
import { DEFAULT_PAGE_SIZE, parseMemberListQuery } from '../../sdk/schemas/index.js';
import { memberSortKey } from '../db.js';
import { encodeCursor, jsonResponse, queryHash } from '../http.js';
import type { Operation } from '../pipeline.js';
import { startAfter } from '../search.js';
import type { StoredMember } from '../types.js';
import { cursorAfter, queryOf } from './shared.js';

const listMembers: Operation = {
  id: 'listMembers',
  method: 'get',
  path: '/organizations/:uuid/members',
  permission: 'organizations:read',
  org: true,
  run(ctx) {
    const { url, env, org } = ctx;
    const {
      q = '',
      role: roles,
      status: statuses,
      limit = DEFAULT_PAGE_SIZE,
      cursor,
    } = queryOf(parseMemberListQuery(url.searchParams));
    const hash = queryHash(['members', org.uuid, q, roles?.join(',') ?? '', statuses?.join(',') ?? '', String(limit)]);
    const after = cursorAfter(cursor, hash);
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
      items: items.map(({ memberId, email, firstName, lastName, role, status }) => ({
        memberId,
        email,
        firstName,
        lastName,
        role,
        status,
      })),
      nextCursor: more && last ? encodeCursor(key(last), hash) : null,
    });
  },
};

export const memberOperations: readonly Operation[] = [listMembers];
