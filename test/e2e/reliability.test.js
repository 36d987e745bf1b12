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
    assert.equal(
      await info.getByRole('textbox', { name: 'Name' }).inputValue(),
      'Acme Lost Answer Pte Ltd',
      'the edit is kept',
    );
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

/**
 * Does a step the way a person on a failing network does: `act` once, then, until `done()`, press the "Try again"
 * its widget offers, or its own button again when it is back beside an error, or any "Try again" on the page.
 * @param {import('playwright-core').Page} page
 * @param {string} what
 * @param {{ act: () => Promise<unknown>, done: () => Promise<boolean>, again?: () => Promise<boolean>, scope?: import('playwright-core').Locator }} step
 */
async function persist(page, what, { act, done, again, scope }) {
  await act();
  const end = Date.now() + 120_000;
  while (!(await done().catch(() => false))) {
    if (Date.now() > end) {
      // What a person sees, shadow roots included, to tell why the step never succeeded.
      const shown = await page.evaluate(() => {
        /** @param {Node} node @returns {string} */
        const text = (node) =>
          node instanceof Element && node.shadowRoot
            ? text(node.shadowRoot) + [...node.childNodes].map(text).join(' ')
            : node.nodeType === Node.TEXT_NODE
              ? (node.textContent ?? '')
              : node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)
                ? ''
                : [...node.childNodes].map(text).join(' ');
        return text(document.querySelector('main') ?? document.body)
          .replace(/\s+/g, ' ')
          .slice(0, 3000);
      });
      throw new Error(`${what}: still not done after 90 s of retries. The page shows: ${shown}`);
    }
    // The step's own button first: while its dialog is open, a "Try again" behind it cannot be reached.
    // A "Try again" of the step's own widget or dialog first, then its own button, then any "Try again" (a load
    // that failed elsewhere): while a dialog is open, what is behind it cannot be reached.
    const tryAgain = (/** @type {import('playwright-core').Page | import('playwright-core').Locator} */ where) =>
      where.getByRole('button', { name: 'Try again', exact: true }).first();
    if (
      scope &&
      (await tryAgain(scope)
        .isVisible()
        .catch(() => false))
    )
      await tryAgain(scope)
        .click({ timeout: 2000 })
        .catch(() => undefined);
    else if (again && (await again().catch(() => false))) {
      // pressed
    } else if (
      await tryAgain(page)
        .isVisible()
        .catch(() => false)
    )
      await tryAgain(page)
        .click({ timeout: 2000 })
        .catch(() => undefined);
    await page.waitForTimeout(100);
  }
}

/**
 * True once `button` is enabled next to a non-empty alert in `scope` (the step failed), after pressing it again.
 * @param {import('playwright-core').Locator} scope
 * @param {import('playwright-core').Locator} button
 */
async function pressAgainAfterError(scope, button) {
  const shown = await scope
    .getByRole('alert')
    .filter({ hasText: /\S/ })
    .first()
    .isVisible()
    .catch(() => false);
  if (!shown || !(await button.isEnabled({ timeout: 500 }).catch(() => false))) return false;
  if ((await button.getAttribute('aria-disabled')) === 'true') return false;
  await button.click({ timeout: 2000 });
  return true;
}

/**
 * The backend's copy of the organization named `name`, and how many organizations have that name.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
function backendCopy(page, name) {
  return page.evaluate((n) => {
    const { backend } = /** @type {any} */ (window).salesHubDemo;
    const named = [...backend.db.organizations.values()].filter((/** @type {any} */ o) => o.name === n);
    const org = named[0];
    return { count: named.length, org, requests: org ? backend.db.requestsOf(org.uuid).length : 0 };
  }, name);
}

describe('the UI under faults', () => {
  it('creates, edits every section, switches ownership both ways, changes status and requests support, retrying until each step succeeds', async () => {
    const { page, errors } = session;
    await resetDemo(page);
    // A step's own button may wait while a "Try again" pressed before it is still reading (a hang costs the client's
    // 10 s timeout, then a retry, and one action runs at a time): a person waits for it, and so do these clicks.
    page.setDefaultTimeout(60_000);
    // Every fault kind at a high rate, with latency. Hangs cost the client's 10 s timeout, so they are rarer.
    await page.evaluate(() => {
      const { faults } = /** @type {any} */ (window).salesHubDemo.backend;
      const quick = [
        { status: 503, retryAfter: 1 },
        { status: 500 },
        { status: 429, retryAfter: 1 },
        'network',
        'malformed',
        { lose: 'network' },
        { lose: 502 },
        { lose: 504 },
      ];
      faults.setLatency([0, 150]);
      // Counts the faults that struck (the pipeline asks `take` for each request).
      const met = /** @type {any} */ ((window.faultsMet = /** @type {string[]} */ ([])));
      const take = /** @type {any} */ ((window.originalTake = faults.take));
      faults.take = (/** @type {string} */ method) => {
        const fault = take(method);
        if (fault)
          met.push(typeof fault === 'string' ? fault : 'lose' in fault ? `lost-${fault.lose}` : String(fault.status));
        return fault;
      };
      faults.setFailureRate(0.4, [...quick, ...quick, 'hang', { lose: 'hang' }]);
    });
    const name = 'Under Faults Pte Ltd';
    const heading = (/** @type {string} */ n) => overviewHeading(page, n).isVisible();

    // Create (a keyed POST: "Create" again reuses its Idempotency-Key).
    await persist(page, 'open the create form', {
      act: () => page.getByRole('button', { name: '+ Create Organization' }).click(),
      done: () =>
        page
          .getByRole('dialog', { name: 'Create Organization' })
          .getByRole('radio', { name: 'Service Provider', exact: true })
          .isVisible(),
    });
    const dialog = page.getByRole('dialog', { name: 'Create Organization' });
    await dialog.getByRole('textbox', { name: 'Organization name' }).fill(name);
    await dialog.getByRole('radio', { name: /Business User/ }).check();
    await dialog.getByRole('radio', { name: 'Service Provider', exact: true }).check();
    await dialog.getByRole('combobox', { name: 'Country' }).fill('Singapore');
    await dialog
      .getByRole('option', { name: /Singapore/ })
      .first()
      .click();
    const create = dialog.getByRole('button', { name: 'Create', exact: true });
    await persist(page, 'create', {
      act: () => create.click(),
      done: () => heading(name),
      again: () => pressAgainAfterError(dialog, create),
      scope: dialog,
    });
    assert.equal((await backendCopy(page, name)).count, 1, 'one organization created');

    // Edit every Overview section.
    const section = (/** @type {string} */ n) => overview(page).getByRole('region', { name: n, exact: true });
    const renamed = 'Under Faults Renamed Pte Ltd';
    const info = section('Organization Information');
    await persist(page, 'open Organization Information', {
      act: () => info.getByRole('button', { name: 'Edit Organization Information' }).click(),
      done: () => info.getByRole('textbox', { name: 'Name' }).isVisible(),
    });
    await info.getByRole('textbox', { name: 'Name' }).fill(renamed);
    await persist(page, 'save Organization Information', {
      act: () => info.getByRole('button', { name: 'Save Organization Information' }).click(),
      done: () => heading(renamed),
    });

    const billing = section('Billing Information');
    await persist(page, 'open Billing Information', {
      act: () => billing.getByRole('button', { name: 'Edit Billing Information' }).click(),
      done: () => billing.getByRole('textbox', { name: 'Billing name' }).isVisible(),
    });
    await billing.getByRole('textbox', { name: 'Billing name' }).fill('Under Faults Billing');
    await billing.getByRole('textbox', { name: 'Billing email' }).fill('billing@underfaults.example');
    await persist(page, 'save Billing Information', {
      act: () => billing.getByRole('button', { name: 'Save Billing Information' }).click(),
      done: async () =>
        (await billing.getByRole('textbox').count()) === 0 &&
        (await billing.getByText('billing@underfaults.example').isVisible()),
    });

    const tags = section('Buyer Tags');
    await persist(page, 'open Buyer Tags', {
      act: () => tags.getByRole('button', { name: 'Edit Buyer Tags' }).click(),
      done: () => tags.getByRole('combobox', { name: 'Key' }).isVisible(),
    });
    const key = tags.getByRole('combobox', { name: 'Key' });
    await key.selectOption({ index: 1 });
    const chosen = await key.inputValue();
    await tags.getByRole('textbox', { name: 'Value' }).fill('FAULTS-1');
    await persist(page, 'save Buyer Tags', {
      act: () => tags.getByRole('button', { name: 'Save Buyer Tags' }).click(),
      done: async () =>
        (await tags.getByRole('combobox').count()) === 0 &&
        (await tags
          .getByRole('listitem')
          .filter({ hasText: `${chosen}: FAULTS-1` })
          .isVisible()),
    });

    // Switch Managed by to Customer with a new owner (a keyed POST), and request remote support (keyed too).
    const view = overview(page);
    await persist(page, 'open Managed by', {
      act: () => view.getByRole('button', { name: 'Edit Managed by' }).click(),
      done: () => view.getByRole('form', { name: 'Change Managed by to Customer' }).isVisible(),
    });
    const toCustomer = view.getByRole('form', { name: 'Change Managed by to Customer' });
    await toCustomer.getByRole('radio', { name: 'New Owner Not in the Organization' }).check();
    await toCustomer.getByRole('textbox', { name: 'First name' }).fill('Faye');
    await toCustomer.getByRole('textbox', { name: 'Last name' }).fill('Ulter');
    await toCustomer.getByRole('textbox', { name: 'Email' }).fill('faye.ulter@underfaults.example');
    await toCustomer.getByRole('button', { name: 'Continue' }).click();
    const confirm = view.getByRole('button', { name: 'Confirm' });
    await persist(page, 'switch to Customer', {
      act: () => confirm.click(),
      done: () => view.getByText('Managed by is now Customer.').isVisible(),
      again: () => pressAgainAfterError(view, confirm),
      scope: view.locator('sh-ownership-switch'),
    });

    await page.getByRole('tab', { name: 'Support Hub' }).click();
    const support = page.getByRole('tabpanel', { name: 'Support Hub' });
    await persist(page, 'open the request form', {
      act: async () => undefined,
      done: () => support.getByRole('textbox', { name: 'Reason for access' }).isVisible(),
    });
    await support.getByRole('textbox', { name: 'Reason for access' }).fill('Ticket 8080: calls drop under faults');
    await support.getByRole('radio', { name: '4 hours' }).check();
    const request = support.getByRole('button', { name: 'Request access' });
    await persist(page, 'request remote support', {
      act: () => request.click(),
      done: () => support.getByText('Pending approval').first().isVisible(),
      again: () => pressAgainAfterError(support, request),
      scope: support,
    });
    await page.getByRole('tab', { name: 'Overview' }).click();

    // And back to Service Provider.
    await persist(page, 'open Managed by again', {
      act: () => view.getByRole('button', { name: 'Edit Managed by' }).click(),
      done: () => view.getByRole('form', { name: 'Change Managed by to Service Provider' }).isVisible(),
    });
    const toProvider = view.getByRole('form', { name: 'Change Managed by to Service Provider' });
    await toProvider.getByRole('radio', { name: 'Admin' }).check();
    await toProvider.getByRole('button', { name: 'Continue' }).click();
    await persist(page, 'switch to Service Provider', {
      act: () => confirm.click(),
      done: () => view.getByText('Managed by is now Service Provider.').isVisible(),
      again: () => pressAgainAfterError(view, confirm),
      scope: view.locator('sh-ownership-switch'),
    });

    // Suspend, activate, delete, restore.
    const status = view.getByRole('group', { name: 'Organization Status Control' });
    const button = (/** @type {string} */ label) => status.getByRole('button', { name: label, exact: true });
    await persist(page, 'open Suspend', {
      act: () => button('Suspend').click(),
      done: () => page.getByRole('dialog', { name: `Suspend ${renamed}?` }).isVisible(),
    });
    const suspend = page.getByRole('dialog', { name: `Suspend ${renamed}?` });
    await suspend.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Non-payment' });
    await suspend.getByRole('textbox', { name: 'Note (optional)' }).fill('Overdue under faults');
    const suspendButton = suspend.getByRole('button', { name: 'Suspend' });
    await persist(page, 'suspend', {
      act: () => suspendButton.click(),
      done: () => button('Activate').isVisible(),
      again: () => pressAgainAfterError(suspend, suspendButton),
      scope: suspend,
    });
    await persist(page, 'activate', {
      act: () => button('Activate').click(),
      done: () => button('Suspend').isVisible(),
      again: () => pressAgainAfterError(status, button('Activate')),
      scope: status,
    });
    await persist(page, 'open Delete', {
      act: () => button('Delete').click(),
      done: () => page.getByRole('dialog', { name: `Delete ${renamed}?` }).isVisible(),
    });
    const remove = page.getByRole('dialog', { name: `Delete ${renamed}?` });
    await remove.getByRole('textbox', { name: /organization's name/ }).fill(renamed);
    const deleteButton = remove.getByRole('button', { name: 'Delete' });
    await persist(page, 'delete', {
      act: () => deleteButton.click(),
      done: () => button('Restore').isVisible(),
      again: () => pressAgainAfterError(remove, deleteButton),
      scope: remove,
    });
    await persist(page, 'restore', {
      act: () => button('Restore').click(),
      done: () => button('Suspend').isVisible(),
      again: () => pressAgainAfterError(status, button('Restore')),
      scope: status,
    });

    // Every edit saved, exactly once; nothing duplicated.
    const copy = await backendCopy(page, renamed);
    assert.equal(copy.count, 1, 'one organization');
    assert.equal((await backendCopy(page, name)).count, 0, 'no copy left under the first name');
    assert.equal(copy.org.billing.billingName, 'Under Faults Billing');
    assert.equal(copy.org.billing.billingEmail, 'billing@underfaults.example');
    assert.deepEqual(copy.org.buyerTags, [{ key: chosen, value: 'FAULTS-1' }]);
    assert.equal(copy.org.managedBy, 'SERVICE_PROVIDER');
    assert.equal(copy.org.status, 'ACTIVE');
    assert.equal(copy.requests, 1, 'one remote-support request');
    const met = await page.evaluate(() => {
      const { faults } = /** @type {any} */ (window).salesHubDemo.backend;
      faults.take = /** @type {any} */ (window).originalTake;
      faults.clear();
      return /** @type {any} */ (window).faultsMet;
    });
    console.log(`UI under faults: ${met.length} faults met (${[...new Set(met)].join(', ')})`);
    // The widgets share their reads, so the journey sends about 30 requests: at 40 % some 12 faults strike.
    assert.ok(met.length >= 5, `${met.length} faults met`);
    assert.deepEqual(errors, []);
  });
});
