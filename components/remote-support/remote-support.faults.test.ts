// A re-read that fails over what is already shown must leave the person a way out: nothing shown can be stuck.
import { expect, html, waitUntil } from '@open-wc/testing';
import { createTestBackend, fixtureWithClient } from '../../test/fixtures.js';
import './remote-support.js';
import type { ShRemoteSupport } from './remote-support.js';

describe('sh-remote-support: a failed re-read', () => {
  it('offers "Try again" over the shown state, which reads it again', async () => {
    const t = createTestBackend({ organizations: 30 });
    const el = await fixtureWithClient<ShRemoteSupport>(
      html`<sh-remote-support organization-id=${t.backend.known.spManaged} refresh-interval="0"></sh-remote-support>`,
      t.client,
    );
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    await waitUntil(() => $('[part~=policy]'), 'loaded');
    // No approval needed here, so no "Check again" button: before, a failed re-read left no way to retry.
    expect($('[part~=refresh-button]')).to.equal(null);
    t.backend.faults.next(1, 'malformed');
    await el.refresh();
    await waitUntil(() => $('[part~=retry-button]'), '"Try again" offered');
    expect($('[part~=error]')!.textContent).to.contain('does not match the contract');
    expect($('[part~=policy]'), 'what was shown stays').to.not.equal(null);
    await expect(el).to.be.accessible();
    const reads = t.requests.length;
    $('[part~=retry-button]')!.click();
    await waitUntil(() => !$('[part~=retry-button]'), 'read again');
    expect(t.requests.length).to.be.greaterThan(reads);
    expect($('[part~=error]')!.textContent!.trim()).to.equal('');
  });
});
