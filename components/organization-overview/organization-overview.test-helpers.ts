/** Helpers shared by the Overview tab's test files. */
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { ShErrorEvent } from '../events/error-event.js';
import type { ShSavedEvent } from '../events/saved-event.js';
import type { ShOrganizationOverview } from './organization-overview.js';

export type Overview = ShOrganizationOverview;

export function $<T extends Element = HTMLElement>(el: Overview, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in the overview`);
  return found;
}

export const $$ = <T extends Element = HTMLElement>(el: Overview, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The text of the value of a detail field (`[part~=field-<name>] dd`), whitespace collapsed. */
export const fieldValue = (el: Overview, name: string): string => text($(el, `[part~='field-${name}'] dd`));

export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the organization is shown (and, unless `editable` is false, its edit buttons). */
export async function loaded(el: Overview, editable = true): Promise<Overview> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part=name]'), 'organization rendered', { timeout: 5000 });
  if (editable)
    await waitUntil(() => el.shadowRoot!.querySelector('[part=edit-button]'), 'edit buttons rendered', {
      timeout: 5000,
    });
  return el;
}

/** Opens a section for editing with its edit button. */
export async function edit(el: Overview, section: 'information' | 'billing' | 'buyer-tags'): Promise<void> {
  $(el, `[data-section='${section}'] [part=edit-button]`).click();
  await waitUntil(() => el.shadowRoot!.querySelector(`[data-section='${section}'] form`), `${section} in edit mode`);
}

/** Types into an input the way a person does (value + input event). */
export async function type(el: Overview, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function choose(el: Overview, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the Save button of a section. */
export function clickSave(el: Overview, section: string): void {
  $(el, `[data-section='${section}'] button[type=submit]`).click();
}

/** The requests that changed something (not GETs). */
export const writes = (requests: Request[]): Request[] => requests.filter((r) => r.method !== 'GET');

/** The next `sh-saved` of the element. */
export const nextSaved = (el: Overview): Promise<ShSavedEvent> =>
  oneEvent(el, 'sh-saved') as unknown as Promise<ShSavedEvent>;
/** The next `sh-error` of the element. */
export const nextError = (el: Overview): Promise<ShErrorEvent> =>
  oneEvent(el, 'sh-error') as unknown as Promise<ShErrorEvent>;
