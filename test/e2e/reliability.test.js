// @ts-check
/**
 * Journeys under lost answers: the demo's "Lose the answer after saving" control, and "Try again" that reports the
 * person's own applied change saved rather than a conflict with it.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { overview, overviewHeading, resetDemo, useSharedPage } from './harness.js';

/** @type {Awaited<ReturnType<typeof useSharedPage>>} */
let session;
before(async () => {
  session = await useSharedPage();
});

describe('lost answers in the demo', () => {
  it('"Lose the answer after saving": the save is applied, its answer lost, and "Try again" reports it saved', async () => {
    const { page, errors } = session;
    await resetDemo(page);
    await page.getByLabel('Failure for the next request').selectOption({ label: 'Lose the answer after saving' });
    await page.getByRole('button', { name: 'Arm', exact: true }).click();
    await page.getByText('Armed: the next save is applied, then its answer is lost.').waitFor();

    const info = overview(page).getByRole('region', { name: 'Organization Information', exact: true });
    await info.getByRole('button', { name: 'Edit Organization Information' }).click();
    await info.getByRole('textbox', { name: 'Name' }).fill('Acme Lost Answer Pte Ltd');
    await info.getByRole('button', { name: 'Save Organization Information' }).click();
    await info.getByRole('button', { name: 'Try again' }).waitFor();
    assert.equal(await info.getByRole('textbox', { name: 'Name' }).inputValue(), 'Acme Lost Answer Pte Ltd', 'the edit is kept');
    const applied = await page.evaluate(() => {
      const { backend } = /** @type {any} */ (window).salesHubDemo;
      return backend.db.get(backend.known.acme).name;
    });
    assert.equal(applied, 'Acme Lost Answer Pte Ltd', 'the backend applied the save');

    await info.getByRole('button', { name: 'Try again' }).click();
    await overviewHeading(page, 'Acme Lost Answer Pte Ltd').waitFor();
    assert.equal(await info.getByRole('textbox').count(), 0, 'back to viewing');
    assert.equal(await info.getByText('Someone else changed this organization').count(), 0, 'no conflict with oneself');
    assert.deepEqual(errors, []);
  });
});
