// @ts-check
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROMIUM_ARGS, findChrome } from './scripts/chrome.js';
import { readManifest } from './scripts/manifest.js';
import { devServerMinifyTemplates } from './scripts/minify-templates.js';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(`\n${/** @type {Error} */ (error).message}\n`);
  process.exit(1);
}

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['{sdk,components,mocks,test}/**/*.test.ts'];

/** @type {Promise<string> | undefined} */
let manifest;

export default {
  // test/consumers holds whole projects (their node_modules included), run by npm run test:consumers.
  files: [...files, '!test/e2e/**', '!test/consumers/**', '!node_modules/**'],
  // Pitfall 3: browser + development conditions, or msw's interceptors resolve to their Node build.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
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
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>sales-hub-kit tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
