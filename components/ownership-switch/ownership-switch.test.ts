import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockBackend } from '../../mocks/index.js';
import { createClient, PROBLEM_CATALOGUE, type ProblemSlug, type SalesHubClient } from '../../sdk/index.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
import type { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import './ownership-switch.js';
import type { ShOwnershipSwitch } from './ownership-switch.js';

type El = ShOwnershipSwitch;

const root = (el: El) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: El, selector: string) => root(el).querySelector(selector) as T;
const text = (el: El, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const changes = (requests: Request[]) => requests.filter((r) => r.method === 'POST' && r.url.endsWith('/ownership-change'));
const memberLists = (requests: Request[]) => requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/members'));

async function render(client: SalesHubClient, uuid: string): Promise<El> {
  const el = await fixtureWithClient<El>(html`<sh-ownership-switch organization-id=${uuid}></sh-ownership-switch>`, client);
  await waitUntil(() => $(el, '[part=value]') || $(el, '[role=alert] .banner, .banner'), 'organization loaded');
  // The session (permissions) arrives separately from the organization.
  await waitUntil(() => $(el, '[part=edit-button]')?.hasAttribute('disabled') === false || $(el, '[part=reason]'), 'session loaded');
  return el;
}

async function setup(pick: (known: ReturnType<typeof createMockBackend>['known']) => string, token?: string) {
  const tb = createTestBackend({}, token ? { token } : {});
  const el = await render(tb.client, pick(tb.backend.known));
  return { ...tb, el };
}

/** A client whose first ownership change gets the given problem; everything else goes to a fresh mock. */
function withProblem(slug: ProblemSlug) {
  const backend = createMockBackend();
  const requests: Request[] = [];
  let armed = true;
  const client = createClient({
    baseUrl: backend.baseUrl,
    token: DEMO_TOKENS.admin,
    retry: 0,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      if (armed && request.method === 'POST') {
        armed = false;
        const { status, title } = PROBLEM_CATALOGUE[slug];
        const body = { type: `https://errors.sales-hub.example/${slug}`, title, status, detail: 'Injected.', instance: new URL(request.url).pathname, requestId: 'test', errors: [] };
        return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
      }
      return backend.fetch(request);
    },
  });
  return { backend, client, requests };
}

async function type(el: El, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function click(el: El, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

const button = (el: El, label: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label) as HTMLButtonElement;

async function press(el: El, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

async function newPersonToConfirm(el: El, email = 'mei.lim@kallang.example'): Promise<void> {
  await click(el, '[part=edit-button]');
  await type(el, '#first-name', 'Mei');
  await type(el, '#last-name', 'Lim');
  await type(el, '#email', email);
  await press(el, 'Continue');
}

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  return (await request.clone().json()) as Record<string, unknown>;
}

describe('sh-ownership-switch', () => {
  it('shows the current Managed by and an “Edit Managed by” button', async () => {
    const { el } = await setup((k) => k.spManaged);
    expect(text(el, '[part=value]')).to.equal('Service Provider');
    const edit = $<HTMLButtonElement>(el, '[part=edit-button]');
    expect(edit.getAttribute('aria-label')).to.equal('Edit Managed by');
    expect(edit.disabled).to.be.false;
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
    expect(root(el).textContent).to.contain('New Owner Not in the Organization').and.contain('New Owner Already in the Organization');
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
      newOwner: { kind: 'NEW_PERSON', firstName: 'Mei', lastName: 'Lim', email: 'mei.lim@kallang.example', mobileNumber: '+6581234567' },
      requireRemoteSupportApproval: true,
    });
    expect(sent[0]!.headers.get('If-Match')).to.match(/^"\d+"$/);
    await el.updateComplete;
    expect(text(el, '[part=value]')).to.equal('Customer');
    expect(text(el, '[part=status]')).to.equal('Managed by is now Customer.');
    expect((backend.db as unknown as { get(u: string): { managedBy: string } }).get(backend.known.spManaged).managedBy).to.equal('CUSTOMER');
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
    await waitUntil(() => root(el).querySelector('#member-opt-0 .hint')?.textContent === 'huimin.chua@kallangclinics.com.sg', 'result shown');
    const url = new URL(memberLists(requests)[1]!.url);
    expect(url.searchParams.get('q')).to.equal('chua');
    expect(Number(url.searchParams.get('limit'))).to.be.at.most(20);
    await expect(el).to.be.accessible();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await el.updateComplete;
    expect(input.value).to.contain('Hui Min Chua');
    await click(el, '#approval');
    await press(el, 'Continue');
    expect(text(el, '[part=summary]')).to.contain('Hui Min Chua (huimin.chua@kallangclinics.com.sg), an existing member');
    expect(text(el, '[part=summary]')).to.match(/remote support\s*No/);
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched');
    expect(await bodyOf(changes(requests)[0]!)).to.deep.equal({
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.spManagedAdmin },
      requireRemoteSupportApproval: false,
    });
  });

  it('stays fast with 10 000 members: debounced, paginated search that never loads them all', async () => {
    const { client, backend, requests } = createTestBackend();
    const big = await client.organizations.get(backend.known.bigOrg);
    await client.organizations.changeOwnership(big, { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' });
    const el = await render(client, backend.known.bigOrg);
    await click(el, '[part=edit-button]');
    await click(el, '#mode-EXISTING_MEMBER');
    await waitUntil(() => root(el).querySelector('#member-count')?.textContent?.includes('20+'), 'first page of 20');
    const before = memberLists(requests).length;
    const input = $<HTMLInputElement>(el, '#member');
    input.focus();
    await sendKeys({ type: 'tan' });
    await waitUntil(() => memberLists(requests).length > before && !$(el, '#member-list [aria-disabled=true]'), 'search answered');
    expect(memberLists(requests).length - before, 'one request for three keystrokes').to.equal(1);
    const search = new URL(memberLists(requests).at(-1)!.url);
    expect(search.searchParams.get('q')).to.equal('tan');
    const shown = root(el).querySelectorAll('#member-list [role=option]:not(.more):not(.note)').length;
    expect(shown).to.be.at.most(20);
    const more = $(el, '#member-list .more');
    expect(more, 'a load-more row').to.exist;
    await sendKeys({ press: 'End' });
    for (let i = 0; i < shown; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(more.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelectorAll('#member-list [role=option]:not(.more):not(.note)').length > shown, 'next page appended');
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

  it('on a conflict reloads the organization and lets the person confirm again with the same choices and key', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el);
    (backend.db as unknown as { bumpVersion(uuid: string): void }).bumpVersion(backend.known.spManaged);
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=banner]'), 'conflict shown');
    expect(text(el, '[part=banner]')).to.contain('changed this organization');
    expect(text(el, '[part=summary]'), 'choices kept').to.contain('Mei Lim');
    await expect(el).to.be.accessible();
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched after the reload');
    const [first, second] = changes(requests);
    expect(first!.headers.get('If-Match')).to.not.equal(second!.headers.get('If-Match'));
    expect(first!.headers.get('Idempotency-Key')).to.equal(second!.headers.get('Idempotency-Key'));
  });

  it('keeps the choices after a dropped connection and retries with the same idempotency key, changing once', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el);
    backend.faults.next(1, 'network');
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=banner]'), 'failure shown');
    expect(text(el, '[part=banner]')).to.contain('could not be reached');
    expect(text(el, '[part=summary]')).to.contain('Mei Lim');
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched');
    const [a, b] = changes(requests);
    expect(a!.headers.get('Idempotency-Key')).to.equal(b!.headers.get('Idempotency-Key'));
  });

  it('uses a new idempotency key when the person goes back and changes the choices', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el);
    backend.faults.next(1, { status: 503 });
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=banner]'), 'failure shown');
    await press(el, 'Back');
    expect($<HTMLInputElement>(el, '#email').value, 'choices kept').to.equal('mei.lim@kallang.example');
    await type(el, '#email', 'mei@kallang.example');
    await press(el, 'Continue');
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched');
    const [a, b] = changes(requests);
    expect(a!.headers.get('Idempotency-Key')).to.not.equal(b!.headers.get('Idempotency-Key'));
  });

  it('ignores a second Confirm while the first is pending', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el);
    backend.faults.setLatency(150);
    await press(el, 'Confirm');
    $(el, '[part=confirm-button]').click();
    $(el, '[part=confirm-button]').click();
    await waitUntil(() => text(el, '[part=value]') === 'Customer', 'switched');
    expect(changes(requests)).to.have.length(1);
  });

  it('explains member-not-eligible at the owner field and keeps the details', async () => {
    const { el, requests } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el, 'huimin.chua@kallangclinics.com.sg');
    await press(el, 'Confirm');
    await waitUntil(() => text(el, '[part=banner]'), 'problem shown');
    expect(text(el, '[part=banner]')).to.contain('cannot become the owner');
    expect(text(el, '#email-error')).to.contain('cannot become the owner');
    expect($<HTMLInputElement>(el, '#first-name').value).to.equal('Mei');
    expect(changes(requests)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  const problems: [ProblemSlug, string, RegExp][] = [
    ['owner-required', 'spManaged', /Choose the new owner/],
    ['former-owner-role-required', 'acme', /Admin or Member/],
    ['ownership-unchanged', 'spManaged', /already managed this way/],
    ['forbidden', 'spManaged', /not allowed to change who manages/],
    ['invalid-state-transition', 'spManaged', /pending deletion/],
    ['validation', 'spManaged', /Organization is invalid\./],
    ['not-found', 'spManaged', /no longer exists/],
    ['precondition-required', 'spManaged', /If-Match header is required/],
    ['idempotency-key-reused', 'spManaged', /Idempotency-Key was used/],
  ];
  for (const [slug, which, message] of problems) {
    it(`explains “${slug}” in plain words`, async () => {
      const { client, backend } = withProblem(slug);
      const el = await render(client, backend.known[which as 'acme']);
      await click(el, '[part=edit-button]');
      if (which === 'acme') await click(el, '#former-role');
      else {
        await type(el, '#first-name', 'Mei');
        await type(el, '#last-name', 'Lim');
        await type(el, '#email', 'mei.lim@kallang.example');
      }
      await press(el, 'Continue');
      await press(el, 'Confirm');
      await waitUntil(() => text(el, '[part=banner]'), 'problem shown');
      expect(text(el, '[part=banner]')).to.match(message);
    });
  }

  it('explains a real ownership-unchanged after someone else switched it', async () => {
    const { el, backend, client } = await setup((k) => k.spManaged);
    await newPersonToConfirm(el);
    const org = await client.organizations.get(backend.known.spManaged);
    await client.organizations.changeOwnership(org, { to: 'CUSTOMER', newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.spManagedAdmin } });
    await el.reload();
    expect(text(el, '[part=value]'), 'reload() shows the new value').to.equal('Customer');
  });

  it('can be used with the keyboard alone', async () => {
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
});
