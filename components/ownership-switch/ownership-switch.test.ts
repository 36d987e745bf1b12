import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import { html } from '@open-wc/testing';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
import {
  root,
  $,
  text,
  changes,
  memberLists,
  render,
  setup,
  type,
  click,
  press,
  bodyOf,
  type El,
} from './ownership-switch.test-helpers.js';

describe('sh-ownership-switch', () => {
  it('shows the current Managed by and an “Edit Managed by” button', async () => {
    const { el } = await setup((k) => k.spManaged);
    expect(text(el, '[part=value]')).to.equal('Service Provider');
    const edit = $<HTMLButtonElement>(el, '[part=edit-button]');
    expect(edit.getAttribute('aria-label')).to.equal('Edit Managed by');
    expect(edit.disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('embedded in a row that already names Managed by and the owner, keeps its label for screen readers only', async () => {
    const { el } = await setup((k) => k.acme);
    expect($(el, '[part=owner]')).to.exist;
    el.embedded = true;
    await el.updateComplete;
    expect($(el, '[part=owner]')).to.equal(null);
    const label = $(el, '#managed-by-label')!;
    expect(label.classList.contains('visually-hidden')).to.be.true;
    expect(label.getBoundingClientRect().width).to.be.at.most(1);
    expect(text(el, '[part=value]')).to.equal('Customer');
    await expect(el).to.be.accessible();
  });

  it('is disabled with the reason for a caller without organizations:ownership', async () => {
    const { el } = await setup((k) => k.spManaged, DEMO_TOKENS.readOnly);
    expect($<HTMLButtonElement>(el, '[part=edit-button]').disabled).to.be.true;
    expect(text(el, '[part=reason]')).to.contain('do not have permission');
    expect($(el, '[part=edit-button]').getAttribute('aria-describedby')).to.equal('reason');
    await expect(el).to.be.accessible();
  });

  it('is disabled with the reason for the caller’s own organization', async () => {
    const { el } = await setup((k) => k.root);
    expect($<HTMLButtonElement>(el, '[part=edit-button]').disabled).to.be.true;
    expect(text(el, '[part=reason]')).to.contain('your own organization');
  });

  it('is disabled with the reason while the organization is pending deletion', async () => {
    const { el } = await setup((k) => k.pendingDeletion!);
    expect($<HTMLButtonElement>(el, '[part=edit-button]').disabled).to.be.true;
    expect(text(el, '[part=reason]')).to.contain('pending deletion');
  });

  it('switches Service Provider → Customer with a new owner not in the organization, after a confirmation', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await click(el, '[part=edit-button]');
    expect(text(el, 'legend')).to.equal('New owner');
    expect(root(el).textContent)
      .to.contain('New Owner Not in the Organization')
      .and.contain('New Owner Already in the Organization');
    expect($<HTMLInputElement>(el, '#approval').checked, 'approval on by default').to.be.true;
    expect(root(el).activeElement?.id).to.equal('edit-title');
    await expect(el).to.be.accessible();
    await type(el, '#first-name', 'Mei');
    await type(el, '#last-name', 'Lim');
    await type(el, '#email', 'mei.lim@kallang.example');
    await type(el, '#mobile', '+65 8123 4567');
    await press(el, 'Continue');
    const summary = text(el, '[part=summary]');
    expect(summary).to.contain('Service Provider → Customer');
    expect(summary).to.contain('Mei Lim (mei.lim@kallang.example), invited as the owner');
    expect(summary).to.match(/Require approval for remote support\s*Yes/);
    expect(changes(requests), 'nothing sent before Confirm').to.have.length(0);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'sh-ownership-changed') as Promise<ShOwnershipChangedEvent>;
    await press(el, 'Confirm');
    const event = await changed;
    expect(event.from).to.equal('SERVICE_PROVIDER');
    expect(event.to).to.equal('CUSTOMER');
    expect(event.organization.managedBy).to.equal('CUSTOMER');
    const sent = changes(requests);
    expect(sent).to.have.length(1);
    expect(await bodyOf(sent[0]!)).to.deep.equal({
      to: 'CUSTOMER',
      newOwner: {
        kind: 'NEW_PERSON',
        firstName: 'Mei',
        lastName: 'Lim',
        email: 'mei.lim@kallang.example',
        mobileNumber: '+6581234567',
      },
      requireRemoteSupportApproval: true,
    });
    expect(sent[0]!.headers.get('If-Match')).to.match(/^"\d+"$/);
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('Customer');
    expect(text(el, '[part=status]')).to.equal('Managed by is now Customer.');
    expect(
      (backend.db as unknown as { get(u: string): { managedBy: string } }).get(backend.known.spManaged).managedBy,
    ).to.equal('CUSTOMER');
    await expect(el).to.be.accessible();
  });

  it('picks the new owner from the existing members through a server-side search', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await click(el, '[part=edit-button]');
    await click(el, '#mode-EXISTING_MEMBER');
    await waitUntil(() => memberLists(requests).length === 1 && text(el, '#member-count') !== '', 'first page');
    const input = $<HTMLInputElement>(el, '#member');
    input.value = 'chua';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => memberLists(requests).length === 2, 'searched');
    await waitUntil(
      () => root(el).querySelector('#member-opt-0 .hint')?.textContent === 'huimin.chua@kallangclinics.com.sg',
      'result shown',
    );
    const url = new URL(memberLists(requests)[1]!.url);
    expect(url.searchParams.get('q')).to.equal('chua');
    expect(Number(url.searchParams.get('limit'))).to.be.at.most(20);
    await expect(el).to.be.accessible();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(input.value).to.contain('Hui Min Chua');
    await click(el, '#approval');
    await press(el, 'Continue');
    expect(text(el, '[part=summary]')).to.contain(
      'Hui Min Chua (huimin.chua@kallangclinics.com.sg), an existing member',
    );
    expect(text(el, '[part=summary]')).to.match(/remote support\s*No/);
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched');
    expect(await bodyOf(changes(requests)[0]!)).to.deep.equal({
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.spManagedAdmin },
      requireRemoteSupportApproval: false,
    });
  });

  it('stays fast with 10 000 members: debounced, paginated search that never loads them all', async function () {
    this.timeout(20000);
    const { client, backend, requests } = createTestBackend();
    const big = await client.organizations.get(backend.known.bigOrg);
    await client.organizations.changeOwnership(big, { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' });
    const el = await render(client, backend.known.bigOrg);
    await click(el, '[part=edit-button]');
    await click(el, '#mode-EXISTING_MEMBER');
    await waitUntil(() => root(el).querySelector('#member-count')?.textContent?.includes('20+'), 'first page of 20');
    const before = memberLists(requests).length;
    const input = $<HTMLInputElement>(el, '#member');
    // Three keystrokes within the debounce, however loaded the machine: the delay is widened so that key presses
    // spaced by a busy runner still fall inside it (the debounce itself is what is under test, not the machine).
    (el as unknown as { memberSearch: { options: { debounce: number } } }).memberSearch.options.debounce = 2000;
    input.focus();
    await sendKeys({ type: 'tan' });
    await waitUntil(
      () => memberLists(requests).length > before && !$(el, '#member-list [aria-disabled=true]'),
      'search answered',
      { timeout: 5000 },
    );
    expect(memberLists(requests).length - before, 'one request for three keystrokes').to.equal(1);
    const search = new URL(memberLists(requests).at(-1)!.url);
    expect(search.searchParams.get('q')).to.equal('tan');
    const shown = root(el).querySelectorAll('#member-list [role=option]:not(.more):not(.note)').length;
    expect(shown).to.be.at.most(20);
    const more = $(el, '#member-list .more');
    expect(more, 'a load-more row').to.exist;
    // End gives visual focus to the text; then ↓ walks the options down to the load-more row after them.
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input.hasAttribute('aria-activedescendant'), 'visual focus on the text').to.be.false;
    for (let i = 0; i <= shown; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(more.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => root(el).querySelectorAll('#member-list [role=option]:not(.more):not(.note)').length > shown,
      'next page appended',
    );
    const next = new URL(memberLists(requests).at(-1)!.url);
    expect(next.searchParams.get('cursor')).to.be.a('string');
    expect(next.searchParams.get('q')).to.equal('tan');
    expect(memberLists(requests).every((r) => Number(new URL(r.url).searchParams.get('limit')) <= 20)).to.be.true;
    expect(memberLists(requests).length).to.be.below(6);
  });

  it('switches Customer → Service Provider once the former owner’s new role is chosen, with the seed’s note', async () => {
    const { el, requests } = await setup((k) => k.acme);
    await click(el, '[part=edit-button]');
    expect(root(el).textContent).to.contain('The new organization owner defaults to the Admin Organization.');
    await press(el, 'Continue');
    expect(text(el, '#former-role-error')).to.contain('new role');
    expect(changes(requests)).to.have.length(0);
    await expect(el).to.be.accessible();
    await click(el, '#former-role-MEMBER');
    expect($(el, '#former-role-error')).to.equal(null);
    await press(el, 'Continue');
    expect(text(el, '[part=summary]')).to.contain('Customer → Service Provider');
    expect(text(el, '[part=summary]')).to.match(/new role\s*Member/);
    const changed = oneEvent(el, 'sh-ownership-changed') as Promise<ShOwnershipChangedEvent>;
    await press(el, 'Confirm');
    const event = await changed;
    expect([event.from, event.to]).to.deep.equal(['CUSTOMER', 'SERVICE_PROVIDER']);
    expect(event.organization.owner.type).to.equal('ADMIN_ORGANIZATION');
    expect(await bodyOf(changes(requests)[0]!)).to.deep.equal({ to: 'SERVICE_PROVIDER', formerOwnerRole: 'MEMBER' });
  });

  it('requires the new owner’s details before the confirmation', async () => {
    const { el, requests } = await setup((k) => k.spManaged);
    await click(el, '[part=edit-button]');
    await press(el, 'Continue');
    expect(text(el, '#email-error')).to.equal('This field is required.');
    expect(root(el).activeElement?.getAttribute('aria-invalid')).to.equal('true');
    expect(changes(requests)).to.have.length(0);
  });

  it('can be used with the keyboard alone', async function () {
    this.timeout(30000);
    const { el, requests } = await setup((k) => k.acme);
    $(el, '[part=edit-button]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#former-role').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Continue');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=summary]'), 'confirmation step');
    expect(root(el).activeElement?.id).to.equal('confirm-title');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('confirm-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el, '[part=value]') === 'Service Provider', 'switched');
    expect(changes(requests)).to.have.length(1);
    expect(root(el).activeElement?.getAttribute('part')).to.equal('edit-button');
  });

  it('fires no event when its organization is changed programmatically', async () => {
    const { el, backend } = await setup((k) => k.spManaged);
    let fired = 0;
    el.addEventListener('sh-ownership-changed', () => fired++);
    el.organizationId = backend.known.acme;
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'other organization shown');
    await el.reload();
    expect(fired).to.equal(0);
  });
  it('is accessible while loading and explains an organization that cannot be loaded', async () => {
    const { backend, client } = createTestBackend();
    backend.faults.setLatency(200);
    const el = await fixtureWithClient<El>(
      html`<sh-ownership-switch organization-id=${backend.known.spManaged}></sh-ownership-switch>`,
      client,
    );
    expect(text(el, '[role=status]')).to.contain('Loading');
    await expect(el).to.be.accessible();
    el.organizationId = '00000000-0000-4000-8000-000000000000';
    await waitUntil(() => text(el, '[part=banner]').includes('not found'), 'not found shown', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });
});
