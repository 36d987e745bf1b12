import type { Messages } from '../en.js';

export const create: Partial<Messages> = {};
