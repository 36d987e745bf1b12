import type { Messages } from '../en.js';

export const status: Partial<Messages> = {};
