import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient, type TestBackend } from '../../test/fixtures.js';
import type { MockBackendOptions } from '../../mocks/index.js';
import type { Organization } from '../../sdk/index.js';
import type { ShBeforeDeleteEvent } from '../events/before-delete-event.js';
import type { ShBeforeSuspendEvent } from '../events/before-suspend-event.js';
import type { ShDeletedEvent } from '../events/deleted-event.js';
import type { ShStatusChangedEvent } from '../events/status-changed-event.js';
import './status-control.js';
import type { ShStatusControl } from './status-control.js';

type Known = TestBackend['backend']['known'];

async function setup(pick: (known: Known) => string, options: MockBackendOptions = {}, token?: string) {
  const t = createTestBackend({ organizations: 30, ...options }, token ? { token } : {});
  const uuid = pick(t.backend.known);
  const el = await fixtureWithClient<ShStatusControl>(
    html`<sh-status-control organization-id=${uuid}></sh-status-control>`,
    t.client,
  );
  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  // Loaded once the badge and the session-dependent part (actions or an explanation) are on screen.
  await waitUntil(() => $('[part~=status]') && ($('[part~=actions]') || $('p.muted')), 'status control loaded');
  const org = (): Organization => t.backend.db.get(uuid)!;
  const mutations = () => t.requests.filter((r) => r.method !== 'GET');
  const buttonTexts = () =>
    [...el.shadowRoot!.querySelectorAll('[part~=actions] button')].map((b) => b.textContent!.trim());
  return { ...t, uuid, el, $, org, mutations, buttonTexts };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const errorText = (el: ShStatusControl, inDialog = true) =>
  el
    .shadowRoot!.querySelector(inDialog ? 'dialog[open] [part~=error]' : '[part=base] > [part~=error]')
    ?.textContent?.trim() ?? '';

describe('sh-status-control', () => {
  describe('offered actions', () => {
    it('offers Suspend and Delete for an active organization', async () => {
      const { el, buttonTexts } = await setup((k) => k.acme);
      expect(buttonTexts()).to.deep.equal(['Suspend', 'Delete']);
      expect(el.shadowRoot!.querySelector('[part~=status]')!.textContent).to.equal('Active');
      await expect(el).to.be.accessible();
    });

    it('offers Activate and Delete for a suspended organization, with its reason and note', async () => {
      const { el, $, buttonTexts, org } = await setup((k) => k.suspended);
      expect(buttonTexts()).to.deep.equal(['Activate', 'Delete']);
      expect($('[part~=details]')!.textContent).to.contain('Non-payment');
      expect($('[part~=details]')!.textContent).to.contain(org().statusNote!);
      await expect(el).to.be.accessible();
    });

    it('offers only Restore while pending deletion, with the date after which it cannot be undone', async () => {
      const { el, $, buttonTexts, org } = await setup((k) => k.pendingDeletion!);
      expect(buttonTexts()).to.deep.equal(['Restore']);
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(org().purgeAfter!));
      expect($('.warning-box')!.textContent).to.contain(date);
      await expect(el).to.be.accessible();
    });

    it('offers nothing to a read-only caller and says so', async () => {
      const { el, $ } = await setup((k) => k.acme, {}, DEMO_TOKENS.readOnly);
      expect($('[part~=actions]')).to.equal(null);
      expect($('p.muted')!.textContent).to.contain('cannot change the status');
      await expect(el).to.be.accessible();
    });

    it("explains that the caller's own organization cannot be suspended or deleted", async () => {
      const { $ } = await setup((k) => k.root);
      expect($('[part~=suspend-button]')).to.equal(null);
      expect($('[part~=delete-button]')).to.equal(null);
      expect($('p.muted')!.textContent).to.contain('your own organization');
    });
  });

  describe('suspend', () => {
    it('suspends with a reason and a note, announces it and fires sh-status-changed', async () => {
      const { el, $, org, mutations, buttonTexts } = await setup((k) => k.acme);
      $('[part~=suspend-button]')!.click();
      const dialog = $<HTMLDialogElement>('#suspend-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('temporary and reversible');
      await expect(el).to.be.accessible();
      choose($<HTMLSelectElement>('#reason')!, 'CUSTOMER_REQUEST');
      type($<HTMLTextAreaElement>('#note')!, 'Asked by the customer on the phone.');
      await el.updateComplete;
      const changed = oneEvent(el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      const event = await changed;
      expect([event.from, event.to]).to.deep.equal(['ACTIVE', 'SUSPENDED']);
      expect(event.organization.statusReason).to.equal('CUSTOMER_REQUEST');
      const [request] = mutations();
      expect(request!.url).to.match(/\/suspend$/);
      expect(await request!.json()).to.deep.equal({
        reason: 'CUSTOMER_REQUEST',
        note: 'Asked by the customer on the phone.',
      });
      expect(org().status).to.equal('SUSPENDED');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(buttonTexts()).to.deep.equal(['Activate', 'Delete']);
      expect($('[part~=message]')!.textContent).to.contain('is suspended');
      expect($('[part~=details]')!.textContent).to.contain('Customer request');
    });

    it('asks for a reason before sending anything', async () => {
      const { el, $, mutations } = await setup((k) => k.acme);
      $('[part~=suspend-button]')!.click();
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await el.updateComplete;
      expect($('#reason-error')!.textContent).to.contain('Choose a reason');
      expect($('#reason')!.getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'reason', 'focus moved to the reason');
      expect(mutations()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('lists the contract reasons with human labels', async () => {
      const { $ } = await setup((k) => k.acme);
      const labels = [...$('#reason')!.querySelectorAll('option')]
        .slice(1)
        .map((o) => [o.value, o.textContent!.trim()]);
      expect(labels).to.deep.equal([
        ['NON_PAYMENT', 'Non-payment'],
        ['FRAUD_OR_ABUSE', 'Fraud or abuse'],
        ['CUSTOMER_REQUEST', 'Customer request'],
        ['COMPLIANCE', 'Compliance'],
        ['OTHER', 'Other'],
      ]);
    });

    it('rejects a note over 500 characters without sending', async () => {
      const { el, $, mutations } = await setup((k) => k.acme);
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'OTHER');
      type($<HTMLTextAreaElement>('#note')!, 'x'.repeat(501));
      await el.updateComplete;
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await el.updateComplete;
      expect($('#note-error')!.textContent).to.contain('500 characters');
      expect(mutations()).to.have.length(0);
    });

    it('sends nothing when the host vetoes sh-before-suspend, and keeps the dialog as filled in', async () => {
      const { el, $, mutations } = await setup((k) => k.acme);
      el.addEventListener('sh-before-suspend', (e) => e.preventDefault());
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'COMPLIANCE');
      await el.updateComplete;
      const before = oneEvent(el, 'sh-before-suspend') as Promise<ShBeforeSuspendEvent>;
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      expect((await before).input).to.deep.equal({ reason: 'COMPLIANCE' });
      await el.updateComplete;
      expect(mutations()).to.have.length(0);
      expect($<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(true);
      expect($<HTMLSelectElement>('#reason')!.value).to.equal('COMPLIANCE');
    });

    it('sends one request when the confirm button is clicked twice', async () => {
      const { el, $, backend, mutations } = await setup((k) => k.acme);
      backend.faults.setLatency(100);
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'NON_PAYMENT');
      await el.updateComplete;
      const submit = $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!;
      const changed = oneEvent(el, 'sh-status-changed');
      submit.click();
      submit.click();
      await el.updateComplete;
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.textContent).to.contain('Suspending');
      submit.click();
      await changed;
      expect(mutations()).to.have.length(1);
    });

    it('explains a conflict, reloads, keeps the reason and note, and succeeds on retry', async () => {
      const { el, $, backend, uuid, org } = await setup((k) => k.acme);
      backend.db.bumpVersion(uuid);
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'FRAUD_OR_ABUSE');
      type($<HTMLTextAreaElement>('#note')!, 'Chargebacks');
      await el.updateComplete;
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('Someone else changed'), 'conflict explained');
      expect($<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(true);
      expect($<HTMLSelectElement>('#reason')!.value).to.equal('FRAUD_OR_ABUSE');
      expect($<HTMLTextAreaElement>('#note')!.value).to.equal('Chargebacks');
      await waitUntil(() => $('#suspend-title')!.textContent!.includes('(edited)'), 'reloaded with the other change');
      await expect(el).to.be.accessible();
      const changed = oneEvent(el, 'sh-status-changed');
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await changed;
      expect(org().status).to.equal('SUSPENDED');
    });

    it('explains a rate-limited suspend in plain words with the wait, and keeps the dialog as filled in', async () => {
      const { el, $, backend, org, mutations } = await setup((k) => k.acme);
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'NON_PAYMENT');
      type($<HTMLTextAreaElement>('#note')!, 'Invoice 42');
      await el.updateComplete;
      backend.faults.next(1, { status: 429, retryAfter: 30 });
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el) !== '', 'rate limit explained');
      expect(errorText(el)).to.equal('Too many requests. Try again in 30 s.');
      expect(mutations()).to.have.length(1);
      expect(org().status).to.equal('ACTIVE');
      expect($<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(true);
      expect($<HTMLSelectElement>('#reason')!.value).to.equal('NON_PAYMENT');
      expect($<HTMLTextAreaElement>('#note')!.value).to.equal('Invoice 42');
      await expect(el).to.be.accessible();
    });

    it('explains a rate-limited suspend without Retry-After without inventing a wait', async () => {
      const { el, $, backend } = await setup((k) => k.acme);
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'NON_PAYMENT');
      await el.updateComplete;
      backend.faults.next(1, { status: 429 });
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el) !== '', 'rate limit explained');
      expect(errorText(el)).to.equal('Too many requests. Try again shortly.');
    });

    it('explains an invalid transition with the current status and updates what is offered', async () => {
      const { el, $, backend, uuid, buttonTexts } = await setup((k) => k.acme);
      // Another process suspended it, for another reason, without the element knowing (same version: the server's
      // state check answers). Suspended for the very reason chosen, it would be reported done (see the lost answers).
      const current = backend.db.get(uuid)!;
      backend.db.update({ ...current, status: 'SUSPENDED', statusReason: 'NON_PAYMENT' });
      $('[part~=suspend-button]')!.click();
      choose($<HTMLSelectElement>('#reason')!, 'OTHER');
      await el.updateComplete;
      $<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('now Suspended'), 'transition explained');
      await waitUntil(() => buttonTexts().includes('Activate'), 'actions updated');
    });

    it('closes with Escape and gives focus back to Suspend', async () => {
      const { el, $, mutations } = await setup((k) => k.acme);
      const trigger = $<HTMLButtonElement>('[part~=suspend-button]')!;
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      const dialog = $<HTMLDialogElement>('#suspend-dialog')!;
      await waitUntil(() => dialog.open, 'dialog opened from the keyboard');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'dialog closed');
      await waitUntil(() => el.shadowRoot!.activeElement === trigger, 'focus back on Suspend');
      expect(mutations()).to.have.length(0);
    });

    it('can be completed with the keyboard alone', async () => {
      const { el, $, org } = await setup((k) => k.acme);
      $<HTMLButtonElement>('[part~=suspend-button]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'reason', 'focus in the reason select');
      await sendKeys({ press: 'ArrowDown' }); // Non-payment
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Paid late twice' });
      await sendKeys({ press: 'Tab' }); // Cancel
      await sendKeys({ press: 'Tab' }); // Suspend
      const changed = oneEvent(el, 'sh-status-changed');
      await sendKeys({ press: 'Enter' });
      await changed;
      expect(org().statusReason).to.equal('NON_PAYMENT');
      expect(org().statusNote).to.equal('Paid late twice');
      await waitUntil(
        () => el.shadowRoot!.activeElement?.getAttribute('part') === 'activate-button',
        'focus on Activate',
      );
    });
  });

  describe('activate and restore', () => {
    it('activates a suspended organization and clears its reason', async () => {
      const { el, $, org } = await setup((k) => k.suspended);
      const changed = oneEvent(el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
      $('[part~=activate-button]')!.click();
      const event = await changed;
      expect([event.from, event.to]).to.deep.equal(['SUSPENDED', 'ACTIVE']);
      expect(org().status).to.equal('ACTIVE');
      await el.updateComplete;
      expect($('[part~=details]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sends one activation on a double click', async () => {
      const { el, $, mutations, backend } = await setup((k) => k.suspended);
      backend.faults.setLatency(80);
      const button = $<HTMLButtonElement>('[part~=activate-button]')!;
      const changed = oneEvent(el, 'sh-status-changed');
      button.click();
      button.click();
      await changed;
      expect(mutations()).to.have.length(1);
    });

    it('says the outcome of a change whose answer was lost is unknown, not that it failed', async () => {
      const { el, $, backend } = await setup((k) => k.suspended);
      backend.faults.next(1, 'network');
      $('[part~=activate-button]')!.click();
      await waitUntil(
        () =>
          errorText(el, false) === "We couldn't confirm whether your change was saved. Try again to check and finish.",
        'unknown outcome explained',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('delete', () => {
    it('keeps Delete disabled until the exact name is typed, then purges at once when there is no grace period', async () => {
      const { el, $, uuid, backend, org } = await setup((k) => k.acme, { deletionGraceDays: 0 });
      const name = org().name;
      $('[part~=delete-button]')!.click();
      const dialog = $<HTMLDialogElement>('#delete-dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('immediately and permanently deleted');
      const submit = $<HTMLButtonElement>('#delete-dialog button[type=submit]')!;
      expect(submit.disabled).to.equal(true);
      await expect(el).to.be.accessible();
      for (const wrong of [name.toLowerCase(), ` ${name}`, name.slice(0, -1)]) {
        type($<HTMLInputElement>('#confirm-name')!, wrong);
        await el.updateComplete;
        expect(submit.disabled, wrong).to.equal(true);
      }
      type($<HTMLInputElement>('#confirm-name')!, name);
      await el.updateComplete;
      expect(submit.disabled).to.equal(false);
      const deleted = oneEvent(el, 'sh-deleted') as Promise<ShDeletedEvent>;
      submit.click();
      const event = await deleted;
      expect(event.uuid).to.equal(uuid);
      expect(event.purged).to.equal(true);
      expect(event.organization).to.equal(null);
      expect(backend.db.get(uuid)).to.equal(undefined);
      await el.updateComplete;
      expect($('[part~=message]')!.textContent).to.contain('permanently deleted');
      expect($('[part~=actions]')).to.equal(null);
      await waitUntil(() => el.shadowRoot!.activeElement === $('[part~=base]'), 'focus kept inside the control');
      await expect(el).to.be.accessible();
    });

    it('schedules the deletion with a grace period, shows the date, and can restore', async () => {
      const { el, $, uuid, org, buttonTexts } = await setup((k) => k.acme);
      const name = org().name;
      $('[part~=delete-button]')!.click();
      const until = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(Date.now() + 30 * 86_400_000));
      expect($('#delete-consequence')!.textContent).to.contain(`can be restored until ${until}`);
      expect($('#delete-consequence')!.textContent).to.contain('cannot be undone');
      type($<HTMLInputElement>('#confirm-name')!, name);
      await el.updateComplete;
      const changed = oneEvent(el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
      const deleted = oneEvent(el, 'sh-deleted') as Promise<ShDeletedEvent>;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      const [c, d] = await Promise.all([changed, deleted]);
      expect([c.from, c.to]).to.deep.equal(['ACTIVE', 'PENDING_DELETION']);
      expect([d.uuid, d.purged, d.organization?.status]).to.deep.equal([uuid, false, 'PENDING_DELETION']);
      expect(org().status).to.equal('PENDING_DELETION');
      await el.updateComplete;
      expect(buttonTexts()).to.deep.equal(['Restore']);
      expect($('.warning-box')!.textContent).to.contain('Scheduled for permanent deletion');
      const restored = oneEvent(el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
      $('[part~=restore-button]')!.click();
      expect((await restored).to).to.equal('ACTIVE');
      expect(org().status).to.equal('ACTIVE');
    });

    it('sends nothing when the host vetoes sh-before-delete', async () => {
      const { el, $, org, mutations } = await setup((k) => k.acme, { deletionGraceDays: 0 });
      el.addEventListener('sh-before-delete', (e) => e.preventDefault());
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, org().name);
      await el.updateComplete;
      const before = oneEvent(el, 'sh-before-delete') as Promise<ShBeforeDeleteEvent>;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      expect((await before).immediate).to.equal(true);
      await el.updateComplete;
      expect(mutations()).to.have.length(0);
      expect(org()).to.not.equal(undefined);
      expect($<HTMLDialogElement>('#delete-dialog')!.open).to.equal(true);
    });

    it('sends one deletion on a double click', async () => {
      const { el, $, org, mutations, backend } = await setup((k) => k.acme);
      backend.faults.setLatency(80);
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, org().name);
      await el.updateComplete;
      const deleted = oneEvent(el, 'sh-deleted');
      const submit = $<HTMLButtonElement>('#delete-dialog button[type=submit]')!;
      submit.click();
      submit.click();
      await deleted;
      expect(mutations()).to.have.length(1);
    });

    it('explains that child organizations must go first, and keeps the typed name', async () => {
      const { el, $, org } = await setup((k) => k.reseller);
      const name = org().name;
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, name);
      await el.updateComplete;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('child organizations'), 'children explained');
      expect($<HTMLInputElement>('#confirm-name')!.value).to.equal(name);
      expect(org().status).to.equal('ACTIVE');
      await expect(el).to.be.accessible();
    });

    it('explains a confirmation mismatch in plain words', async () => {
      const { el, $, backend, uuid, org } = await setup((k) => k.acme, { deletionGraceDays: 0 });
      const name = org().name;
      // Renamed behind the element's back at the same version, so only the name check can fail.
      backend.db.update({ ...backend.db.get(uuid)!, name: 'Renamed Pte Ltd' });
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, name);
      await el.updateComplete;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('does not match'), 'mismatch explained');
      expect(org()).to.not.equal(undefined);
    });

    it('explains a forbidden answer in plain words', async () => {
      const { el, $, backend, org } = await setup((k) => k.acme, { deletionGraceDays: 0 });
      backend.faults.next(1, { status: 403 });
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, org().name);
      await el.updateComplete;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('do not have permission'), 'forbidden explained');
    });

    it('explains a timeout in plain words and keeps the dialog', async () => {
      const t = createTestBackend({ deletionGraceDays: 0 }, { timeout: 300 });
      const uuid = t.backend.known.acme;
      const el = await fixtureWithClient<ShStatusControl>(
        html`<sh-status-control organization-id=${uuid}></sh-status-control>`,
        t.client,
      );
      const $ = <E extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<E>(s);
      await waitUntil(() => $('[part~=delete-button]'), 'loaded');
      t.backend.faults.next(1, 'hang');
      $('[part~=delete-button]')!.click();
      type($<HTMLInputElement>('#confirm-name')!, t.backend.db.get(uuid)!.name);
      await el.updateComplete;
      $<HTMLButtonElement>('#delete-dialog button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes("couldn't confirm"), 'unknown outcome of the timeout explained');
      expect($<HTMLDialogElement>('#delete-dialog')!.open).to.equal(true);
    });
  });

  it('drops its own heading and frame when embedded, and keeps its name', async () => {
    const { client, backend } = createTestBackend({ organizations: 30 });
    const el = await fixtureWithClient<ShStatusControl>(
      html`<sh-status-control embedded organization-id=${backend.known.acme}></sh-status-control>`,
      client,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=actions]'), 'loaded');
    expect(el.shadowRoot!.querySelector('[part~=title]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('aria-label')).to.equal(
      'Organization Status Control',
    );
    await expect(el).to.be.accessible();
  });

  it('fires no event when the organization is changed programmatically', async () => {
    const { el, backend } = await setup((k) => k.acme);
    const fired: string[] = [];
    for (const name of ['sh-status-changed', 'sh-deleted', 'sh-before-suspend', 'sh-before-delete']) {
      el.addEventListener(name, () => fired.push(name));
    }
    el.organizationId = backend.known.suspended;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=activate-button]'), 'shows the other organization');
    expect(fired).to.deep.equal([]);
  });
});
