import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ShCreatedEvent } from '../events/created-event.js';
import type { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import { $, fillValid, setup, submit, type, type El } from './create-organization.test-helpers.js';

/** Every sh-unsaved-changes of `el`, by its value. */
function listen(el: El): boolean[] {
  const heard: boolean[] = [];
  el.addEventListener('sh-unsaved-changes', (e: ShUnsavedChangesEvent) => heard.push(e.hasUnsavedChanges));
  return heard;
}

function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('sh-create-organization: unsaved changes', function () {
  this.timeout(20_000);

  it('holds unsaved changes once something is typed, until the organization is created', async () => {
    const { el } = await setup();
    const heard = listen(el);
    expect(el.hasUnsavedChanges).to.equal(false);
    // Unfolding the billing part is no input.
    $<HTMLDetailsElement>(el, 'details.billing').open = true;
    await oneEvent($(el, 'details.billing'), 'toggle');
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(unloadAsks()).to.equal(false);

    await type(el, '#name', 'Tanjong Logistics Pte Ltd');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(true);

    await fillValid(el);
    const created = oneEvent(el, 'sh-created') as unknown as Promise<ShCreatedEvent>;
    await submit(el);
    await created;
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks()).to.equal(false);
  });

  it('is cleared by reset(), and with no-unload-guard never asks before unload', async () => {
    const { el } = await setup();
    const heard = listen(el);
    el.noUnloadGuard = true;
    await type(el, '#email', 'ada.tan@tanjong.example');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(unloadAsks()).to.equal(false);
    el.reset();
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    await waitUntil(() => $(el, '#name'), 'form still there');
  });
});
