// @ts-check
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

/** Finds Chrome or Chromium the way a user's machine has it: CHROME_PATH first, then the usual install paths. */
function findChrome() {
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
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(/** @type {string} */ (p)));
  if (!found) {
    console.error(
      '\nNo Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROME_PATH to its executable.\nLooked in:\n  ' + candidates.join('\n  ') + '\n',
    );
    process.exit(1);
  }
  return found;
}

const executablePath = findChrome();
const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['{sdk,components,mocks,test}/**/*.test.ts'];

export default {
  files: [...files, '!test/e2e/**', '!node_modules/**'],
  // Pitfall 3: browser + development conditions, or msw's interceptors resolve to their Node build.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  // Generous per-test timeout: axe audits of a full form take seconds on a loaded 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  // Pitfall 1 and 2: legacy decorators from tsconfig, and es2022 so nothing reaches Chromium untransformed.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>sales-hub-kit tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
