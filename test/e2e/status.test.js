// @ts-check
/**
 * Journeys through the Organization Status Control: suspend and activate (with the status in the
 * search bar), and delete with the name confirmation, scheduled (30 days' grace) or at once.
 */
import assert from 'node:assert/strict';
import { overview, tabTo, journeys } from './harness.js';

/** @param {import('./driver.js').Page} page */
function statusControl(page) {
  return overview(page).getByRole('group', { name: 'Organization Status Control' });
}

/**
 * @param {import('./driver.js').Page} page
 * @param {string} status
 */
function barStatus(page, status) {
  return page.locator('sh-organization-search [part="selected-status"]').getByText(status, { exact: true });
}

journeys('the Organization Status Control', (journey) => {
  journey('suspends with a reason, shows Suspended in the search bar, then activates', async (page) => {
    await barStatus(page, 'Active').waitFor();
    await statusControl(page).getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend Acme Pte Ltd?' });
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Non-payment' });
    await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Invoice 2024-11 overdue');
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await barStatus(page, 'Suspended').waitFor();
    const info = overview(page).getByRole('region', { name: 'Organization Information', exact: true });
    await info.getByText('Suspended', { exact: true }).waitFor();

    await statusControl(page).getByRole('button', { name: 'Activate' }).click();
    await barStatus(page, 'Active').waitFor();
    await info.getByText('Active', { exact: true }).first().waitFor();
  });

  journey(
    'deletes only once the exact name is typed, schedules it with 30 days of grace, and restores it',
    async (page) => {
      await statusControl(page).getByRole('button', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: 'Delete Acme Pte Ltd?' });
      const confirm = dialog.getByRole('textbox', { name: /organization's name/ });
      const deleteButton = dialog.getByRole('button', { name: 'Delete' });
      // 30 days of grace: the dialog names the last day a restore is possible.
      const lastDay = new Date(Date.now() + 30 * 86_400_000).toLocaleDateString('en-US', {
        month: 'long',
        day: 'numeric',
        year: 'numeric',
      });
      const warning = await dialog.getByText(/can be restored until/).textContent();
      assert.ok(warning?.includes(lastDay), `"${warning}" names ${lastDay}`);
      await confirm.fill('acme pte ltd');
      assert.ok(await deleteButton.isDisabled(), 'a near match is not enough');
      await confirm.fill('Acme Pte Ltd');
      await deleteButton.click();
      await dialog.waitFor({ state: 'hidden' });

      await barStatus(page, 'Pending deletion').waitFor();
      await statusControl(page).getByRole('button', { name: 'Restore' }).click();
      await barStatus(page, 'Active').waitFor();
    },
  );

  journey('deletes at once with no grace: the selection is cleared with a notice', async (page) => {
    await page.locator('aside').getByLabel('Deletion grace').selectOption('0');
    await overview(page).getByRole('heading', { name: 'Acme Pte Ltd', exact: true }).waitFor();
    await statusControl(page).getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Acme Pte Ltd?' });
    await dialog.getByText(/immediately and permanently deleted/).waitFor();
    await dialog.getByRole('textbox', { name: /organization's name/ }).fill('Acme Pte Ltd');
    await dialog.getByRole('button', { name: 'Delete' }).click();

    await page.getByRole('status').getByText('Organization “Acme Pte Ltd” was deleted.').waitFor();
    await page.getByRole('region', { name: 'Find an organization' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Search organizations' }).inputValue(), '');
    // The control that had focus went with the organization: focus is on the empty state, not lost to <body>.
    await page.waitForFunction(() => document.activeElement?.id === 'empty-title');
  });

  journey('stays in sync with the Overview: a suspension right after an edit meets no conflict', async (page) => {
    const info = overview(page).getByRole('region', { name: 'Organization Information', exact: true });
    await info.getByRole('button', { name: 'Edit Organization Information' }).click();
    await info.getByRole('textbox', { name: 'Name' }).fill('Acme Holdings Pte Ltd');
    await info.getByRole('button', { name: 'Save Organization Information' }).click();
    await overview(page).getByRole('heading', { name: 'Acme Holdings Pte Ltd', exact: true }).waitFor();

    await statusControl(page).getByRole('button', { name: 'Suspend' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend Acme Holdings Pte Ltd?' });
    await dialog.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Customer request' });
    await dialog.getByRole('button', { name: 'Suspend' }).click();
    await barStatus(page, 'Suspended').waitFor();
    assert.equal(
      await statusControl(page)
        .getByText(/Someone else changed this organization/)
        .count(),
      0,
    );
  });

  journey('suspends and activates with the keyboard alone', async (page) => {
    await overview(page).getByRole('button', { name: 'Edit Buyer Tags' }).focus();
    await tabTo(page, 'Suspend');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Suspend Acme Pte Ltd?' });
    await dialog.waitFor();
    // Focus starts inside the dialog; the reason is a native select, changed with the arrow keys.
    const reason = dialog.getByRole('combobox', { name: 'Reason' });
    await tabTo(page, 'Reason');
    await page.keyboard.press('ArrowDown');
    assert.notEqual(await reason.inputValue(), '', 'a reason was chosen');
    await tabTo(page, 'Suspend');
    await page.keyboard.press('Enter');
    await barStatus(page, 'Suspended').waitFor();

    await statusControl(page).getByRole('button', { name: 'Activate' }).waitFor();
    await overview(page).getByRole('button', { name: 'Edit Buyer Tags' }).focus();
    await tabTo(page, 'Activate');
    await page.keyboard.press('Enter');
    await barStatus(page, 'Active').waitFor();
  });
});
