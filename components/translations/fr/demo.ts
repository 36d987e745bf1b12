import type { Messages } from '../en.js';

export const demo: Partial<Messages> = {};
