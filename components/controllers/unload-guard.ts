/**
 * The page's one `beforeunload` prompt for unsaved input. Anything that holds unsaved input (an element, a kept draft)
 * says so with `guardUnload(holder, true)`; the listener is on `window` only while at least one holder is.
 */
const holders = new Set<object>();

const ask = (event: Event): void => {
  // Every engine the kit runs in shows its own "Leave site?" prompt for a cancelled `beforeunload`.
  event.preventDefault();
};

/** `holder` holds unsaved input (`unsaved`), or no longer does. */
export function guardUnload(holder: object, unsaved: boolean): void {
  const before = holders.size;
  if (unsaved) holders.add(holder);
  else holders.delete(holder);
  if (before === 0 && holders.size > 0) window.addEventListener('beforeunload', ask);
  else if (before > 0 && holders.size === 0) window.removeEventListener('beforeunload', ask);
}
