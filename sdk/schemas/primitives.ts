import * as z from 'zod/mini';
import { rule, stringOf, text } from './checks.js';
import * as F from './field-rules.js';

export {
  E164_PATTERN,
  MULTILINE_TEXT_PATTERN,
  NO_CONTROL_PATTERN,
  TENANT_ID_PATTERN,
  UUID_PATTERN,
} from './field-rules.js';

const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;
const SIP_USERNAME_PATTERN = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+$/;

export const Uuid = /* @__PURE__ */ stringOf(F.UUID);
export type Uuid = z.infer<typeof Uuid>;

function isUtcTimestamp(value: string): boolean {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  // Round-tripping through Date rejects impossible dates such as 2025-02-30 that the pattern lets through.
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60
  );
}

/** RFC 3339 date-time in UTC, ending in `Z`. */
export const Timestamp = /* @__PURE__ */ z.string().check(
  /* @__PURE__ */ rule<string>({
    code: 'invalid-format',
    ok: isUtcTimestamp,
    message: 'Enter a UTC date and time such as 2025-03-14T08:21:37Z.',
  }),
);
export type Timestamp = z.infer<typeof Timestamp>;

export const TenantId = /* @__PURE__ */ stringOf(F.TENANT_ID);
export type TenantId = z.infer<typeof TenantId>;

export const OrganizationName = /* @__PURE__ */ stringOf(F.ORGANIZATION_NAME);
export type OrganizationName = z.infer<typeof OrganizationName>;

export const PersonName = /* @__PURE__ */ stringOf(F.PERSON_NAME);
export type PersonName = z.infer<typeof PersonName>;

export const Email = /* @__PURE__ */ stringOf(F.EMAIL);
export type Email = z.infer<typeof Email>;

export const E164 = /* @__PURE__ */ stringOf(F.E164);
export type E164 = z.infer<typeof E164>;

export const CountryCode = /* @__PURE__ */ stringOf(F.COUNTRY_CODE);
export type CountryCode = z.infer<typeof CountryCode>;

/** Any ISO 4217-shaped code; whether the domain enables it is a capability check (`currency-not-enabled`). */
export const CurrencyCode = /* @__PURE__ */ stringOf(F.CURRENCY_CODE);
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const SipUsername = /* @__PURE__ */ text(
  1,
  64,
  SIP_USERNAME_PATTERN,
  'Contains characters that are not allowed in a SIP username.',
);
export type SipUsername = z.infer<typeof SipUsername>;

export const ExternalContractId = /* @__PURE__ */ text(1, 64, F.NO_CONTROL_PATTERN, F.NO_CONTROL_MESSAGE);
export type ExternalContractId = z.infer<typeof ExternalContractId>;

export const BuyerTagKey = /* @__PURE__ */ stringOf(F.BUYER_TAG_KEY);
export type BuyerTagKey = z.infer<typeof BuyerTagKey>;

/** An absolute https URL (profile pictures, login links). */
export const HttpsUrl = /* @__PURE__ */ text(1, 2048, undefined, undefined, {
  code: 'invalid-format',
  ok: (s) => s.startsWith('https://') && URL.canParse(s),
  message: 'Enter an https URL.',
});
export type HttpsUrl = z.infer<typeof HttpsUrl>;

/** An Idempotency-Key header: 1–255 printable ASCII characters (a UUID v4 is recommended). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x20-\x7E]{1,255}$/;

/** The opaque `nextCursor` of a page. */
export const Cursor = /* @__PURE__ */ text(1, 512, /^[A-Za-z0-9_-]+$/, 'Not a valid cursor.');

/** Lower-cases the domain part, as the server stores addresses; the local part is left as typed. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
}
