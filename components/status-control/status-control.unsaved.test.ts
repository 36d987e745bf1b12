import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createTestBackend, fixtureWithClient } from '../../test/fixtures.js';
import type { ShStatusChangedEvent } from '../events/status-changed-event.js';
import type { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import './status-control.js';
import type { ShStatusControl } from './status-control.js';

async function setup() {
  const t = createTestBackend({ organizations: 30 });
  const el = await fixtureWithClient<ShStatusControl>(
    html`<sh-status-control organization-id=${t.backend.known.acme}></sh-status-control>`,
    t.client,
  );
  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part~=actions]'), 'status control loaded');
  const heard: boolean[] = [];
  el.addEventListener('sh-unsaved-changes', (e: ShUnsavedChangesEvent) => heard.push(e.hasUnsavedChanges));
  return { ...t, el, $, heard };
}

async function input(
  el: ShStatusControl,
  field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  value: string,
) {
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('sh-status-control: unsaved changes', function () {
  this.timeout(20_000);

  it('holds unsaved changes while the Suspend dialog holds a reason or a note, until it is suspended', async () => {
    const { el, $, heard } = await setup();
    $('[part~=suspend-button]').click();
    await el.updateComplete;
    expect(el.hasUnsavedChanges, 'an open dialog with nothing typed').to.equal(false);
    await input(el, $('#note'), 'Asked by the customer on the phone.');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(true);
    await input(el, $('#reason'), 'CUSTOMER_REQUEST');
    const changed = oneEvent(el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
    $<HTMLButtonElement>('#suspend-dialog button[type=submit]').click();
    await changed;
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks()).to.equal(false);
  });

  it('holds the name typed in the Delete dialog until the dialog is closed', async () => {
    const { el, $, heard } = await setup();
    $('[part~=delete-button]').click();
    await el.updateComplete;
    await input(el, $('#confirm-name'), 'Acme');
    expect(el.hasUnsavedChanges).to.equal(true);
    const closed = oneEvent($('#delete-dialog'), 'close');
    [...$('#delete-dialog').querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    await closed;
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks()).to.equal(false);
  });

  it('does not ask before unload with no-unload-guard', async () => {
    const { el, $ } = await setup();
    el.noUnloadGuard = true;
    $('[part~=suspend-button]').click();
    await input(el, $('#note'), 'Chargebacks');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(unloadAsks()).to.equal(false);
  });
});
