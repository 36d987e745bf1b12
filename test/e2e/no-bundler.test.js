// @ts-check
/**
 * The single-file build (`dist/sales-hub-kit.js`) on a static page with no bundler and no import map, served with a
 * strict Content-Security-Policy: no inline script, no eval, no inline style, Trusted Types required. The page finds
 * Acme and shows its Overview (the loading skeleton included) with zero CSP or Trusted Types violations.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, chromiumOnly } from './harness.js';
import { serveStatic } from './static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** @type {string} */
let outDir;
/** @type {Awaited<ReturnType<typeof serveStatic>>} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

chromiumOnly(() => {
  before(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'sales-hub-single-file-'));
    const { build } = await import('vite');
    await build({
      configFile: resolve(root, 'vite.config.ts'),
      mode: 'standalone',
      logLevel: 'error',
      build: { outDir },
    });
    server = await serveStatic({
      root: join(here, 'no-bundler'),
      headers: { 'Content-Security-Policy': STRICT_CSP },
      files: {
        'sales-hub-kit.js': join(outDir, 'sales-hub-kit.js'),
        'themes/light.css': resolve(root, 'components/themes/light.css'),
      },
      backend: true,
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  describe('the single-file build on a page with no bundler, under a strict CSP', () => {
    it('finds Acme and shows its Overview with no CSP or Trusted Types violation', async () => {
      const context = await browser.newContext();
      try {
        // Installed by the browser (DevTools protocol), so the policy does not apply to this listener itself.
        await context.addInitScript(() => {
          const w = /** @type {any} */ (window);
          w.violations = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            w.violations.push(
              `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
            ),
          );
        });
        const page = await context.newPage();
        /** @type {string[]} */
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          if (/Content.Security.Policy|Trusted ?Type/i.test(m.text())) errors.push(m.text());
        });
        /** @type {string[]} */
        const scripts = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
        });
        const response = await page.goto(server.url);
        assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);

        await page.getByRole('combobox', { name: 'Search organizations' }).fill('Acme');
        await page
          .getByRole('option', { name: /Acme Pte Ltd/ })
          .first()
          .click();
        const overview = page.locator('sh-organization-overview');
        await overview.getByRole('heading', { name: 'Acme Pte Ltd', exact: true }).waitFor({ timeout: 15_000 });

        assert.deepEqual(
          scripts.sort(),
          ['/app.js', '/sales-hub-kit.js'],
          'two scripts: the kit in one file, and the page',
        );
        // What the README says the file exports, and that the contract's schemas, validators and rules stay out.
        const exported = await page.evaluate(async () => Object.keys(await import('/sales-hub-kit.js')));
        for (const name of [
          'createClient',
          'newIdempotencyKey',
          'provideClient',
          'clientContext',
          'storeOf',
          'registerTranslation',
          'ApiError',
          'isApiError',
          'isRateLimitError',
          'ShOrganizationOverview',
          'ShSelectEvent',
        ]) {
          assert.ok(exported.includes(name), `exports ${name}`);
        }
        for (const name of ['Organization', 'validateCreateOrganization', 'allowedActions', 'PROBLEM_CATALOGUE'])
          assert.ok(!exported.includes(name), `does not export ${name}`);
        assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).violations), []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
});
