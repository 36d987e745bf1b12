import { expect, html, waitUntil } from '@open-wc/testing';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
import { createClient } from '../../sdk/index.js';
import './organization-overview.js';
import {
  $,
  $$,
  clickSave,
  edit,
  loaded,
  text,
  type,
  fieldValue,
  writes,
  type Overview,
  nextError,
  nextSaved,
} from './organization-overview.test-helpers.js';

async function renderAcme(clientOptions = {}) {
  const test = createTestBackend({}, clientOptions);
  const el = await fixtureWithClient<Overview>(
    html`<sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview>`,
    test.client,
  );
  await loaded(el);
  return { ...test, el };
}

const conflictOf = (el: Overview) => el.shadowRoot!.querySelector('[part=conflict]');
const button = (el: Overview, scope: string, label: string): HTMLButtonElement => {
  const found = $$<HTMLButtonElement>(el, `${scope} button`).find((b) => text(b) === label);
  if (!found) throw new Error(`No button "${label}" in ${scope}`);
  return found;
};

describe('sh-organization-overview: conflicts', function () {
  // Each test drives a whole edit-save round trip (and axe) in a real browser: allow for a busy CI machine.
  this.timeout(20_000);
  it('shows what changed, keeps the edits, and re-applies them on the fresh version', async () => {
    const { el, backend, requests } = await renderAcme();
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Asia');
    backend.db.bumpVersion(backend.known.acme, { name: 'Acme Holdings' });
    const failed = nextError(el);
    clickSave(el, 'information');
    expect((await failed).section).to.equal('information');
    await waitUntil(() => conflictOf(el)?.querySelector('li'), 'diff shown');
    expect(text(conflictOf(el)!.querySelector('li'))).to.equal('Name: Acme Pte Ltd → Acme Holdings');
    expect(text(conflictOf(el)))
      .to.contain('Someone else changed this organization')
      .and.contain('Your edits are still in the form.');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Asia');
    await expect(el).to.be.accessible();

    const saved = nextSaved(el);
    button(el, '[part=conflict]', 'Re-apply my changes').click();
    const event = await saved;
    expect(event.organization.name).to.equal('Acme Asia');
    expect(event.organization.version).to.equal(9);
    const patches = writes(requests);
    expect(patches.map((r) => r.headers.get('If-Match'))).to.deep.equal(['"7"', '"8"']);
    await el.updateComplete;
    expect(fieldValue(el, 'name')).to.equal('Acme Asia');
  });

  it('re-applies only the fields the person changed, keeping what the other admin changed', async () => {
    const { el, backend, requests } = await renderAcme();
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Asia');
    backend.db.bumpVersion(backend.known.acme, { countryCode: 'MY' });
    clickSave(el, 'information');
    await waitUntil(() => conflictOf(el)?.querySelector('li'), 'diff shown');
    expect(text(conflictOf(el)!.querySelector('li'))).to.equal('Country: SG · Singapore → MY · Malaysia');
    const saved = nextSaved(el);
    button(el, '[part=conflict]', 'Re-apply my changes').click();
    const event = await saved;
    expect(await writes(requests).at(-1)!.json()).to.deep.equal({ name: 'Acme Asia' });
    expect(event.organization.countryCode).to.equal('MY');
  });

  it('discards the edits and shows the fresh organization', async () => {
    const { el, backend, requests } = await renderAcme();
    await edit(el, 'billing');
    await type(el, '#billing-billingEmail', 'mine@acme.com.sg');
    backend.db.bumpVersion(backend.known.acme, {
      billing: {
        billingName: 'Acme Pte Ltd',
        billingEmail: 'theirs@acme.com.sg',
        address: null,
        taxRegistrationNumber: null,
      },
    });
    clickSave(el, 'billing');
    await waitUntil(() => conflictOf(el)?.querySelector('li'), 'diff shown');
    const changes = $$(el, '[part=conflict] li').map(text);
    expect(changes).to.include('Billing email: accounts@acme.com.sg → theirs@acme.com.sg');
    expect(changes).to.include('Tax registration number: M2-1234567-8 → Not set');
    expect($<HTMLInputElement>(el, '#billing-billingEmail').value).to.equal('mine@acme.com.sg');
    button(el, '[part=conflict]', 'Discard my changes').click();
    await el.updateComplete;
    expect($$(el, '[data-section=billing] form')).to.have.length(0);
    expect(fieldValue(el, 'billing-email')).to.equal('theirs@acme.com.sg');
    expect(writes(requests)).to.have.length(1);
  });
});

describe('sh-organization-overview: the fresh copy cannot be loaded after a conflict', function () {
  this.timeout(20_000);
  it('keeps the edits, says the latest version could not be loaded, and the retry shows what changed', async () => {
    const test = createTestBackend();
    const { backend } = test;
    const uuid = backend.known.acme;
    // A fetch that, once armed, throws a network TypeError for the next GET of the organization only.
    let failNextGet = false;
    const requests: Request[] = [];
    const flakyFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      requests.push(request.clone());
      if (failNextGet && request.method === 'GET' && new URL(request.url).pathname.endsWith(`/organizations/${uuid}`)) {
        failNextGet = false;
        throw new TypeError('Failed to fetch');
      }
      return backend.fetch(request);
    };
    const client = createClient({ baseUrl: backend.baseUrl, token: DEMO_TOKENS.admin, fetch: flakyFetch, retry: 0 });
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${uuid}></sh-organization-overview>`,
      client,
    );
    await loaded(el);

    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Asia');
    backend.db.bumpVersion(uuid, { name: 'Acme Holdings' });
    failNextGet = true;
    clickSave(el, 'information');
    await waitUntil(
      () => text(conflictOf(el)).includes('could not be loaded'),
      'load failure shown in the conflict box',
    );
    expect(failNextGet, 'the fresh copy was asked for').to.equal(false);
    expect(text(conflictOf(el)))
      .to.contain('Someone else changed this organization')
      .and.contain('The server could not be reached.');
    expect(text(conflictOf(el))).to.contain('Your edits are still in the form.');
    expect(conflictOf(el)!.getAttribute('role')).to.equal('alert');
    expect(conflictOf(el)!.querySelector('li')).to.equal(null);
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Asia');
    expect(writes(requests)).to.have.length(1);
    await expect(el).to.be.accessible();

    // Retry loads the fresh copy (no save yet) and shows the diff, edits still kept.
    button(el, '[part=conflict]', 'Try again').click();
    await waitUntil(() => conflictOf(el)?.querySelector('li'), 'diff shown after retry');
    expect(text(conflictOf(el)!.querySelector('li'))).to.equal('Name: Acme Pte Ltd → Acme Holdings');
    expect(text(conflictOf(el))).to.not.contain('could not be loaded');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Asia');
    expect(writes(requests)).to.have.length(1);
    await expect(el).to.be.accessible();

    const saved = nextSaved(el);
    button(el, '[part=conflict]', 'Re-apply my changes').click();
    expect((await saved).organization.name).to.equal('Acme Asia');
    expect(writes(requests).map((r) => r.headers.get('If-Match'))).to.deep.equal(['"7"', '"8"']);
  });
});

describe('sh-organization-overview: failed saves keep the input', function () {
  // Each test drives a whole edit-save round trip (and axe) in a real browser: allow for a busy CI machine.
  this.timeout(20_000);
  it('keeps typed input after a network failure, and the retry saves it', async () => {
    const { el, backend } = await renderAcme();
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Offline');
    backend.faults.next(1, 'network');
    const failed = nextError(el);
    clickSave(el, 'information');
    await failed;
    await el.updateComplete;
    const banner = $(el, '[data-section=information] .banner.error');
    expect(banner.getAttribute('role')).to.equal('alert');
    // The request may have reached the server before the connection dropped: the outcome is unknown.
    expect(text(banner))
      .to.contain("We couldn't confirm whether your changes were saved. Try again to check and finish.")
      .and.contain('Your input is kept.')
      .and.not.contain('not saved');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Offline');
    await expect(el).to.be.accessible();
    const saved = nextSaved(el);
    button(el, '[data-section=information] .banner.error', 'Try again').click();
    expect((await saved).organization.name).to.equal('Acme Offline');
  });

  it('keeps typed input after a timeout', async () => {
    const { el, backend } = await renderAcme({ timeout: 300 });
    await edit(el, 'billing');
    await type(el, '#billing-billingName', 'Acme Billing Dept');
    backend.faults.next(1, 'hang');
    clickSave(el, 'billing');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-section=billing] .banner.error'), 'timeout banner', {
      timeout: 4000,
    });
    expect(text($(el, '[data-section=billing] .banner.error'))).to.contain(
      "We couldn't confirm whether your changes were saved.",
    );
    expect($<HTMLInputElement>(el, '#billing-billingName').value).to.equal('Acme Billing Dept');
    expect($(el, '[data-section=billing] button[type=submit]').getAttribute('aria-disabled')).to.equal('false');
  });

  it('says "not saved" when the server refused before acting (503), with Try again', async () => {
    const { el, backend } = await renderAcme();
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Refused');
    backend.faults.next(1, { status: 503 });
    const failed = nextError(el);
    clickSave(el, 'information');
    expect((await failed).error).to.have.property('mayHaveBeenApplied', false);
    await el.updateComplete;
    const banner = text($(el, '[data-section=information] .banner.error'));
    expect(banner).to.contain('Your changes were not saved.').and.not.contain("couldn't confirm");
    const saved = nextSaved(el);
    button(el, '[data-section=information] .banner.error', 'Try again').click();
    expect((await saved).organization.name).to.equal('Acme Refused');
  });

  it('keeps typed input after a server error', async () => {
    const { el, backend } = await renderAcme();
    await edit(el, 'buyer-tags');
    const key = $$<HTMLOptionElement>(el, '#buyer-tags-new-key option')
      .map((o) => o.value)
      .find(Boolean)!;
    const select = $<HTMLSelectElement>(el, '#buyer-tags-new-key');
    select.value = key;
    select.dispatchEvent(new Event('change'));
    // Typed but not yet added: Save includes it, so it is never lost.
    await type(el, '#buyer-tags-new-value', 'Pending');
    backend.faults.next(1, { status: 503 });
    clickSave(el, 'buyer-tags');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-section=buyer-tags] .banner.error'), 'error banner');
    expect($<HTMLInputElement>(el, '#buyer-tags-new-value').value).to.equal('Pending');
    expect($$(el, '[part~=tag]')).to.have.length(2);
  });
});
