import type { Messages } from '../en.js';

export const remoteSupport: Partial<Messages> = {};
