// @ts-check
/**
 * Journeys under lost answers: the demo's "Lose the answer after saving" control, and "Try again" that reports the
 * person's own applied change saved rather than a conflict with it; then the whole UI under a seeded mix of faults.
 *
 * The fault mix is drawn from a seeded PRNG: `E2E_SEED=<n>` replays a run's faults (which request meets which
 * fault; latencies and so the interleaving still vary). The seed is printed when the journey fails.
 */
import assert from 'node:assert/strict';
import { journeys, overview, overviewHeading } from './harness.js';

/** @typedef {import('./driver.js').Page} Page */
/** @typedef {import('./driver.js').Locator} Locator */

journeys('lost answers in the demo', (journey) => {
  journey(
    '"Lose the answer after saving": the save is applied, its answer lost, and "Try again" reports it saved',
    async (page) => {
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
      // Absence, once the heading (the save's outcome) has shown.
      assert.equal(await info.getByRole('textbox').count(), 0, 'back to viewing');
      assert.equal(
        await info.getByText('Someone else changed this organization').count(),
        0,
        'no conflict with oneself',
      );
    },
  );
});

/** How long one step may take under faults: a hang costs the client's 10 s timeout, and a step meets a few. */
const STEP_BUDGET = 60_000;
/**
 * A press that sent nothing and showed nothing after this long did not take; an error that has stood this long has
 * been read: press again.
 */
const QUIET_MS = 1000;

/**
 * What a person sees in the main part of the page, shadow roots included: to tell why a step never succeeded.
 * @param {Page} page
 */
function shownText(page) {
  return page.evaluate(() => {
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
}

/**
 * How many writes (any method but GET) the backend has been asked for, and how long ago it was last asked for
 * anything.
 * @param {Page} page
 * @returns {Promise<{ writes: number, idle: number }>}
 */
function traffic(page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return { writes: w.e2eWrites.length, idle: performance.now() - w.e2eLastRequest };
  });
}

/**
 * Does a step the way a person on a failing network does, within `STEP_BUDGET`: `act` once; then, until `done()`,
 * press the "Try again" of the step's own widget (`scope`), or the step's own `button` again: when it is back beside
 * an error in `scope` that has stood a while (a person reads it first; meanwhile the widget may still be reading what
 * the failure means, and a press then may land on a control that a moment later means something else), or when the
 * last press sent nothing and showed nothing (it did not take). A failed press fails the step: nothing is swallowed.
 * @param {Page} page
 * @param {string} what
 * @param {{ act: () => Promise<unknown>, done: () => Promise<boolean>, scope?: Locator, button?: Locator }} step
 */
async function persist(page, what, { act, done, scope, button }) {
  const log = /** @type {string[]} */ ([]);
  let sent = (await traffic(page)).writes;
  await act();
  let pressed = Date.now();
  /** Since when the step's error has shown beside its usable button, uninterrupted. */
  let errorSince = 0;
  const end = Date.now() + STEP_BUDGET;
  /** @param {Locator} control @param {string} why */
  const press = async (control, why) => {
    log.push(why);
    sent = (await traffic(page)).writes;
    await control.click({ timeout: 30_000 });
    pressed = Date.now();
    errorSince = 0;
  };
  while (!(await done())) {
    if (Date.now() > end) {
      throw new Error(
        `${what}: not done within ${STEP_BUDGET / 1000} s. Presses after the first: ${log.join('; ') || 'none'}.` +
          ` The page shows: ${await shownText(page)}`,
      );
    }
    await page.waitForTimeout(100);
    if (Date.now() - pressed < QUIET_MS) continue;
    const tryAgain = scope?.getByRole('button', { name: 'Try again', exact: true }).first();
    if (tryAgain && (await tryAgain.isVisible())) {
      await press(tryAgain, 'Try again');
      continue;
    }
    if (!button || !(await button.isVisible()) || !(await button.isEnabled())) {
      errorSince = 0;
      continue;
    }
    const alert = scope ? await scope.getByRole('alert').filter({ hasText: /\S/ }).first().isVisible() : false;
    const now = await traffic(page);
    if (!alert) {
      errorSince = 0;
      // Nothing was sent since the last press and nothing is shown: the press did not take.
      if (now.writes === sent) await press(button, 'again: the last press sent nothing');
      continue;
    }
    errorSince ||= Date.now();
    // Back beside an error: pressed again once the message has stood for a while and the page has asked the backend
    // for nothing for as long (it may still be reading what the failure means), or, with reads that keep going,
    // once the message has stood for several times as long.
    const stood = Date.now() - errorSince;
    if ((stood >= QUIET_MS && now.idle >= QUIET_MS) || stood >= 4 * QUIET_MS)
      await press(button, 'again after an error');
  }
}

/**
 * The backend's copy of the organization named `name`, and how many organizations have that name.
 * @param {Page} page
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

const SEED = process.env.E2E_SEED ? Number(process.env.E2E_SEED) : Math.floor(Math.random() * 2 ** 31);

journeys('the UI under faults', (journey) => {
  journey(
    'creates, edits every section, switches ownership both ways, changes status and requests support, retrying until each step succeeds',
    async (page) => {
      try {
        await underFaults(page);
      } catch (error) {
        if (error instanceof Error) error.message += `\nReplay the fault mix with E2E_SEED=${SEED}`;
        throw error;
      }
    },
    { timeout: 6 * STEP_BUDGET },
  );
});

/** @param {Page} page */
async function underFaults(page) {
  // Every fault kind at a high rate, with latency. Hangs cost the client's 10 s timeout, so they are rarer. The
  // draw is the test's own, from a seeded PRNG (mulberry32), so a failing run's faults can be replayed.
  await page.evaluate((seed) => {
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
    const mix = [...quick, ...quick, 'hang', { lose: 'hang' }];
    let state = seed >>> 0;
    const random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    faults.setLatency([0, 150]);
    faults.setFailureRate(0);
    // Counts the faults that struck and the writes asked for (the pipeline asks `take` for each request).
    const w = /** @type {any} */ (window);
    const met = (w.faultsMet = /** @type {string[]} */ ([]));
    w.e2eWrites = [];
    const take = (w.originalTake = faults.take);
    faults.take = (/** @type {string} */ method) => {
      if (method !== 'GET') w.e2eWrites.push(method);
      const fault = take(method) ?? (random() < 0.4 ? mix[Math.floor(random() * mix.length)] : null);
      if (fault)
        met.push(typeof fault === 'string' ? fault : 'lose' in fault ? `lost-${fault.lose}` : String(fault.status));
      return fault;
    };
  }, SEED);
  const name = 'Under Faults Pte Ltd';
  const heading = (/** @type {string} */ n) => overviewHeading(page, n).isVisible();

  // Create (a keyed POST: "Create" again reuses its Idempotency-Key).
  const openCreate = page.getByRole('button', { name: '+ Create Organization' });
  await persist(page, 'open the create form', {
    act: () => openCreate.click(),
    button: openCreate,
    scope: page.getByRole('dialog', { name: 'Create Organization' }),
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
    done: async () => (await heading(name)) && !(await dialog.isVisible()),
    button: create,
    scope: dialog,
  });
  assert.equal((await backendCopy(page, name)).count, 1, 'one organization created');

  // Edit every Overview section.
  const section = (/** @type {string} */ n) => overview(page).getByRole('region', { name: n, exact: true });
  const renamed = 'Under Faults Renamed Pte Ltd';
  const info = section('Organization Information');
  await persist(page, 'open Organization Information', {
    act: () => info.getByRole('button', { name: 'Edit Organization Information' }).click(),
    button: info.getByRole('button', { name: 'Edit Organization Information' }),
    scope: info,
    done: () => info.getByRole('textbox', { name: 'Name' }).isVisible(),
  });
  await info.getByRole('textbox', { name: 'Name' }).fill(renamed);
  await persist(page, 'save Organization Information', {
    act: () => info.getByRole('button', { name: 'Save Organization Information' }).click(),
    scope: info,
    done: () => heading(renamed),
  });

  const billing = section('Billing Information');
  await persist(page, 'open Billing Information', {
    act: () => billing.getByRole('button', { name: 'Edit Billing Information' }).click(),
    button: billing.getByRole('button', { name: 'Edit Billing Information' }),
    scope: billing,
    done: () => billing.getByRole('textbox', { name: 'Billing name' }).isVisible(),
  });
  await billing.getByRole('textbox', { name: 'Billing name' }).fill('Under Faults Billing');
  await billing.getByRole('textbox', { name: 'Billing email' }).fill('billing@underfaults.example');
  await persist(page, 'save Billing Information', {
    act: () => billing.getByRole('button', { name: 'Save Billing Information' }).click(),
    scope: billing,
    done: async () =>
      (await billing.getByRole('textbox').count()) === 0 &&
      (await billing.getByText('billing@underfaults.example').isVisible()),
  });

  const tags = section('Buyer Tags');
  await persist(page, 'open Buyer Tags', {
    act: () => tags.getByRole('button', { name: 'Edit Buyer Tags' }).click(),
    button: tags.getByRole('button', { name: 'Edit Buyer Tags' }),
    scope: tags,
    done: () => tags.getByRole('combobox', { name: 'Key' }).isVisible(),
  });
  const key = tags.getByRole('combobox', { name: 'Key' });
  await key.selectOption({ index: 1 });
  const chosen = await key.inputValue();
  await tags.getByRole('textbox', { name: 'Value' }).fill('FAULTS-1');
  await persist(page, 'save Buyer Tags', {
    act: () => tags.getByRole('button', { name: 'Save Buyer Tags' }).click(),
    scope: tags,
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
    button: view.getByRole('button', { name: 'Edit Managed by' }),
    scope: view.locator('sh-ownership-switch'),
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
    button: confirm,
    scope: view.locator('sh-ownership-switch'),
  });

  await page.getByRole('tab', { name: 'Support Hub' }).click();
  const support = page.getByRole('tabpanel', { name: 'Support Hub' });
  await persist(page, 'open the request form', {
    act: async () => undefined,
    done: () => support.getByRole('textbox', { name: 'Reason for access' }).isVisible(),
    scope: support,
  });
  await support.getByRole('textbox', { name: 'Reason for access' }).fill('Ticket 8080: calls drop under faults');
  await support.getByRole('radio', { name: '4 hours' }).check();
  const request = support.getByRole('button', { name: 'Request access' });
  await persist(page, 'request remote support', {
    act: () => request.click(),
    done: () => support.getByText('Pending approval').first().isVisible(),
    button: request,
    scope: support,
  });
  await page.getByRole('tab', { name: 'Overview' }).click();

  // And back to Service Provider.
  await persist(page, 'open Managed by again', {
    act: () => view.getByRole('button', { name: 'Edit Managed by' }).click(),
    button: view.getByRole('button', { name: 'Edit Managed by' }),
    scope: view.locator('sh-ownership-switch'),
    done: () => view.getByRole('form', { name: 'Change Managed by to Service Provider' }).isVisible(),
  });
  const toProvider = view.getByRole('form', { name: 'Change Managed by to Service Provider' });
  await toProvider.getByRole('radio', { name: 'Admin' }).check();
  await toProvider.getByRole('button', { name: 'Continue' }).click();
  await persist(page, 'switch to Service Provider', {
    act: () => confirm.click(),
    done: () => view.getByText('Managed by is now Service Provider.').isVisible(),
    button: confirm,
    scope: view.locator('sh-ownership-switch'),
  });

  // Suspend, activate, delete, restore.
  const status = view.getByRole('group', { name: 'Organization Status Control' });
  const button = (/** @type {string} */ label) => status.getByRole('button', { name: label, exact: true });
  await persist(page, 'open Suspend', {
    act: () => button('Suspend').click(),
    done: () => page.getByRole('dialog', { name: `Suspend ${renamed}?` }).isVisible(),
    button: button('Suspend'),
    scope: status,
  });
  const suspend = page.getByRole('dialog', { name: `Suspend ${renamed}?` });
  await suspend.getByRole('combobox', { name: 'Reason' }).selectOption({ label: 'Non-payment' });
  await suspend.getByRole('textbox', { name: 'Note (optional)' }).fill('Overdue under faults');
  const suspendButton = suspend.getByRole('button', { name: 'Suspend' });
  await persist(page, 'suspend', {
    act: () => suspendButton.click(),
    done: async () => (await button('Activate').isVisible()) && !(await suspend.isVisible()),
    button: suspendButton,
    scope: suspend,
  });
  await persist(page, 'activate', {
    act: () => button('Activate').click(),
    done: () => button('Suspend').isVisible(),
    button: button('Activate'),
    scope: status,
  });
  await persist(page, 'open Delete', {
    act: () => button('Delete').click(),
    done: () => page.getByRole('dialog', { name: `Delete ${renamed}?` }).isVisible(),
    button: button('Delete'),
    scope: status,
  });
  const remove = page.getByRole('dialog', { name: `Delete ${renamed}?` });
  await remove.getByRole('textbox', { name: /organization's name/ }).fill(renamed);
  const deleteButton = remove.getByRole('button', { name: 'Delete' });
  await persist(page, 'delete', {
    act: () => deleteButton.click(),
    done: async () => (await button('Restore').isVisible()) && !(await remove.isVisible()),
    button: deleteButton,
    scope: remove,
  });
  await persist(page, 'restore', {
    act: () => button('Restore').click(),
    done: () => button('Suspend').isVisible(),
    button: button('Restore'),
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
}
