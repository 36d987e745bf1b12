// @ts-check
/**
 * Journeys on the Overview tab: edit each section, a save that conflicts with another admin's,
 * and a save under an injected failure that keeps the person's input.
 */
import assert from 'node:assert/strict';
import { overview, overviewHeading, until, journeys } from './harness.js';

/**
 * @param {import('./driver.js').Page} page
 * @param {string} name
 */
function section(page, name) {
  return overview(page).getByRole('region', { name, exact: true });
}

journeys('the Overview', (journey) => {
  journey('edits Organization Information, and the search bar follows the new name', async (page) => {
    const info = section(page, 'Organization Information');
    await info.getByRole('button', { name: 'Edit Organization Information' }).click();
    await info.getByRole('textbox', { name: 'Name' }).fill('Acme Asia Pte Ltd');
    // A country's name in full (or its code) picks it.
    await info.getByRole('combobox', { name: 'Country' }).fill('Malaysia');
    await info.getByRole('button', { name: 'Save Organization Information' }).click();
    await overviewHeading(page, 'Acme Asia Pte Ltd').waitFor();
    await info.getByText('MY · Malaysia').waitFor();
    const search = page.getByRole('combobox', { name: 'Search organizations' });
    await until(async () => (await search.inputValue()) === 'Acme Asia Pte Ltd', 'the search bar shows the new name');
  });

  journey('edits Billing Information', async (page) => {
    const billing = section(page, 'Billing Information');
    await billing.getByRole('button', { name: 'Edit Billing Information' }).click();
    await billing.getByRole('textbox', { name: 'Billing email' }).fill('finance@acme.com.sg');
    await billing.getByRole('textbox', { name: 'City' }).fill('Singapore City');
    await billing.getByRole('button', { name: 'Save Billing Information' }).click();
    await billing.getByText('finance@acme.com.sg').waitFor();
    assert.equal(await billing.getByRole('textbox').count(), 0, 'back to viewing');
    await billing.getByText(/Singapore City/).waitFor();
  });

  journey('edits Buyer Tags: removes one and adds another', async (page) => {
    const tags = section(page, 'Buyer Tags');
    await tags.getByRole('button', { name: 'Edit Buyer Tags' }).click();
    await tags.getByRole('button', { name: 'Remove tag TypeRef' }).click();
    const key = tags.getByRole('combobox', { name: 'Key' });
    await key.selectOption({ index: 1 });
    const chosen = await key.inputValue();
    await tags.getByRole('textbox', { name: 'Value' }).fill('E2E-1');
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('button', { name: 'Save Buyer Tags' }).click();
    await tags
      .getByRole('listitem')
      .filter({ hasText: `${chosen}: E2E-1` })
      .waitFor();
    assert.equal(await tags.getByRole('listitem').filter({ hasText: 'TypeRef' }).count(), 0);
  });

  journey('shows a conflict with another admin, keeps the edits, and re-applies them', async (page) => {
    const info = section(page, 'Organization Information');
    await info.getByRole('button', { name: 'Edit Organization Information' }).click();
    await info.getByRole('textbox', { name: 'Name' }).fill('Acme Conflict Pte Ltd');
    await page.getByRole('button', { name: 'Simulate another admin editing this organization' }).click();
    await page.getByText('Another admin just saved this organization').waitFor();
    await info.getByRole('button', { name: 'Save Organization Information' }).click();
    await info.getByText('Someone else changed this organization while you were editing.').waitFor();
    assert.equal(
      await info.getByRole('textbox', { name: 'Name' }).inputValue(),
      'Acme Conflict Pte Ltd',
      'the edit is kept',
    );
    await info.getByRole('button', { name: 'Re-apply my changes' }).click();
    await overviewHeading(page, 'Acme Conflict Pte Ltd').waitFor();
  });

  journey('keeps the typed input when a save fails, and saves it once the backend recovers', async (page) => {
    await page.getByLabel('Random failures').selectOption('1');
    const billing = section(page, 'Billing Information');
    await billing.getByRole('button', { name: 'Edit Billing Information' }).click();
    await billing.getByRole('textbox', { name: 'Billing name' }).fill('Acme Billing Dept');
    await billing.getByRole('button', { name: 'Save Billing Information' }).click();
    await billing.getByText(/Your changes were not saved\..*Your input is kept\./).waitFor({ timeout: 15_000 });
    assert.equal(await billing.getByRole('textbox', { name: 'Billing name' }).inputValue(), 'Acme Billing Dept');
    await page.getByLabel('Random failures').selectOption('0');
    await billing.getByRole('button', { name: 'Save Billing Information' }).click();
    await billing.getByText('Acme Billing Dept').waitFor();
  });
});
