// @ts-check
/**
 * The demo's API reference page (api.html), generated from custom-elements.json: reached from the demo's header, it
 * lists all six elements with their events (as the manifest names them), and each element runs as a live example.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { MANIFEST } from '../../scripts/manifest.js';
import { axeViolations, openDemo, textOf, useDemo, chromiumOnly } from './harness.js';

chromiumOnly(() => {
  /** @type {Awaited<ReturnType<typeof openDemo>>} */
  let session;
  before(async () => {
    session = await openDemo(await useDemo());
  });
  after(async () => {
    await session?.close();
  });

  describe('the API reference page', () => {
    it('is linked from the demo header and lists every element with its events, parts and a live example', async () => {
      const { page, errors } = session;
      // A first visit transforms the page's modules and may generate the manifest: generous timeouts for it only.
      await Promise.all([
        page.waitForURL(/\/api\.html$/, { waitUntil: 'commit', timeout: 60_000 }),
        page.getByRole('banner').getByRole('link', { name: 'API reference' }).click({ noWaitAfter: true }),
      ]);
      await page.getByRole('heading', { level: 1, name: 'sales-hub-kit API reference' }).waitFor({ timeout: 60_000 });
      // Once the reference is shown, the loading line is gone.
      assert.equal(await page.getByText('Loading the API reference').count(), 0);

      // The page's dev server generated the manifest it renders; read the same file.
      const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
      /** @type {{ tagName: string, name: string, events?: { name: string, type?: { text: string } }[], cssParts?: { name: string }[], attributes?: { name: string }[] }[]} */
      const elements = manifest.modules.flatMap((/** @type {any} */ m) =>
        (m.declarations ?? []).filter((/** @type {any} */ d) => d.customElement && d.tagName),
      );
      assert.equal(elements.length, 6);

      const nav = page.getByRole('navigation', { name: 'Elements' });
      assert.deepEqual(
        (await nav.getByRole('link').allTextContents()).sort(),
        elements.map((e) => `<${e.tagName}>`).sort(),
      );

      for (const el of elements) {
        const section = page.getByRole('region', { name: new RegExp(`^<${el.tagName}>`) });
        const eventsTable = section
          .getByRole('table')
          .filter({ has: page.getByRole('columnheader', { name: 'Event' }) });
        const events = await eventsTable.locator('tbody tr td:first-child').allTextContents();
        assert.deepEqual(
          events,
          (el.events ?? []).map((e) => e.name),
          `${el.tagName} events`,
        );
        assert.ok(events.length > 0, `${el.tagName} has events`);
        const classes = await eventsTable.locator('tbody tr td:nth-child(2)').allTextContents();
        assert.deepEqual(
          classes,
          (el.events ?? []).map((e) => e.type?.text),
          `${el.tagName} event classes`,
        );
        for (const heading of [
          'Attributes',
          'Properties',
          'CSS parts',
          'CSS custom properties',
          'Slots',
          'Live example',
        ]) {
          await section.getByRole('heading', { level: 3, name: heading, exact: true }).waitFor();
        }
        const parts = section.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Part' }) });
        assert.deepEqual(
          await parts.locator('tbody tr td:first-child').allTextContents(),
          (el.cssParts ?? []).map((p) => p.name),
        );
        assert.equal(await section.locator(`.example > ${el.tagName}`).count(), 1, `${el.tagName} runs in its example`);
      }

      // The live examples run on the in-page backend: the Overview shows Acme, the search finds it.
      const overview = page.getByRole('region', { name: /^<sh-organization-overview>/ });
      await overview
        .locator('sh-organization-overview')
        .getByRole('heading', { name: 'Acme Pte Ltd', exact: true })
        .waitFor({ timeout: 15_000 });
      const search = page.getByRole('region', { name: /^<sh-organization-search>/ });
      await search.getByRole('combobox', { name: 'Search organizations' }).fill('Acme');
      await search
        .getByRole('option', { name: /Acme Pte Ltd/ })
        .first()
        .waitFor();
      assert.match(await textOf(search.getByRole('table').first()), /search-by/);

      // The page's own markup; each widget's accessibility is its unit tests' job. (Side by side, the create form's and
      // the Overview's "Organization Information" regions share a name: axe's landmark-unique, a note for the widgets.)
      assert.deepEqual(await axeViolations(page, undefined, '.example'), []);
      assert.deepEqual(errors, []);
    });
  });
});
