// Faults over what is already shown: a failed re-read leaves a way out, and a retried approval does not argue with itself.
import { expect, html, waitUntil } from '@open-wc/testing';
import { createClient } from '../../sdk/index.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
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

describe('sh-remote-support: approving again after a lost answer', () => {
  it('reports the approval its first attempt made, not a failure', async () => {
    const t = createTestBackend({ organizations: 30 });
    const uuid = t.backend.known.acme;
    await t.client.remoteSupport.request(uuid, { reason: 'Firmware upgrade', requestedMinutes: 60 });
    const owner = createClient({
      baseUrl: t.backend.baseUrl,
      token: DEMO_TOKENS.customerOwner,
      fetch: t.backend.fetch,
      retry: 0,
    });
    const el = await fixtureWithClient<ShRemoteSupport>(
      html`<sh-remote-support organization-id=${uuid} refresh-interval="0"></sh-remote-support>`,
      owner,
    );
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    await waitUntil(() => $('[part~=decision]'), 'decision offered');
    t.backend.faults.next(1, { lose: 'network' });
    $('[part~=decision] button[type=submit]')!.click();
    await waitUntil(() => $('[part~=error]')!.textContent!.trim() !== '', 'the lost answer explained');
    expect(t.backend.db.requestsOf(uuid).at(-1)!.status, 'the lost approval was applied').to.equal('APPROVED');
    expect($('[part~=decision]'), 'the decision is still offered').to.not.equal(null);

    $('[part~=decision] button[type=submit]')!.click();
    await waitUntil(() => $('[part~=grant]'), 'grant shown');
    await waitUntil(() => $('[part~=message]')!.textContent!.includes('Approved.'), 'approval announced');
    expect($('[part~=error]')!.textContent!.trim()).to.equal('');
    expect(t.backend.db.requestsOf(uuid).filter((r) => r.status === 'APPROVED')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('sh-remote-support: rejecting again after a lost answer', () => {
  it('says the outcome is unknown, then reports the rejection its first attempt made, not a failure', async () => {
    const t = createTestBackend({ organizations: 30 });
    const uuid = t.backend.known.acme;
    await t.client.remoteSupport.request(uuid, { reason: 'Firmware upgrade', requestedMinutes: 60 });
    const owner = createClient({
      baseUrl: t.backend.baseUrl,
      token: DEMO_TOKENS.customerOwner,
      fetch: t.backend.fetch,
      retry: 0,
    });
    const el = await fixtureWithClient<ShRemoteSupport>(
      html`<sh-remote-support organization-id=${uuid} refresh-interval="0"></sh-remote-support>`,
      owner,
    );
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    const reject = () =>
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Reject')!;
    await waitUntil(() => $('[part~=decision]'), 'decision offered');
    t.backend.faults.next(1, { lose: 'network' });
    reject().click();
    await waitUntil(() => $('[part~=error]')!.textContent!.trim() !== '', 'the lost answer explained');
    expect($('[part~=error]')!.textContent!.trim()).to.equal(
      "We couldn't confirm whether your change was saved. Try again to check and finish.",
    );
    expect(t.backend.db.requestsOf(uuid).at(-1)!.status, 'the lost rejection was applied').to.equal('REJECTED');

    reject().click();
    await waitUntil(() => $('[part~=message]')!.textContent!.includes('Rejected.'), 'rejection announced');
    expect($('[part~=error]')!.textContent!.trim()).to.equal('');
    expect($('[part~=decision]'), 'nothing left to decide').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
