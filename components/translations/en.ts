import { common } from './en/common.js';
import { search } from './en/search.js';
import { overview } from './en/overview.js';
import { create } from './en/create.js';
import { ownership } from './en/ownership.js';
import { status } from './en/status.js';
import { remoteSupport } from './en/remote-support.js';
import { demo } from './en/demo.js';

/** The complete English catalogue: one file per area, so each widget's strings live together. */
export const en = { ...common, ...search, ...overview, ...create, ...ownership, ...status, ...remoteSupport, ...demo };
export type Messages = typeof en;
