import * as z from 'zod/mini';
import { list } from './checks.js';
import * as F from './field-rules.js';
import { MemberRole, MemberStatus } from './enums.js';
import { Cursor, Email, PersonName, Uuid } from './primitives.js';

export const Member = /* @__PURE__ */ z.object({
  memberId: Uuid,
  email: Email,
  firstName: PersonName,
  lastName: PersonName,
  role: MemberRole,
  status: MemberStatus,
});
export interface Member extends z.infer<typeof Member> {}

export const MemberPage = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ list(Member, F.MAX_PAGE_SIZE),
  nextCursor: /* @__PURE__ */ z.nullable(Cursor),
});
export interface MemberPage extends z.infer<typeof MemberPage> {}
