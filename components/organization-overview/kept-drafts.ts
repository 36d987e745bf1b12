/**
 * The Overview sections' unsaved edits of organizations not shown right now: kept when the person chooses another
 * organization, given back when they return to it. Kept per client store and organization, in memory only (for the
 * page's lifetime, never in storage: they may hold personal data). Leaving the page asks first while any is kept.
 */
import type { SalesHubStore } from '../context/store.js';
import type { KeptEdits } from '../controllers/section-editor-controller.js';
import { guardUnload } from '../controllers/unload-guard.js';
import type { SectionId } from './overview-drafts.js';

/** One organization's kept edits, by section. */
export type KeptSections = Partial<Record<SectionId, KeptEdits<unknown>>>;

interface Entry {
  sections: KeptSections;
  /** Leaving the page asks first (the element that kept them had its unload guard on). */
  guarded: boolean;
}

const kept = new WeakMap<SalesHubStore, Map<string, Entry>>();

const entries = (store: SalesHubStore): Map<string, Entry> => {
  let map = kept.get(store);
  if (!map) kept.set(store, (map = new Map()));
  return map;
};

/** Keeps the edits of `uuid` (none: nothing is kept, and earlier ones stay). */
export function keepDrafts(store: SalesHubStore, uuid: string, sections: KeptSections, guarded: boolean): void {
  if (Object.keys(sections).length === 0) return;
  const key = uuid.toLowerCase();
  const map = entries(store);
  const previous = map.get(key);
  if (previous) guardUnload(previous, false);
  const entry: Entry = { sections: { ...previous?.sections, ...sections }, guarded };
  map.set(key, entry);
  guardUnload(entry, guarded);
}

/** Takes the edits kept for `uuid` (the caller now holds them), if any. */
export function takeDrafts(store: SalesHubStore, uuid: string): KeptSections | undefined {
  const key = uuid.toLowerCase();
  const map = entries(store);
  const entry = map.get(key);
  if (!entry) return undefined;
  map.delete(key);
  guardUnload(entry, false);
  return entry.sections;
}
