// @ts-check
/**
 * `npm run build:demo` publishes a static site: built here into a temporary folder, served by a tiny
 * static server under a sub-path (as on GitHub Pages), and loaded in Chromium, msw worker included.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, chromiumOnly } from './harness.js';
import { serveStatic } from './static-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PREFIX = '/demos/sales-hub/';

/** @type {string} */
let outDir;
/** @type {Awaited<ReturnType<typeof serveStatic>>} */
let server;
/** @type {string} */
let url;
/** @type {import('playwright-core').Browser} */
let browser;

chromiumOnly(() => {
  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'sales-hub-demo-'));
    const { build } = await import('vite');
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      mode: 'demo',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    // Any static server will do; this one knows nothing about the app.
    server = await serveStatic({ root: outDir, prefix: PREFIX });
    url = server.url;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  describe('the static demo build', () => {
    it('works from a plain static server under a sub-path, with the mocked backend', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        /** @type {string[]} */
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(url);
        await page
          .getByRole('tabpanel', { name: 'Overview' })
          .getByRole('heading', { name: 'Acme Pte Ltd', exact: true })
          .waitFor({ timeout: 20_000 });
        const search = page.getByRole('combobox', { name: 'Search organizations' });
        await search.fill('Harbour');
        await page.getByRole('option', { name: /Harbour Trading Pte Ltd/ }).waitFor();
        // The API reference page ships with the site.
        await page.goto(`${url}api.html`);
        await page.getByRole('heading', { level: 1, name: 'sales-hub-kit API reference' }).waitFor();
        assert.equal(await page.getByRole('navigation', { name: 'Elements' }).getByRole('link').count(), 6);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
});
