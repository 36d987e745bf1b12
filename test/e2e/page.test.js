// @ts-check
/**
 * The demo page itself: first view, tabs, the create dialog, theme and language, persistence, the
 * empty state, and axe on all of them.
 */
import assert from 'node:assert/strict';
import { axeViolations, overview, overviewHeading, textOf, until, journeys } from './harness.js';

/** Widget compositions axe flags that the page cannot fix from outside: none left (keep the hook for the next one). */
const KNOWN = /** @type {RegExp[]} */ ([]);

/** @param {import('./driver.js').Page} page */
async function violations(page, include = /** @type {string | undefined} */ (undefined)) {
  return (await axeViolations(page, include)).filter((v) => !KNOWN.some((known) => known.test(v)));
}

journeys('the demo page', (journey) => {
  journey('opens on Acme, with its status in the search bar and the Overview tab selected', async (page) => {
    const search = page.getByRole('combobox', { name: 'Search organizations' });
    await until(async () => (await search.inputValue()) === 'Acme Pte Ltd', 'the bar shows Acme');
    await page
      .locator('sh-organization-search [part="selected-status"]')
      .getByText('Active', { exact: true })
      .waitFor();
    assert.equal(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected'), 'true');
    await overviewHeading(page, 'Acme Pte Ltd').waitFor();
  });

  journey(
    'passes axe in light and dark, on both tabs and in the delete dialog, with the control panel open',
    async (page) => {
      await overview(page).getByRole('button', { name: 'Edit Organization Information' }).waitFor();
      assert.deepEqual(await violations(page), [], 'light theme');
      await page.locator('#demo-theme').selectOption('dark');
      await until(
        () => page.evaluate(() => document.documentElement.classList.contains('sh-theme-dark')),
        'dark theme applied',
      );
      assert.deepEqual(await violations(page), [], 'dark theme');
      await overview(page).getByRole('button', { name: 'Delete' }).click();
      await page.getByRole('dialog', { name: 'Delete Acme Pte Ltd?' }).getByRole('textbox').fill('Acme');
      assert.deepEqual(await violations(page), [], 'delete dialog, dark theme');
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Support Hub' }).click();
      await page
        .getByRole('tabpanel', { name: 'Support Hub' })
        .getByRole('button', { name: 'Request access' })
        .waitFor();
      assert.deepEqual(await violations(page), [], 'Support Hub tab, dark theme');
    },
  );

  journey('moves between tabs with the arrow keys, Home and End', async (page) => {
    const overviewTab = page.getByRole('tab', { name: 'Overview' });
    const supportTab = page.getByRole('tab', { name: 'Support Hub' });
    await overviewTab.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await supportTab.getAttribute('aria-selected'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-support');
    assert.equal(await page.getByRole('tabpanel', { name: 'Overview' }).count(), 0, 'the Overview panel is hidden');
    await page.keyboard.press('Home');
    assert.equal(await overviewTab.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('End');
    assert.equal(await supportTab.getAttribute('aria-selected'), 'true');
    await page.keyboard.press('ArrowRight');
    assert.equal(await overviewTab.getAttribute('aria-selected'), 'true', 'wraps around');
  });

  journey(
    'opens the create form in a modal dialog from "+ Create Organization", and Escape closes it',
    async (page) => {
      await page.getByRole('button', { name: '+ Create Organization' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create Organization' });
      await dialog.getByRole('textbox', { name: 'Organization name' }).waitFor();
      assert.equal(
        await page.evaluate(() => document.activeElement?.closest('dialog')?.id),
        'create-dialog',
        'focus moved into the dialog',
      );
      assert.deepEqual(await violations(page, '#create-dialog'), []);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    },
  );

  journey('switches the widgets to French through <html lang>, and keeps the settings after a reload', async (page) => {
    await page.locator('#demo-lang').selectOption('fr');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    await page.getByRole('tab', { name: 'Vue d’ensemble' }).waitFor();
    await until(
      async () => (await textOf(page.locator('sh-organization-search [part="label"]'))) !== 'Search organizations',
      'the search widget speaks French',
    );
    await page.locator('#demo-theme').selectOption('dark');
    await page.getByRole('tab', { name: 'Support Hub' }).click();

    await page.reload();
    await page.getByRole('tab', { name: 'Support Hub' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.ok(await page.evaluate(() => document.documentElement.classList.contains('sh-theme-dark')));
    assert.equal(await page.getByRole('tab', { name: 'Support Hub' }).getAttribute('aria-selected'), 'true');
  });

  journey('shows an inviting empty state when nothing is selected, and "Open Acme" fills it', async (page) => {
    await page.evaluate(() => {
      const key = 'sales-hub-demo:settings';
      localStorage.setItem(key, JSON.stringify({ ...JSON.parse(localStorage.getItem(key) ?? '{}'), selected: null }));
    });
    await page.reload();
    const empty = page.getByRole('region', { name: 'Find an organization' });
    await empty.getByText('CRM-00042').waitFor();
    assert.deepEqual(await violations(page), []);
    await empty.getByRole('button', { name: 'Open Acme' }).click();
    await overviewHeading(page, 'Acme Pte Ltd').waitFor();
    const search = page.getByRole('combobox', { name: 'Search organizations' });
    await until(async () => (await search.inputValue()) === 'Acme Pte Ltd', 'the bar shows Acme');
  });

  journey(
    'works from the keyboard: the skip link, and the create dialog returning focus to its button',
    async (page) => {
      // Start the sequential focus navigation at the page title: the skip link is just before it.
      await page.getByRole('heading', { name: 'Sales Hub', level: 1 }).click();
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to the organization');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');

      const create = page.getByRole('button', { name: '+ Create Organization' });
      await create.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Create Organization' }).waitFor();
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '+ Create Organization');
    },
  );

  journey('re-provides a new client when the caller changes: a read-only member sees no edit icons', async (page) => {
    await page.locator('#demo-caller').selectOption('readOnly');
    await page.getByRole('status').getByText('You are now signed in as: Read-only member.').waitFor();
    await overviewHeading(page, 'Acme Pte Ltd').waitFor();
    // The ownership switch explains why it is disabled once the new caller's permissions are loaded.
    await overview(page).getByText('You do not have permission to change who manages this organization.').waitFor();
    assert.equal(
      await overview(page)
        .getByRole('button', { name: /^Edit (Organization|Billing|Buyer)/ })
        .count(),
      0,
    );
    await page.getByRole('button', { name: '+ Create Organization' }).click();
    await page
      .getByRole('dialog', { name: 'Create Organization' })
      .getByText(/permission to create organizations/)
      .waitFor();
    await page.keyboard.press('Escape');
  });
});
