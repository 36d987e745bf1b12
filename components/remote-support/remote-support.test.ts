import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient, type TestBackend } from '../../test/fixtures.js';
import { createClient, type SalesHubClient } from '../../sdk/index.js';
import type { ShSessionStartedEvent } from '../events/session-started-event.js';
import '../translations/fr.js';
import './remote-support.js';
import type { ShRemoteSupport } from './remote-support.js';

type Known = TestBackend['backend']['known'];

/** A client for another person on the same backend. */
function clientFor(t: TestBackend, token: string): SalesHubClient {
  return createClient({ baseUrl: t.backend.baseUrl, token, fetch: t.backend.fetch, retry: 0 });
}

async function render(t: TestBackend, uuid: string, client: SalesHubClient = t.client) {
  const el = await fixtureWithClient<ShRemoteSupport>(
    html`<sh-remote-support organization-id=${uuid} refresh-interval="0"></sh-remote-support>`,
    client,
  );
  const $ = <E extends Element = HTMLElement>(selector: string) => el.shadowRoot!.querySelector<E>(selector);
  await waitUntil(
    () => $('[part~=policy]') && ($('form') || $('[part~=start-button]') || $('[part~=request]') || $('p.muted')),
    'loaded',
  );
  return { el, $ };
}

async function setup(pick: (known: Known) => string, token?: string) {
  const t = createTestBackend({ organizations: 30 }, token ? { token } : {});
  const uuid = pick(t.backend.known);
  const view = await render(t, uuid);
  const posts = () => t.requests.filter((r) => r.method === 'POST');
  return { ...t, ...view, uuid, posts };
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Records the polling timers set in the page: intervals of `intervalMs`, and timeouts of a minute or more. */
function trackTimers(intervalMs: number) {
  const live = new Set<number>();
  const { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct } = window;
  const track = (id: number, tracked: boolean) => {
    if (tracked) live.add(id);
    return id;
  };
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) =>
    track(si(fn, ms, ...args), ms === intervalMs)) as typeof setInterval;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = st(() => {
      live.delete(id);
      if (typeof fn === 'function') fn(...args);
    }, ms);
    return track(id, (ms ?? 0) >= 60_000);
  }) as typeof setTimeout;
  window.clearInterval = ((id?: number) => {
    live.delete(id!);
    ci(id);
  }) as typeof clearInterval;
  window.clearTimeout = ((id?: number) => {
    live.delete(id!);
    ct(id);
  }) as typeof clearTimeout;
  return {
    live: () => live.size,
    restore: () => Object.assign(window, { setInterval: si, clearInterval: ci, setTimeout: st, clearTimeout: ct }),
  };
}

const text = (el: ShRemoteSupport, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorText = (el: ShRemoteSupport) => text(el, '[part~=error]');

async function requestAccess(el: ShRemoteSupport, reason: string, minutes?: string) {
  const $ = <E extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<E>(s);
  type($<HTMLTextAreaElement>('#reason')!, reason);
  if (minutes) {
    $<HTMLInputElement>(`input[name=request-duration][value="${minutes}"]`)!.click();
  }
  await el.updateComplete;
  $<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
}

describe('sh-remote-support', () => {
  describe('when approval is required', () => {
    it('offers a request form with durations within the domain limits, the default chosen', async () => {
      const { el, client } = await setup((k) => k.acme);
      const { remoteSupport } = await client.capabilities();
      const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=request-duration]')];
      const minutes = radios
        .map((r) => r.value)
        .filter((v) => v !== 'custom')
        .map(Number);
      expect(minutes.every((m) => m >= 15 && m <= remoteSupport.maxGrantMinutes)).to.equal(true);
      expect(minutes).to.include(remoteSupport.defaultGrantMinutes);
      expect(radios.find((r) => r.checked)!.value).to.equal(String(remoteSupport.defaultGrantMinutes));
      expect(radios.at(-1)!.value).to.equal('custom');
      expect(text(el, '[part~=policy]')).to.contain('approval is required');
      await expect(el).to.be.accessible();
    });

    it('requests access with a reason and a duration, then shows it pending', async () => {
      const { el, $, posts, uuid } = await setup((k) => k.acme);
      await requestAccess(el, 'Customer cannot route calls', '240');
      await waitUntil(() => $('[part~=request] [part~=state]'), 'pending request shown');
      expect(text(el, '[part~=state]')).to.equal('Pending approval');
      expect(text(el, '[part~=request]')).to.contain('Customer cannot route calls');
      expect(text(el, '[part~=request]')).to.contain('4 hours');
      const [request] = posts();
      expect(new URL(request!.url).pathname).to.match(new RegExp(`/organizations/${uuid}/remote-support/requests$`));
      expect(request!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
      expect(await request!.json()).to.deep.equal({ reason: 'Customer cannot route calls', requestedMinutes: 240 });
      expect($('[part~=request-form]')).to.equal(null);
      expect($('[part~=start-button]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('requests access on a plain-http origin, where crypto.randomUUID does not exist', async () => {
      const { el, $, posts } = await setup((k) => k.acme);
      const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
      // What a LAN address over http gives: no randomUUID (it exists on secure origins only).
      delete (Crypto.prototype as Partial<Crypto>).randomUUID;
      try {
        await requestAccess(el, 'From a LAN address', '60');
        await waitUntil(() => $('[part~=request] [part~=state]'), 'pending request shown');
      } finally {
        Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID);
      }
      expect(posts()[0]!.headers.get('Idempotency-Key')).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    });

    it('follows the request to approval by the customer, then starts a session as Super admin', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      const { el, $ } = await render(t, uuid);
      await requestAccess(el, 'Investigate dropped calls', '60');
      await waitUntil(() => text(el, '[part~=state]') === 'Pending approval', 'pending');

      // The customer's owner approves in another browser.
      const owner = clientFor(t, DEMO_TOKENS.customerOwner);
      const { pendingRequest } = await owner.remoteSupport.get(uuid);
      const approved = await owner.remoteSupport.approve(uuid, pendingRequest!.id);

      $('[part~=refresh-button]')!.click();
      await waitUntil(() => $('[part~=grant]'), 'approved grant shown');
      const until = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(approved.expiresAt!),
      );
      expect(text(el, '[part~=grant]')).to.contain(`approved until ${until}`);
      expect(text(el, '[part~=grant] [part~=state]')).to.equal('Approved');
      await expect(el).to.be.accessible();

      const started = oneEvent(el, 'sh-session-started') as Promise<ShSessionStartedEvent>;
      $('[part~=start-button]')!.click();
      const { session } = await started;
      expect(session.role).to.equal('SUPER_ADMIN');
      expect(session.loginUrl).to.match(/^https:\/\//);
      expect(session.sessionId).to.be.a('string');
      expect(session.expiresAt).to.be.a('string');
      await el.updateComplete;
      expect(text(el, '[part~=session]')).to.contain('signed in as Super admin');
      expect($<HTMLAnchorElement>('[part~=session] a')!.href).to.equal(session.loginUrl);
      expect(location.href).to.not.equal(session.loginUrl);
      await expect(el).to.be.accessible();
    });

    it("notices the customer's decision by itself while the request is pending", async () => {
      const t = createTestBackend({ organizations: 30 });
      const uuid = t.backend.known.acme;
      const request = await t.client.remoteSupport.request(uuid, { reason: 'Polling', requestedMinutes: 60 });
      const el = await fixtureWithClient<ShRemoteSupport>(
        html`<sh-remote-support organization-id=${uuid} refresh-interval="1"></sh-remote-support>`,
        t.client,
      );
      await waitUntil(() => text(el, '[part~=state]') === 'Pending approval', 'pending');
      await clientFor(t, DEMO_TOKENS.customerOwner).remoteSupport.approve(uuid, request.id);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=grant]'), 'approval noticed without a click', {
        timeout: 4000,
      });
      expect(text(el, '[part~=grant] [part~=state]')).to.equal('Approved');
    });

    it('holds no timer while detached, and polls again once attached again', async () => {
      const t = createTestBackend({ organizations: 30 });
      const uuid = t.backend.known.acme;
      const request = await t.client.remoteSupport.request(uuid, { reason: 'Detach me', requestedMinutes: 60 });
      await clientFor(t, DEMO_TOKENS.customerOwner).remoteSupport.approve(uuid, request.id);
      const reads = () => t.requests.filter((r) => r.method === 'GET' && r.url.endsWith('/remote-support')).length;
      const timers = trackTimers(1000);
      try {
        const el = await fixtureWithClient<ShRemoteSupport>(
          html`<sh-remote-support organization-id=${uuid} refresh-interval="1"></sh-remote-support>`,
          t.client,
        );
        await waitUntil(() => el.shadowRoot!.querySelector('[part~=grant]'), 'grant shown');
        expect(timers.live(), 'the poll and the grant-end timer').to.equal(2);
        const parent = el.parentNode!;
        el.remove();
        expect(timers.live(), 'nothing left once detached').to.equal(0);
        const before = reads();
        parent.append(el);
        await waitUntil(() => reads() >= before + 2, 'read when attached again, then polled', { timeout: 4000 });
        expect(timers.live()).to.equal(2);
        el.remove();
        expect(timers.live()).to.equal(0);
      } finally {
        timers.restore();
      }
    });

    it('shows a request rejected with its note, and one that vanished from the requester side', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      const requester = await render(t, uuid);
      await requestAccess(requester.el, 'Check the trunk', '60');
      await waitUntil(() => text(requester.el, '[part~=state]') === 'Pending approval', 'pending');

      const owner = await render(t, uuid, clientFor(t, DEMO_TOKENS.customerOwner));
      expect(owner.$('[part~=request-form]')).to.equal(null);
      expect(text(owner.el, '[part~=request]')).to.contain('Check the trunk');
      await expect(owner.el).to.be.accessible();
      type(owner.$<HTMLTextAreaElement>('#reject-note')!, 'Not during business hours');
      await owner.el.updateComplete;
      owner.$<HTMLButtonElement>('[part~=decision] button.danger-outline')!.click();
      await waitUntil(() => text(owner.el, '[part~=state]') === 'Rejected', 'rejected on the customer side');
      expect(text(owner.el, '[part~=request]')).to.contain('Not during business hours');
      expect(text(owner.el, '[part~=message]')).to.contain('Rejected');
      await expect(owner.el).to.be.accessible();

      await requester.el.refresh();
      await waitUntil(() => requester.$('[part~=request-form]'), 'can request again');
      expect(text(requester.el, '[part~=state]')).to.equal('No longer pending');
      expect(text(requester.el, '[part~=request]')).to.contain('rejected or withdrawn');
    });

    it('lets the customer approve for another duration, and revoke', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      await t.client.remoteSupport.request(uuid, { reason: 'Firmware upgrade', requestedMinutes: 60 });
      const owner = await render(t, uuid, clientFor(t, DEMO_TOKENS.customerOwner));
      const checked = owner.$<HTMLInputElement>('input[name=approve-duration]:checked')!;
      expect(checked.value).to.equal('60');
      owner.$<HTMLInputElement>('input[name=approve-duration][value="240"]')!.click();
      await owner.el.updateComplete;
      owner.$<HTMLButtonElement>('[part~=decision] button[type=submit]')!.click();
      await waitUntil(() => owner.$('[part~=grant]'), 'grant shown');
      const stored = t.backend.db.requestsOf(uuid).at(-1)!;
      expect([stored.status, stored.grantedMinutes]).to.deep.equal(['APPROVED', 240]);
      expect(owner.$('[part~=start-button]')).to.equal(null); // the owner may approve, not open sessions
      await expect(owner.el).to.be.accessible();

      owner.$<HTMLButtonElement>('[part~=grant] button.danger-outline')!.click();
      await waitUntil(() => text(owner.el, '[part~=state]') === 'Revoked', 'revoked');
      expect(t.backend.db.requestsOf(uuid).at(-1)!.status).to.equal('REVOKED');

      const requester = await render(t, uuid);
      expect(requester.$('[part~=grant]')).to.equal(null);
      expect(requester.$('[part~=request-form]')).to.not.equal(null);
    });

    it('marks an approved grant as revoked for a requester who saw it', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      const owner = clientFor(t, DEMO_TOKENS.customerOwner);
      const request = await t.client.remoteSupport.request(uuid, { reason: 'Routing check', requestedMinutes: 60 });
      await owner.remoteSupport.approve(uuid, request.id);
      const { el, $ } = await render(t, uuid);
      await waitUntil(() => $('[part~=grant]'), 'grant shown');
      await owner.remoteSupport.revoke(uuid, request.id);
      await el.refresh();
      await waitUntil(() => text(el, '[part~=state]') === 'Revoked', 'revoked shown');
      expect($('[part~=request-form]')).to.not.equal(null);
    });

    it('shows a grant that ran out as expired', async () => {
      let now = Date.now() - 30 * 60_000;
      const t = createTestBackend({ organizations: 30, now: () => new Date(now) });
      const uuid = t.backend.known.acme;
      const request = await t.client.remoteSupport.request(uuid, { reason: 'Short job', requestedMinutes: 15 });
      await clientFor(t, DEMO_TOKENS.customerOwner).remoteSupport.approve(uuid, request.id);
      const { el, $ } = await render(t, uuid);
      await waitUntil(() => $('[part~=grant]'), 'grant shown');
      now = Date.now();
      await el.refresh();
      await waitUntil(() => text(el, '[part~=state]') === 'Expired', 'expired shown');
      expect(text(el, '[part~=request]')).to.contain('Access expired on');
      expect($('[part~=start-button]')).to.equal(null);
      expect($('[part~=request-form]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('refuses a custom duration outside the limits without sending', async () => {
      const { el, $, posts, client } = await setup((k) => k.acme);
      const { remoteSupport } = await client.capabilities();
      type($<HTMLTextAreaElement>('#reason')!, 'Long job');
      $<HTMLInputElement>('input[name=request-duration][value=custom]')!.click();
      await el.updateComplete;
      type($<HTMLInputElement>('#request-duration-minutes')!, String(remoteSupport.maxGrantMinutes + 1));
      await el.updateComplete;
      $<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
      await el.updateComplete;
      expect($('#request-duration-minutes')!.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el, '#request-duration-hint')).to.contain(`between 15 and ${remoteSupport.maxGrantMinutes}`);
      expect(posts()).to.have.length(0);
      await expect(el).to.be.accessible();
      type($<HTMLInputElement>('#request-duration-minutes')!, '90');
      await el.updateComplete;
      $<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
      await waitUntil(() => posts().length === 1, 'sent');
      expect((await posts()[0]!.json()).requestedMinutes).to.equal(90);
    });

    it('asks for a reason before sending', async () => {
      const { el, $, posts } = await setup((k) => k.acme);
      $<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
      await el.updateComplete;
      expect(text(el, '#reason-error')).to.contain('why you need access');
      expect(el.shadowRoot!.activeElement?.id).to.equal('reason');
      expect(posts()).to.have.length(0);
    });

    it('sends one request on a double click', async () => {
      const { el, $, posts, backend } = await setup((k) => k.acme);
      backend.faults.setLatency(80);
      type($<HTMLTextAreaElement>('#reason')!, 'Once');
      await el.updateComplete;
      const submit = $<HTMLButtonElement>('[part~=request-form] button[type=submit]')!;
      submit.click();
      submit.click();
      await waitUntil(() => text(el, '[part~=state]') === 'Pending approval', 'pending');
      expect(posts()).to.have.length(1);
    });

    it('can be used with the keyboard alone', async () => {
      const { el, $, posts } = await setup((k) => k.acme);
      $<HTMLTextAreaElement>('#reason')!.focus();
      await sendKeys({ type: 'Keyboard only' });
      await sendKeys({ press: 'Tab' }); // into the duration radio group, on the checked one
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' }); // the submit button
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => posts().length === 1, 'sent from the keyboard');
      const body = await posts()[0]!.json();
      expect(body.reason).to.equal('Keyboard only');
      expect(body.requestedMinutes).to.be.a('number');
      await waitUntil(() => text(el, '[part~=state]') === 'Pending approval', 'pending');
    });

    it('explains a second pending request (invalid-state) and shows it', async () => {
      const { el, client, uuid } = await setup((k) => k.acme);
      await client.remoteSupport.request(uuid, { reason: 'From another tab', requestedMinutes: 60 });
      await requestAccess(el, 'From this tab');
      await waitUntil(
        () => errorText(el).includes('already decided, or another request is pending'),
        'invalid-state explained',
      );
      await waitUntil(() => text(el, '[part~=request]').includes('From another tab'), 'the other request shown');
      await expect(el).to.be.accessible();
    });

    it('explains that approval is no longer required', async () => {
      const { el, $, client, uuid } = await setup((k) => k.acme);
      const org = await client.organizations.get(uuid);
      await client.organizations.setRemoteSupportApproval(org, false);
      await requestAccess(el, 'Needs approval?');
      await waitUntil(() => errorText(el).includes('no longer requires approval'), 'approval-not-required explained');
      await waitUntil(() => $('[part~=start-button]'), 'direct start offered');
    });

    it('explains that a session needs an approved grant (approval-required)', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      const owner = clientFor(t, DEMO_TOKENS.customerOwner);
      const request = await t.client.remoteSupport.request(uuid, { reason: 'Session', requestedMinutes: 60 });
      await owner.remoteSupport.approve(uuid, request.id);
      const { el, $ } = await render(t, uuid);
      await owner.remoteSupport.revoke(uuid, request.id);
      $('[part~=start-button]')!.click();
      await waitUntil(() => errorText(el).includes('needs approved access'), 'approval-required explained');
      await waitUntil(() => $('[part~=request-form]'), 'can request again');
    });

    it('explains that remote support stops while the organization is pending deletion', async () => {
      const { el, $, client, uuid } = await setup((k) => k.acme);
      const org = await client.organizations.get(uuid);
      await client.organizations.delete(org, { confirmName: org.name });
      await requestAccess(el, 'Too late');
      await waitUntil(() => errorText(el).includes('pending deletion'), 'invalid-state-transition explained');
      await waitUntil(() => !$('[part~=request-form]'), 'form gone');
      await expect(el).to.be.accessible();
    });

    it('keeps the reason after a network failure', async () => {
      const { el, $, backend } = await setup((k) => k.acme);
      backend.faults.next(1, 'network');
      await requestAccess(el, 'Keep me');
      await waitUntil(() => errorText(el).includes("couldn't confirm"), 'unknown outcome explained');
      expect($<HTMLTextAreaElement>('#reason')!.value).to.equal('Keep me');
      await expect(el).to.be.accessible();
    });

    it('refuses to let a requester approve their own request, and changes nothing', async () => {
      const t = createTestBackend({ organizations: 30 });
      const uuid = t.backend.known.acme;
      // One person who may both request and approve, inside the customer's organization.
      t.backend.addCaller({
        token: 'both-hats',
        userId: '33333333-4444-4555-8666-777777777777',
        displayName: 'Both Hats',
        organizationUuid: uuid,
        permissions: ['organizations:read', 'remote-support:request', 'remote-support:approve'],
      });
      const client = clientFor(t, 'both-hats');
      const { el, $ } = await render(t, uuid, client);
      await requestAccess(el, 'Approve it myself', '60');
      await waitUntil(() => text(el, '[part~=state]') === 'Pending approval', 'pending');
      const stored = () => t.backend.db.requestsOf(uuid).at(-1)!;
      expect(stored().requestedBy.displayName).to.equal('Both Hats');
      // Being an approver too, the same person is not offered a decision the server would refuse: a note says why.
      await waitUntil(() => $('[part~=own-request]'), 'own-request note shown');
      expect(text(el, '[part~=own-request]')).to.equal(
        'You made this request, so another person with approval rights decides on it.',
      );
      expect($('[part~=decision]')).to.equal(null);
      // And the server itself still refuses the decision, leaving everything as it was.
      const refused = await client.remoteSupport.approve(uuid, stored().id).catch((e: unknown) => e);
      expect((refused as { status?: number }).status).to.equal(403);
      expect(stored().status).to.equal('PENDING');
      expect(stored().decidedBy).to.equal(null);
      expect((await client.remoteSupport.get(uuid)).activeGrant).to.equal(null);
      expect(text(el, '[part~=state]')).to.equal('Pending approval');
      expect($('[part~=grant]')).to.equal(null);
      expect($('[part~=start-button]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('explains a refused decision in plain words', async () => {
      const t = createTestBackend();
      const uuid = t.backend.known.acme;
      const owner = clientFor(t, DEMO_TOKENS.customerOwner);
      await t.client.remoteSupport.request(uuid, { reason: 'Own', requestedMinutes: 60 });
      const { el, $ } = await render(t, uuid, owner);
      t.backend.faults.next(1, { status: 403 });
      $<HTMLButtonElement>('[part~=decision] button[type=submit]')!.click();
      await waitUntil(() => errorText(el).includes('permission'), 'forbidden explained');
    });
  });

  describe('when approval is not required', () => {
    it('starts a session directly as Owner on a Service-Provider-managed organization', async () => {
      const { el, $ } = await setup((k) => k.spManaged);
      expect(text(el, '[part~=policy]')).to.contain('Approval is not required');
      expect(text(el, '.start')).to.contain('role Owner');
      expect($('[part~=request-form]')).to.equal(null);
      await expect(el).to.be.accessible();
      const started = oneEvent(el, 'sh-session-started') as Promise<ShSessionStartedEvent>;
      $('[part~=start-button]')!.click();
      expect((await started).session.role).to.equal('OWNER');
    });

    it('starts a session directly as Super admin on a Customer organization with approval off', async () => {
      const { el, $ } = await setup((k) => k.customerNoApproval);
      expect(text(el, '.start')).to.contain('role Super admin');
      const started = oneEvent(el, 'sh-session-started') as Promise<ShSessionStartedEvent>;
      $('[part~=start-button]')!.click();
      const { session } = await started;
      expect(session.role).to.equal('SUPER_ADMIN');
      expect(session.loginUrl).to.match(/^https:\/\//);
    });

    it('sends one session request on a double click', async () => {
      const { el, $, posts, backend } = await setup((k) => k.spManaged);
      backend.faults.setLatency(80);
      const started = oneEvent(el, 'sh-session-started');
      $('[part~=start-button]')!.click();
      $('[part~=start-button]')!.click();
      await started;
      expect(posts()).to.have.length(1);
    });
  });

  it('speaks French when the page does (with the French catalogue loaded)', async () => {
    const t = createTestBackend({ organizations: 30 });
    const wrapper = await fixtureWithClient<HTMLDivElement>(
      html`<div lang="fr"><sh-remote-support organization-id=${t.backend.known.spManaged}></sh-remote-support></div>`,
      t.client,
    );
    const el = wrapper.querySelector('sh-remote-support')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=start-button]'), 'loaded');
    expect(text(el, '[part~=start-button]')).to.equal('Démarrer une session à distance');
    expect(text(el, '.start')).to.contain('Propriétaire');
    await expect(el).to.be.accessible();
  });

  it('offers nothing to act on to a read-only caller', async () => {
    const { el, $ } = await setup((k) => k.spManaged, DEMO_TOKENS.readOnly);
    expect($('[part~=start-button]')).to.equal(null);
    expect(text(el, 'p.muted')).to.contain('not act on it');
    await expect(el).to.be.accessible();
  });

  it('fires no event when the organization is changed programmatically', async () => {
    const { el, backend } = await setup((k) => k.acme);
    let fired = 0;
    el.addEventListener('sh-session-started', () => fired++);
    el.organizationId = backend.known.spManaged;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=start-button]'), 'other organization shown');
    expect(fired).to.equal(0);
  });
});
