// @ts-check
/**
 * A thin driver over three engines, so one journey script runs in each:
 * - `chromium`: the system Chromium through playwright-core (CDP);
 * - `firefox`: Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver);
 * - `webkit`: WebKitGTK's MiniBrowser through `WebKitWebDriver` (W3C WebDriver), under Xvfb.
 *
 * Each backend only moves the pointer, presses keys, navigates, evaluates a script and takes a screenshot; finding
 * elements (by role and accessible name, text, label or CSS, through open shadow roots) happens in the page with
 * the same code in every engine (`query.js`). Clicks and keys are real input (CDP / BiDi input / WebDriver
 * Actions) at the point where the element is on top, never a synthetic `el.click()`. The one exception: a native
 * `<select>` is set in the page (`selectOption`), since its popup is the platform's, outside the page.
 *
 * `E2E_BROWSERS=chromium,firefox,webkit` (the default) chooses the engines.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inPage } from './query.js';
import { CHROMIUM_ARGS, findChrome } from '../../scripts/chrome.js';
import { WEBDRIVER_KEYS } from '../../scripts/browsers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** @typedef {'chromium' | 'firefox' | 'webkit'} EngineName */
export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** The engines to run, from `E2E_BROWSERS` (comma-separated); all three by default. */
export function selectedEngines() {
  const raw = process.env.E2E_BROWSERS?.trim();
  if (!raw) return [...ENGINES];
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const n of names) {
    if (!(/** @type {readonly string[]} */ (ENGINES).includes(n)))
      throw new Error(`E2E_BROWSERS: unknown engine "${n}" (known: ${ENGINES.join(', ')})`);
  }
  return /** @type {EngineName[]} */ (names);
}

// ── finding the browsers ────────────────────────────────────────────────────

/** @param {string} what @param {string[]} candidates @param {string} install */
function firstExisting(what, candidates, install) {
  const found = candidates.filter(Boolean).find((p) => existsSync(p));
  if (!found)
    throw new Error(`${what} not found. Install it with \`${install}\`.\nLooked in:\n  ${candidates.join('\n  ')}`);
  return found;
}

export function findFirefox() {
  return firstExisting(
    'Firefox',
    [process.env.FIREFOX_PATH ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
    'sudo apt-get install -y firefox-esr',
  );
}

export function findWebKitDriver() {
  return firstExisting(
    'WebKitWebDriver',
    [process.env.WEBKIT_WEBDRIVER_PATH ?? '', '/usr/bin/WebKitWebDriver'],
    'sudo apt-get install -y webkit2gtk-driver',
  );
}

export function findMiniBrowser() {
  const candidates = [
    process.env.MINIBROWSER_PATH ?? '',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  ];
  try {
    const listed = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => l.endsWith('/MiniBrowser'));
    if (listed) candidates.unshift(listed);
  } catch {
    // not a dpkg system, or the package is missing: the fixed paths remain
  }
  return firstExisting('MiniBrowser (WebKitGTK)', candidates, 'sudo apt-get install -y libwebkit2gtk-4.1-0');
}

export function findXvfbRun() {
  return firstExisting('xvfb-run', ['/usr/bin/xvfb-run'], 'sudo apt-get install -y xvfb');
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

// ── backends ────────────────────────────────────────────────────────────────

/**
 * What an engine does for the driver. Coordinates are CSS pixels in the viewport.
 * @typedef {object} RawPage
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} reload
 * @property {() => Promise<string>} url
 * @property {(expression: string) => Promise<any>} evaluate the value of an expression (awaited if a promise)
 * @property {(x: number, y: number) => Promise<void>} mouseMove
 * @property {() => Promise<void>} mouseDown
 * @property {() => Promise<void>} mouseUp
 * @property {(x: number, y: number, deltaX: number, deltaY: number) => Promise<void>} wheel a wheel turn over (x, y)
 * @property {(x: number, y: number) => Promise<void>} click
 * @property {(keys: string[]) => Promise<void>} press one chord: modifiers first, then the key
 * @property {(text: string) => Promise<void>} type
 * @property {(path: string) => Promise<void>} screenshot
 * @property {() => Promise<void>} close
 *
 * @typedef {object} Engine
 * @property {EngineName} name
 * @property {string} version
 * @property {(viewport: { width: number, height: number }) => Promise<RawPage>} newPage a page in a fresh context
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<Engine>} */
async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    version: browser.version(),
    async newPage(viewport) {
      const context = await browser.newContext({ viewport, locale: 'en-US', colorScheme: 'light' });
      const page = await context.newPage();
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        url: async () => page.url(),
        evaluate: (expression) => page.evaluate(expression),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseDown: () => page.mouse.down(),
        mouseUp: () => page.mouse.up(),
        wheel: async (x, y, deltaX, deltaY) => {
          await page.mouse.move(x, y);
          await page.mouse.wheel(deltaX, deltaY);
        },
        click: (x, y) => page.mouse.click(x, y),
        press: (keys) => page.keyboard.press(keys.join('+')),
        type: (text) => page.keyboard.type(text),
        screenshot: async (path) => void (await page.screenshot({ path })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** @returns {Promise<Engine>} */
async function launchFirefox() {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: { 'intl.accept_languages': 'en-US', 'intl.locale.requested': 'en-US' },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage(viewport) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      /** @param {string[]} keys */
      const press = async (keys) => {
        const mods = keys.slice(0, -1);
        for (const m of mods) await page.keyboard.down(/** @type {any} */ (m));
        await page.keyboard.press(/** @type {any} */ (keys[keys.length - 1]));
        for (const m of mods.reverse()) await page.keyboard.up(/** @type {any} */ (m));
      };
      return {
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 60_000 })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        url: async () => page.url(),
        evaluate: (expression) => page.evaluate(expression),
        mouseMove: (x, y) => page.mouse.move(x, y),
        mouseDown: () => page.mouse.down(),
        mouseUp: () => page.mouse.up(),
        wheel: async (x, y, deltaX, deltaY) => {
          await page.mouse.move(x, y);
          await page.mouse.wheel({ deltaX, deltaY });
        },
        click: (x, y) => page.mouse.click(x, y),
        press,
        type: (text) => page.keyboard.type(text),
        screenshot: async (path) => void (await page.screenshot({ path })),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** @returns {Promise<Engine>} */
async function launchWebKit() {
  const driver = findWebKitDriver();
  const binary = findMiniBrowser();
  const xvfbRun = findXvfbRun();
  const port = await freePort();
  // Its own process group, ended as a whole: xvfb-run, Xvfb, the driver and the browsers it started.
  const child = spawn(xvfbRun, ['-a', '-s', '-screen 0 1600x1200x24', driver, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr = (stderr + d).slice(-2000);
  });
  const base = `http://127.0.0.1:${port}`;
  /**
   * @param {string} method @param {string} path @param {unknown} [body] @param {number} [timeout]
   * @returns {Promise<any>}
   */
  const call = async (method, path, body, timeout = 90_000) => {
    // Bounded, so a driver call that never answers fails here, naming the command, not as a test timeout.
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    }).catch((error) => {
      throw new Error(`WebKitWebDriver ${method} ${path.replace(/\/session\/[^/]+/, '/session/…')}: ${error.message}`);
    });
    const json = /** @type {any} */ (await response.json());
    if (!response.ok) {
      const error = new Error(`${json.value?.error ?? response.status}: ${json.value?.message ?? ''}`);
      throw error;
    }
    return json.value;
  };
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // Also when the test process ends without closing the engine (a cancelled run).
  process.once('exit', kill);
  const started = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver ended at start: ${stderr}`);
    const ready = await call('GET', '/status').then(
      (v) => v?.ready !== false,
      () => false,
    );
    if (ready) break;
    if (Date.now() > started) {
      kill();
      throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  /** @type {Set<string>} */
  const sessions = new Set();
  let version = '';
  return {
    name: 'webkit',
    get version() {
      return version;
    },
    async newPage(viewport) {
      // A session per page: its own MiniBrowser, with its own storage. On a loaded machine a MiniBrowser now and
      // then never connects to the driver: that start is given up after 30 s and made once more (the browser is
      // started again, not the test), and said on stderr.
      const capabilities = {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          },
        },
      };
      const created = await call('POST', '/session', capabilities, 30_000).catch((error) => {
        process.stderr.write(`[e2e] webkit: ${error.message}; starting MiniBrowser once more\n`);
        return call('POST', '/session', capabilities, 60_000);
      });
      const id = /** @type {string} */ (created.sessionId);
      version = created.capabilities?.browserVersion ?? version;
      sessions.add(id);
      const s = `/session/${id}`;
      await call('POST', `${s}/timeouts`, { script: 60_000, pageLoad: 60_000 });
      await call('POST', `${s}/window/rect`, { width: viewport.width, height: viewport.height });
      /** @param {object[]} actions */
      const perform = (actions) => call('POST', `${s}/actions`, { actions });
      /** @param {object[]} steps */
      const pointer = (steps) =>
        perform([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }]);
      /** @param {object[]} steps */
      const keys = (steps) => perform([{ type: 'key', id: 'keyboard', actions: steps }]);
      const code = (/** @type {string} */ k) => WEBDRIVER_KEYS[k] ?? (k.length === 1 ? k : undefined);
      return {
        goto: (url) => call('POST', `${s}/url`, { url }),
        reload: () => call('POST', `${s}/refresh`, {}),
        url: () => call('GET', `${s}/url`),
        evaluate: (expression) => call('POST', `${s}/execute/sync`, { script: `return (${expression});`, args: [] }),
        mouseMove: (x, y) =>
          pointer([{ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 }]),
        mouseDown: () => pointer([{ type: 'pointerDown', button: 0 }]),
        mouseUp: () => pointer([{ type: 'pointerUp', button: 0 }]),
        wheel: (x, y, deltaX, deltaY) =>
          perform([
            {
              type: 'wheel',
              id: 'wheel',
              actions: [
                { type: 'scroll', origin: 'viewport', x: Math.round(x), y: Math.round(y), deltaX, deltaY, duration: 0 },
              ],
            },
          ]),
        click: (x, y) =>
          pointer([
            { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ]),
        async press(chord) {
          const values = chord.map((k) => {
            const value = code(k.length === 1 ? k.toLowerCase() : k);
            if (!value) throw new Error(`no WebDriver code for the key "${k}"`);
            return value;
          });
          await keys([
            ...values.map((value) => ({ type: 'keyDown', value })),
            ...values.reverse().map((value) => ({ type: 'keyUp', value })),
          ]);
          await call('DELETE', `${s}/actions`);
        },
        type: (text) =>
          keys(
            [...text].flatMap((value) => [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ]),
          ),
        async screenshot(path) {
          const png = await call('GET', `${s}/screenshot`);
          writeFileSync(path, Buffer.from(png, 'base64'));
        },
        async close() {
          sessions.delete(id);
          await call('DELETE', s).catch(() => undefined);
        },
      };
    },
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => undefined);
      kill();
    },
  };
}

/** @param {EngineName} name @returns {Promise<Engine>} */
export function launchEngine(name) {
  switch (name) {
    case 'chromium':
      return launchChromium();
    case 'firefox':
      return launchFirefox();
    case 'webkit':
      return launchWebKit();
  }
}

// ── the driver's page and locators ──────────────────────────────────────────

/**
 * @typedef {import('./query.js').Step} Step
 * @typedef {import('./query.js').Matcher} Matcher
 * @typedef {{ name?: string | RegExp, exact?: boolean, checked?: boolean, level?: number }} RoleOptions
 */

/** @param {string | RegExp} m @returns {Matcher} */
function matcher(m) {
  return typeof m === 'string' ? m : { re: m.source, flags: m.flags };
}

/**
 * A CSS selector as steps, one per descendant combinator, so `a b` finds a `b` inside `a`'s shadow root too (as
 * Playwright's CSS engine does). Child and sibling combinators stay within one step (one tree).
 * @param {string} css
 * @returns {Step[]}
 */
function cssSteps(css) {
  /** @type {string[]} */
  const tokens = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const ch of css.trim()) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) return [{ css }];
    else if (/\s/.test(ch) && depth === 0) {
      if (current) tokens.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current) tokens.push(current);
  /** @type {string[]} */
  const parts = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (['>', '+', '~'].includes(t) && parts.length && i + 1 < tokens.length) {
      parts[parts.length - 1] += ` ${t} ${tokens[++i]}`;
    } else parts.push(t);
  }
  return parts.map((p) => ({ css: p }));
}

const QUERY_SOURCE = inPage.toString();
const DEFAULT_TIMEOUT = 10_000;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `check` until it returns a value other than undefined; fails after `timeout` with `message()` and the last
 * reason seen.
 * @template T
 * @param {() => Promise<{ value?: T, why?: string }>} check
 * @param {() => string} message
 * @param {number} timeout
 * @returns {Promise<T>}
 */
async function poll(check, message, timeout) {
  const end = Date.now() + timeout;
  let why = '';
  for (;;) {
    try {
      const result = await check();
      if (result.value !== undefined) return result.value;
      why = result.why ?? why;
    } catch (error) {
      why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    if (Date.now() > end) throw new Error(`${message()}: not within ${timeout} ms (${why})`);
    await sleep(50);
  }
}

/**
 * Logs every backend call with its duration to stderr (`E2E_TRACE=1`): to see which one hangs or fails.
 * @param {RawPage} raw @param {string} engine @returns {RawPage}
 */
function traced(raw, engine) {
  return /** @type {RawPage} */ (
    Object.fromEntries(
      Object.entries(raw).map(([key, fn]) => [
        key,
        async (/** @type {any[]} */ ...args) => {
          const start = Date.now();
          const what = `${engine} ${key}(${JSON.stringify(args).slice(0, 100)})`;
          try {
            const value = await fn(...args);
            process.stderr.write(`[e2e] ${what} ${Date.now() - start} ms\n`);
            return value;
          } catch (error) {
            process.stderr.write(`[e2e] ${what} failed after ${Date.now() - start} ms: ${error}\n`);
            throw error;
          }
        },
      ]),
    )
  );
}

export class Page {
  /** @param {RawPage} raw @param {EngineName} engine */
  constructor(raw, engine) {
    if (process.env.E2E_TRACE) raw = traced(raw, engine);
    this.raw = raw;
    this.engine = engine;
    /** Where the pointer was last moved (a wheel turns there). */
    this.pointer = { x: 640, y: 400 };
    /** Uncaught errors of documents this page has left (the current one's are read from it). */
    this.pastErrors = /** @type {string[]} */ ([]);
    this.keyboard = {
      /** @param {string} key e.g. 'Enter', 'Shift+Tab', 'Control+a' */
      press: (key) => raw.press(key === '+' ? ['+'] : key.split('+')),
      /** @param {string} text */
      type: (text) => raw.type(text),
    };
    this.mouse = {
      /** @param {number} x @param {number} y */
      move: (x, y) => {
        this.pointer = { x, y };
        return raw.mouseMove(x, y);
      },
      down: () => raw.mouseDown(),
      up: () => raw.mouseUp(),
      /** @param {number} x @param {number} y */
      click: (x, y) => {
        this.pointer = { x, y };
        return raw.click(x, y);
      },
      /**
       * A wheel turn where the pointer was last moved to (the viewport's centre before any move), as Playwright's.
       * @param {number} deltaX @param {number} deltaY
       */
      // WebDriver's wheel action takes whole pixels (Firefox and WebKit refuse fractions).
      wheel: (deltaX, deltaY) => raw.wheel(this.pointer.x, this.pointer.y, Math.round(deltaX), Math.round(deltaY)),
    };
  }

  /** @param {string} url */
  async goto(url) {
    await this.collectErrors();
    await this.raw.goto(url);
  }

  async reload() {
    await this.collectErrors();
    await this.raw.reload();
  }

  url() {
    return this.raw.url();
  }

  async collectErrors() {
    this.pastErrors.push(...(await this.pageErrors().catch(() => [])));
  }

  /** @returns {Promise<string[]>} the uncaught errors and unhandled rejections of the current document */
  async pageErrors() {
    return (await this.raw.evaluate('window.__e2eErrors ?? []')) ?? [];
  }

  /** @returns {Promise<string[]>} every uncaught error since the page opened */
  async errors() {
    return [...this.pastErrors, ...(await this.pageErrors())];
  }

  /**
   * Runs `fn(arg)` in the page and returns its (JSON-serialisable) value.
   * @template A, R
   * @param {(arg: A) => R} fn
   * @param {A} [arg]
   * @returns {Promise<Awaited<R>>}
   */
  evaluate(fn, arg) {
    return this.raw.evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }

  /**
   * Waits until `fn(arg)` is truthy in the page.
   * @template A
   * @param {(arg: A) => unknown} fn
   * @param {A} [arg]
   * @param {{ timeout?: number }} [options]
   */
  waitForFunction(fn, arg, options = {}) {
    return poll(
      async () => {
        const v = await this.evaluate(fn, arg);
        return v ? { value: v } : { why: `got ${JSON.stringify(v)}` };
      },
      () => `waitForFunction ${fn.toString().slice(0, 80)}`,
      options.timeout ?? DEFAULT_TIMEOUT,
    );
  }

  /** Waits `ms` (the length of a press or a pause a person makes; never before an absence check). @param {number} ms */
  waitForTimeout(ms) {
    return sleep(ms);
  }

  /** @param {string} path */
  async screenshot(path) {
    mkdirSync(dirname(path), { recursive: true });
    await this.raw.screenshot(path);
  }

  close() {
    return this.raw.close();
  }

  /** @param {Step[]} steps */
  locatorFor(steps) {
    return new Locator(this, steps);
  }

  /** @param {string} css */
  locator(css) {
    return this.locatorFor(cssSteps(css));
  }

  /** @param {string} role @param {RoleOptions} [options] */
  getByRole(role, options = {}) {
    return this.locatorFor([roleStep(role, options)]);
  }

  /** @param {string | RegExp} text @param {{ exact?: boolean }} [options] */
  getByText(text, options = {}) {
    return this.locatorFor([{ text: matcher(text), exact: options.exact }]);
  }

  /** @param {string | RegExp} label @param {{ exact?: boolean }} [options] */
  getByLabel(label, options = {}) {
    return this.locatorFor([{ label: matcher(label), exact: options.exact }]);
  }

  /**
   * @param {string} op
   * @param {Step[]} steps
   * @param {unknown} [arg]
   */
  query(op, steps, arg) {
    return this.raw.evaluate(`(${QUERY_SOURCE})(${JSON.stringify({ op, steps, arg })})`);
  }
}

/** @param {string} role @param {RoleOptions} options @returns {Step} */
function roleStep(role, options) {
  /** @type {any} */
  const step = { role };
  if (options.name !== undefined) step.name = matcher(options.name);
  if (options.exact !== undefined) step.exact = options.exact;
  if (options.checked !== undefined) step.checked = options.checked;
  if (options.level !== undefined) step.level = options.level;
  return step;
}

/** @param {Step} step */
function describeStep(step) {
  if ('css' in step) return `locator(${JSON.stringify(step.css)})`;
  if ('nth' in step) return `nth(${step.nth})`;
  if ('hasText' in step) return `filter(hasText: ${JSON.stringify(step.hasText)})`;
  if ('role' in step) return `getByRole(${step.role}${step.name ? `, ${JSON.stringify(step.name)}` : ''})`;
  if ('label' in step) return `getByLabel(${JSON.stringify(step.label)})`;
  return `getByText(${JSON.stringify(step.text)})`;
}

/** Re-resolved on every use, like Playwright's locators: it names what to find, not a node. */
export class Locator {
  /** @param {Page} page @param {Step[]} steps */
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  toString() {
    return this.steps.map(describeStep).join('.');
  }

  /** @param {Step} step */
  child(step) {
    return new Locator(this.page, [...this.steps, step]);
  }

  /** @param {string} css */
  locator(css) {
    return new Locator(this.page, [...this.steps, ...cssSteps(css)]);
  }

  /** @param {string} role @param {RoleOptions} [options] */
  getByRole(role, options = {}) {
    return this.child(roleStep(role, options));
  }

  /** @param {string | RegExp} text @param {{ exact?: boolean }} [options] */
  getByText(text, options = {}) {
    return this.child({ text: matcher(text), exact: options.exact });
  }

  /** @param {string | RegExp} label @param {{ exact?: boolean }} [options] */
  getByLabel(label, options = {}) {
    return this.child({ label: matcher(label), exact: options.exact });
  }

  /** @param {{ hasText: string | RegExp }} options */
  filter(options) {
    return this.child({ hasText: matcher(options.hasText) });
  }

  first() {
    return this.child({ nth: 0 });
  }

  /** @param {number} i */
  nth(i) {
    return this.child({ nth: i });
  }

  /** @param {string} op @param {unknown} [arg] */
  query(op, arg) {
    return this.page.query(op, this.steps, arg);
  }

  /** @returns {Promise<number>} */
  count() {
    return this.query('count');
  }

  /** @returns {Promise<boolean>} whether the first match is on screen (false when nothing matches) */
  isVisible() {
    return this.query('visible');
  }

  /**
   * Waits for the first match to be visible (the default), attached, hidden (or absent), or detached.
   * @param {{ state?: 'visible' | 'attached' | 'hidden' | 'detached', timeout?: number }} [options]
   */
  async waitFor(options = {}) {
    const state = options.state ?? 'visible';
    await poll(
      async () => {
        const s = await this.query('state');
        const ok =
          state === 'visible'
            ? s.visible
            : state === 'attached'
              ? s.attached
              : state === 'hidden'
                ? !s.visible
                : !s.attached;
        return ok ? { value: true } : { why: JSON.stringify(s) };
      },
      () => `${this} to be ${state}`,
      options.timeout ?? DEFAULT_TIMEOUT,
    );
  }

  /** Waits for one visible match and reads something of it. @param {string} op @param {unknown} [arg] */
  async read(op, arg) {
    await this.waitFor({ state: 'attached' });
    return this.query(op, arg);
  }

  /** @returns {Promise<string>} the text, whitespace collapsed */
  textContent() {
    return this.read('text');
  }

  /** @returns {Promise<string[]>} */
  allTextContents() {
    return this.query('texts');
  }

  /** @returns {Promise<string>} */
  inputValue() {
    return this.read('value');
  }

  /** @returns {Promise<boolean>} */
  isChecked() {
    return this.read('checked');
  }

  /** @returns {Promise<boolean>} disabled, or aria-disabled (itself or an ancestor) */
  async isEnabled() {
    return this.read('enabled');
  }

  async isDisabled() {
    return !(await this.isEnabled());
  }

  /** @param {string} name @returns {Promise<string | null>} */
  getAttribute(name) {
    return this.read('attribute', name);
  }

  /** @returns {Promise<{ x: number, y: number, width: number, height: number } | null>} */
  boundingBox() {
    return this.query('box');
  }

  /** Moves focus to the element (where a keyboard user's journey starts; not a click). */
  async focus() {
    await this.read('focus');
  }

  /**
   * Clicks the way a person does: waits until the element is visible, enabled (not aria-disabled either), still,
   * and on top at its centre, then presses the real mouse there.
   * @param {{ timeout?: number, enabled?: boolean }} [options] `enabled: false` clicks a disabled control too
   */
  async click(options = {}) {
    const point = await poll(
      async () => {
        const p = await this.query('point');
        if (!p.ok) return { why: p.why };
        if (options.enabled !== false && !(await this.query('enabled'))) return { why: 'it is disabled' };
        return { value: p };
      },
      () => `click ${this}`,
      options.timeout ?? DEFAULT_TIMEOUT,
    );
    await this.page.mouse.click(point.x, point.y);
    const landed = await this.page.raw.evaluate('window.__e2eLanded');
    // 'pressed': its mousedown landed, no click followed (nothing to judge).
    if (landed && landed !== 'ok' && landed !== 'pressed')
      throw new Error(`click ${this} (meant "${point.meant}"): ${landed}`);
  }

  /** Clicks a checkbox or radio that is not checked yet, and checks it took. */
  async check() {
    if (await this.isChecked()) return;
    await this.click();
    await poll(
      async () => ((await this.query('checked')) ? { value: true } : { why: 'still unchecked' }),
      () => `check ${this}`,
      DEFAULT_TIMEOUT,
    );
  }

  /**
   * Replaces the field's text as a person does: a click into it, Ctrl+A and Backspace, then the text typed (in a
   * separate call: WebKitGTK's driver may drop keys sent right after the field empties and re-renders).
   * @param {string} text
   */
  async fill(text) {
    await this.click();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.press('Backspace');
    if (text) await this.page.keyboard.type(text);
  }

  /** Focuses the element and presses a key. @param {string} key */
  async press(key) {
    await this.focus();
    await this.page.keyboard.press(key);
  }

  /**
   * Chooses an option of a native `<select>` (set in the page, with `input` and `change`: its popup is the
   * platform's, out of the page's reach).
   * @param {string | { label?: string, value?: string, index?: number }} option
   * @returns {Promise<string>} the chosen value
   */
  async selectOption(option) {
    await this.waitFor();
    return this.query('select', typeof option === 'string' ? { value: option } : option);
  }

  /**
   * Runs `fn(element, arg)` on the first match in the page.
   * @template A, R
   * @param {(el: any, arg: A) => R} fn
   * @param {A} [arg]
   * @returns {Promise<Awaited<R>>}
   */
  async evaluate(fn, arg) {
    await this.waitFor({ state: 'attached' });
    const find = `(${QUERY_SOURCE})`;
    return this.page.raw.evaluate(
      `(() => { const q = ${find}; const els = q(${JSON.stringify({ op: 'elements', steps: this.steps })}); ` +
        `return (${fn.toString()})(els[0], ${JSON.stringify(arg ?? null)}); })()`,
    );
  }
}

// ── the in-page error collector ─────────────────────────────────────────────

/**
 * A script for the head of every page under test: collects uncaught errors and unhandled rejections in
 * `window.__e2eErrors`, the same way in every engine (WebDriver classic has no event for them).
 */
export const ERROR_COLLECTOR = `window.__e2eErrors = [];
addEventListener('error', (e) => { window.__e2eErrors.push(String(e.error?.stack ?? e.message)); });
addEventListener('unhandledrejection', (e) => { window.__e2eErrors.push('Unhandled rejection: ' + String(e.reason?.stack ?? e.reason)); });`;

export { root };
