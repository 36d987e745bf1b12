/**
 * The single-file build (`dist/sales-hub-kit.js`, `sales-hub-kit/sales-hub-kit.js`): the client and every element,
 * with lit, ky and zod inlined, for pages without a bundler or an import map. Loading it defines every `sh-*` element.
 *
 * It exports what a page needs to run the widgets: `createClient` and `newIdempotencyKey`, the error classes and
 * their guards (to read an `sh-error` event's error), and everything of `sales-hub-kit/components` (the elements,
 * their event classes, `provideClient`, `clientContext`, `storeOf`, `registerTranslation`). Every SDK type is
 * exported too, as types only. The contract's schemas, validators and domain rules are not: each export would be
 * bytes on every page (about 2 kB gzip for all of them), and a page that builds its own forms on them has a bundler.
 */
export { createClient, newIdempotencyKey } from '../sdk/index.js';
export * from '../sdk/errors.js';
export type * from '../sdk/index.js';
export * from './index.js';
