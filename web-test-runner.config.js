// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readManifest } from './scripts/manifest.js';
import { devServerMinifyTemplates } from './scripts/minify-templates.js';
import { LAUNCHERS } from './scripts/wtr-launchers.js';

// Every engine by default; WTR_BROWSERS=firefox (or chromium, webkit, a comma-separated list) runs some alone.
const engines = (process.env.WTR_BROWSERS ?? Object.keys(LAUNCHERS).join(','))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
/** @type {import('@web/test-runner-core').BrowserLauncher[]} */
const browsers = [];
for (const engine of engines) {
  const launcher = LAUNCHERS[/** @type {keyof typeof LAUNCHERS} */ (engine)];
  if (!launcher) {
    console.error(`\nWTR_BROWSERS: unknown engine "${engine}" (known: ${Object.keys(LAUNCHERS).join(', ')})\n`);
    process.exit(1);
  }
  try {
    browsers.push(launcher());
  } catch (error) {
    // A missing browser fails the run loudly, with the command that installs it.
    console.error(`\n${/** @type {Error} */ (error).message}\n`);
    process.exit(1);
  }
}

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['{sdk,components,mocks,test}/**/*.test.ts'];

/** @type {Promise<string> | undefined} */
let manifest;

export default {
  // test/consumers holds whole projects (their node_modules included), run by npm run test:consumers.
  files: [...files, '!test/e2e/**', '!test/consumers/**', '!node_modules/**'],
  // Pitfall 3: browser + development conditions, or msw's interceptors resolve to their Node build.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Two pages at a time on a 2-core machine: each engine runs two test files at once (a browser process each for
  // Firefox and WebKit), and the engines run one after another.
  concurrency: 2,
  concurrentBrowsers: 1,
  // Firefox and WebKit start a browser per concurrent page, one after the other; on a loaded 2-core machine a start
  // takes up to ~20 s, and the second page waits for the first browser too.
  browserStartTimeout: 120000,
  // Generous per-test timeout: axe audits of a full form take seconds on a loaded 2-core machine.
  testFramework: { config: { timeout: 30000 } },
  middleware: [
    // custom-elements.json generated from the sources once per run, so the manifest test never reads a stale build.
    /** @param {import('koa').Context} ctx @param {() => Promise<void>} next */
    async (ctx, next) => {
      if (ctx.path !== '/custom-elements.json') return next();
      ctx.type = 'application/json';
      ctx.body = await (manifest ??= readManifest({ always: true }));
    },
  ],
  // The components' templates minified as they ship (scripts/minify-templates.js), so the tests prove the shipped form.
  // Pitfall 1 and 2: legacy decorators from tsconfig, and es2022 so nothing reaches Chromium untransformed.
  plugins: [devServerMinifyTemplates(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers,
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>sales-hub-kit tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
