import * as z from 'zod/mini';

/**
 * Check builders that carry the contract's stable field-error code in `params.code`, so turning a zod
 * issue into a `FieldError` (see validate.ts) never has to guess from zod's own issue kinds.
 * Internal to sdk/schemas; not re-exported.
 */

/** The number of Unicode code points, which is how the contract counts lengths. */
export function codePointLength(value: string): number {
  return [...value].length;
}

type Message<T> = string | ((value: T) => string);

/**
 * A check that fails with `code` when `ok` is false. It aborts the remaining checks of the same value, so
 * each field reports its first problem only: a 200-character name with a tab is "too long", not both.
 */
export function rule<T>(code: string, ok: (value: T) => boolean, message: Message<T>): z.core.$ZodCheck<T> {
  return z.refine<T>(ok, {
    abort: true,
    params: { code },
    error: typeof message === 'string' ? message : (issue) => message(issue.input as T),
  });
}

/**
 * A check on a container that still runs when some of its items already failed, so that "too many items" and
 * duplicate keys are reported together with the items' own errors, as the server lists every field error at once.
 */
export function containerRule<T>(
  isContainer: (value: unknown) => boolean,
  run: (value: T, report: (code: string, message: string, path?: PropertyKey[]) => void) => void,
): z.core.$ZodCheck<T> {
  return z.check<T>(
    (payload) => {
      run(payload.value, (code, message, path = []) => {
        payload.issues.push({ code: 'custom', input: payload.value, message, path, params: { code }, continue: true });
      });
    },
    { when: (payload) => isContainer(payload.value) },
  );
}

function lengthChecks(min: number, max: number): z.core.$ZodCheck<string>[] {
  return [
    rule<string>('too-short', (s) => codePointLength(s) >= min, min === 1 ? 'Enter a value.' : `Must be at least ${min} characters.`),
    rule<string>('too-long', (s) => codePointLength(s) <= max, `Must be at most ${max} characters.`),
  ];
}

/** A string of `min`–`max` code points that, when given, matches `pattern` (reported as `invalid-format`). */
export function text(min: number, max: number, pattern?: RegExp, formatMessage: Message<string> = 'Contains characters that are not allowed.') {
  const checks = lengthChecks(min, max);
  if (pattern) checks.push(rule<string>('invalid-format', (s) => pattern.test(s), formatMessage));
  return z.string().check(...checks);
}

/** A whole number in `min..max` (`out-of-range` otherwise). */
export function intRange(min: number, max: number, message: string = `Must be between ${min} and ${max}.`) {
  return z.int().check(rule<number>('out-of-range', (n) => n >= min && n <= max, message));
}

/** An array of at most `max` items (`too-many-items`), counted even when some items are invalid. */
export function list<T extends z.core.SomeType>(item: T, max: number, noun = 'items') {
  return z.array(item).check(
    containerRule<unknown[]>(Array.isArray, (items, report) => {
      if (items.length > max) report('too-many-items', `Add at most ${max} ${noun}.`);
    }),
  );
}

/** An array of `min`–`max` unique values, the JSON Schema `uniqueItems` of a string list. */
export function uniqueList<T extends z.core.SomeType>(item: T, max = Number.POSITIVE_INFINITY, min = 0) {
  return z.array(item).check(
    containerRule<unknown[]>(Array.isArray, (items, report) => {
      if (items.length < min) report('too-short', min === 1 ? 'Add at least one item.' : `Add at least ${min} items.`);
      if (items.length > max) report('too-many-items', `Add at most ${max} items.`);
      const seen = new Set<unknown>();
      items.forEach((value, index) => {
        if (seen.has(value)) report('duplicate-key', 'Each value may appear only once.', [index]);
        seen.add(value);
      });
    }),
  );
}
