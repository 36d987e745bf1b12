import { expect, html, waitUntil } from '@open-wc/testing';
import { createClient } from '../../sdk/index.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient, type TestBackend } from '../../test/fixtures.js';
import type { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import './remote-support.js';
import type { ShRemoteSupport } from './remote-support.js';

async function render(t: TestBackend, token: string = DEMO_TOKENS.admin) {
  const client = createClient({ baseUrl: t.backend.baseUrl, token, fetch: t.backend.fetch, retry: 0 });
  const el = await fixtureWithClient<ShRemoteSupport>(
    html`<sh-remote-support organization-id=${t.backend.known.acme} refresh-interval="0"></sh-remote-support>`,
    client,
  );
  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'form shown');
  const heard: boolean[] = [];
  el.addEventListener('sh-unsaved-changes', (e: ShUnsavedChangesEvent) => heard.push(e.hasUnsavedChanges));
  return { el, $, heard };
}

async function type(el: ShRemoteSupport, input: HTMLTextAreaElement | HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('sh-remote-support: unsaved changes', function () {
  this.timeout(20_000);

  it('holds unsaved changes while the request form holds a reason or a chosen duration, until it is sent', async () => {
    const t = createTestBackend({ organizations: 30 });
    const { el, $, heard } = await render(t);
    expect(el.hasUnsavedChanges).to.equal(false);
    $<HTMLInputElement>('input[name=request-duration][value="240"]').click();
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(true);
    await type(el, $('#reason'), 'Customer cannot route calls');
    $<HTMLButtonElement>('[part~=request-form] button[type=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=request] [part~=state]'), 'pending request shown');
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks()).to.equal(false);
  });

  it('holds a rejection note typed by the customer, and never asks before unload with no-unload-guard', async () => {
    const t = createTestBackend({ organizations: 30 });
    await t.client.remoteSupport.request(t.backend.known.acme, { reason: 'Firmware upgrade', requestedMinutes: 60 });
    const { el, $, heard } = await render(t, DEMO_TOKENS.customerOwner);
    el.noUnloadGuard = true;
    await type(el, $('#reject-note'), 'Not during business hours');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(false);
  });
});
