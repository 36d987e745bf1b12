/**
 * A small typed message catalogue. English is built in and the fallback: the common messages here, each element's own
 * area added by the element's module (`addEnglish`), so an element imported on its own carries only the English it
 * shows. Other languages may be partial and are opt-in (`import 'sales-hub-kit/translations/fr.js'`), so a
 * portal ships only the languages it uses. Messages are strings or functions of their arguments
 * (for plurals and values). The language comes from the nearest `lang` attribute, as in the platform.
 */
import type { Messages } from './en.js';
import { common } from './en/common.js';

export type { Messages };
export type MessageKey = keyof Messages;
type Args<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/** The built-in English messages of the elements loaded so far. */
const en: Partial<Messages> = { ...common };
const catalogues = new Map<string, Partial<Messages>>([['en', en]]);

/** Adds the built-in English messages of an element's areas (`en/*.ts`); the element's module calls it once. */
export function addEnglish(...areas: Partial<Messages>[]): void {
  Object.assign(en, ...areas);
}

/** Adds or extends a language; hosts can bring their own translations. */
export function registerTranslation(lang: string, messages: Partial<Messages>): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  for (const listener of listeners) listener();
}

export function availableLanguages(): string[] {
  return [...catalogues.keys()];
}

const listeners = new Set<() => void>();
/** Called when a translation is registered or the document language changes. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
  new MutationObserver(() => {
    for (const listener of listeners) listener();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/** The best catalogue for a BCP 47 tag: `fr-CA` → `fr` → English. */
function lookup(lang: string): Partial<Messages> {
  const tag = lang.toLowerCase();
  return catalogues.get(tag) ?? catalogues.get(tag.split('-')[0] ?? '') ?? en;
}

export function translate<K extends MessageKey>(lang: string, key: K, ...args: Args<K>): string {
  const message = (lookup(lang)[key] ?? en[key]) as string | ((...a: unknown[]) => string);
  return typeof message === 'function' ? message(...args) : message;
}
