import type { Messages } from '../en.js';

export const overview: Partial<Messages> = {};
