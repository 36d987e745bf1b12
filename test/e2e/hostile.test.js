// @ts-check
/**
 * Journey: the kit's widgets inside a hostile portal page (demo/hostile.html): a sticky header with a high z-index,
 * cards with `overflow: hidden` and a transform, a modal dialog holding the create form, a 360 px side panel. Every
 * popup is opened with real clicks and key presses, and every option it shows must be seen whole and on top: points
 * of each option are hit-tested (through shadow roots), not looked up in the DOM.
 *
 * The checks are plain in-page functions (`page.evaluate(fn, arg)`), so any driver that runs a function in the page
 * runs them unchanged.
 */
import assert from 'node:assert/strict';
import { journeys, until } from './harness.js';

/**
 * In page: every popup shown in the top layer (`:popover-open`, looked for through shadow roots), and for each, the
 * options in its list's visible box and the points of those options that the person does not see as that option
 * (the element on top there, found with `elementsFromPoint` walking into shadow roots, is not inside it).
 * @returns {{ id: string, position: string | null, rect: { top: number, bottom: number, left: number, right: number }, options: string[],
 *   failures: string[], viewport: { width: number, height: number } }[]}
 */
function shownPopups() {
  /** @type {Element[]} */
  const popups = [];
  /** @param {Document | ShadowRoot} root */
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('[popover]:popover-open')) popups.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  /** The element a person's pointer meets at (x, y), inside shadow roots. */
  const topAt = (/** @type {number} */ x, /** @type {number} */ y) => {
    let el = document.elementsFromPoint(x, y)[0];
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementsFromPoint(x, y)[0];
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  const points = [
    [0.5, 0.5],
    [0.08, 0.2],
    [0.92, 0.2],
    [0.08, 0.8],
    [0.92, 0.8],
  ];
  return popups.map((popup) => {
    const list = popup.matches('[role=listbox]') ? popup : popup.querySelector('[role=listbox]');
    const box = (list ?? popup).getBoundingClientRect();
    const options = [...popup.querySelectorAll('[role=option]')].filter((o) => {
      const r = o.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    });
    /** @type {string[]} */
    const failures = [];
    for (const option of options) {
      const r = option.getBoundingClientRect();
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth)
        failures.push(`${option.textContent?.trim()}: outside the viewport`);
      for (const [fx, fy] of points) {
        const hit = topAt(r.left + r.width * fx, r.top + r.height * fy);
        if (!hit || !option.contains(hit))
          failures.push(`${option.textContent?.trim().slice(0, 30)} at (${fx}, ${fy}): ${hit?.outerHTML.slice(0, 80)}`);
      }
    }
    const rect = popup.getBoundingClientRect();
    return {
      id: popup.id,
      position: popup.getAttribute('data-position'),
      rect: { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right },
      options: options.map((o) => (o.textContent ?? '').replace(/\s+/g, ' ').trim()),
      failures,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/**
 * In page: the bounding box of the focused element (through shadow roots): the field whose popup is open.
 * @returns {{ top: number, bottom: number, left: number, right: number } | null}
 */
function focusedRect() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const r = el?.getBoundingClientRect();
  return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
}

/** @typedef {import('./driver.js').Page} Page */

/** Opens the hostile page (`query` e.g. `?positioning=floating`) and waits until its widgets have rendered. */
const hostile = (/** @type {string} */ query) => ({ path: `hostile.html${query}` });

/** @param {Page} page */
async function ready(page) {
  await page.getByRole('button', { name: 'Edit Organization Information' }).waitFor({ timeout: 60_000 });
}

/**
 * The one popup shown, once it has options and they are all seen whole and on top; `label` names it in failures.
 * @param {Page} page
 * @param {string} label
 * @param {number} [atLeast] options that must show
 */
async function seenWhole(page, label, atLeast = 2) {
  const popups = await until(async () => {
    const shown = await page.evaluate(shownPopups);
    return shown.length === 1 && shown[0].options.length >= atLeast && shown[0].failures.length === 0 && shown;
  }, `${label}: one popup in the top layer with ${atLeast}+ options, each seen whole and on top`).catch(
    async (error) => {
      throw new Error(`${error.message}\n${JSON.stringify(await page.evaluate(shownPopups), null, 1)}`);
    },
  );
  return popups[0];
}

/** @param {Page} page @param {string} label */
async function closed(page, label) {
  await until(async () => (await page.evaluate(shownPopups)).length === 0, `${label}: the popup closed`);
}

for (const [name, query, position] of [
  ['CSS anchor positioning', '', 'anchor'],
  ['the @floating-ui/dom fallback', '?positioning=floating', 'float'],
])
  journeys(`popups on a hostile page (${name})`, (journey) => {
    journey(
      'search results escape the sticky header and its clipping card, and keep their keyboard',
      async (page) => {
        await ready(page);
        const search = page.getByRole('combobox', { name: 'Search organizations' });
        await search.click();
        await page.keyboard.type('Pte');
        const popup = await seenWhole(page, 'search results', 3);
        assert.equal(popup.position, position);
        const field = await page.evaluate(focusedRect);
        assert.ok(field && popup.rect.top >= field.bottom, 'under the bar');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        const active = await search.getAttribute('aria-activedescendant');
        assert.match(active ?? '', /^option-/);
        await page.keyboard.press('Escape');
        await closed(page, 'search results');
        await page.keyboard.press('Escape');
        assert.equal(await search.inputValue(), '');
      },
      hostile(query),
    );

    journey(
      "the Overview's country pickers escape their card and the card stacked above it",
      async (page) => {
        await ready(page);
        const info = page.locator('sh-organization-overview');
        await info.getByRole('button', { name: 'Edit Organization Information' }).click();
        const country = info.getByRole('combobox', { name: 'Country' }).first();
        await country.click();
        await seenWhole(page, 'Organization Information: Country');
        await page.keyboard.press('Escape');
        await closed(page, 'Organization Information: Country');
        await info.getByRole('button', { name: 'Cancel' }).first().click();

        await info.getByRole('button', { name: 'Edit Billing Information' }).click();
        const billingCountry = info.getByRole('combobox', { name: 'Country' }).first();
        // Near the bottom of the viewport: the list has no room below and flips above its field.
        // The page scrolled so that the field ends 8 px above the viewport's bottom (scrollIntoView would scroll the
        // clipping card's own content in some engines, not the page).
        await billingCountry.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 8));
        await billingCountry.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('ma');
        const popup = await seenWhole(page, 'Billing Information: Country');
        const field = await page.evaluate(focusedRect);
        assert.ok(field && popup.rect.bottom <= field.top, `above its field (${JSON.stringify({ popup, field })})`);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await closed(page, 'Billing Information: Country');
        await info.getByRole('button', { name: 'Cancel' }).first().click();
      },
      hostile(query),
    );

    journey(
      'a popup closes when its field scrolls under the sticky header or out of view',
      async (page) => {
        await ready(page);
        const info = page.locator('sh-organization-overview');
        await info.getByRole('button', { name: 'Edit Organization Information' }).click();
        await info.getByRole('combobox', { name: 'Country' }).first().click();
        await seenWhole(page, 'Organization Information: Country');
        const field = await page.evaluate(focusedRect);
        assert.ok(field);
        // Under the sticky header: still in the viewport, but out of the person's sight.
        await page.mouse.wheel(0, field.top - 30);
        await closed(page, 'scrolled under the sticky header');
        await page.mouse.wheel(0, 30 - field.top);
        // Once the page has stopped scrolling (a wheel scroll may still be moving in WebKit), as a person waits.
        await until(async () => {
          const before = await page.evaluate(() => scrollY);
          await new Promise((resolve) => setTimeout(resolve, 150));
          const still = (await page.evaluate(() => scrollY)) === before;
          return still && ((await page.evaluate(focusedRect))?.top ?? 0) > 100;
        }, 'scrolled back, and still');
        await page.keyboard.press('ArrowDown');
        await seenWhole(page, 'Organization Information: Country, opened again');
        await page.mouse.wheel(0, 2000);
        await closed(page, 'scrolled out');
        await page.evaluate(() => scrollTo(0, 0));
        await info.getByRole('button', { name: 'Cancel' }).first().click();
      },
      hostile(query),
    );

    journey(
      'the create form in a modal dialog: the country and currency pickers show above the dialog',
      async (page) => {
        await ready(page);
        await page.getByRole('button', { name: 'New organization' }).click();
        const dialog = page.getByRole('dialog', { name: 'New organization' });
        const country = dialog.getByRole('combobox', { name: 'Country' }).first();
        await country.click();
        await page.keyboard.type('Sing');
        await seenWhole(page, 'create: Country', 1);
        await page.keyboard.press('Enter');
        await closed(page, 'create: Country');
        assert.equal(await country.inputValue(), 'Singapore');
        const currency = dialog.getByRole('combobox', { name: 'Currency' });
        await currency.click();
        await until(async () => (await currency.getAttribute('aria-expanded')) === 'true', 'currency list open');
        await seenWhole(page, 'create: Currency');
        await page.keyboard.press('Escape');
        await closed(page, 'create: Currency');
        assert.ok(await dialog.isVisible(), 'the Escape that closed the list left the dialog open');
        await page.keyboard.press('Escape');
        await until(async () => !(await dialog.isVisible()), 'a second Escape closes the dialog');
      },
      hostile(query),
    );

    journey(
      'the member picker of the ownership switch in a 360 px side panel',
      async (page) => {
        await ready(page);
        const panel = page.getByRole('complementary', { name: 'Ownership' });
        await panel.getByRole('button', { name: /Edit/ }).click();
        await panel.getByRole('radio', { name: 'New Owner Already in the Organization' }).check();
        const member = panel.getByRole('combobox').first();
        await member.click();
        await page.keyboard.type('a');
        const popup = await seenWhole(page, 'ownership: member');
        const field = await page.evaluate(focusedRect);
        assert.ok(
          field && popup.rect.right - popup.rect.left >= field.right - field.left - 0.5,
          'as wide as its field',
        );
        await page.keyboard.press('Escape');
        await closed(page, 'ownership: member');
      },
      hostile(query),
    );
  });
