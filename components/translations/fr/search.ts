import type { Messages } from '../en.js';

export const search: Partial<Messages> = {};
