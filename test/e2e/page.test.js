// @ts-check
/**
 * The demo page itself: first view, tabs, control panel, theme and language, persistence, axe.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, known, openDemo, startDemo, textOf, until } from './harness.js';

/** @type {Awaited<ReturnType<typeof startDemo>>} */
let demo;
before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.close();
});

describe('the demo page', () => {
  it('opens on Acme, with its status in the search bar and the Overview tab selected', async () => {
    const { page, errors, close } = await openDemo(demo);
    try {
      const search = page.getByRole('combobox', { name: 'Search organizations' });
      await until(async () => (await search.inputValue()) === 'Acme Pte Ltd', 'the bar shows Acme');
      await page.locator('sh-organization-search [part="selected-status"]').getByText('Active', { exact: true }).waitFor();
      const overviewTab = page.getByRole('tab', { name: 'Overview' });
      assert.equal(await overviewTab.getAttribute('aria-selected'), 'true');
      await page.getByRole('tabpanel', { name: 'Overview' }).getByRole('heading', { name: 'Acme Pte Ltd' }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('passes axe in light and dark, with the control panel open', async () => {
    const { page, close } = await openDemo(demo);
    try {
      await page.getByRole('tabpanel', { name: 'Overview' }).getByRole('heading', { name: 'Acme Pte Ltd' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'light theme');
      await page.getByLabel('Theme').selectOption('dark');
      await until(() => page.evaluate(() => document.documentElement.classList.contains('sh-theme-dark')), 'dark theme applied');
      assert.deepEqual(await axeViolations(page), [], 'dark theme');
      await page.getByRole('tab', { name: 'Support Hub' }).click();
      await page.locator('sh-remote-support').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'Support Hub tab, dark theme');
    } finally {
      await close();
    }
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { page, close } = await openDemo(demo);
    try {
      const overview = page.getByRole('tab', { name: 'Overview' });
      const support = page.getByRole('tab', { name: 'Support Hub' });
      await overview.focus();
      await page.keyboard.press('ArrowRight');
      assert.equal(await support.getAttribute('aria-selected'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-support');
      assert.equal(await page.getByRole('tabpanel', { name: 'Overview' }).count(), 0, 'the Overview panel is hidden');
      await page.keyboard.press('Home');
      assert.equal(await overview.getAttribute('aria-selected'), 'true');
      await page.keyboard.press('End');
      assert.equal(await support.getAttribute('aria-selected'), 'true');
      await page.keyboard.press('ArrowRight');
      assert.equal(await overview.getAttribute('aria-selected'), 'true', 'wraps around');
    } finally {
      await close();
    }
  });

  it('opens the create form in a modal dialog from "+ Create Organization", and Escape closes it', async () => {
    const { page, close } = await openDemo(demo);
    try {
      await page.getByRole('button', { name: '+ Create Organization' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create Organization' });
      await dialog.waitFor();
      await dialog.getByRole('textbox', { name: /Organization name/ }).waitFor();
      assert.deepEqual(await axeViolations(page, '#create-dialog'), []);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    } finally {
      await close();
    }
  });

  it('switches the widgets to French through <html lang>, and keeps the settings after a reload', async () => {
    const { page, errors, close } = await openDemo(demo);
    try {
      await page.getByLabel('Language').selectOption('fr');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      await page.getByRole('tab', { name: 'Vue d’ensemble' }).waitFor();
      const searchLabel = await textOf(page.locator('sh-organization-search [part="label"]'));
      assert.notEqual(searchLabel, 'Search organizations', 'the search widget speaks French');
      await page.getByLabel('Thème').selectOption('dark');
      await page.getByRole('tab', { name: 'Support Hub' }).click();

      await page.reload();
      await page.locator('demo-sales-hub header').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('sh-theme-dark')));
      assert.equal(await page.getByRole('tab', { name: 'Support Hub' }).getAttribute('aria-selected'), 'true');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('shows an inviting empty state when nothing is selected, and "Open Acme" fills it', async () => {
    const { page, close } = await openDemo(demo, { settings: { selected: null } });
    try {
      const empty = page.getByRole('region', { name: 'Find an organization' });
      await empty.getByText('CRM-00042').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await empty.getByRole('button', { name: 'Open Acme' }).click();
      await page.getByRole('tabpanel', { name: 'Overview' }).getByRole('heading', { name: 'Acme Pte Ltd' }).waitFor();
      const { acme } = await known(page);
      assert.ok(acme);
    } finally {
      await close();
    }
  });
});
