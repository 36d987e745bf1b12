import { MIN_GRANT_MINUTES } from '../../sdk/index.js';

/** Durations offered as one-click choices (1 h, 4 h, 1 day, 7 days), kept only when the domain allows them. */
const PRESETS = [60, 240, 1440, 10080];

/**
 * The choices to offer for a domain whose grants may last up to `max` minutes: the presets within limits, plus
 * `extra` values (the domain's default, the requested duration) when they are within limits too. Sorted, unique.
 */
export function durationChoices(max: number, ...extra: (number | undefined)[]): number[] {
  const all = [...PRESETS, ...extra.filter((n): n is number => n !== undefined)];
  return [...new Set(all)].filter((n) => Number.isInteger(n) && n >= MIN_GRANT_MINUTES && n <= max).sort((a, b) => a - b);
}

/** "1 hour", "4 hours", "1 day", "90 minutes" in the given language, with the largest whole unit. */
export function formatDuration(minutes: number, lang: string): string {
  const [unit, value] =
    minutes % 1440 === 0 ? (['day', minutes / 1440] as const) : minutes % 60 === 0 ? (['hour', minutes / 60] as const) : (['minute', minutes] as const);
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}
