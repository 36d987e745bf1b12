// Trying a status change again after a lost answer: the first attempt was applied, the retry (based on the old
// version) conflicts with it, and the widget reports the change done instead of a conflict with oneself.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LostAnswer } from '../../mocks/index.js';
import type { Organization } from '../../sdk/index.js';
import { createTestBackend, fixtureWithClient, type TestBackend } from '../../test/fixtures.js';
import type { ShDeletedEvent } from '../events/deleted-event.js';
import type { ShStatusChangedEvent } from '../events/status-changed-event.js';
import './status-control.js';
import type { ShStatusControl } from './status-control.js';

/** The client gives up on an attempt after 300 ms, so a hang ends as a timeout quickly. */
async function setup(pick: (known: TestBackend['backend']['known']) => string) {
  const t = createTestBackend({ organizations: 30 }, { timeout: 300 });
  const uuid = pick(t.backend.known);
  const el = await fixtureWithClient<ShStatusControl>(
    html`<sh-status-control organization-id=${uuid}></sh-status-control>`,
    t.client,
  );
  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  await waitUntil(() => $('[part~=actions]'), 'status control loaded');
  const org = (): Organization => t.backend.db.get(uuid)!;
  const mutations = () => t.requests.filter((r) => r.method !== 'GET');
  return { ...t, el, $, org, mutations };
}

const errorIn = (el: ShStatusControl, inDialog: boolean) =>
  el
    .shadowRoot!.querySelector(inDialog ? 'dialog[open] [part~=error]' : '[part=base] > [part~=error]')
    ?.textContent?.trim() ?? '';

async function suspendDialog(
  t: Awaited<ReturnType<typeof setup>>,
  reason: string,
  note: string,
): Promise<HTMLButtonElement> {
  t.$('[part~=suspend-button]')!.click();
  const select = t.$<HTMLSelectElement>('#reason')!;
  select.value = reason;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  const textarea = t.$<HTMLTextAreaElement>('#note')!;
  textarea.value = note;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await t.el.updateComplete;
  return t.$<HTMLButtonElement>('#suspend-dialog button[type=submit]')!;
}

describe('sh-status-control: trying again after a lost answer', function () {
  this.timeout(20_000);

  for (const lose of ['network', 504, 'hang'] as LostAnswer[]) {
    it(`suspend: the retry reports it suspended, not a conflict (${lose})`, async () => {
      const t = await setup((k) => k.acme);
      const version = t.org().version;
      const submit = await suspendDialog(t, 'CUSTOMER_REQUEST', 'Asked on the phone.');
      t.backend.faults.next(1, { lose });
      submit.click();
      // The lost answer ends (a hang at the client's timeout): the dialog stays, with what was chosen and typed.
      await waitUntil(() => errorIn(t.el, true) !== '', 'failure explained in the dialog');
      expect(t.org().status, 'the lost suspend was applied').to.equal('SUSPENDED');
      expect(t.$<HTMLTextAreaElement>('#note')!.value).to.equal('Asked on the phone.');
      await expect(t.el).to.be.accessible();

      const changed = oneEvent(t.el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
      submit.click();
      const event = await changed;
      expect([event.from, event.to]).to.deep.equal(['ACTIVE', 'SUSPENDED']);
      await t.el.updateComplete;
      expect(t.$<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(false);
      expect(t.$('[part~=message]')!.textContent).to.contain('is suspended');
      expect(errorIn(t.el, false)).to.equal('');
      expect(t.mutations()).to.have.length(2);
      expect(t.org().version, 'applied once').to.equal(version + 1);
      await expect(t.el).to.be.accessible();
    });
  }

  it('activate: pressing it again reports it active', async () => {
    const t = await setup((k) => k.suspended);
    t.backend.faults.next(1, { lose: 502 });
    t.$('[part~=activate-button]')!.click();
    await waitUntil(() => errorIn(t.el, false) !== '', 'failure explained');
    expect(t.org().status).to.equal('ACTIVE');
    const changed = oneEvent(t.el, 'sh-status-changed') as Promise<ShStatusChangedEvent>;
    t.$('[part~=activate-button]')!.click();
    expect((await changed).to).to.equal('ACTIVE');
    await t.el.updateComplete;
    expect(t.$('[part~=message]')!.textContent).to.contain('is active again');
    expect(errorIn(t.el, false)).to.equal('');
  });

  it('delete: the retry reports it scheduled for deletion', async () => {
    const t = await setup((k) => k.acme);
    const name = t.org().name;
    t.$('[part~=delete-button]')!.click();
    const input = t.$<HTMLInputElement>('#confirm-name')!;
    input.value = name;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await t.el.updateComplete;
    t.backend.faults.next(1, { lose: 'network' });
    const submit = t.$<HTMLButtonElement>('#delete-dialog button[type=submit]')!;
    submit.click();
    await waitUntil(() => errorIn(t.el, true) !== '', 'failure explained in the dialog');
    expect(t.org().status).to.equal('PENDING_DELETION');
    const deleted = oneEvent(t.el, 'sh-deleted') as Promise<ShDeletedEvent>;
    submit.click();
    expect((await deleted).organization?.status).to.equal('PENDING_DELETION');
    await t.el.updateComplete;
    expect(t.$('[part~=message]')!.textContent).to.contain('scheduled for deletion');
  });

  it('delete: the retry reports it scheduled when the copy was re-read first (the retry meets the new status, not a version conflict)', async () => {
    const t = await setup((k) => k.acme);
    const name = t.org().name;
    t.$('[part~=delete-button]')!.click();
    const input = t.$<HTMLInputElement>('#confirm-name')!;
    input.value = name;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await t.el.updateComplete;
    t.backend.faults.next(1, { lose: 'network' });
    const submit = t.$<HTMLButtonElement>('#delete-dialog button[type=submit]')!;
    submit.click();
    await waitUntil(() => errorIn(t.el, true) !== '', 'failure explained in the dialog');
    // Another widget of the page reads the organization: the copy now has the applied deletion's version.
    await t.el.reload();
    expect(t.$<HTMLDialogElement>('#delete-dialog')!.open, 'the dialog stays').to.equal(true);
    const deleted = oneEvent(t.el, 'sh-deleted') as Promise<ShDeletedEvent>;
    submit.click();
    expect((await deleted).organization?.status).to.equal('PENDING_DELETION');
    await t.el.updateComplete;
    expect(t.$<HTMLDialogElement>('#delete-dialog')!.open).to.equal(false);
    expect(t.$('[part~=message]')!.textContent).to.contain('scheduled for deletion');
    expect(t.mutations()).to.have.length(2);
  });

  it('a real difference is still a conflict: another admin suspended it for another reason', async () => {
    const t = await setup((k) => k.acme);
    const submit = await suspendDialog(t, 'CUSTOMER_REQUEST', '');
    t.backend.faults.next(1, { status: 503 });
    submit.click();
    await waitUntil(() => errorIn(t.el, true) !== '', 'failure explained in the dialog');
    const current = t.org();
    t.backend.db.update({
      ...current,
      status: 'SUSPENDED',
      statusReason: 'FRAUD_OR_ABUSE',
      statusNote: null,
      version: current.version + 1,
    });
    submit.click();
    await waitUntil(() => errorIn(t.el, true).includes('changed'), 'conflict explained');
    expect(t.$<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(true);
    await expect(t.el).to.be.accessible();
  });
});
