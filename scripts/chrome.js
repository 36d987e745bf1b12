// @ts-check
// The browser finders live in scripts/browsers.js (Chromium, Firefox and WebKit); this name stays for the
// modules that import it.
export * from './browsers.js';
