import type { Messages } from './en.js';
import { registerTranslation } from './localize.js';
import { common } from './fr/common.js';
import { search } from './fr/search.js';
import { overview } from './fr/overview.js';
import { create } from './fr/create.js';
import { ownership } from './fr/ownership.js';
import { status } from './fr/status.js';
import { remoteSupport } from './fr/remote-support.js';
import { demo } from './fr/demo.js';

/** French. Partial: a missing key falls back to English. Importing this module registers it. */
export const fr: Partial<Messages> = {
  ...common,
  ...search,
  ...overview,
  ...create,
  ...ownership,
  ...status,
  ...remoteSupport,
  ...demo,
};

registerTranslation('fr', fr);
