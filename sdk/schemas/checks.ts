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

/** One condition of a value: when `ok` is false the value fails with `code` and `message`. */
export interface Rule<T> {
  code: string;
  ok: (value: T) => boolean;
  message: Message<T>;
}

/**
 * One check made of ordered rules that reports only the first failing one, so a 200-character name with a tab is
 * "too long", not both. The issue does not abort, so checks on the enclosing list or object (too many items,
 * duplicate keys) still run and every field error is reported at once, as the server does.
 */
export function rule<T>(...rules: Rule<T>[]): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    const failed = rules.find((r) => !r.ok(payload.value));
    if (!failed) return;
    const message = typeof failed.message === 'string' ? failed.message : failed.message(payload.value);
    payload.issues.push({ code: 'custom', input: payload.value, message, path: [], params: { code: failed.code }, continue: true });
  });
}

/**
 * A check on a container that still runs when some of its items already failed, so that "too many items" and
 * duplicate keys are reported together with the items' own errors.
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

/**
 * A string of `min`–`max` code points that matches `pattern` (`invalid-format`) and then any `more` rules, in that
 * order; the first failure is the one reported.
 */
export function text(
  min: number,
  max: number,
  pattern?: RegExp,
  formatMessage: Message<string> = 'Contains characters that are not allowed.',
  ...more: Rule<string>[]
) {
  const rules: Rule<string>[] = [
    { code: 'too-short', ok: (s) => codePointLength(s) >= min, message: min === 1 ? 'Enter a value.' : `Must be at least ${min} characters.` },
    { code: 'too-long', ok: (s) => codePointLength(s) <= max, message: `Must be at most ${max} characters.` },
  ];
  if (pattern) rules.push({ code: 'invalid-format', ok: (s) => pattern.test(s), message: formatMessage });
  return z.string().check(rule(...rules, ...more));
}

/** A whole number in `min..max` (`out-of-range` otherwise). */
export function intRange(min: number, max: number, message: string = `Must be between ${min} and ${max}.`) {
  return z.int().check(rule<number>({ code: 'out-of-range', ok: (n) => n >= min && n <= max, message }));
}

/** An array of `min`–`max` items (`too-short`, `too-many-items`), counted even when some items are invalid. */
export function list<T extends z.core.SomeType>(item: T, max: number, noun = 'items', min = 0) {
  return z.array(item).check(
    containerRule<unknown[]>(Array.isArray, (items, report) => {
      if (items.length < min) report('too-short', min === 1 ? 'Add at least one item.' : `Add at least ${min} ${noun}.`);
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
