// @ts-check
// The one place that knows how to find and start Chrome/Chromium here: the browser tests
// (web-test-runner.config.js) and the end-to-end tests (test/e2e/harness.js) both use it.
import { existsSync } from 'node:fs';

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

/** Chrome or Chromium as a user's machine has it: CHROME_PATH first, then the usual install paths. */
export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].filter((p) => typeof p === 'string' && p.length > 0);
  const found = candidates.find((p) => existsSync(/** @type {string} */ (p)));
  if (!found) {
    throw new Error(
      'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        `or set CHROME_PATH to its executable.\nLooked in:\n  ${candidates.join('\n  ')}`,
    );
  }
  return /** @type {string} */ (found);
}
