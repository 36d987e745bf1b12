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

const kept = new WeakMap<SalesHubStore, Map<string, KeptSections>>();

const entries = (store: SalesHubStore): Map<string, KeptSections> => {
  let map = kept.get(store);
  if (!map) kept.set(store, (map = new Map()));
  return map;
};

/**
 * Keeps the edits of `uuid` (none: nothing is kept). `guarded`: leaving the page asks first while they are kept (the
 * element that kept them has its unload guard on).
 */
export function keepDrafts(store: SalesHubStore, uuid: string, sections: KeptSections, guarded: boolean): void {
  if (Object.keys(sections).length === 0) return;
  entries(store).set(uuid.toLowerCase(), sections);
  guardUnload(sections, guarded);
}

/** Takes the edits kept for `uuid` (the caller now holds them), if any. */
export function takeDrafts(store: SalesHubStore, uuid: string): KeptSections | undefined {
  const map = entries(store);
  const key = uuid.toLowerCase();
  const sections = map.get(key);
  map.delete(key);
  if (sections) guardUnload(sections, false);
  return sections;
}

/** Forgets every edit kept for the widgets of `store` (its client was replaced: a sign-out, another caller). */
export function forgetDrafts(store: SalesHubStore): void {
  for (const sections of entries(store).values()) guardUnload(sections, false);
  kept.delete(store);
}
