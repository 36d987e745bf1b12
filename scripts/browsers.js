// @ts-check
// The one place that knows how to find and start the three browser engines the tests run in: Chromium,
// Firefox (ESR) and WebKit (WebKitGTK's MiniBrowser, driven by WebKitWebDriver under Xvfb). The browser
// tests (web-test-runner.config.js) and the end-to-end tests both use it. Each finder throws an error that
// names the command installing what is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Flags for a headless Chromium as root on a closed network (TOOLCHAIN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The first candidate that exists, or an error naming the install command and every place looked in.
 * @param {string} what
 * @param {(string | undefined)[]} candidates
 * @param {string} install
 */
function firstExisting(what, candidates, install) {
  const paths = /** @type {string[]} */ (candidates.filter((p) => typeof p === 'string' && p.length > 0));
  const found = paths.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`No ${what} found. Install it (${install}).\nLooked in:\n  ${paths.join('\n  ')}`);
  }
  return found;
}

/** Chrome or Chromium as a user's machine has it: CHROME_PATH first, then the usual install paths. */
export function findChrome() {
  return firstExisting(
    'Chrome or Chromium',
    [
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    'Debian/Ubuntu: `sudo apt-get install chromium`, or set CHROME_PATH to its executable',
  );
}

/** Firefox (ESR or release, 129 or later for WebDriver BiDi): FIREFOX_PATH first, then the usual install paths. */
export function findFirefox() {
  return firstExisting(
    'Firefox',
    [
      process.env.FIREFOX_PATH,
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/snap/bin/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    'Debian: `sudo apt-get install firefox-esr`, or set FIREFOX_PATH to its executable',
  );
}

const WEBKIT_INSTALL = 'Debian/Ubuntu: `sudo apt-get install webkit2gtk-driver xvfb`';

/** The multiarch directory Debian installs WebKitGTK's programs under (x86_64-linux-gnu, aarch64-linux-gnu). */
function multiarch() {
  /** @type {Record<string, string>} */
  const triplets = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu', arm: 'arm-linux-gnueabihf' };
  return triplets[process.arch] ?? '';
}

/** MiniBrowser, the WebKitGTK browser that WebKitWebDriver starts (it comes with the WebKitGTK library package). */
export function findMiniBrowser() {
  const lib = `/usr/lib/${multiarch()}`;
  return firstExisting(
    "WebKitGTK's MiniBrowser",
    [
      process.env.MINIBROWSER_PATH,
      `${lib}/webkit2gtk-4.1/MiniBrowser`,
      `${lib}/webkitgtk-6.0/MiniBrowser`,
      `${lib}/webkit2gtk-4.0/MiniBrowser`,
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkitgtk-6.0/MiniBrowser',
    ],
    `${WEBKIT_INSTALL} (MiniBrowser comes with libwebkit2gtk-4.1-0; \`dpkg -L libwebkit2gtk-4.1-0 | grep MiniBrowser\`), or set MINIBROWSER_PATH`,
  );
}

/** `xvfb-run`, which gives WebKitGTK a display on a machine that has none. */
export function findXvfbRun() {
  return firstExisting('xvfb-run', [process.env.XVFB_RUN_PATH, '/usr/bin/xvfb-run'], WEBKIT_INSTALL);
}

/**
 * WebKitGTK's WebDriver, the MiniBrowser it drives, and the `xvfb-run` it runs under.
 * @returns {{ driver: string, miniBrowser: string, xvfbRun: string }}
 */
export function findWebKitDriver() {
  const driver = firstExisting(
    'WebKitWebDriver',
    [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'],
    `${WEBKIT_INSTALL}, or set WEBKIT_WEBDRIVER_PATH`,
  );
  return { driver, miniBrowser: findMiniBrowser(), xvfbRun: findXvfbRun() };
}

/** W3C capabilities for a new WebKitWebDriver session that drives MiniBrowser. */
export function webkitCapabilities(miniBrowser = findMiniBrowser()) {
  return {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    },
  };
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `xvfb-run -a WebKitWebDriver --port=N` in its own process group and waits until the driver answers.
 * WebKitWebDriver holds one session at a time: start one driver per concurrent browser.
 * `stop()` ends the whole group (xvfb-run, Xvfb, the driver and the MiniBrowser it started).
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startWebKitDriver() {
  const { driver, xvfbRun } = findWebKitDriver();
  // Two `xvfb-run -a` started at the same instant can pick the same display; the loser exits: start again.
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = spawn(xvfbRun, ['-a', driver, `--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
    const pid = /** @type {number} */ (child.pid);
    const url = `http://127.0.0.1:${port}`;
    // Its own process group outlives this process: end it too if this process exits without calling stop().
    const onExit = () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    process.once('exit', onExit);
    const stop = async () => {
      process.off('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // Ended on SIGTERM meanwhile.
        }
      }, 3000);
      await exited;
      clearTimeout(killer);
    };
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const res = await fetch(`${url}/status`);
        if (res.ok) return { url, pid, stop };
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    lastError = new Error(`WebKitWebDriver did not start on port ${port} (attempt ${attempt}).\n${stderr}`);
    await stop();
  }
  throw lastError;
}

/** WebDriver's codes for the keys the tests and journeys press (W3C WebDriver, "Keyboard actions"). */
export const WEBDRIVER_KEYS = /** @type {Record<string, string>} */ ({
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
});
