import type { Messages } from '../en.js';

export const ownership: Partial<Messages> = {};
