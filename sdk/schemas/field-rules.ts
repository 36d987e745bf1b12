import { isAssignedCountry } from './countries.js';

/**
 * The contract's rules for the fields of request bodies, as plain data: the zod schemas (primitives.ts,
 * organization.ts, requests.ts) check them through `rule()` (checks.ts), which reports the first rule a value
 * breaks with the rule's stable code. Internal to sdk/schemas.
 */

/** The number of Unicode code points, which is how the contract counts lengths. */
export function codePointLength(value: string): number {
  return [...value].length;
}

export type Message<T> = string | ((value: T) => string);

/** One condition of a value: when `ok` is false the value fails with `code` and `message`. */
export interface Rule<T> {
  code: string;
  ok: (value: T) => boolean;
  message: Message<T>;
}

/** The first rule the value breaks, as `[code, message]`; undefined when it keeps them all. */
export function firstFailure<T>(rules: readonly Rule<T>[], value: T): [code: string, message: string] | undefined {
  const failed = rules.find((r) => !r.ok(value));
  return failed && [failed.code, typeof failed.message === 'string' ? failed.message : failed.message(value)];
}

/**
 * A string of `min`–`max` code points that matches `pattern` (`invalid-format`) and then any `more` rules, in that
 * order; the first failure is the one reported.
 */
/* @__NO_SIDE_EFFECTS__ */
export function textRules(
  min: number,
  max: number,
  pattern?: RegExp,
  formatMessage: Message<string> = 'Contains characters that are not allowed.',
  ...more: Rule<string>[]
): Rule<string>[] {
  const rules: Rule<string>[] = [
    {
      code: 'too-short',
      ok: (s) => codePointLength(s) >= min,
      message: min === 1 ? 'Enter a value.' : `Must be at least ${min} characters.`,
    },
    { code: 'too-long', ok: (s) => codePointLength(s) <= max, message: `Must be at most ${max} characters.` },
  ];
  if (pattern) rules.push({ code: 'invalid-format', ok: (s) => pattern.test(s), message: formatMessage });
  return [...rules, ...more];
}

/** A whole number in `min..max` (`out-of-range` otherwise). */
/* @__NO_SIDE_EFFECTS__ */
export function rangeRules(
  min: number,
  max: number,
  message: string = `Must be between ${min} and ${max}.`,
): Rule<number>[] {
  return [{ code: 'out-of-range', ok: (n) => n >= min && n <= max, message }];
}

/** Reports a field error of a list, at the list or at `path` below it. */
export type Report = (code: string, message: string, path?: PropertyKey[]) => void;

/** An array of `min`–`max` items (`too-short`, `too-many-items`), counted even when some items are invalid. */
/* @__NO_SIDE_EFFECTS__ */
export function listSize(max: number, noun = 'items', min = 0) {
  return (items: unknown[], report: Report): void => {
    if (items.length < min) report('too-short', min === 1 ? 'Add at least one item.' : `Add at least ${min} ${noun}.`);
    if (items.length > max) report('too-many-items', `Add at most ${max} ${noun}.`);
  };
}

/** Each repeated buyer-tag key is reported at `/…/i/key`. */
export function uniqueBuyerTagKeys(tags: unknown[], report: Report): void {
  const seen = new Set<string>();
  tags.forEach((tag, index) => {
    const key = (tag as { key?: unknown } | null)?.key;
    if (typeof key !== 'string') return;
    if (seen.has(key)) report('duplicate-key', 'Each buyer tag key may be used only once.', [index, 'key']);
    seen.add(key);
  });
}

// The patterns are the contract's, verbatim; the `u` flag makes the negated classes step over whole code points.
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const TENANT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Printable text with at least one non-space character (OrganizationName, PersonName). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the contract's pattern, which excludes control characters
const DISPLAY_NAME_PATTERN = /^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$/u;
const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
export const E164_PATTERN = /^\+[1-9][0-9]{1,14}$/;
/** No C0/C1 control characters (ExternalContractId, address lines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the contract's pattern, which excludes control characters
export const NO_CONTROL_PATTERN = /^[^\x00-\x1F\x7F-\x9F]+$/u;
/** Free text that may span lines: tab, LF and CR allowed (notes and reasons). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the contract's pattern, which excludes control characters
export const MULTILINE_TEXT_PATTERN = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F]+$/u;
const BUYER_TAG_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,31}$/;
const BUYER_TAG_VALUE_PATTERN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the contract's pattern, which excludes control characters
  /^[^\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]*[^\s\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF][^\x00-\x1F\x7F-\x9F\xAD\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]*$/u;

export const NO_CONTROL_MESSAGE = 'Must not contain control characters.';

export const UUID: Rule<string>[] = [
  { code: 'invalid-format', ok: (s) => UUID_PATTERN.test(s), message: 'Enter a valid UUID.' },
];
export const TENANT_ID = /* @__PURE__ */ textRules(
  1,
  64,
  TENANT_ID_PATTERN,
  "Use letters, digits, '.', '_' or '-', starting with a letter or digit.",
);
export const ORGANIZATION_NAME = /* @__PURE__ */ textRules(1, 100, DISPLAY_NAME_PATTERN, NO_CONTROL_MESSAGE);
export const PERSON_NAME = /* @__PURE__ */ textRules(1, 50, DISPLAY_NAME_PATTERN, NO_CONTROL_MESSAGE);
export const EMAIL = /* @__PURE__ */ textRules(3, 254, EMAIL_PATTERN, 'Enter a valid email address.');
export const E164 = /* @__PURE__ */ textRules(
  3,
  16,
  E164_PATTERN,
  'Enter the number in international format, for example +6591234567.',
);
export const COUNTRY_CODE = /* @__PURE__ */ textRules(
  2,
  2,
  /^[A-Z]{2}$/,
  'Use a two-letter country code in capitals, for example SG.',
  {
    code: 'country-unknown',
    ok: isAssignedCountry,
    message: (code) => `${code} is not an ISO country code.`,
  },
);
/** Any ISO 4217-shaped code; whether the domain enables it is a capability check (`currency-not-enabled`). */
export const CURRENCY_CODE = /* @__PURE__ */ textRules(
  3,
  3,
  /^[A-Z]{3}$/,
  'Use a three-letter currency code in capitals, for example SGD.',
);
export const BUYER_TAG_KEY = /* @__PURE__ */ textRules(
  1,
  32,
  BUYER_TAG_KEY_PATTERN,
  'Use a letter followed by letters or digits.',
);
export const BUYER_TAG_VALUE = /* @__PURE__ */ textRules(
  1,
  64,
  BUYER_TAG_VALUE_PATTERN,
  'Use printable characters only.',
);
export const ADDRESS_LINE = /* @__PURE__ */ textRules(1, 100, NO_CONTROL_PATTERN, NO_CONTROL_MESSAGE);
export const CITY_NAME = /* @__PURE__ */ textRules(1, 60, NO_CONTROL_PATTERN, NO_CONTROL_MESSAGE);
export const POST_CODE = /* @__PURE__ */ textRules(
  1,
  16,
  /^[A-Za-z0-9 -]+$/,
  'Use letters, digits, spaces or hyphens.',
);
export const TAX_REGISTRATION_NUMBER = /* @__PURE__ */ textRules(
  1,
  50,
  /^[A-Za-z0-9 ./-]+$/,
  "Use letters, digits, spaces, '.', '/' or '-'.",
);
/** The longest note or reason, in characters. */
export const MAX_NOTE_LENGTH = 500;
/** Notes and reasons: up to 500 characters, line breaks and tabs allowed. */
export const NOTE = /* @__PURE__ */ textRules(
  1,
  MAX_NOTE_LENGTH,
  MULTILINE_TEXT_PATTERN,
  'Must not contain control characters other than line breaks and tabs.',
);
/** The contract's bounds of a remote-support grant, in minutes; a domain may lower the maximum (`maxGrantMinutes`). */
export const MIN_GRANT_MINUTES = 15;
export const MAX_GRANT_MINUTES = 10080;
export const MINUTES = /* @__PURE__ */ rangeRules(MIN_GRANT_MINUTES, MAX_GRANT_MINUTES);
/** The contract's page of a list operation: at most 100 items, 20 when `limit` is not given. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** The contract's bound on a member list's `q`. */
export const MAX_MEMBER_QUERY_LENGTH = 100;
/** The contract's cap on any buyer-tag list; a domain may lower it with `maxBuyerTags`. */
export const MAX_BUYER_TAGS = 3;
