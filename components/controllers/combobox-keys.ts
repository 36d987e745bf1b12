/** Where a combobox stands when a key is pressed. */
export interface ComboKeyState {
  /** True when the list is shown. */
  open: boolean;
  /** The active row (visual focus), or -1 when focus is on the text. */
  active: number;
  /** How many rows can be active (options, and a "load more" row). */
  count: number;
  /** The row of the value chosen so far, where the list opens; -1 or undefined: the first row. */
  selected?: number;
  /** True when there is typed text for a second Escape to clear. */
  hasText: boolean;
}

/** What a key does: nothing, open / close the list and move visual focus, choose a row, or clear the text. */
export type ComboKeyResult =
  | { type: 'none' }
  | { type: 'move'; open: boolean; active: number; preventDefault: boolean }
  | { type: 'choose'; index: number }
  | { type: 'clear' };

/**
 * The keyboard of an editable combobox with list autocomplete (WAI-ARIA APG), the one set of rules of every
 * combobox of the kit: ↓ opens (on the chosen row, else the first) and moves down, ↑ opens on the last row and moves
 * up (both wrap), Alt+↓ opens without moving, Alt+↑ closes, Enter chooses the active row, Escape closes, then
 * clears the text; Home, End, ← and → move the caret, so visual focus returns to the text; Tab closes.
 */
export function comboboxKey(event: KeyboardEvent, state: ComboKeyState): ComboKeyResult {
  const { open, active, count } = state;
  const move = (nextOpen: boolean, nextActive: number, preventDefault = true): ComboKeyResult => ({
    type: 'move',
    open: nextOpen,
    active: nextActive,
    preventDefault,
  });
  switch (event.key) {
    case 'ArrowDown':
      if (event.altKey) return move(true, active);
      if (!open) return move(true, count > 0 ? Math.max(state.selected ?? 0, 0) : -1);
      return move(true, count > 0 ? (active >= count - 1 ? 0 : active + 1) : -1);
    case 'ArrowUp':
      if (event.altKey) return move(false, -1);
      if (!open) return move(true, count - 1);
      return move(true, count > 0 ? (active <= 0 ? count - 1 : active - 1) : -1);
    case 'Enter':
      return open && active >= 0 && active < count ? { type: 'choose', index: active } : { type: 'none' };
    case 'Escape':
      if (open) return move(false, -1);
      return state.hasText ? { type: 'clear' } : { type: 'none' };
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      return move(open, -1, false);
    case 'Tab':
      return move(false, -1, false);
    default:
      return { type: 'none' };
  }
}
