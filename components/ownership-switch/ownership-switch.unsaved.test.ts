import { expect, oneEvent } from '@open-wc/testing';
import type { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import type { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import { click, newPersonToConfirm, press, setup, type, type El } from './ownership-switch.test-helpers.js';

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

describe('sh-ownership-switch: unsaved changes', function () {
  this.timeout(20_000);

  it('holds unsaved changes while a new owner is being chosen, until Cancel', async () => {
    const { el } = await setup((k) => k.spManaged);
    const heard = listen(el);
    await click(el, '[part=edit-button]');
    // The form is open, nothing chosen yet.
    expect(el.hasUnsavedChanges).to.equal(false);
    await type(el, '#first-name', 'Mei');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(true);
    await press(el, 'Cancel');
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks()).to.equal(false);
  });

  it('holds them through the confirmation step until the switch is done', async () => {
    const { el } = await setup((k) => k.spManaged);
    const heard = listen(el);
    await newPersonToConfirm(el);
    expect(el.hasUnsavedChanges).to.equal(true);
    const changed = oneEvent(el, 'sh-ownership-changed') as Promise<ShOwnershipChangedEvent>;
    await press(el, 'Confirm');
    await changed;
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
  });

  it('does not ask before unload with no-unload-guard', async () => {
    const { el } = await setup((k) => k.spManaged);
    el.setAttribute('no-unload-guard', '');
    await click(el, '[part=edit-button]');
    await type(el, '#email', 'mei.lim@kallang.example');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(unloadAsks()).to.equal(false);
  });
});
