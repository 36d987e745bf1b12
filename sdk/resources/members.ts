import type { RequestOptions, Http } from '../http.js';
import { pagePromise, type PagePromise } from '../pagination.js';
import { MemberPage, type Member } from '../schemas/members.js';
import { normalizeInput } from '../schemas/validate.js';
import { validateMemberListParams, type MemberListParams } from '../schemas/queries.js';
import { assertId, assertValid } from './params.js';

/** The read-only member list of an organization. */
export class MembersResource {
  constructor(private readonly http: Http) {}

  /**
   * GET /organizations/{uuid}/members, sorted by role, then last and first name. Resolves with the first
   * page `{items, nextCursor}`, and `for await` walks every member of every page.
   */
  list(orgUuid: string, params: MemberListParams = {}, options?: RequestOptions): PagePromise<Member> {
    const normalized = normalizeInput(params);
    return pagePromise<Member>(
      async (cursor) => {
        assertId(orgUuid, 'orgUuid');
        assertValid(validateMemberListParams, normalized, 'malformed-request');
        const query = { ...normalized, ...(cursor === undefined ? {} : { cursor }) };
        return this.http.request({
          method: 'get',
          path: `organizations/${encodeURIComponent(orgUuid)}/members`,
          query,
          schema: MemberPage,
          options,
        });
      },
      (member) => member.memberId.toLowerCase(),
      options?.signal,
    );
  }
}
