// @ts-check
/**
 * `npm run build:demo` publishes a static site: built here into a temporary folder, served by a tiny
 * static server under a sub-path (as on GitHub Pages), and loaded in Chromium, msw worker included.
 */
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './harness.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
});
const PREFIX = '/demos/sales-hub/';

/** @type {string} */
let outDir;
/** @type {import('node:http').Server} */
let server;
/** @type {string} */
let url;
/** @type {import('playwright-core').Browser} */
let browser;

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
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(PREFIX)) return void res.writeHead(404).end();
    let file = normalize(join(outDir, path.slice(PREFIX.length)));
    if (!file.startsWith(outDir)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${PREFIX}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
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
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
