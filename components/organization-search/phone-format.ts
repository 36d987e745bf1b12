/**
 * Display formatting of an E.164 number: the country calling code, then the national number in
 * groups ("+6561234567" → "+65 6123 4567"). For reading only; the value sent is always E.164.
 */

// ITU-T E.164 calling codes of one and two digits; every other code has three.
const ONE_DIGIT = new Set(['1', '7']);
const TWO_DIGITS = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

function callingCodeLength(digits: string): number {
  if (ONE_DIGIT.has(digits.slice(0, 1))) return 1;
  if (TWO_DIGITS.has(digits.slice(0, 2))) return 2;
  return 3;
}

/** Group sizes for a national number of `n` digits: fours from the end, a shorter group first. */
function groups(n: number): number[] {
  switch (n) {
    case 6:
      return [3, 3];
    case 7:
      return [3, 4];
    case 9:
      return [3, 3, 3];
    case 10:
      return [3, 3, 4];
    case 11:
      return [3, 4, 4];
    default: {
      if (n <= 5) return [n];
      const sizes: number[] = [];
      let left = n;
      while (left > 4) {
        sizes.unshift(4);
        left -= 4;
      }
      sizes.unshift(left);
      return sizes;
    }
  }
}

/** "+6561234567" → "+65 6123 4567"; anything that is not `+` and 7–15 digits is returned as is. */
export function formatPhoneNumber(e164: string): string {
  if (!/^\+[1-9][0-9]{6,14}$/.test(e164)) return e164;
  const digits = e164.slice(1);
  const cc = callingCodeLength(digits);
  const national = digits.slice(cc);
  const parts: string[] = [];
  let at = 0;
  for (const size of groups(national.length)) {
    parts.push(national.slice(at, at + size));
    at += size;
  }
  return `+${digits.slice(0, cc)} ${parts.join(' ')}`;
}
