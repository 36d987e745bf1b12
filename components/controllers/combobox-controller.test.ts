import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import { comboboxKey, filterOptions, type ComboKeyState } from './combobox-controller.js';

const key = (k: string, state: Partial<ComboKeyState>, init: KeyboardEventInit = {}) =>
  comboboxKey(new KeyboardEvent('keydown', { key: k, ...init }), { open: false, active: -1, count: 5, hasText: false, ...state });

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
    expect(key('Escape', { open: true, active: 1, hasText: true })).to.include({ type: 'move', open: false, active: -1 });
    expect(key('Escape', { open: false, hasText: true })).to.deep.equal({ type: 'clear' });
    expect(key('Escape', { open: false, hasText: false })).to.deep.equal({ type: 'none' });
  });

  it('gives Home, End, ← and → to the text (visual focus returns to it) and closes on Tab, without preventing either', () => {
    for (const k of ['Home', 'End', 'ArrowLeft', 'ArrowRight']) {
      expect(key(k, { open: true, active: 3 })).to.deep.equal({ type: 'move', open: true, active: -1, preventDefault: false });
    }
    expect(key('Tab', { open: true, active: 3 })).to.deep.equal({ type: 'move', open: false, active: -1, preventDefault: false });
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
