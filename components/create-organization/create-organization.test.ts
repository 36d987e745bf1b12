import { MAX_BUYER_TAGS } from '../../sdk/index.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ShBeforeCreateEvent } from '../events/before-create-event.js';
import type { ShCreatedEvent } from '../events/created-event.js';
import { createTestBackend, DEMO_TOKENS, fixtureWithClient } from '../../test/fixtures.js';
import { storeOf } from '../context/store.js';
import { html } from '@open-wc/testing';
import {
  root,
  $,
  text,
  creates,
  orgsNamed,
  setup,
  type,
  pick,
  check,
  fillValid,
  submit,
  bodyOf,
  type El,
} from './create-organization.test-helpers.js';

describe('sh-create-organization', () => {
  it('offers the domain’s account types with their hierarchy role, License only, and both ownership types in the seed’s words', async function () {
    this.timeout(20000); // the first audit loads axe
    const { el } = await setup();
    expect(text(el, '[part=title]')).to.equal('Create Organization');
    const types = [...root(el).querySelectorAll('input[name=accountType]')].map((i) => (i as HTMLInputElement).value);
    expect(types.length).to.be.greaterThan(0);
    const businessLabel = text(el, `label[for="${$<HTMLInputElement>(el, 'input[value=BUSINESS_USER]').id}"]`);
    expect(businessLabel).to.contain('Business User').and.to.contain('Node');
    expect(root(el).querySelectorAll('input[name=subscriptionModel]').length).to.equal(0);
    expect(text(el, '#subscription')).to.equal('License');
    expect(text(el, '#CUSTOMER-line')).to.equal(
      'Customer has full control over the organization. Owner detail is required. The service provider can perform remote access, with or without the customer’s approval.',
    );
    expect(text(el, '#SERVICE_PROVIDER-line')).to.equal(
      'Service provider has full control of that organization. Owner detail is not required.',
    );
    expect($<HTMLInputElement>(el, '#approval').checked, 'approval on by default').to.be.true;
    expect(text(el, '#tenant-id-note')).to.contain('can never be changed');
    expect(text(el, '[part=submit]')).to.equal('Create');
    await expect(el).to.be.accessible();
  });

  it('offers App and License on a legacy domain', async () => {
    const { el } = await setup({ domain: 'legacy' });
    const models = [...root(el).querySelectorAll('input[name=subscriptionModel]')].map(
      (i) => (i as HTMLInputElement).value,
    );
    expect(models).to.deep.equal(['APP', 'LICENSE']);
  });

  for (const domain of ['new', 'legacy'] as const) {
    it(`creates a CPaaS Telco organization, a Supernode, in the ${domain} demo domain`, async () => {
      const { el, requests } = await setup({ domain });
      const label = text(el, `label[for="${$<HTMLInputElement>(el, 'input[value=CPAAS_TELCO]').id}"]`);
      expect(label).to.contain('CPaaS Telco').and.to.contain('Supernode');
      await fillValid(el, 'Orchid CPaaS Pte Ltd');
      await check(el, 'input[name=accountType][value=CPAAS_TELCO]');
      await submit(el);
      await waitUntil(() => $(el, '[part=success]'), 'created');
      expect(await bodyOf(creates(requests)[0]!)).to.deep.include({
        name: 'Orchid CPaaS Pte Ltd',
        accountType: 'CPAAS_TELCO',
      });
    });
  }

  it('shows every problem at its field after a submit, sends nothing, and focuses the first one', async () => {
    const { el, requests } = await setup();
    await submit(el);
    expect(text(el, '#name-error')).to.equal('This field is required.');
    expect(text(el, '#account-type-error')).to.equal('This field is required.');
    expect(text(el, '#country-error')).to.not.equal('');
    expect(text(el, '#email-error')).to.equal('This field is required.');
    // The summary: the seed's "Organization is invalid." with the field messages under it, each naming its field.
    await waitUntil(() => text(el, '[part=banner] li'), 'summary listed');
    expect(text(el, '[part=banner] p')).to.equal('Organization is invalid.');
    const items = [...root(el).querySelectorAll('[part=banner] li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.include('Organization name: This field is required.');
    expect(items).to.include('Email: This field is required.');
    expect(items).to.have.length(root(el).querySelectorAll('.field-error').length);
    expect(root(el).activeElement?.id).to.equal('name');
    root(el).querySelector<HTMLAnchorElement>('[part=banner] li:nth-child(2) a')!.click();
    expect(root(el).activeElement?.getAttribute('aria-invalid'), 'the link moves focus to its field').to.equal('true');
    expect(creates(requests)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('validates a field as the person types once it has been left', async () => {
    const { el } = await setup();
    await type(el, '#email', 'ada', false);
    expect($(el, '#email-error'), 'not before blur').to.equal(null);
    await type(el, '#email', 'ada');
    expect(text(el, '#email-error')).to.contain('email address');
    await type(el, '#email', 'ada@acme.example', false);
    expect($(el, '#email-error')).to.equal(null);
    expect($<HTMLInputElement>(el, '#email').getAttribute('aria-invalid')).to.equal('false');
  });

  it('suggests the country’s currency unless the person already picked one', async () => {
    const { el } = await setup();
    await pick(el, '#country', 'Singapore');
    expect($<HTMLInputElement>(el, '#currency').value).to.contain('SGD');
    expect(text(el, '#currency-hint')).to.contain('Suggested');
    await pick(el, '#currency', 'USD');
    await pick(el, '#country', 'Japan');
    expect($<HTMLInputElement>(el, '#currency').value).to.contain('USD');
  });

  it('lists only the domain’s enabled currencies, with localized names', async () => {
    const { el, client } = await setup();
    const { enabledCurrencies } = await client.capabilities();
    const input = $<HTMLInputElement>(el, '#currency');
    input.click();
    await el.updateComplete;
    const options = [...root(el).querySelectorAll('#currency-list [role=option]')];
    expect(options).to.have.length(enabledCurrencies.length);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).textContent).to.contain(
      new Intl.DisplayNames(['en'], { type: 'currency' }).of(enabledCurrencies[0]!)!,
    );
  });

  it('creates a Customer-managed organization, firing sh-before-create then sh-created, and sends what was typed', async () => {
    const { el, requests, backend } = await setup();
    await fillValid(el);
    await type(el, '#mobile', '+65 9123 4567');
    const events: string[] = [];
    let before: ShBeforeCreateEvent | undefined;
    el.addEventListener('sh-before-create', (e) => {
      before = e;
      events.push(e.type);
    });
    el.addEventListener('sh-created', (e) => events.push(e.type));
    const created = oneEvent(el, 'sh-created') as Promise<ShCreatedEvent>;
    await submit(el);
    const { organization } = await created;
    expect(events).to.deep.equal(['sh-before-create', 'sh-created']);
    expect(before!.input.name).to.equal('Tanjong Logistics Pte Ltd');
    expect(organization.name).to.equal('Tanjong Logistics Pte Ltd');
    expect(organization.managedBy).to.equal('CUSTOMER');
    expect(organization.remoteSupport.approvalRequired).to.equal(true);
    const [post] = creates(requests);
    const body = await bodyOf(post!);
    expect(body).to.deep.include({
      name: 'Tanjong Logistics Pte Ltd',
      accountType: 'BUSINESS_USER',
      subscriptionModel: 'LICENSE',
      managedBy: 'CUSTOMER',
      countryCode: 'SG',
      currencyCode: 'SGD',
      requireRemoteSupportApproval: true,
    });
    expect(body.owner).to.deep.equal({
      firstName: 'Ada',
      lastName: 'Tan',
      email: 'ada.tan@tanjong.example',
      mobileNumber: '+6591234567',
    });
    expect(body).to.not.have.property('billing');
    expect(body).to.not.have.property('tenantId');
    expect(orgsNamed(backend, 'Tanjong Logistics Pte Ltd')).to.equal(1);
    await el.updateComplete;
    expect(text(el, '[part=success]')).to.contain('Tanjong Logistics Pte Ltd');
    await expect(el).to.be.accessible();
  });

  it('“Create another” empties the form and keeps nothing stale', async () => {
    const { el, requests } = await setup();
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '[part=create-another]'), 'success shown');
    $<HTMLButtonElement>(el, '[part=create-another]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#name').value).to.equal('');
    expect($<HTMLInputElement>(el, '#country').value).to.equal('');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('');
    expect($(el, '.field-error')).to.equal(null);
    expect(text(el, '[part=banner]')).to.equal('');
    expect(root(el).activeElement?.id).to.equal('name');
    await fillValid(el, 'Second Org Pte Ltd');
    await submit(el);
    await waitUntil(() => creates(requests).length === 2 && $(el, '[part=success]'), 'second created');
    const [a, b] = creates(requests);
    expect(a!.headers.get('Idempotency-Key')).to.not.equal(b!.headers.get('Idempotency-Key'));
  });

  it('sends nothing when a host cancels sh-before-create, and keeps the form', async () => {
    const { el, requests } = await setup();
    await fillValid(el);
    const cancel = (e: Event) => e.preventDefault();
    let asked = 0;
    el.addEventListener('sh-before-create', () => asked++);
    el.addEventListener('sh-before-create', cancel);
    await submit(el);
    expect(asked, 'the host was asked, and said no').to.equal(1);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Tanjong Logistics Pte Ltd');
    // The same form submitted again with the host's consent: its request is the only one sent. Had the cancelled
    // submission sent one, it would come first (or this one would be refused while it is in flight).
    el.removeEventListener('sh-before-create', cancel);
    await submit(el);
    expect(asked, 'asked again: nothing was in flight').to.equal(2);
    await waitUntil(() => $(el, '[part=success]'), 'created once consented');
    expect(creates(requests)).to.have.length(1);
  });

  it('makes the owner optional for Service Provider, where the person is invited as an admin, and hides the approval setting', async () => {
    const { el, requests } = await setup();
    await check(el, '#managed-by-sp');
    expect(text(el, '#owner-note')).to.contain('invited to the organization as an admin');
    expect($(el, '#approval')).to.equal(null);
    await type(el, '#name', 'Lim Household');
    await check(el, 'input[name=accountType][value=HOME_USER]');
    await pick(el, '#country', 'Singapore');
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const body = await bodyOf(creates(requests)[0]!);
    expect(body.managedBy).to.equal('SERVICE_PROVIDER');
    expect(body).to.not.have.property('owner');
    expect(body).to.not.have.property('requireRemoteSupportApproval');
  });

  it('billing name and email follow the organization name and owner email until edited', async () => {
    const { el, requests } = await setup();
    await fillValid(el);
    const details = $<HTMLDetailsElement>(el, 'details');
    details.querySelector('summary')!.click();
    await waitUntil(() => $(el, '#billing-name'), 'billing fields shown');
    expect($<HTMLInputElement>(el, '#billing-name').value).to.equal('Tanjong Logistics Pte Ltd');
    expect($<HTMLInputElement>(el, '#billing-email').value).to.equal('ada.tan@tanjong.example');
    await type(el, '#name', 'Tanjong Freight Pte Ltd');
    expect($<HTMLInputElement>(el, '#billing-name').value, 'follows the name').to.equal('Tanjong Freight Pte Ltd');
    await type(el, '#billing-email', 'accounts@tanjong.example');
    await type(el, '#email', 'ada@tanjong.example');
    expect($<HTMLInputElement>(el, '#billing-email').value, 'edited: no longer follows').to.equal(
      'accounts@tanjong.example',
    );
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const body = await bodyOf(creates(requests)[0]!);
    expect(body.billing).to.deep.equal({
      billingName: 'Tanjong Freight Pte Ltd',
      billingEmail: 'accounts@tanjong.example',
    });
  });

  it('sends the billing address, its country following the organization’s until edited, typed with the keyboard', async function () {
    this.timeout(20000);
    const { el, requests } = await setup();
    await fillValid(el);
    $<HTMLDetailsElement>(el, 'details').querySelector('summary')!.click();
    await waitUntil(() => $(el, '#billing-street1'), 'address fields shown');
    const country = $<HTMLInputElement>(el, '#billing-countryCode');
    expect(country.value, 'follows the organization’s country').to.equal('Singapore');
    expect(text(el, '#billing-countryCode-hint')).to.contain('until edited');
    expect($(el, '#billing-street1').getAttribute('aria-required'), 'nothing typed: optional').to.equal('false');
    $<HTMLInputElement>(el, '#billing-street1').focus();
    await sendKeys({ type: '1 Harbourfront Ave' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Johor Bahru' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '80000' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(country);
    await sendKeys({ type: 'Malays' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(country.value).to.equal('Malaysia');
    expect($(el, '#billing-countryCode-hint'), 'edited: no longer follows').to.equal(null);
    expect($(el, '#billing-city').getAttribute('aria-required')).to.equal('true');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const body = await bodyOf(creates(requests)[0]!);
    expect(body.billing).to.deep.equal({
      billingName: 'Tanjong Logistics Pte Ltd',
      billingEmail: 'ada.tan@tanjong.example',
      address: { street1: '1 Harbourfront Ave', city: 'Johor Bahru', postCode: '80000', countryCode: 'MY' },
    });
  });

  it('asks for street and city at their fields when only part of the address is typed', async () => {
    const { el, requests } = await setup();
    await fillValid(el);
    $<HTMLDetailsElement>(el, 'details').querySelector('summary')!.click();
    await waitUntil(() => $(el, '#billing-postCode'), 'address fields shown');
    await type(el, '#billing-postCode', '018956');
    await submit(el);
    expect(creates(requests)).to.have.length(0);
    expect(text(el, '#billing-street1-error')).to.equal('This field is required.');
    expect(text(el, '#billing-city-error')).to.equal('This field is required.');
    expect($(el, '#billing-postCode-error'), 'the post code is fine').to.equal(null);
    expect($(el, '#billing-street1').getAttribute('aria-describedby')).to.equal('billing-street1-error');
    expect(root(el).activeElement?.id).to.equal('billing-street1');
    await expect(el).to.be.accessible();
    await type(el, '#billing-street1', '10 Anson Road');
    await type(el, '#billing-city', 'Singapore');
    expect($(el, '#billing-street1-error')).to.equal(null);
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const body = await bodyOf(creates(requests)[0]!);
    expect((body.billing as { address: unknown }).address).to.deep.equal({
      street1: '10 Anson Road',
      city: 'Singapore',
      postCode: '018956',
      countryCode: 'SG',
    });
  });

  it('edits buyer tags as chips, one per key, up to the domain’s limit (the one tag editor of the kit)', async () => {
    const { el, requests, client } = await setup();
    const caps = await client.capabilities();
    const max = Math.min(MAX_BUYER_TAGS, caps.maxBuyerTags);
    await fillValid(el);
    for (let i = 0; i < max; i++) {
      const key = [...root(el).querySelectorAll<HTMLOptionElement>('#buyer-tags-new-key option')]
        .map((o) => o.value)
        .find(Boolean)!;
      const select = $<HTMLSelectElement>(el, '#buyer-tags-new-key');
      select.value = key;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      await type(el, '#buyer-tags-new-value', `V-${i}`, false);
      $<HTMLInputElement>(el, '#buyer-tags-new-value').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
      );
      await el.updateComplete;
    }
    expect(root(el).querySelectorAll('[part=tag]')).to.have.length(max);
    expect($<HTMLInputElement>(el, '#buyer-tags-new-value').disabled, 'nothing more to add once full').to.equal(true);
    expect(text(el, '#buyer-tags-limit')).to.contain(`The limit is ${max} buyer tag`);
    const remove = $<HTMLButtonElement>(el, '[part=tag] button');
    expect(remove.getAttribute('aria-label')).to.match(/^Remove tag /);
    remove.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=tag]')).to.have.length(max - 1);
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const body = await bodyOf(creates(requests)[0]!);
    const tags = body.buyerTags as { key: string; value: string }[];
    expect(tags).to.have.length(max - 1);
    expect(new Set(tags.map((t) => t.key)).size).to.equal(tags.length);
  });

  it('sends the tag left in the add row, so nothing typed is lost', async () => {
    const { el, requests } = await setup();
    await fillValid(el);
    const select = $<HTMLSelectElement>(el, '#buyer-tags-new-key');
    const key = [...select.options].map((o) => o.value).find(Boolean)!;
    select.value = key;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    await type(el, '#buyer-tags-new-value', 'Typed only', false);
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    expect((await bodyOf(creates(requests)[0]!)).buyerTags).to.deep.equal([{ key, value: 'Typed only' }]);
  });

  it('tells a caller without organizations:create that they cannot create', async () => {
    const { el } = await setup({}, { token: DEMO_TOKENS.readOnly });
    expect($(el, 'form')).to.equal(null);
    expect(text(el, '[part=banner]')).to.contain('do not have permission');
    await expect(el).to.be.accessible();
  });

  it('can be filled in and submitted with the keyboard alone', async function () {
    this.timeout(30000);
    const { el, requests } = await setup();
    $<HTMLInputElement>(el, '#name').focus();
    await sendKeys({ type: 'Keyboard Org Pte Ltd' });
    await sendKeys({ press: 'Tab' });
    // The account-type radio group: the first radio gets focus, arrows move and select.
    await sendKeys({ press: 'Space' });
    const chosen = () =>
      [...root(el).querySelectorAll<HTMLInputElement>('input[name=accountType]')].find((i) => i.checked)?.value;
    expect(chosen()).to.be.a('string');
    const accountTypes = root(el).querySelectorAll('input[name=accountType]').length;
    for (let i = 0; i < accountTypes && chosen() !== 'BUSINESS_USER'; i++) await sendKeys({ press: 'ArrowDown' });
    expect(chosen(), 'the arrows reach Business User').to.equal('BUSINESS_USER');
    $<HTMLInputElement>(el, '#country').focus();
    await sendKeys({ type: 'Singap' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#country').value).to.equal('Singapore');
    expect($<HTMLInputElement>(el, '#currency').value).to.contain('SGD');
    $<HTMLInputElement>(el, '#first-name').focus();
    await sendKeys({ type: 'Kay' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Bee' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kay.bee@keyboard.example' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part=success]'), 'created with the keyboard');
    const body = await bodyOf(creates(requests)[0]!);
    expect(body).to.deep.include({
      name: 'Keyboard Org Pte Ltd',
      accountType: 'BUSINESS_USER',
      countryCode: 'SG',
      currencyCode: 'SGD',
    });
  });

  it('opens a picker with the arrow keys and closes it with Escape', async function () {
    this.timeout(20000);
    const { el } = await setup();
    const input = $<HTMLInputElement>(el, '#currency');
    // In view, as a person's Tab would bring it (WebKit's focus() leaves a field in a shadow root out of sight, and a
    // list whose field is out of view closes at once).
    input.scrollIntoView({ block: 'center' });
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    // The driver may answer before the engine has handled the key (WebKitGTK): wait for the popup the key opens.
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'ArrowDown opens the currency list');
    expect(input.getAttribute('aria-activedescendant')).to.equal('currency-opt-0');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => input.getAttribute('aria-activedescendant') === 'currency-opt-1',
      'the second ArrowDown moves to the second option',
    );
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('fires no event when properties are set programmatically, and both when the person submits', async () => {
    const { el } = await setup();
    const fired: string[] = [];
    el.addEventListener('sh-created', (e) => fired.push(e.type));
    el.addEventListener('sh-before-create', (e) => fired.push(e.type));
    await fillValid(el);
    // A new client (the session is read from it) and a reset of the filled-in form.
    const other = createTestBackend();
    el.client = other.client;
    el.reset();
    await storeOf(other.client).session.load();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#name').value, 'reset').to.equal('');
    expect(fired).to.deep.equal([]);
    // The same listeners hear a person's submission, sent through the new client.
    await fillValid(el);
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    expect(fired).to.deep.equal(['sh-before-create', 'sh-created']);
    expect(creates(other.requests)).to.have.length(1);
  });
  it('is accessible while the domain’s options load, and offers Try again when they cannot', async () => {
    const { backend, client } = createTestBackend();
    backend.faults.next(2, { status: 503 });
    const el = await fixtureWithClient<El>(html`<sh-create-organization></sh-create-organization>`, client);
    expect(text(el, '[role=status]')).to.contain('Loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '[part=banner] button'), 'failure shown');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part=banner] button').click();
    await waitUntil(() => $(el, 'form'), 'form after Try again');
  });

  it('speaks French when the page is in French and the catalogue is loaded', async () => {
    await import('../translations/fr.js');
    const { client } = createTestBackend();
    const el = await fixtureWithClient<El>(html`<sh-create-organization lang="fr"></sh-create-organization>`, client);
    await waitUntil(() => $(el, 'form'), 'form rendered');
    expect(text(el, '[part=title]')).to.equal('Créer une organisation');
    expect(text(el, '[part=submit]')).to.equal('Créer');
    expect($<HTMLInputElement>(el, '#country').placeholder).to.equal('Tapez pour rechercher');
  });
});
