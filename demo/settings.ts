/**
 * The control panel's settings, kept in localStorage so a reload shows the same demo.
 */
export type Caller = 'admin' | 'readOnly' | 'customerOwner';
export type Latency = 'none' | 'fast' | 'slow' | 'random';
export type Tab = 'overview' | 'support';

export interface DemoSettings {
  caller: Caller;
  domain: 'new' | 'legacy';
  deletionGraceDays: 0 | 30;
  latency: Latency;
  failureRate: 0 | 0.1 | 0.5 | 1;
  theme: 'light' | 'dark';
  lang: 'en' | 'fr';
  panelOpen: boolean;
  /** The selected organization, or null for the empty state. Undefined on a first visit. */
  selected?: string | null;
  tab: Tab;
}

const KEY = 'sales-hub-demo:settings';

export const LATENCY: Record<Latency, number | [number, number]> = {
  none: 0,
  fast: 300,
  slow: 1500,
  random: [200, 2000],
};

function defaults(): DemoSettings {
  const dark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const lang = (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return {
    caller: 'admin',
    domain: 'new',
    deletionGraceDays: 30,
    latency: 'none',
    failureRate: 0,
    theme: dark ? 'dark' : 'light',
    lang,
    panelOpen: true,
    tab: 'overview',
  };
}

export function loadSettings(): DemoSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<DemoSettings>;
    return { ...defaults(), ...stored };
  } catch {
    return defaults();
  }
}

export function saveSettings(settings: DemoSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: the demo still works, it just forgets on reload.
  }
}

/** Where the mocked backend keeps its data: one store per domain, as a real tenant would. */
export function dataKey(domain: DemoSettings['domain']): string {
  return `sales-hub-demo:data:${domain}`;
}

/** Applies the page-wide settings the widgets read from the document: theme class and language. */
export function applyDocumentSettings(settings: DemoSettings): void {
  const root = document.documentElement;
  root.classList.toggle('sh-theme-dark', settings.theme === 'dark');
  if (root.lang !== settings.lang) root.lang = settings.lang;
}
