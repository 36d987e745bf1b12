import * as z from 'zod/mini';
import { firstFailure, listSize, rangeRules, textRules, type Message, type Rule } from './field-rules.js';

export { codePointLength } from './field-rules.js';

/**
 * Check builders that carry the contract's stable field-error code in `params.code`, so turning a zod
 * issue into a `FieldError` (see validate.ts) never has to guess from zod's own issue kinds.
 * Internal to sdk/schemas; not re-exported.
 */

/**
 * One check made of ordered rules that reports only the first failing one, so a 200-character name with a tab is
 * "too long", not both. The issue does not abort, so checks on the enclosing list or object (too many items,
 * duplicate keys) still run and every field error is reported at once, as the server does.
 */
export function rule<T>(...rules: Rule<T>[]): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    const failed = firstFailure(rules, payload.value);
    if (!failed) return;
    payload.issues.push({
      code: 'custom',
      input: payload.value,
      message: failed[1],
      path: [],
      params: { code: failed[0] },
      continue: true,
    });
  });
}

/** A string schema checked by `rules` (see field-rules.ts). */
export function stringOf(rules: Rule<string>[]) {
  return z.string().check(rule(...rules));
}

/**
 * `z.int()`'s check, written out: the same issues for a number that is not whole (which stops the checks after it)
 * or outside the safe range, without the number-format schema `z.int()` brings into every bundle (0.4 kB gzip).
 */
const wholeNumber = /* @__PURE__ */ z.check<number>((payload) => {
  const input = payload.value;
  if (!Number.isInteger(input)) {
    payload.issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', input, continue: false });
  } else if (!Number.isSafeInteger(input)) {
    const note = 'Integers must be within the safe integer range.';
    payload.issues.push(
      input > 0
        ? {
            code: 'too_big',
            origin: 'int',
            maximum: Number.MAX_SAFE_INTEGER,
            inclusive: true,
            note,
            input,
            continue: true,
          }
        : {
            code: 'too_small',
            origin: 'int',
            minimum: Number.MIN_SAFE_INTEGER,
            inclusive: true,
            note,
            input,
            continue: true,
          },
    );
  }
});

/** A whole-number schema checked by `rules` (see field-rules.ts). */
export function intOf(rules: Rule<number>[]) {
  return z.number().check(wholeNumber, rule(...rules));
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
  return stringOf(textRules(min, max, pattern, formatMessage, ...more));
}

/** A whole number in `min..max` (`out-of-range` otherwise). */
export function intRange(min: number, max: number, message?: string) {
  return intOf(rangeRules(min, max, message));
}

/** An array of `min`–`max` items (`too-short`, `too-many-items`), counted even when some items are invalid. */
export function list<T extends z.core.SomeType>(item: T, max: number, noun = 'items', min = 0) {
  return z.array(item).check(containerRule<unknown[]>((v) => Array.isArray(v), listSize(max, noun, min)));
}

/** An array of `min`–`max` unique values, the JSON Schema `uniqueItems` of a string list. */
export function uniqueList<T extends z.core.SomeType>(item: T, max = Number.POSITIVE_INFINITY, min = 0) {
  return z.array(item).check(
    containerRule<unknown[]>(
      (v) => Array.isArray(v),
      (items, report) => {
        listSize(max, 'items', min)(items, report);
        const seen = new Set<unknown>();
        items.forEach((value, index) => {
          if (seen.has(value)) report('duplicate-key', 'Each value may appear only once.', [index]);
          seen.add(value);
        });
      },
    ),
  );
}

/**
 * `z.discriminatedUnion(key, options)` for objects tagged by a one-value `z.enum` at `key`: the same output and the
 * same issues (the matching option's, or zod's own "no matching discriminator" one), without zod's two union schemas
 * (0.6 kB gzip of every bundle). The option is parsed on its own, so its issues arrive finalized (their message set,
 * no `continue` or `input`) and an error map passed to the outer parse does not reach them: the SDK passes none,
 * and no check of these schemas runs after a union.
 * A one-value enum reports what `z.literal` would (`invalid_value` with its one value) and is one schema class fewer.
 */
export function tagged<const T extends readonly z.ZodMiniObject[]>(
  key: string,
  options: T,
): z.ZodMiniType<z.output<T[number]>, z.input<T[number]>> {
  const byTag = new Map(options.map((option) => [(option.shape[key] as z.ZodMiniEnum).options[0], option]));
  return z.unknown().check(
    z.check((payload) => {
      const input = payload.value;
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        payload.issues.push({ code: 'invalid_type', expected: 'object', input });
        return;
      }
      const option = byTag.get((input as Record<string, never>)[key]);
      if (!option) {
        payload.issues.push({
          code: 'invalid_union',
          errors: [],
          note: 'No matching discriminator',
          discriminator: key,
          options: [...byTag.keys()],
          input,
          path: [key],
        });
        return;
      }
      const result = z.safeParse(option, input);
      if (result.success) payload.value = result.data;
      else payload.issues.push(...(result.error.issues as z.core.$ZodRawIssue[]));
    }),
  ) as never;
}
