// @ts-check
/**
 * End-to-end harness: the demo's vite dev server on a free port, and the system Chromium driven
 * by playwright-core. Each test gets its own browser context (own service worker, own localStorage).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { ERROR_COLLECTOR, freePort, launchEngine, Page, selectedEngines } from './driver.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const AXE_PATH = resolve(root, 'node_modules/axe-core/axe.min.js');

import { CHROMIUM_ARGS, findChrome } from '../../scripts/chrome.js';

export { CHROMIUM_ARGS, findChrome };

export { freePort };

/**
 * @typedef {import('./driver.js').EngineName} EngineName
 * @typedef {import('./driver.js').Engine} Engine
 * @typedef {any} AnyPage a driver page (`import('./driver.js').Page`, the journeys) or a Playwright page (the
 *   Chromium-only tests): the helpers below use only what both have
 */

/** Starts the demo dev server (vite, root `demo/`) on a free port, with the page-error collector in its pages. */
export async function startDevServer() {
  const { createServer } = await import('vite');
  const port = await freePort();
  const server = await createServer({
    plugins: [
      {
        name: 'e2e-error-collector',
        transformIndexHtml: () => [{ tag: 'script', children: ERROR_COLLECTOR, injectTo: 'head-prepend' }],
      },
    ],
    configFile: resolve(root, 'vite.config.ts'),
    root: resolve(root, 'demo'),
    logLevel: 'error',
    clearScreen: false,
    server: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      hmr: false,
      watch: null,
      // Transformed before the first page asks: a cold first load of every module takes a minute on a loaded
      // 2-core machine, in the first journey of the first engine.
      warmup: { clientFiles: ['./main.ts', './app.ts'] },
    },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Starts the server and the browser once per test file.
 * @returns {Promise<{ url: string, browser: import('playwright-core').Browser, close: () => Promise<void> }>}
 */
export async function startDemo() {
  const server = await startDevServer();
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** @type {Promise<Awaited<ReturnType<typeof startDemo>>> | undefined} */
let sharedDemo;
/** @type {Promise<Awaited<ReturnType<typeof startDevServer>>> | undefined} */
let sharedServer;
/** @type {Map<EngineName, Promise<Engine>>} */
const engines = new Map();

/**
 * The dev server and a Chromium, started once per process. `npm run test:e2e` runs every file in one process
 * (`--test-isolation=none`), so they are shared by the files; a single file works alone too.
 */
export function useDemo() {
  sharedDemo ??= (async () => {
    const server = await useServer();
    const browser = await launchBrowser();
    return { url: server.url, browser, close: () => browser.close() };
  })();
  return sharedDemo;
}

/** The demo's dev server, started once per process. */
export function useServer() {
  sharedServer ??= startDevServer();
  return sharedServer;
}

/** An engine, launched once per process. @param {EngineName} name */
export function useEngine(name) {
  let engine = engines.get(name);
  if (!engine) {
    engine = launchEngine(name);
    engines.set(name, engine);
  }
  return engine;
}

// Registered once, in the root test: runs after every file's tests.
after(async () => {
  const demo = await sharedDemo?.catch(() => undefined);
  await demo?.close();
  for (const engine of engines.values()) await (await engine.catch(() => undefined))?.close();
  const server = await sharedServer?.catch(() => undefined);
  await server?.close();
});

/**
 * Registers tests that run in Chromium only (they use Playwright's own API), when Chromium is among the selected
 * engines (`E2E_BROWSERS`).
 * @param {() => void} register
 */
export function chromiumOnly(register) {
  if (selectedEngines().includes('chromium')) register();
}

/** Per journey, page loads included (a slow first load transforms every module). */
export const JOURNEY_TIMEOUT = 120_000;

/**
 * @typedef {object} JourneyOptions
 * @property {DemoSettingsInit} [settings] stored before the first load
 * @property {{ width: number, height: number }} [viewport]
 * @property {number} [timeout] per test, in ms
 * @property {string} [path] another page of the demo's server than the demo (e.g. `hostile.html?nested`): the
 *   journey then waits for what it needs itself
 */

/**
 * Registers journeys once per selected engine (`E2E_BROWSERS`). Each journey gets a fresh page in its own browser
 * context (a fresh WebDriver session in WebKit), already on the demo with Acme's Overview; when it ends, the page's
 * uncaught errors fail it (they are the page's, so they belong to the journey that caused them), and a failed
 * journey leaves a screenshot in `test-results/e2e/`.
 * @param {string} title
 * @param {(journey: (name: string, fn: (page: Page) => Promise<void>, options?: JourneyOptions) => void, engine: EngineName) => void} body
 * @param {{ engines?: EngineName[] }} [only] the engines this suite can run in (the rest are left out, by name)
 */
export function journeys(title, body, only = {}) {
  for (const engine of selectedEngines()) {
    if (only.engines && !only.engines.includes(engine)) continue;
    describe(`${title} [${engine}]`, () => {
      body((name, fn, options = {}) => {
        it(name, { timeout: options.timeout ?? JOURNEY_TIMEOUT }, async () => {
          const page = await openJourney(engine, options);
          try {
            await fn(page);
          } catch (error) {
            const errors = await page.errors().catch(() => []);
            await page.screenshot(resultPath(engine, title, name)).catch(() => undefined);
            if (errors.length && error instanceof Error)
              error.message += `\nUncaught errors in the page:\n  ${errors.join('\n  ')}`;
            throw error;
          } finally {
            // The errors are checked before the page goes (a failure above has already reported them).
            const errors = await page.errors().catch((e) => [`(the page's errors could not be read: ${e.message})`]);
            await page.close().catch(() => undefined);
            assert.deepEqual(errors, [], 'uncaught errors in the page');
          }
        });
      });
    });
  }
}

/** @param {string} engine @param {string} title @param {string} name */
function resultPath(engine, title, name) {
  const slug = `${engine}-${title}-${name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 120);
  return resolve(root, 'test-results/e2e', `${slug}.png`);
}

/**
 * A fresh page on the demo in `engine`, ready once Acme's Overview shows.
 * @param {EngineName} engine
 * @param {JourneyOptions} [options]
 */
export async function openJourney(engine, options = {}) {
  const [server, browser] = await Promise.all([useServer(), useEngine(engine)]);
  const page = new Page(await browser.newPage(options.viewport ?? { width: 1280, height: 800 }), engine);
  try {
    await page.goto(server.url + (options.path ?? ''));
    if (options.path) return page;
    if (options.settings) {
      await page.evaluate(
        (settings) =>
          localStorage.setItem('sales-hub-demo:settings', JSON.stringify({ theme: 'light', lang: 'en', ...settings })),
        options.settings,
      );
      await page.reload();
    }
    // The first load of a fresh dev server transforms every module: a generous timeout for it.
    await page.locator('demo-sales-hub header').waitFor({ timeout: 60_000 });
    if (!options.settings) await overviewHeading(page, 'Acme Pte Ltd').waitFor({ timeout: 30_000 });
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * @typedef {object} DemoSettingsInit
 * @property {'admin'|'readOnly'|'customerOwner'} [caller]
 * @property {'new'|'legacy'} [domain]
 * @property {0|30} [deletionGraceDays]
 * @property {'light'|'dark'} [theme]
 * @property {'en'|'fr'} [lang]
 * @property {boolean} [panelOpen]
 * @property {string|null} [selected] the selected organization's UUID; null for the empty state
 * @property {'overview'|'support'} [tab]
 */

/**
 * A fresh context and page on the demo, ready once the page's shell has rendered.
 * @param {{ url: string, browser: import('playwright-core').Browser }} demo
 * @param {{ settings?: DemoSettingsInit, viewport?: { width: number, height: number } }} [options]
 */
export async function openDemo(demo, options = {}) {
  const context = await demo.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
  });
  if (options.settings) {
    // Only before the first load of the context, so a test can reload and see what was persisted.
    await context.addInitScript((settings) => {
      if (sessionStorage.getItem('e2e-init')) return;
      sessionStorage.setItem('e2e-init', '1');
      localStorage.setItem('sales-hub-demo:settings', JSON.stringify({ theme: 'light', lang: 'en', ...settings }));
    }, options.settings);
  }
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The first load of a fresh dev server transforms every module: generous timeouts for it only.
  await page.goto(demo.url, { waitUntil: 'commit', timeout: 60_000 });
  await page.locator('demo-sales-hub header').waitFor({ timeout: 60_000 });
  return {
    context,
    page,
    /** Uncaught errors in the page: a journey ends by checking there were none. */
    errors,
    close: () => context.close(),
  };
}

/**
 * The well-known seeded organizations of the page's live mocked backend.
 * @param {AnyPage} page
 * @returns {Promise<Record<string, string>>}
 */
export function known(page) {
  return page.evaluate(() => /** @type {any} */ (window).salesHubDemo.backend.known);
}

/** @type {string | undefined} */
let axeSource;

/**
 * Runs axe-core on the page (open shadow roots included); returns the violations, summarised.
 * @param {{ evaluate: (fn: (arg: any) => any, arg?: any) => Promise<any> }} page a driver page or a Playwright page
 * @param {string | undefined} [include] a CSS selector to limit the check to
 * @param {string | undefined} [exclude] a CSS selector to leave out
 */
export async function axeViolations(page, include, exclude) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    // axe is a classic script that sets `window.axe` itself: run as a function body, it defines the global as a
    // <script> would (an inline <script> is not an option: the demo runs under a strict CSP).
    await page.evaluate((source) => void new Function(source)(), axeSource);
  }
  const violations = await page.evaluate(
    async ([selector, without]) => {
      const axe = /** @type {any} */ (window).axe;
      const context =
        selector || without ? { include: [selector ?? 'html'], exclude: without ? [without] : [] } : document;
      const result = await axe.run(context, {
        resultTypes: ['violations'],
      });
      return result.violations.map(
        /** @param {any} v */ (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
            .slice(0, 3)
            .map(/** @param {any} n */ (n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').join(' ')}`)
            .join('\n    ')}`,
      );
    },
    [include ?? null, exclude ?? null],
  );
  return violations;
}

/**
 * Waits until `check` resolves truthy (polling), or fails with `message` and the last value seen.
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {string} message
 * @param {number} [timeout]
 * @returns {Promise<T>}
 */
export async function until(check, message, timeout = 8000) {
  const end = Date.now() + timeout;
  /** @type {unknown} */
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return /** @type {T} */ (last);
    } catch (error) {
      last = error;
    }
    if (Date.now() > end)
      throw new Error(`${message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The text of a locator, whitespace collapsed.
 * @param {import('playwright-core').Locator | import('./driver.js').Locator} locator
 */
export async function textOf(locator) {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The Overview tab panel.
 * @param {AnyPage} page
 */
export function overview(page) {
  return page.getByRole('tabpanel', { name: 'Overview' });
}

/**
 * The organization's name as the Overview's heading.
 * @param {AnyPage} page
 * @param {string} name
 */
export function overviewHeading(page, name) {
  return overview(page).getByRole('heading', { name, exact: true });
}

/**
 * Types into the search bar, chooses the option naming `name` (and showing `match` when given), and
 * waits for the Overview to show it.
 * @param {AnyPage} page
 * @param {string} text
 * @param {string} name
 * @param {string} [match] e.g. 'matched on Purchased Number +65 6123 4567'
 */
export async function searchAndOpen(page, text, name, match) {
  const search = page.getByRole('combobox', { name: 'Search organizations' });
  await search.fill(text);
  let option = page.getByRole('option', { name: new RegExp(escapeRegExp(name)) });
  if (match) option = option.filter({ hasText: match });
  await option.first().click();
  await overviewHeading(page, name).waitFor();
  await until(async () => (await search.inputValue()) === name, `the search bar shows ${name}`);
}

/** @param {string} s */
export function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Presses Tab until the focused element (through shadow roots) is named `name`: its aria-label, its
 * label, or its text.
 * @param {AnyPage} page
 * @param {string} name
 * @param {number} [max]
 */
export async function tabTo(page, name, max = 30) {
  const focusedName = () =>
    page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const labelled = /** @type {HTMLInputElement | null} */ (el)?.labels?.[0]?.textContent;
      return (el?.getAttribute('aria-label') || labelled || el?.textContent || '').replace(/\s+/g, ' ').trim();
    });
  // Focus may already be there (a dialog focuses its first control when it opens, in Firefox and WebKit).
  if ((await focusedName()) === name) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedName()) === name) return;
  }
  throw new Error(`"${name}" was not reached with ${max} presses of Tab`);
}
