/**
 * The single-file build (`dist/sales-hub-kit.js`, `sales-hub-kit/sales-hub-kit.js`): the SDK and every element, with
 * lit, ky and zod inlined, for pages without a bundler or an import map. Loading it defines every `sh-*` element.
 */
export * from '../sdk/index.js';
export * from './index.js';
