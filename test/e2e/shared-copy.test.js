// @ts-check
/**
 * The widgets of one client share one copy of each organization: opening the Overview tab (the Overview, "Managed
 * by", the status control and the search bar) reads it once, and a save reads it zero more times. Counted from the
 * page's requests (resource timing cannot tell a GET from the PATCH of a save: same URL).
 */
import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { known, openDemo, overview, searchAndOpen, useDemo, chromiumOnly } from './harness.js';

chromiumOnly(() => {
  /** @type {Awaited<ReturnType<typeof openDemo>>} */
  let session;
  // Chromium only: it counts the page's requests, which the driver layer does not expose (Playwright does).
  beforeEach(async () => {
    await session?.close();
    session = await openDemo(await useDemo());
  });
  after(async () => {
    await session?.close();
  });

  /**
   * Counts the page's `GET /organizations/{uuid}` from now on.
   * @param {import('playwright-core').Page} page
   * @param {string} uuid
   */
  function countReads(page, uuid) {
    let count = 0;
    /** @param {import('playwright-core').Request} request */
    const onRequest = (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname.endsWith(`/organizations/${uuid}`)) count++;
    };
    page.on('request', onRequest);
    return { reads: () => count, stop: () => page.off('request', onRequest) };
  }

  describe('one shared copy of each organization', () => {
    it('reads the organization once when its Overview opens, and zero more times for a save', async () => {
      const { page, errors } = session;
      const { bigOrg } = await known(page);
      const { reads, stop } = countReads(page, bigOrg);
      await searchAndOpen(page, 'Globex', 'Globex Contact Centres Pte Ltd');
      const info = overview(page).getByRole('region', { name: 'Organization Information', exact: true });
      await overview(page).getByRole('button', { name: 'Suspend' }).waitFor();
      await overview(page).getByRole('button', { name: 'Edit Managed by' }).waitFor();
      assert.equal(reads(), 1, 'one read for the Overview, Managed by, the status control and the search bar');

      await info.getByRole('button', { name: 'Edit Organization Information' }).click();
      await info.getByRole('textbox', { name: 'Name' }).fill('Globex Contact Centres Asia');
      await info.getByRole('button', { name: 'Save Organization Information' }).click();
      await overview(page).getByRole('heading', { name: 'Globex Contact Centres Asia', exact: true }).waitFor();
      const search = page.getByRole('combobox', { name: 'Search organizations' });
      assert.equal(await search.inputValue(), 'Globex Contact Centres Asia', 'the search bar follows the new name');
      assert.equal(reads(), 1, 'no read after the save');
      stop();
      assert.deepEqual(errors, []);
    });
  });
});
