// @ts-check
/**
 * Journey: Support Hub remote support with approval: the Service-Provider admin requests access, the
 * customer owner approves it (the caller switched in the control panel), and the admin starts a
 * session, whose login URL the page shows without navigating.
 */
import assert from 'node:assert/strict';
import { journeys } from './harness.js';

journeys('the Support Hub', (journey) => {
  journey(
    'requests access, has the customer approve it, then starts a session and shows its login URL',
    async (page) => {
      const url = await page.url();
      const caller = page.locator('aside').getByLabel('Caller');
      await page.getByRole('tab', { name: 'Support Hub' }).click();
      let support = page.getByRole('tabpanel', { name: 'Support Hub' });
      await support.getByRole('textbox', { name: 'Reason for access' }).fill('Ticket 4711: calls drop after 30 s');
      await support.getByRole('radio', { name: '4 hours' }).check();
      await support.getByRole('button', { name: 'Request access' }).click();
      await support.getByText('Pending approval').first().waitFor();

      await caller.selectOption('customerOwner');
      support = page.getByRole('tabpanel', { name: 'Support Hub' });
      await support.getByRole('button', { name: 'Approve' }).click();
      await support
        .getByText(/Access is approved until|Approved\./)
        .first()
        .waitFor();

      await caller.selectOption('admin');
      support = page.getByRole('tabpanel', { name: 'Support Hub' });
      await support.getByRole('button', { name: 'Start remote session' }).click();
      const notice = page.locator('.notices').getByText(/^https:\/\//);
      await notice.waitFor();
      assert.equal(await page.url(), url, 'the page did not navigate');
    },
  );
});
