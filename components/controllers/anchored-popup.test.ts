import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../../test/setup.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { popupPositioning } from './anchored-popup.js';
import { ComboboxController, comboboxStyles, filterOptions, type ComboOption } from './combobox-controller.js';

const COUNTRIES: ComboOption[] = ['Austria', 'Belgium', 'Canada', 'Denmark', 'Estonia', 'France', 'Germany'].map(
  (label) => ({ value: label.slice(0, 2).toUpperCase(), label, hint: label.slice(0, 2).toUpperCase() }),
);

/** A picker as the kit's forms render one: `ComboboxController.render()` with the kit's combobox styles. */
class PopupPicker extends LitElement {
  static override styles = [sharedStyles, comboboxStyles];
  value = '';
  readonly box = new ComboboxController(this, {
    onSelect: (v) => {
      this.value = v;
    },
    onQuery: () => this.requestUpdate(),
  });

  override render() {
    return html`<label for="country">Country</label>${this.box.render({
      id: 'country',
      listLabel: 'Countries',
      value: this.value,
      valueLabel: COUNTRIES.find((c) => c.value === this.value)?.label ?? '',
      options: filterOptions(COUNTRIES, this.box.typing ? this.box.query : ''),
    })}`;
  }
}
customElements.define('popup-picker', PopupPicker);

const input = (el: PopupPicker) => el.shadowRoot!.querySelector('input')!;
const list = (el: PopupPicker) => el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
const options = (el: PopupPicker) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];

/** The element a person's pointer meets at a point, looking into shadow roots. */
function topmostAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** The options inside the list's visible box whose centre and four inner points are not theirs (none when all are seen). */
function hiddenOptions(el: PopupPicker): string[] {
  const box = list(el).getBoundingClientRect();
  const failures: string[] = [];
  const visible = options(el).filter((o) => {
    const r = o.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  });
  expect(visible.length, 'options in sight').to.be.greaterThan(2);
  for (const o of visible) {
    const r = o.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.1, 0.25],
      [0.9, 0.25],
      [0.1, 0.75],
      [0.9, 0.75],
    ] as const) {
      const hit = topmostAt(r.left + r.width * fx, r.top + r.height * fy);
      if (!hit || !o.contains(hit)) failures.push(`${o.textContent} at ${fx},${fy}: ${hit?.outerHTML.slice(0, 60)}`);
    }
  }
  return failures;
}

/**
 * Waits until the popup is open and placed. The fallback places it once `@floating-ui/dom` has loaded, which on the
 * first open is a module fetch: on a loaded machine that takes longer than waitUntil's default second.
 */
async function placed(el: PopupPicker) {
  await waitUntil(
    () => list(el).matches(':popover-open') && getComputedStyle(list(el)).visibility === 'visible',
    'the popup is open and placed',
    { timeout: 10000 },
  );
  await new Promise(requestAnimationFrame);
}

async function open(el: PopupPicker) {
  input(el).focus();
  await sendKeys({ press: 'ArrowDown' });
  await el.updateComplete;
  await placed(el);
}

for (const anchors of popupPositioning.anchors ? [true, false] : [false]) {
  describe(`ComboboxController's popup in the top layer (${anchors ? 'CSS anchor positioning' : '@floating-ui/dom'})`, () => {
    const engine = popupPositioning.anchors;
    before(() => {
      popupPositioning.anchors = anchors;
    });
    after(() => {
      popupPositioning.anchors = engine;
      window.scrollTo(0, 0);
    });

    it('opens in the top layer, whole and on top inside an overflow: hidden, transformed box under a higher z-index', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <div style="overflow: hidden; transform: translateX(0); height: 70px; width: 320px; contain: paint">
          <popup-picker></popup-picker>
        </div>
        <div style="position: relative; z-index: 1000; height: 400px; background: rgb(200 0 0)"></div>
      </div>`);
      const el = wrap.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      expect(list(el).getAttribute('popover')).to.equal('manual');
      expect(list(el).dataset['position']).to.equal(anchors ? 'anchor' : 'float');
      expect(hiddenOptions(el)).to.deep.equal([]);
      const field = input(el).getBoundingClientRect();
      const popup = list(el).getBoundingClientRect();
      expect(popup.top, 'under its field').to.be.closeTo(field.bottom + 4, 1.5);
      expect(popup.left).to.be.closeTo(field.left, 1.5);
      expect(popup.width, 'at least as wide as its field').to.be.at.least(field.width - 0.5);
      await expect(el).to.be.accessible();
    });

    it('flips above its field when there is no room below', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="position: fixed; bottom: 8px; left: 8px; width: 300px">
        <popup-picker></popup-picker>
      </div>`);
      const el = wrap.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      const field = input(el).getBoundingClientRect();
      await waitUntil(() => list(el).getBoundingClientRect().bottom <= field.top, 'above the field');
      expect(list(el).getBoundingClientRect().bottom).to.be.closeTo(field.top - 4, 1.5);
      expect(hiddenOptions(el)).to.deep.equal([]);
    });

    it('follows its field when the page scrolls, and closes once the field scrolls out of view', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="padding-top: 120px; height: 300vh">
        <popup-picker style="width: 280px"></popup-picker>
      </div>`);
      const el = wrap.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      window.scrollBy(0, 60);
      const below = () => list(el).getBoundingClientRect().top - input(el).getBoundingClientRect().bottom;
      await waitUntil(() => Math.abs(below() - 4) < 1.5, 'the popup moved with its field');
      expect(hiddenOptions(el)).to.deep.equal([]);
      window.scrollBy(0, input(el).getBoundingClientRect().bottom + 10);
      await waitUntil(() => !list(el).matches(':popover-open'), 'closed');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(input(el));
      window.scrollTo(0, 0);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await placed(el);
      expect(input(el).getAttribute('aria-expanded'), 'opens again').to.equal('true');
    });

    it("closes when a scroll puts its field under the page's sticky header", async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="height: 300vh">
        <header style="position: sticky; top: 0; z-index: 50; height: 90px; background: rgb(30 40 60)"></header>
        <div style="height: 200px"></div>
        <popup-picker style="width: 280px"></popup-picker>
      </div>`);
      const el = wrap.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      window.scrollBy(0, 20);
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      expect(list(el).matches(':popover-open'), 'still in sight after a small scroll').to.be.true;
      window.scrollBy(0, input(el).getBoundingClientRect().top - 40);
      await waitUntil(() => !list(el).matches(':popover-open'), 'closed under the header');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      window.scrollTo(0, 0);
    });

    it('closes when its field scrolls out of a scrolling box', async () => {
      const box = await fixture<HTMLElement>(html`<div style="height: 160px; overflow: auto">
        <popup-picker></popup-picker><div style="height: 800px"></div>
      </div>`);
      const el = box.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      box.scrollTop = 300;
      await waitUntil(() => !list(el).matches(':popover-open'), 'closed');
      expect(el.box.open).to.be.false;
    });

    it('works in a modal dialog: on top of it, chosen with the keyboard, and its Escape does not close the dialog', async () => {
      const dialog =
        await fixture<HTMLDialogElement>(html`<dialog style="overflow: hidden; height: 120px; width: 340px">
        <popup-picker></popup-picker>
      </dialog>`);
      dialog.showModal();
      const el = dialog.querySelector<PopupPicker>('popup-picker')!;
      await open(el);
      expect(hiddenOptions(el)).to.deep.equal([]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('country-opt-1');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(list(el).matches(':popover-open')).to.be.false;
      expect(dialog.open, 'the first Escape only closes the list').to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value).to.equal('BE');
      expect(input(el).value).to.equal('Belgium');
      expect(list(el).matches(':popover-open')).to.be.false;
      dialog.close();
    });

    it('chooses with a click on an option in the top layer, keeping focus in the field', async () => {
      const el = await fixture<PopupPicker>(html`<popup-picker></popup-picker>`);
      await open(el);
      options(el)[2]!.click();
      await el.updateComplete;
      expect(el.value).to.equal('CA');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(list(el).matches(':popover-open')).to.be.false;
    });
  });
}
