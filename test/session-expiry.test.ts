// A session that expires while the person works: the mock answers the expired token as the contract says (401),
// each widget keeps the input, says the session expired, and fires `sh-error` with the error; once the host hands
// the client a new token (here, as in the demo, the client's `token` function returns it), "Try again" finishes.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { isAuthenticationError } from '../sdk/index.js';
import type { ShErrorEvent } from '../components/events/error-event.js';
import '../components/create-organization/create-organization.js';
import '../components/organization-overview/organization-overview.js';
import '../components/remote-support/remote-support.js';
import '../components/status-control/status-control.js';
import type { ShCreateOrganization } from '../components/create-organization/create-organization.js';
import {
  changes,
  newPersonToConfirm,
  press,
  render as renderOwnership,
  text as ownershipText,
} from '../components/ownership-switch/ownership-switch.test-helpers.js';
import type { ShRemoteSupport } from '../components/remote-support/remote-support.js';
import type { ShStatusControl } from '../components/status-control/status-control.js';
import {
  creates,
  fillValid,
  orgsNamed,
  submit,
} from '../components/create-organization/create-organization.test-helpers.js';
import {
  $,
  $$,
  clickSave,
  edit,
  loaded,
  nextSaved,
  text,
  type,
  type Overview,
} from '../components/organization-overview/organization-overview.test-helpers.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from './fixtures.js';

const EXPIRED = 'Your session has expired. Sign in again.';

/** A backend and a client whose `token` function returns the current token, as a host that signs people in does. */
function signedIn() {
  let token: string = DEMO_TOKENS.admin;
  const test = createTestBackend({ organizations: 30 }, { token: () => token });
  return {
    ...test,
    /** The person's session ends on the server. */
    expire: () => test.backend.expireToken(token),
    /** The host signs the person in again and hands the client the new token. */
    signIn: () => {
      token = test.backend.renewToken(token);
    },
  };
}

const nextError = (el: Element) => oneEvent(el, 'sh-error') as unknown as Promise<ShErrorEvent>;
const collapse = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the mock backend: an expired session', () => {
  it('answers 401 unauthenticated with WWW-Authenticate until the caller signs in again', async () => {
    const { backend, client } = createTestBackend();
    const url = `${backend.baseUrl}/me`;
    const get = (token: string) => backend.fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect((await get(DEMO_TOKENS.admin)).status).to.equal(200);
    backend.expireToken(DEMO_TOKENS.admin);
    const refused = await get(DEMO_TOKENS.admin);
    expect(refused.status).to.equal(401);
    expect(refused.headers.get('Content-Type')).to.contain('application/problem+json');
    expect(refused.headers.get('WWW-Authenticate')).to.contain('error="invalid_token"');
    expect(((await refused.json()) as { type: string }).type).to.match(/\/unauthenticated$/);
    const error = await client.me().catch((e: unknown) => e);
    expect(isAuthenticationError(error), 'the SDK reads it as an AuthenticationError').to.equal(true);
    const renewed = backend.renewToken(DEMO_TOKENS.admin);
    expect(renewed).to.not.equal(DEMO_TOKENS.admin);
    const me = (await (await get(renewed)).json()) as { displayName: string };
    expect(me.displayName).to.equal('Priya Nair');
    backend.reset();
    expect((await get(DEMO_TOKENS.admin)).status, 'reset brings the demo token back').to.equal(200);
  });
});

describe('a session that expires while the person edits', function () {
  this.timeout(20_000);

  it('sh-organization-overview: keeps the draft, says so, fires sh-error, and Try again saves after sign-in', async () => {
    const session = signedIn();
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${session.backend.known.acme}></sh-organization-overview>`,
      session.client,
    );
    await loaded(el);
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme After Sign-in');
    session.expire();
    const failed = nextError(el);
    clickSave(el, 'information');
    const { error, section } = await failed;
    expect(isAuthenticationError(error)).to.equal(true);
    expect(section).to.equal('information');
    await el.updateComplete;
    const banner = $(el, '[data-section=information] .banner.error');
    expect(text(banner)).to.contain(EXPIRED).and.contain('Your input is kept.');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme After Sign-in');
    session.signIn();
    const saved = nextSaved(el);
    $$<HTMLButtonElement>(el, '[data-section=information] .banner.error button')
      .find((b) => text(b) === 'Try again')!
      .click();
    expect((await saved).organization.name).to.equal('Acme After Sign-in');
    expect(session.backend.db.get(session.backend.known.acme)!.name).to.equal('Acme After Sign-in');
  });

  it('sh-create-organization: keeps the form, says so, fires sh-error, and creates once after sign-in', async () => {
    const session = signedIn();
    const el = await fixtureWithClient<ShCreateOrganization>(
      html`<sh-create-organization></sh-create-organization>`,
      session.client,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('#name'), 'form shown');
    await fillValid(el, 'Expiry Logistics Pte Ltd');
    session.expire();
    const failed = nextError(el);
    await submit(el);
    expect(isAuthenticationError((await failed).error)).to.equal(true);
    await waitUntil(() => collapse(el.shadowRoot!.querySelector('[part=banner]')) === EXPIRED, 'expiry explained');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Expiry Logistics Pte Ltd');
    session.signIn();
    const created = oneEvent(el, 'sh-created');
    await submit(el);
    await created;
    expect(orgsNamed(session.backend, 'Expiry Logistics Pte Ltd')).to.equal(1);
    expect(creates(session.requests)).to.have.length(2);
  });

  it('sh-ownership-switch: keeps the choices, says so, fires sh-error, and switches once after sign-in', async () => {
    const session = signedIn();
    const uuid = session.backend.known.spManaged;
    const el = await renderOwnership(session.client, uuid);
    await newPersonToConfirm(el);
    session.expire();
    const failed = nextError(el);
    await press(el, 'Confirm');
    expect(isAuthenticationError((await failed).error)).to.equal(true);
    await waitUntil(() => ownershipText(el, '[part=banner]') === EXPIRED, 'expiry explained');
    expect(ownershipText(el, '[part=summary]')).to.contain('Mei Lim');
    session.signIn();
    const changed = oneEvent(el, 'sh-ownership-changed');
    await press(el, 'Confirm');
    await changed;
    expect(session.backend.db.get(uuid)!.managedBy).to.equal('CUSTOMER');
    const sent = changes(session.requests);
    expect(sent).to.have.length(2);
    expect(sent[1]!.headers.get('Idempotency-Key'), 'the same change keeps its key').to.equal(
      sent[0]!.headers.get('Idempotency-Key'),
    );
  });

  it('sh-status-control: keeps the dialog and its input, says so, fires sh-error, and suspends after sign-in', async () => {
    const session = signedIn();
    const uuid = session.backend.known.acme;
    const el = await fixtureWithClient<ShStatusControl>(
      html`<sh-status-control organization-id=${uuid}></sh-status-control>`,
      session.client,
    );
    const q = <E extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<E>(s);
    await waitUntil(() => q('[part~=suspend-button]'), 'loaded');
    q('[part~=suspend-button]')!.click();
    await el.updateComplete;
    const reason = q<HTMLSelectElement>('#suspend-dialog #reason')!;
    reason.value = 'NON_PAYMENT';
    reason.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    session.expire();
    const failed = nextError(el);
    q<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
    expect(isAuthenticationError((await failed).error)).to.equal(true);
    await el.updateComplete;
    expect(collapse(q('#suspend-dialog [part=error]'))).to.equal(EXPIRED);
    expect(q<HTMLDialogElement>('#suspend-dialog')!.open).to.equal(true);
    expect(q<HTMLSelectElement>('#suspend-dialog #reason')!.value).to.equal('NON_PAYMENT');
    session.signIn();
    const changed = oneEvent(el, 'sh-status-changed');
    q<HTMLButtonElement>('#suspend-dialog button[type=submit]')!.click();
    await changed;
    expect(session.backend.db.get(uuid)!.status).to.equal('SUSPENDED');
  });

  it('sh-remote-support: keeps the reason, says so, fires sh-error, and requests once after sign-in', async () => {
    const session = signedIn();
    const uuid = session.backend.known.acme;
    const el = await fixtureWithClient<ShRemoteSupport>(
      html`<sh-remote-support organization-id=${uuid}></sh-remote-support>`,
      session.client,
    );
    const q = <E extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<E>(s);
    await waitUntil(() => q('#reason'), 'request form shown');
    const reason = q<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Router will not sync';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    session.expire();
    const failed = nextError(el);
    q<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
    expect(isAuthenticationError((await failed).error)).to.equal(true);
    await waitUntil(() => collapse(q('[part=error]')) === EXPIRED, 'expiry explained');
    expect(q<HTMLTextAreaElement>('#reason')!.value).to.equal('Router will not sync');
    session.signIn();
    q<HTMLButtonElement>('[part~=request-form] button[type=submit]')!.click();
    await waitUntil(() => session.backend.db.requestsOf(uuid).some((r) => r.reason === 'Router will not sync'));
    expect(session.backend.db.requestsOf(uuid).filter((r) => r.reason === 'Router will not sync')).to.have.length(1);
  });
});
