import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../../test/setup.js';
import {
  ComboboxController,
  comboboxKey,
  filterOptions,
  type ComboboxView,
  type ComboKeyState,
  type ComboOption,
} from './combobox-controller.js';

const key = (k: string, state: Partial<ComboKeyState>, init: KeyboardEventInit = {}) =>
  comboboxKey(new KeyboardEvent('keydown', { key: k, ...init }), {
    open: false,
    active: -1,
    count: 5,
    hasText: false,
    ...state,
  });

describe('comboboxKey: the one keyboard of every combobox (APG editable combobox)', () => {
  it('opens with ↓ on the chosen row, else the first, and with ↑ on the last', () => {
    expect(key('ArrowDown', {})).to.deep.equal({ type: 'move', open: true, active: 0, preventDefault: true });
    expect(key('ArrowDown', { selected: 3 })).to.include({ open: true, active: 3 });
    expect(key('ArrowUp', {})).to.include({ open: true, active: 4 });
    expect(key('ArrowDown', { count: 0 })).to.include({ open: true, active: -1 });
  });

  it('moves with ↓/↑ and wraps at both ends; Alt+↓ opens without moving, Alt+↑ closes', () => {
    expect(key('ArrowDown', { open: true, active: 4 })).to.include({ active: 0 });
    expect(key('ArrowUp', { open: true, active: 0 })).to.include({ active: 4 });
    expect(key('ArrowDown', { open: true, active: 1 })).to.include({ active: 2 });
    expect(key('ArrowDown', { active: 2 }, { altKey: true })).to.include({ open: true, active: 2 });
    expect(key('ArrowUp', { open: true, active: 2 }, { altKey: true })).to.include({ open: false, active: -1 });
  });

  it('chooses the active row with Enter, and leaves Enter alone otherwise (a form may submit)', () => {
    expect(key('Enter', { open: true, active: 2 })).to.deep.equal({ type: 'choose', index: 2 });
    expect(key('Enter', { open: true, active: -1 })).to.deep.equal({ type: 'none' });
    expect(key('Enter', { open: false, active: 2 })).to.deep.equal({ type: 'none' });
  });

  it('closes with Escape, then clears the typed text with a second one', () => {
    expect(key('Escape', { open: true, active: 1, hasText: true })).to.include({
      type: 'move',
      open: false,
      active: -1,
    });
    expect(key('Escape', { open: false, hasText: true })).to.deep.equal({ type: 'clear' });
    expect(key('Escape', { open: false, hasText: false })).to.deep.equal({ type: 'none' });
  });

  it('gives Home, End, ← and → to the text (visual focus returns to it) and closes on Tab, without preventing either', () => {
    for (const k of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      expect(key(k, { open: true, active: 3 })).to.deep.equal({
        type: 'move',
        open: true,
        active: -1,
        preventDefault: false,
      });
    }
    expect(key('Tab', { open: true, active: 3 })).to.deep.equal({
      type: 'move',
      open: false,
      active: -1,
      preventDefault: false,
    });
  });
});

describe('filterOptions', () => {
  const options = [
    { value: 'MY', label: 'Malaysia' },
    { value: 'MW', label: 'Malawi' },
    { value: 'GT', label: 'Guatemala' },
    { value: 'SG', label: 'Singapore' },
  ];
  it('lists the options starting with the text (or naming its code) before those containing it, ignoring case and accents', () => {
    expect(filterOptions(options, 'MALA').map((o) => o.value)).to.deep.equal(['MY', 'MW', 'GT']);
    expect(filterOptions(options, 'sg').map((o) => o.value)).to.deep.equal(['SG']);
    expect(filterOptions(options, '  ')).to.have.length(4);
  });
});

type Row = ComboOption & { note: string };

/** A host that composes the controller's pieces in its own layout, as the search bar does. */
class TestCombobox extends LitElement {
  static override properties = {
    rows: { attribute: false },
    more: { attribute: false },
    moreBusy: { attribute: false },
    message: {},
    chosen: {},
  };
  declare rows: Row[];
  declare more: boolean;
  declare moreBusy: boolean;
  declare message: string;
  /** The chosen row's label. */
  declare chosen: string;
  /** What the callbacks were called with, in order. */
  calls: string[] = [];
  freeText = true;
  scrollMore = true;
  handleEnter = false;
  parts = true;
  readonly box: ComboboxController<Row>;

  constructor() {
    super();
    const host = this;
    this.rows = [];
    this.more = false;
    this.moreBusy = false;
    this.message = '';
    this.chosen = '';
    this.box = new ComboboxController<Row>(this, {
      onSelect: (v) => {
        this.calls.push(`select ${v}`);
        this.chosen = this.rows.find((r) => r.value === v)!.label;
      },
      onQuery: (q) => this.calls.push(`query ${q}`),
      onMore: () => this.calls.push('more'),
      onBlur: () => this.calls.push('blur'),
      onOpen: () => this.calls.push('open'),
      onEnter: () => {
        this.calls.push('enter');
        return this.handleEnter;
      },
      get freeText() {
        return host.freeText;
      },
      get scrollMore() {
        return host.scrollMore;
      },
    });
  }

  override render() {
    const view: ComboboxView<Row> = {
      id: 'text',
      listId: 'results',
      optionId: (i) => `row-${this.rows[i]?.value ?? 'more'}`,
      listLabel: 'Results',
      valueLabel: this.chosen,
      options: this.rows,
      renderOption: (row) => html`<b class="name">${row.label}</b><i class="note-text">${row.note}</i>`,
      moreLabel: this.more ? 'Load more' : undefined,
      moreBusy: this.moreBusy,
      message: !!this.message,
      parts: this.parts,
    };
    return html`<label for="text">Find</label>
      <div class="box" @focusout=${this.box.onFocusOut}>
        ${this.box.renderInput(view)}
        <div class="popup" ?hidden=${!this.box.shown}>
          ${this.box.renderList(view)}${this.message ? html`<p>${this.message}</p><button id="inside">Retry</button>` : ''}
        </div>
      </div>
      <button id="outside">Elsewhere</button>`;
  }
}
customElements.define('test-combobox', TestCombobox);

const rows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ value: `v${i}`, label: `Row ${i}`, note: `note ${i}` }));

describe("ComboboxController composed by its host (the search bar's way)", () => {
  async function setup(props: Partial<TestCombobox> = {}) {
    const el = await fixture<TestCombobox>(html`<test-combobox></test-combobox>`);
    Object.assign(el, props);
    await el.updateComplete;
    return el;
  }
  const $ = <E extends Element = HTMLElement>(el: TestCombobox, s: string) => el.shadowRoot!.querySelector<E>(s);
  const input = (el: TestCombobox) => $<HTMLInputElement>(el, 'input')!;
  const active = (el: TestCombobox) => input(el).getAttribute('aria-activedescendant');
  async function type(el: TestCombobox, text: string) {
    input(el).focus();
    await sendKeys({ type: text });
    await el.updateComplete;
  }
  async function press(el: TestCombobox, key: string) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
  /** Types, then the host's search answers with `n` rows (and a "load more" row). */
  async function answered(n: number, more = false) {
    const el = await setup();
    await type(el, 'r');
    el.rows = rows(n);
    el.more = more;
    await el.updateComplete;
    return el;
  }

  it("renders the host's rows through renderOption, with its ids, and the parts of the building block", async () => {
    const el = await answered(2, true);
    expect(input(el).getAttribute('part')).to.equal('input');
    expect(input(el).getAttribute('aria-controls')).to.equal('results');
    expect($(el, '#results')!.getAttribute('part')).to.equal('listbox');
    const options = [...el.shadowRoot!.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.id)).to.deep.equal(['row-v0', 'row-v1', 'row-more']);
    expect(options.map((o) => o.getAttribute('part'))).to.deep.equal(['option', 'option', 'option load-more']);
    expect(options[1]!.querySelector('.name')!.textContent).to.equal('Row 1');
    expect(options[1]!.querySelector('.note-text')!.textContent).to.equal('note 1');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('row-v0');
    await expect(el).to.be.accessible();
    el.parts = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part]'), 'parts only when the host documents them').to.have.length(0);
  });

  it('keeps free text as typed: no option is activated by typing, and leaving chooses nothing and keeps the text', async () => {
    const el = await setup({ rows: rows(3) });
    await type(el, 'Row 1');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(active(el), 'typing activates nothing').to.equal(null);
    await press(el, 'Enter');
    expect(el.calls.filter((c) => c.startsWith('select'))).to.deep.equal([]);
    $(el, '#outside')!.focus();
    await el.updateComplete;
    expect(input(el).value, 'an exact label is not chosen on leaving').to.equal('Row 1');
    expect(el.calls.filter((c) => c.startsWith('select'))).to.deep.equal([]);
    expect(el.calls.at(-1)).to.equal('blur');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('in a picker (not free text), typing activates the first match and leaving on an exact label chooses it', async () => {
    const el = await setup({ freeText: false, rows: rows(3) });
    await type(el, 'row 2');
    expect(active(el)).to.equal('row-v0');
    $(el, '#outside')!.focus();
    await el.updateComplete;
    expect(el.calls).to.include('select v2');
    expect(input(el).value).to.equal('Row 2');
  });

  it('in a picker, Home, End, ← and → give visual focus back to the text, and it stays there until the person types', async () => {
    const el = await setup({ freeText: false, rows: rows(3) });
    await type(el, 'row');
    expect(active(el)).to.equal('row-v0');
    for (const k of ['End', 'Home', 'ArrowLeft', 'ArrowRight']) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active(el), `before ${k}`).to.equal('row-v1');
      await sendKeys({ press: k });
      await el.updateComplete;
      el.rows = rows(3); // a render with options (as a server answer brings) does not take visual focus back
      await el.updateComplete;
      expect(active(el), k).to.equal(null);
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active(el), `↓ after ${k}`).to.equal('row-v0');
    }
    await type(el, ' 2');
    expect(active(el), 'typing starts at the first match again').to.equal('row-v0');
  });

  it("empties free text on the second Escape, even when it shows the chosen value's label", async () => {
    const el = await setup({ rows: rows(2), chosen: 'Chosen' });
    input(el).focus();
    expect(input(el).value).to.equal('Chosen');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    expect(el.calls).to.deep.equal(['query ']);
    const picker = await setup({ freeText: false, chosen: 'Chosen' });
    await type(picker, 'xy');
    await press(picker, 'Escape');
    await press(picker, 'Escape');
    expect(input(picker).value, 'a picker goes back to the chosen value').to.equal('Chosen');
  });

  it('gives Enter with no active option to the host, and prevents its default only when the host handled it', async () => {
    const el = await setup();
    await type(el, 'abc');
    const enter = () => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
      input(el).dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(enter()).to.be.false;
    el.handleEnter = true;
    expect(enter()).to.be.true;
    expect(el.calls.filter((c) => c === 'enter')).to.have.length(2);
  });

  it("counts the host's message as an open popup: Escape closes it (and stays inside), ↓ asks to open it again", async () => {
    const el = await setup();
    await type(el, 'zz');
    el.message = 'Nothing found';
    await el.updateComplete;
    expect(el.box.shown).to.be.true;
    expect(input(el).getAttribute('aria-expanded'), 'no listbox to expand').to.equal('false');
    expect($(el, '#results')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
    let escaped = 0;
    el.addEventListener('keydown', (e) => e.key === 'Escape' && escaped++);
    await press(el, 'Escape');
    expect(el.box.shown).to.be.false;
    expect(escaped, 'the Escape that closed the popup stopped there').to.equal(0);
    el.calls = [];
    await press(el, 'ArrowDown');
    expect(el.calls).to.deep.equal(['open']);
    expect(el.box.shown).to.be.true;
    await press(el, 'ArrowDown');
    expect(el.calls, 'not again while it shows').to.deep.equal(['open']);
  });

  it("keeps the popup open while focus moves inside the host's container, and a click never closes free text", async () => {
    const el = await setup();
    await type(el, 'zz');
    el.message = 'Search failed';
    await el.updateComplete;
    $(el, '#inside')!.focus();
    await el.updateComplete;
    expect(el.box.shown, 'focus on the retry button inside').to.be.true;
    expect(el.calls).to.not.include('blur');
    input(el).click();
    input(el).click();
    await el.updateComplete;
    expect(el.box.shown).to.be.true;
    $(el, '#outside')!.focus();
    await el.updateComplete;
    expect(el.box.shown).to.be.false;
    input(el).click();
    await el.updateComplete;
    expect(el.box.shown, 'a click shows again what there is').to.be.true;
  });

  it('loads more from the last row: Enter keeps visual focus on it, and nothing happens while the next page loads', async () => {
    const el = await answered(3, true);
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('row-more');
    await press(el, 'Enter');
    expect(el.calls.filter((c) => c === 'more')).to.have.length(1);
    el.moreBusy = true;
    await el.updateComplete;
    expect($(el, '#row-more')!.getAttribute('aria-disabled')).to.equal('true');
    await press(el, 'Enter');
    $(el, '#row-more')!.click();
    expect(
      el.calls.filter((c) => c === 'more'),
      'not while loading',
    ).to.have.length(1);
    el.rows = rows(6);
    el.moreBusy = false;
    await el.updateComplete;
    expect(active(el), 'the same row: the first new option').to.equal('row-v3');
  });

  it('loads more when the list is scrolled to its end (scrollMore), unless the "load more" row is active', async () => {
    const el = await answered(40, true);
    const list = $(el, '#results')!;
    // Unstyled, the list does not scroll: it is always at its end. The scroll events are the test's own.
    const scrolled = () => list.dispatchEvent(new Event('scroll'));
    const more = () => el.calls.filter((c) => c === 'more').length;
    scrolled();
    expect(more()).to.equal(1);
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('row-more');
    scrolled();
    expect(more(), 'not while "load more" is active').to.equal(1);
    await press(el, 'ArrowDown');
    el.scrollMore = false;
    scrolled();
    expect(more(), 'not without scrollMore').to.equal(1);
    el.scrollMore = true;
    list.style.maxHeight = '100px';
    list.style.overflowY = 'auto';
    scrolled();
    expect(more(), 'not far from the end').to.equal(1);
  });

  it('chooses an option with a click, keeping focus in the input', async () => {
    const el = await answered(2);
    $(el, '#row-v1')!.click();
    await el.updateComplete;
    expect(el.calls).to.include('select v1');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(el.box.shown).to.be.false;
  });
});
