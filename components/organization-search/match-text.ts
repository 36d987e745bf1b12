import { foldForSearch, type Organization, type OrganizationSummary } from '../../sdk/index.js';

/**
 * Splits `name` around the first place the server's name rule matched `needle` (case and diacritics ignored),
 * or returns null. Each code point is folded on its own so positions map back to the original text.
 */
export function splitOnMatch(name: string, needle: string): [string, string, string] | null {
  const target = foldForSearch(needle.trim());
  if (!target) return null;
  const chars = [...name];
  let folded = '';
  const starts: number[] = []; // folded offset → index in chars
  chars.forEach((c, i) => {
    const f = foldForSearch(c);
    for (let k = 0; k < f.length; k++) starts.push(i);
    folded += f;
  });
  const at = folded.indexOf(target);
  if (at < 0) return null;
  const from = starts[at]!;
  const to = starts[at + target.length - 1]! + 1;
  return [chars.slice(0, from).join(''), chars.slice(from, to).join(''), chars.slice(to).join('')];
}

/** An organization as the summary the search returns, keeping what had matched. */
export function toSummary(org: Organization, matchedOn: OrganizationSummary['matchedOn']): OrganizationSummary {
  const { uuid, name, status, accountType, tier, managedBy, countryCode, profilePictureUrl } = org;
  return { uuid, name, status, accountType, tier, managedBy, countryCode, profilePictureUrl, matchedOn };
}
