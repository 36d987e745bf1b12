// @ts-check
/**
 * Journey: find an organization by each search key, then open its Overview.
 */
import assert from 'node:assert/strict';
import { journeys, known, overview, searchAndOpen, textOf } from './harness.js';

journeys('searching', (journey) => {
  journey('finds Acme by each key, says what matched, and opens its Overview', async (page) => {
    const { acme } = await known(page);
    const keys = [
      ['Acme', 'Org name', undefined],
      [/** @type {string} */ (acme), 'Org UUID', 'matched on Org UUID'],
      ['+65 6123 4567', 'Purchased Number', 'matched on Purchased Number +65 6123 4567'],
      ['CRM-00042', 'Customer Reference', 'matched on Customer Reference CRM-00042'],
      ['CT-2024-0117', 'External Contract', 'matched on External Contract CT-2024-0117'],
      ['acme-trunk-01', 'SIP username', 'matched on SIP username acme-trunk-01'],
    ];
    for (const [text, key, match] of keys) {
      // Another organization first, so opening Acme is a real change of the Overview.
      await searchAndOpen(page, 'Kallang', 'Kallang Clinics Pte Ltd');
      await searchAndOpen(page, /** @type {string} */ (text), 'Acme Pte Ltd', match);
      const uuid = await textOf(
        overview(page)
          .getByText(/* the UUID row */ /^[0-9a-f]{8}-[0-9a-f-]{27}$/)
          .first(),
      );
      assert.equal(uuid, acme, `opened by ${key}`);
    }
  });

  journey('chooses a result with the keyboard alone', async (page) => {
    const search = page.getByRole('combobox', { name: 'Search organizations' });
    await search.fill('Harbour');
    await page.getByRole('option', { name: /Harbour Trading Pte Ltd/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await overview(page).getByRole('heading', { name: 'Harbour Trading Pte Ltd', exact: true }).waitFor();
    // The suspended organization's status stands in the bar beside its name.
    await page
      .locator('sh-organization-search [part="selected-status"]')
      .getByText('Suspended', { exact: true })
      .waitFor();
  });
});
