import type { SearchBy } from '../schemas/enums.js';
import { UUID_PATTERN } from '../schemas/primitives.js';
import { normalizePhoneNumber } from './phone.js';

/** How `searchBy=auto` reads a query: `text` is the OR of name, customerReference, externalContract and sipUsername. */
export type DetectedSearchKey = { key: 'uuid' | 'purchasedNumber' | 'text'; value: string };

/** The contract's bound on `q`. */
export const MAX_QUERY_LENGTH = 200;
/** A name search needs at least this many characters. */
export const MIN_NAME_QUERY_LENGTH = 2;

// Counted after NFC, as the server normalises strings first, so a decomposed "é" is one character.
const codePoints = (s: string): number => [...s.normalize('NFC')].length;

/** The server's `searchBy=auto` detection: a UUID (lower-cased), else a phone number (as E.164), else text. */
export function detectSearchKey(q: string): DetectedSearchKey {
  const value = q.trim();
  if (UUID_PATTERN.test(value)) return { key: 'uuid', value: value.toLowerCase() };
  const phone = normalizePhoneNumber(value);
  if (phone !== null) return { key: 'purchasedNumber', value: phone };
  return { key: 'text', value };
}

/**
 * Whether `q` can be valid for an explicit `searchBy`; the server answers `400 malformed-request` when it cannot.
 * An empty `q` is valid (filters only); `q` may not exceed 200 characters.
 */
export function isValidForSearchBy(q: string, searchBy: SearchBy): boolean {
  const value = q.trim();
  if (value === '') return true;
  if (codePoints(value) > MAX_QUERY_LENGTH) return false;
  switch (searchBy) {
    case 'uuid':
      return UUID_PATTERN.test(value);
    case 'purchasedNumber':
      return normalizePhoneNumber(value) !== null;
    case 'name':
      return codePoints(value) >= MIN_NAME_QUERY_LENGTH;
    default:
      return true;
  }
}

/** Case- and diacritic-insensitive form for name matching: NFD, combining marks removed, lower-cased. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The server's `name` rule: a substring match on folded text, for queries of at least two characters. */
export function nameMatches(name: string, q: string): boolean {
  const value = q.trim();
  return codePoints(value) >= MIN_NAME_QUERY_LENGTH && foldForSearch(name).includes(foldForSearch(value));
}
