// @ts-check
/**
 * Journey: "+ Create Organization", a Customer organization with its owner and a Service Provider one
 * without; each new organization is then selected, with its Overview open.
 */
import assert from 'node:assert/strict';
import { overview, overviewHeading, until, journeys } from './harness.js';

/**
 * @param {import('./driver.js').Locator} dialog
 * @param {string} label
 * @param {string} text
 * @param {RegExp} option
 */
async function pick(dialog, label, text, option) {
  await dialog.getByRole('combobox', { name: label }).fill(text);
  await dialog.getByRole('option', { name: option }).first().click();
}

/** @param {import('./driver.js').Page} page */
async function openCreate(page) {
  await page.getByRole('button', { name: '+ Create Organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Organization' });
  await dialog.getByRole('textbox', { name: 'Organization name' }).waitFor();
  return dialog;
}

journeys('creating an organization', (journey) => {
  journey('selects what a human-speed click (a 120 ms press) hits right after the form opens', async (page) => {
    const dialog = await openCreate(page);
    const radio = dialog.getByRole('radio', { name: /Business User/ });
    const box = await radio.boundingBox();
    assert.ok(box, 'the radio is on screen');
    // The press takes focus out of the empty "Organization name" (its "required" message is due) while it lasts.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(120); // the press itself, as long as a person's
    const during = await radio.boundingBox();
    await page.mouse.up();
    assert.deepEqual(during, box, 'nothing moved under the pressing pointer');
    assert.equal(await radio.isChecked(), true, 'the click selected Business User');
    // The message for the field that was left shows once the press is over.
    await dialog.getByText('This field is required.').first().waitFor();
    await page.keyboard.press('Escape');
  });

  journey('creates a Customer organization with its owner, and opens it', async (page) => {
    const dialog = await openCreate(page);
    // The dialog starts at its first field, so a keyboard user types the name straight away.
    await page.keyboard.type('Lion City Dental Pte Ltd');
    assert.equal(
      await dialog.getByRole('textbox', { name: 'Organization name' }).inputValue(),
      'Lion City Dental Pte Ltd',
    );
    await dialog.getByRole('radio', { name: /Business User/ }).check();
    await dialog.getByRole('radio', { name: 'Customer', exact: true }).check();
    await pick(dialog, 'Country', 'Singapore', /Singapore/);
    // Choosing the country suggests its currency.
    await until(
      async () => /SGD/.test(await dialog.getByRole('combobox', { name: 'Currency' }).inputValue()),
      'SGD suggested',
    );
    await dialog.getByRole('textbox', { name: 'First name' }).fill('Wei Jie');
    await dialog.getByRole('textbox', { name: 'Last name' }).fill('Lim');
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill('weijie.lim@lioncitydental.sg');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText('Organization “Lion City Dental Pte Ltd” created.').waitFor();
    await overviewHeading(page, 'Lion City Dental Pte Ltd').waitFor();
    await overview(page).getByText('Wei Jie Lim').first().waitFor();
    const search = page.getByRole('combobox', { name: 'Search organizations' });
    await until(
      async () => (await search.inputValue()) === 'Lion City Dental Pte Ltd',
      'the new organization is in the bar',
    );
  });

  journey('creates a Service Provider organization without an owner', async (page) => {
    const dialog = await openCreate(page);
    await dialog.getByRole('textbox', { name: 'Organization name' }).fill('Merlion Logistics Pte Ltd');
    await dialog.getByRole('radio', { name: /Business User/ }).check();
    await dialog.getByRole('radio', { name: 'Service Provider', exact: true }).check();
    await dialog.getByText('Optional: the person is invited to the organization as an admin.').waitFor();
    await pick(dialog, 'Country', 'Singapore', /Singapore/);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await dialog.waitFor({ state: 'hidden' });
    await overviewHeading(page, 'Merlion Logistics Pte Ltd').waitFor();
    await overview(page).getByText('(Admin Organization)').first().waitFor();
  });

  journey('shows the field errors and keeps the dialog open when the form is incomplete', async (page) => {
    const dialog = await openCreate(page);
    await dialog.getByRole('textbox', { name: 'Organization name' }).fill('Half Done Pte Ltd');
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await dialog.getByText('This field is required.').first().waitFor();
    assert.ok(await dialog.isVisible());
    assert.equal(await dialog.getByRole('textbox', { name: 'Organization name' }).inputValue(), 'Half Done Pte Ltd');
  });

  journey('offers App and License on a legacy domain, chosen in the control panel', async (page) => {
    await page.locator('#demo-domain').selectOption('legacy');
    await page
      .getByRole('status')
      .getByText('The mocked backend was recreated with the new domain settings.')
      .waitFor();
    const dialog = await openCreate(page);
    await dialog.getByRole('radio', { name: 'App', exact: true }).waitFor();
    await dialog.getByRole('radio', { name: 'License', exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });
});

journeys('creating a CPaaS Telco organization', (journey) => {
  for (const domain of ['new', 'legacy']) {
    journey(`offers CPaaS Telco in the ${domain} demo domain and creates it as a Supernode`, async (page) => {
      if (domain === 'legacy') {
        await page.locator('#demo-domain').selectOption('legacy');
        await page
          .getByRole('status')
          .getByText('The mocked backend was recreated with the new domain settings.')
          .waitFor();
      }
      const dialog = await openCreate(page);
      const name = `Orchid CPaaS ${domain} Pte Ltd`;
      await dialog.getByRole('textbox', { name: 'Organization name' }).fill(name);
      await dialog.getByRole('radio', { name: /CPaaS Telco/ }).check();
      await dialog.getByRole('radio', { name: 'Service Provider', exact: true }).check();
      await pick(dialog, 'Country', 'Singapore', /Singapore/);
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();

      await dialog.waitFor({ state: 'hidden' });
      await overviewHeading(page, name).waitFor();
      await overview(page).getByText('CPaaS Telco (Supernode)').first().waitFor();
    });
  }
});
