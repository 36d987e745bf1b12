// @ts-check
// web-test-runner launchers for the three engines, each driving the browser the machine has (scripts/browsers.js):
// - Chromium: Playwright with the system Chromium. Playwright gives every test file its own browser context and
//   emulates a focused window in every page.
// - Firefox: puppeteer-core over WebDriver BiDi (no geckodriver).
// - WebKit: WebKitGTK's MiniBrowser over W3C WebDriver (WebKitWebDriver under `xvfb-run -a`).
// Firefox and WebKit run one browser process per concurrent page (`browserPool` below): only the front page of a
// browser receives focus events, and WebKitWebDriver holds one session at a time. Each test file gets a focused window,
// as a person's portal has, and concurrent pages share no cookies, storage or service worker.
// TOOLCHAIN.md pitfall 4 (msw's service worker reloading a page that shares its context) cannot arise in any of the
// three: concurrent pages never share a context, and the browser tests answer from msw's handlers in-page
// (test/fixtures.ts) without a worker.
import { playwrightLauncher } from '@web/test-runner-playwright';
import * as puppeteerCore from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  findChrome,
  findFirefox,
  findWebKitDriver,
  startWebKitDriver,
  webkitCapabilities,
  WEBDRIVER_KEYS,
} from './browsers.js';

/** @typedef {import('@web/test-runner-core').BrowserLauncher} BrowserLauncher */

/** The viewport every engine's pages get (the size web-test-runner's own launchers use). */
const VIEWPORT = { width: 800, height: 600 };

/** For outcomes nobody waits for: a failure there is reported elsewhere, or the browser is going away. */
const ignore = () => undefined;

/** Run in the test page as a file ends. */
const CLEAR_STORAGE = () => {
  localStorage.clear();
  sessionStorage.clear();
};

/** @param {{ concurrency?: number }} [options] @returns {BrowserLauncher} */
export function chromiumLauncher({ concurrency } = {}) {
  return playwrightLauncher({
    product: 'chromium',
    concurrency,
    launchOptions: { executablePath: findChrome(), headless: true, args: CHROMIUM_ARGS },
  });
}

/**
 * One browser with one page, as a pool slot: `navigate` waits for the load event.
 * @typedef {{
 *   navigate: (url: string) => Promise<unknown>,
 *   url: () => string | Promise<string>,
 *   clearStorage: () => Promise<unknown>,
 *   sendKeys?: (keys: string[]) => Promise<void>,
 *   page?: import('puppeteer-core').Page,
 *   close: () => Promise<void>,
 * }} Browser
 */

/**
 * A launcher that runs each concurrent test file in a browser process of its own, started on first need and reused
 * for the next file (after an empty page and cleared storage).
 * @param {{ name: string, type: string, concurrency: number, open: () => Promise<Browser> }} options
 * @returns {BrowserLauncher & { getPage(sessionId: string): import('puppeteer-core').Page, sendKeys(sessionId: string, keys: string[]): Promise<void> }}
 */
function browserPool({ name, type, concurrency, open }) {
  /** @type {{ browser: Browser, testSession?: string }[]} */
  const slots = [];
  /** Browsers start one at a time: two `xvfb-run -a` at once may pick one display, and the machine has 2 cores. */
  let starting = Promise.resolve();

  /** @param {string} testSession */
  const take = async (testSession) => {
    const free = slots.find((slot) => slot.testSession === undefined);
    if (free) {
      free.testSession = testSession;
      return free;
    }
    const started = starting.then(open);
    // The next start waits for this one, whether it succeeds or not (its failure is this session's).
    starting = started.then(ignore, ignore);
    const slot = { browser: await started, testSession };
    slots.push(slot);
    return slot;
  };
  /** @param {string} testSession */
  const slotOf = (testSession) => {
    const slot = slots.find((s) => s.testSession === testSession);
    if (!slot) throw new Error(`${name}: no page for test session ${testSession}`);
    return slot;
  };

  return {
    name,
    type,
    concurrency,
    async startSession(testSession, url) {
      const { browser } = await take(testSession);
      await browser.navigate(url);
    },
    isActive: (testSession) => slots.some((slot) => slot.testSession === testSession),
    getBrowserUrl: (testSession) => slotOf(testSession).browser.url(),
    async stopSession(testSession) {
      const slot = slotOf(testSession);
      // The next file starts with no storage of this one, on an empty page that ends whatever the test left running
      // (timers, a reload loop).
      await slot.browser.clearStorage().catch(ignore);
      await slot.browser.navigate('about:blank');
      slot.testSession = undefined;
      return {};
    },
    async stop() {
      await starting;
      await Promise.all(slots.splice(0).map(({ browser }) => browser.close()));
    },
    startDebugSession() {
      throw new Error(`${name} has no debug mode here: run \`WTR_BROWSERS=chromium npx web-test-runner --manual\`.`);
    },
    /** For web-test-runner's commands (sendKeys, sendMouse, …) with a launcher of type `puppeteer`. */
    getPage(testSession) {
      const { page } = slotOf(testSession).browser;
      if (!page) throw new Error(`${name} has no puppeteer page`);
      return page;
    },
    /** For @web/test-runner-commands' sendKeys with a launcher of type `webdriver`. */
    async sendKeys(testSession, keys) {
      const { browser } = slotOf(testSession);
      if (!browser.sendKeys) throw new Error(`${name} sends keys through its puppeteer page`);
      await browser.sendKeys(keys);
    },
  };
}

/**
 * Key names as Playwright spells them that puppeteer's BiDi keyboard does not know.
 * @type {Record<string, string>}
 */
const BIDI_KEY_ALIASES = { Space: ' ' };

/**
 * A puppeteer page whose keyboard takes the key names the tests use with every engine (`Space`).
 * @param {import('puppeteer-core').Page} page
 */
function withKeyAliases(page) {
  const { keyboard } = page;
  /** @param {string} key */
  const alias = (key) => /** @type {import('puppeteer-core').KeyInput} */ (BIDI_KEY_ALIASES[key] ?? key);
  const aliased = {
    /** @param {string} key */ press: (key) => keyboard.press(alias(key)),
    /** @param {string} key */ down: (key) => keyboard.down(alias(key)),
    /** @param {string} key */ up: (key) => keyboard.up(alias(key)),
    /** @param {string} text */ type: (text) => keyboard.type(text),
  };
  return new Proxy(page, {
    get(target, property) {
      if (property === 'keyboard') return aliased;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** @param {{ concurrency?: number }} [options] */
export function firefoxLauncher({ concurrency = 2 } = {}) {
  const executablePath = findFirefox();
  return browserPool({
    name: 'Firefox',
    type: 'puppeteer',
    concurrency,
    async open() {
      const browser = await puppeteerCore.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        // Headless Firefox has no pointing device, so `(hover: none)` matches; the tests run as on a desktop with a
        // mouse (a fine pointer that hovers), as Chromium and WebKit do headless.
        extraPrefsFirefox: { 'ui.primaryPointerCapabilities': 6, 'ui.allPointerCapabilities': 6 },
      });
      // The window Firefox opens at start never gets the focus; a page opened after it does.
      const initial = await browser.pages();
      const page = withKeyAliases(await browser.newPage());
      for (const other of initial) await other.close();
      // Leaving a test file's page answers the beforeunload prompt a test with unsaved edits leaves behind (key
      // presses are user activation, so Firefox asks); other dialogs are dismissed, as Playwright does.
      page.on('dialog', (dialog) => {
        void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(ignore);
      });
      // web-test-runner bounds starting and ending a file itself (browserStartTimeout, testsFinishTimeout).
      page.setDefaultNavigationTimeout(0);
      await page.setViewport(VIEWPORT);
      return {
        navigate: (url) => page.goto(url),
        url: () => page.url(),
        page,
        clearStorage: () => page.evaluate(CLEAR_STORAGE),
        close: () => browser.close(),
      };
    },
  });
}

/** @param {string} key A character, a key name, or a chord like `Shift+Tab`. */
function keyActions(key) {
  const parts = key.length > 1 && key.includes('+') ? key.split('+') : [key];
  const values = parts.map((part) => {
    const value = part.length === 1 ? part : WEBDRIVER_KEYS[part];
    if (value === undefined) throw new Error(`sendKeys: no WebDriver key for "${part}"`);
    return value;
  });
  return [
    ...values.map((value) => ({ type: 'keyDown', value })),
    ...values.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

/**
 * MiniBrowser in a W3C WebDriver session on a WebKitWebDriver of its own, under its own Xvfb display.
 * @param {string} miniBrowser
 * @returns {Promise<Browser>}
 */
async function openWebKit(miniBrowser) {
  const driver = await startWebKitDriver();
  /** @param {string} method @param {string} path @param {unknown} [body] */
  const call = async (method, path, body) => {
    const res = await fetch(`${driver.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = /** @type {{ value: any }} */ (await res.json());
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  let session;
  try {
    session = `/session/${(await call('POST', '/session', webkitCapabilities(miniBrowser))).sessionId}`;
    await call('POST', `${session}/window/rect`, VIEWPORT);
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return {
    navigate: (url) => call('POST', `${session}/url`, { url }),
    url: () => call('GET', `${session}/url`),
    clearStorage: () => call('POST', `${session}/execute/sync`, { script: `(${CLEAR_STORAGE})()`, args: [] }),
    async sendKeys(keys) {
      await call('POST', `${session}/actions`, {
        actions: [{ type: 'key', id: 'keyboard', actions: keys.flatMap(keyActions) }],
      });
      // WebKitGTK's driver may answer before the page has handled the keys: return once it has (the page handles
      // input before it renders a frame), as Playwright's and puppeteer's keyboards do.
      await call('POST', `${session}/execute/async`, {
        script: 'const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done));',
        args: [],
      });
    },
    async close() {
      await call('DELETE', session).catch(ignore);
      await driver.stop();
    },
  };
}

/** @param {{ concurrency?: number }} [options] */
export function webkitLauncher({ concurrency = 2 } = {}) {
  const { miniBrowser } = findWebKitDriver();
  return browserPool({ name: 'WebKit', type: 'webdriver', concurrency, open: () => openWebKit(miniBrowser) });
}

/** The engines by the names WTR_BROWSERS takes. */
export const LAUNCHERS = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
