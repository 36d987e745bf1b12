import { expect, html, waitUntil } from '@open-wc/testing';
import type { SalesHubClient } from '../../sdk/index.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
import { storeOf } from '../context/store.js';
import '../translations/fr.js';
import './organization-overview.js';
import {
  $,
  $$,
  loaded,
  text,
  fieldValue,
  writes,
  type Overview,
  nextError,
  nextSaved,
} from './organization-overview.test-helpers.js';
import '../translations/fr.js';

async function render(
  pick: (known: ReturnType<typeof createTestBackend>['backend']['known']) => string,
  token?: string,
) {
  const test = createTestBackend({}, token ? { token } : {});
  const el = await fixtureWithClient<Overview>(
    html`<sh-organization-overview organization-id=${pick(test.backend.known)}></sh-organization-overview>`,
    test.client,
  );
  return { ...test, el };
}

describe('sh-organization-overview: viewing', function () {
  // Each test drives a whole edit-save round trip (and axe) in a real browser: allow for a busy CI machine.
  this.timeout(20_000);
  it('shows a loading state, then the organization', async () => {
    const test = createTestBackend();
    test.backend.faults.setLatency(300);
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview>`,
      test.client,
    );
    expect(text($(el, '[role=status]'))).to.equal('Loading the organization…');
    expect($(el, '[part=base]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    await loaded(el);
    expect(text($(el, '[part=name]'))).to.equal('Acme Pte Ltd');
    expect($(el, '[part=base]').getAttribute('aria-busy')).to.equal('false');
  });

  it('shows every detail field of the seed, localized', async () => {
    const { el, backend } = await render((k) => k.acme);
    await loaded(el);
    const acme = backend.known.acme;
    expect(text($(el, '[part=name]'))).to.equal('Acme Pte Ltd');
    expect(fieldValue(el, 'name')).to.equal('Acme Pte Ltd');
    expect(text($(el, '[part=status]'))).to.equal('Active');
    expect(fieldValue(el, 'account-type')).to.equal('Business User (Node)');
    expect(fieldValue(el, 'subscription-model')).to.match(/^(License|App)$/);
    expect(fieldValue(el, 'country')).to.equal('SG · Singapore');
    expect(fieldValue(el, 'currency')).to.equal('SGD · Singapore Dollar');
    expect($(el, '[part~=field-created-at] time').getAttribute('datetime')).to.equal('2024-11-02T03:15:00Z');
    expect(fieldValue(el, 'created-at')).to.contain('2024');
    expect(text($(el, '[part=uuid]'))).to.equal(acme);
    expect(text($(el, '[part=tenant-id]'))).to.equal('acme-sg');
    expect(fieldValue(el, 'tenant-id')).to.contain('Not editable');
    expect(fieldValue(el, 'tenant-id')).to.contain(
      'No updates, edits, or overrides allowed once Tenant ID has been created.',
    );
    expect(fieldValue(el, 'managed-by')).to.equal('Customer');
    expect(fieldValue(el, 'owner')).to.contain('Ada Tan').and.contain('ada.tan@acme.com.sg').and.contain('Active');
    expect(fieldValue(el, 'billing-name')).to.equal('Acme Pte Ltd');
    expect(fieldValue(el, 'billing-email')).to.equal('accounts@acme.com.sg');
    expect(fieldValue(el, 'billing-address')).to.equal('1 Raffles Place, #20-01, Singapore, 048616, SG · Singapore');
    expect(fieldValue(el, 'tax')).to.equal('M2-1234567-8');
    expect($$(el, '[part~=tag]').map(text)).to.deep.equal(['CustomerRef: CRM-00042', 'TypeRef: SME']);
    expect($(el, '[part=picture]').getAttribute('aria-label') ?? $(el, '[part=picture]').getAttribute('alt')).to.equal(
      'Profile picture of Acme Pte Ltd',
    );
    expect(text($(el, '.picture-actions'))).to.contain('Upload picture');
    expect(text($(el, '#picture-hint'))).to.contain('100×100 px');
    await expect(el).to.be.accessible();
  });

  it('shows the hierarchy role of a Supernode and the Admin Organization as owner', async () => {
    const { el } = await render((k) => k.reseller);
    await loaded(el);
    expect(fieldValue(el, 'account-type')).to.equal('CPaaS Telco (Supernode)');
    expect(fieldValue(el, 'managed-by')).to.equal('Service Provider');
    expect(fieldValue(el, 'owner')).to.contain('(Admin Organization)');
  });

  it('shows the reason of a suspension', async () => {
    const { el } = await render((k) => k.suspended);
    await loaded(el);
    expect(text($(el, '[part=status]'))).to.equal('Suspended');
    expect(text($(el, '[part~=field-status] .muted'))).to.equal(
      'Reason: Non-payment · Invoice INV-2025-0311 overdue by 45 days.',
    );
  });

  it('shows French words and names with lang="fr"', async () => {
    const test = createTestBackend();
    const host = await fixtureWithClient<HTMLDivElement>(
      html`<div lang="fr"><sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview></div>`,
      test.client,
    );
    const el = await loaded(host.querySelector('sh-organization-overview')!);
    expect(fieldValue(el, 'country')).to.equal('SG · Singapour');
    expect(text($(el, '#information-title'))).to.equal("Informations sur l'organisation");
  });

  it('copies the UUID and announces "Copied"', async () => {
    const { el, backend } = await render((k) => k.acme);
    await loaded(el);
    let copied = '';
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (copied = value) },
    });
    try {
      const button = $(el, '[part~=field-uuid] sh-copy-button').shadowRoot!.querySelector('button')!;
      expect(button.getAttribute('aria-label')).to.equal('Copy UUID');
      button.click();
      await waitUntil(
        () => text($(el, '[part~=field-uuid] sh-copy-button').shadowRoot!.querySelector('[role=status]')) === 'Copied',
        'Copied shown',
      );
      expect(copied).to.equal(backend.known.acme);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });

  it('shows a not-found message for an unknown organization', async () => {
    const { el } = await render(() => '00000000-0000-4000-8000-000000000000');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'alert rendered');
    expect(text($(el, '[role=alert]'))).to.contain('not found');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a retry that works', async () => {
    const test = createTestBackend();
    test.backend.faults.next(3, { status: 503 });
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview>`,
      test.client,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert] button'), 'error with retry');
    expect(text($(el, '[role=alert]'))).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
    $(el, '[role=alert] button').click();
    await loaded(el);
    expect(text($(el, '[part=name]'))).to.equal('Acme Pte Ltd');
  });
});

/**
 * Resolves once the overview has rendered with the caller's session (me + capabilities): the edit buttons, the
 * picture actions and the approval switch are decided then, so their absence can be asserted.
 */
async function sessionShown(el: Overview, client: SalesHubClient): Promise<void> {
  const session = await storeOf(client).session.load();
  expect(session?.me, 'the session was read').to.exist;
  await el.updateComplete;
}

describe('sh-organization-overview: permissions and states', function () {
  // Each test drives a whole edit-save round trip (and axe) in a real browser: allow for a busy CI machine.
  this.timeout(20_000);
  it('shows no edit icons, picture actions or switch to a read-only caller', async () => {
    const { el, client } = await render((k) => k.acme, DEMO_TOKENS.readOnly);
    await loaded(el, false);
    await sessionShown(el, client);
    expect($$(el, '[part=edit-button]')).to.have.length(0);
    expect($$(el, '[role=switch]')).to.have.length(0);
    expect($$(el, '.picture-actions')).to.have.length(0);
    expect(fieldValue(el, 'remote-support')).to.equal('On');
    await expect(el).to.be.accessible();
  });

  it('is read-only while PENDING_DELETION', async () => {
    const { el, client } = await render((k) => k.pendingDeletion!);
    await loaded(el, false);
    await sessionShown(el, client);
    expect(text($(el, '[part=status]'))).to.equal('Pending deletion');
    expect(text(el.shadowRoot!.querySelector('.banner.warning'))).to.contain('pending deletion');
    expect($$(el, '[part=edit-button]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('offers an edit icon per section that is reachable by keyboard, not only on hover', async () => {
    const { el } = await render((k) => k.acme);
    await loaded(el);
    const buttons = $$(el, '[part=edit-button]');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Edit Organization Information',
      'Edit Billing Information',
      'Edit Buyer Tags',
    ]);
    expect(getComputedStyle(buttons[1]!).opacity).to.equal('0');
    buttons[1]!.focus();
    await waitUntil(() => getComputedStyle(buttons[1]!).opacity === '1', 'visible on focus');
  });

  it('shows the approval switch only when Managed by is Customer, and saves it at once', async () => {
    const sp = await render((k) => k.spManaged);
    await loaded(sp.el);
    expect($$(sp.el, '[role=switch]')).to.have.length(0);
    expect(sp.el.shadowRoot!.textContent).not.to.contain('Require approval for remote support');

    const { el, requests } = await render((k) => k.acme);
    await loaded(el);
    const toggle = $(el, '[role=switch]');
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect(text($(el, '#approval-label'))).to.equal('Require approval for remote support');
    const saved = nextSaved(el);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-checked')).to.equal('false');
    const event = await saved;
    expect(event.section).to.equal('remote-support');
    expect(event.organization.remoteSupport.approvalRequired).to.equal(false);
    const put = writes(requests).at(-1)!;
    expect(put.method).to.equal('PUT');
    expect(new URL(put.url).pathname).to.match(/\/remote-support\/policy$/);
    expect(await put.json()).to.deep.equal({ approvalRequired: false });
    expect(put.headers.get('If-Match')).to.equal('"7"');
  });

  it('rolls the approval switch back and says why when the save fails', async () => {
    const { el, backend } = await render((k) => k.acme);
    await loaded(el);
    backend.faults.next(1, { status: 503 });
    const failed = nextError(el);
    $(el, '[role=switch]').click();
    const event = await failed;
    expect(event.section).to.equal('remote-support');
    await el.updateComplete;
    expect($(el, '[role=switch]').getAttribute('aria-checked')).to.equal('true');
    expect(text($(el, '#approval-error'))).to.contain('The setting was not changed.');
    await expect(el).to.be.accessible();
  });

  it('fires no event when organization-id is changed by code, and shows the new organization', async () => {
    const { el, backend } = await render((k) => k.acme);
    await loaded(el);
    let events = 0;
    el.addEventListener('sh-saved', () => events++);
    el.addEventListener('sh-error', () => events++);
    el.organizationId = backend.known.spManaged;
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part=name]')) === 'Kallang Clinics Pte Ltd', 'new org');
    expect(events).to.equal(0);
  });

  it('puts the slotted ownership switch next to Managed by, and the status control under its heading', async () => {
    const test = createTestBackend();
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${test.backend.known.acme}>
        <button slot="managed-by-action">Change</button>
        <div slot="status-control">controls</div>
      </sh-organization-overview>`,
      test.client,
    );
    await loaded(el);
    const slot = $<HTMLSlotElement>(el, '[part~=field-managed-by] slot[name=managed-by-action]');
    expect(slot.assignedElements()[0]?.textContent).to.equal('Change');
    // The slotted switch shows the value itself, so the overview's own text steps aside.
    await waitUntil(() => !el.shadowRoot!.querySelector('[part=managed-by]'), 'own value hidden');
    await waitUntil(() => !$(el, '[part~=section-status-control]').hidden, 'status control shown');
    expect(text($(el, '#status-control-title'))).to.equal('Organization Status Control');
  });
});
