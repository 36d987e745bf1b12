const SEPARATORS = /[ \-.()]/g;
const PHONE_LIKE = /^\+?[1-9][0-9]{6,14}$/;

/**
 * The server's search normalisation of a phone-like value: drop spaces, `-`, `.`, `(` and `)`; if what is left
 * matches `^\+?[1-9][0-9]{6,14}$`, return it with a leading `+` (E.164), else null.
 */
export function normalizePhoneNumber(input: string): string | null {
  const compact = input.trim().replace(SEPARATORS, '');
  if (!PHONE_LIKE.test(compact)) return null;
  return compact.startsWith('+') ? compact : `+${compact}`;
}
