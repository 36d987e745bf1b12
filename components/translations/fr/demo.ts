import type { Messages } from '../en.js';

/** Empty on purpose: see `en/demo.ts`. */
export const demo: Partial<Messages> = {};
