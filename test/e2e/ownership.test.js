// @ts-check
/**
 * Journey: switch "Managed by" both ways from the Overview's Organization Information.
 */
import assert from 'node:assert/strict';
import { overview, searchAndOpen, journeys } from './harness.js';

/**
 * The Overview tab: `<sh-ownership-switch>` is slotted into Organization Information, so it is a light-DOM
 * child of the overview, not a DOM descendant of that section (locators follow the DOM).
 * @param {import('./driver.js').Page} page
 */
function information(page) {
  return overview(page);
}

journeys('switching Managed by', (journey) => {
  journey('switches Customer → Service Provider, demoting the owner to Admin', async (page) => {
    const info = information(page);
    await info.getByRole('button', { name: 'Edit Managed by' }).click();
    const form = info.getByRole('form', { name: 'Change Managed by to Service Provider' });
    await form.getByText('The new organization owner defaults to the Admin Organization.').waitFor();
    await form.getByRole('radio', { name: 'Admin' }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await info.getByRole('button', { name: 'Confirm' }).click();
    await info.getByText('Managed by is now Service Provider.').waitFor();
    // The Overview was reloaded: the owner is now the Admin Organization, and the approval switch is gone.
    await info.getByText('(Admin Organization)').first().waitFor();
    assert.equal(await info.getByRole('switch', { name: 'Require approval for remote support' }).count(), 0);
  });

  journey('switches Service Provider → Customer with a new owner not in the organization', async (page) => {
    await searchAndOpen(page, 'Kallang', 'Kallang Clinics Pte Ltd');
    const info = information(page);
    await info.getByRole('button', { name: 'Edit Managed by' }).click();
    const form = info.getByRole('form', { name: 'Change Managed by to Customer' });
    await form.getByRole('radio', { name: 'New Owner Not in the Organization' }).check();
    await form.getByRole('textbox', { name: 'First name' }).fill('Mei Ling');
    await form.getByRole('textbox', { name: 'Last name' }).fill('Goh');
    await form.getByRole('textbox', { name: 'Email' }).fill('meiling.goh@kallangclinics.com.sg');
    await form.getByRole('button', { name: 'Continue' }).click();
    await info
      .getByText(/Mei Ling Goh \(meiling\.goh@kallangclinics\.com\.sg\)/)
      .first()
      .waitFor();
    await info.getByRole('button', { name: 'Confirm' }).click();
    await info.getByText('Managed by is now Customer.').waitFor();
    await info.getByRole('switch', { name: 'Require approval for remote support' }).waitFor();
  });

  journey('switches Service Provider → Customer with a member already in the organization', async (page) => {
    await searchAndOpen(page, 'Kallang', 'Kallang Clinics Pte Ltd');
    const info = information(page);
    await info.getByRole('button', { name: 'Edit Managed by' }).click();
    const form = info.getByRole('form', { name: 'Change Managed by to Customer' });
    await form.getByRole('radio', { name: 'New Owner Already in the Organization' }).check();
    await form.getByRole('combobox').first().fill('Hui');
    await form.getByRole('option', { name: /Hui Min Chua/ }).click();
    await form.getByRole('button', { name: 'Continue' }).click();
    await info.getByRole('button', { name: 'Confirm' }).click();
    await info.getByText('Managed by is now Customer.').waitFor();
    await info.getByText('Hui Min Chua').first().waitFor();
  });
});
