import * as z from 'zod/mini';
import { rule, text } from './checks.js';
import { isAssignedCountry } from './countries.js';

// The patterns are the contract's, verbatim; the `u` flag makes the negated classes step over whole code points.
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;
export const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Printable text with at least one non-space character (OrganizationName, PersonName). */
const DISPLAY_NAME_PATTERN = /^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$/u;
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
export const E164_PATTERN = /^\+[1-9][0-9]{1,14}$/;
const SIP_USERNAME_PATTERN = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?\/]|%[0-9A-Fa-f]{2})+$/;
/** No C0/C1 control characters (ExternalContractId, address lines). */
export const NO_CONTROL_PATTERN = /^[^\x00-\x1F\x7F-\x9F]+$/u;
/** Free text that may span lines: tab, LF and CR allowed (notes and reasons). */
export const MULTILINE_TEXT_PATTERN = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+$/u;
const BUYER_TAG_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

const NO_CONTROL_MESSAGE = 'Must not contain control characters.';

export const Uuid = /* @__PURE__ */ z.string().check(rule<string>({ code: 'invalid-format', ok: (s) => UUID_PATTERN.test(s), message: 'Enter a valid UUID.' }));
export type Uuid = z.infer<typeof Uuid>;

function isUtcTimestamp(value: string): boolean {
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  // Round-tripping through Date rejects impossible dates such as 2025-02-30 that the pattern lets through.
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** RFC 3339 date-time in UTC, ending in `Z`. */
export const Timestamp = /* @__PURE__ */ z.string().check(
  rule<string>({ code: 'invalid-format', ok: isUtcTimestamp, message: 'Enter a UTC date and time such as 2025-03-14T08:21:37Z.' }),
);
export type Timestamp = z.infer<typeof Timestamp>;

export const TenantId = /* @__PURE__ */ text(1, 64, TENANT_ID_PATTERN, "Use letters, digits, '.', '_' or '-', starting with a letter or digit.");
export type TenantId = z.infer<typeof TenantId>;

export const OrganizationName = /* @__PURE__ */ text(1, 100, DISPLAY_NAME_PATTERN, NO_CONTROL_MESSAGE);
export type OrganizationName = z.infer<typeof OrganizationName>;

export const PersonName = /* @__PURE__ */ text(1, 50, DISPLAY_NAME_PATTERN, NO_CONTROL_MESSAGE);
export type PersonName = z.infer<typeof PersonName>;

export const Email = /* @__PURE__ */ text(3, 254, EMAIL_PATTERN, 'Enter a valid email address.');
export type Email = z.infer<typeof Email>;

export const E164 = /* @__PURE__ */ text(3, 16, E164_PATTERN, 'Enter the number in international format, for example +6591234567.');
export type E164 = z.infer<typeof E164>;

export const CountryCode = /* @__PURE__ */ text(2, 2, /^[A-Z]{2}$/, 'Use a two-letter country code in capitals, for example SG.', {
  code: 'country-unknown',
  ok: isAssignedCountry,
  message: (code) => `${code} is not an ISO country code.`,
});
export type CountryCode = z.infer<typeof CountryCode>;

/** Any ISO 4217-shaped code; whether the domain enables it is a capability check (`currency-not-enabled`). */
export const CurrencyCode = /* @__PURE__ */ text(3, 3, /^[A-Z]{3}$/, 'Use a three-letter currency code in capitals, for example SGD.');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

export const SipUsername = /* @__PURE__ */ text(1, 64, SIP_USERNAME_PATTERN, 'Contains characters that are not allowed in a SIP username.');
export type SipUsername = z.infer<typeof SipUsername>;

export const ExternalContractId = /* @__PURE__ */ text(1, 64, NO_CONTROL_PATTERN, NO_CONTROL_MESSAGE);
export type ExternalContractId = z.infer<typeof ExternalContractId>;

export const BuyerTagKey = /* @__PURE__ */ text(1, 32, BUYER_TAG_KEY_PATTERN, 'Use a letter followed by letters or digits.');
export type BuyerTagKey = z.infer<typeof BuyerTagKey>;

/** An absolute https URL (profile pictures, login links). */
export const HttpsUrl = /* @__PURE__ */ text(1, 2048, undefined, undefined, {
  code: 'invalid-format',
  ok: (s) => s.startsWith('https://') && URL.canParse(s),
  message: 'Enter an https URL.',
});
export type HttpsUrl = z.infer<typeof HttpsUrl>;

/** The opaque `nextCursor` of a page. */
export const Cursor = /* @__PURE__ */ text(1, 512, /^[A-Za-z0-9_-]+$/, 'Not a valid cursor.');

/** Lower-cases the domain part, as the server stores addresses; the local part is left as typed. */
export function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : email.slice(0, at) + email.slice(at).toLowerCase();
}
