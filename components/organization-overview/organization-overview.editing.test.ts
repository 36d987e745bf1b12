import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTestBackend, fixtureWithClient, problemResponse } from '../../test/fixtures.js';
import './organization-overview.js';
import {
  $,
  $$,
  choose,
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

const path = (r: Request): string => new URL(r.url).pathname.replace(/^.*\/organizations\/[^/]+/, '');

describe('sh-organization-overview: editing', function () {
  // Each test drives a whole edit-save round trip (and axe) in a real browser: allow for a busy CI machine.
  this.timeout(20_000);
  it('edits Organization Information in place and sends only what changed, with the version', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'information');
    expect(el.shadowRoot!.activeElement?.id).to.equal('information-name');
    await expect(el).to.be.accessible();
    await type(el, '#information-name', 'Acme Holdings');
    // The country is the kit's combobox (the create form's): typing filters the assigned countries…
    const country = $<HTMLInputElement>(el, '#information-country');
    expect(country.getAttribute('role')).to.equal('combobox');
    country.focus();
    await type(el, '#information-country', 'malaysia');
    expect(text($(el, '[role=listbox] [role=option]'))).to.contain('Malaysia');
    await expect(el).to.be.accessible();
    // …and a name typed in full counts as that country when the field is left.
    country.blur();
    await el.updateComplete;
    expect(country.value).to.equal('Malaysia');
    const saved = nextSaved(el);
    clickSave(el, 'information');
    const event = await saved;
    expect(event.section).to.equal('information');
    expect(event.organization.name).to.equal('Acme Holdings');
    const patch = writes(requests)[0]!;
    expect(patch.method).to.equal('PATCH');
    expect(path(patch)).to.equal('');
    expect(patch.headers.get('If-Match')).to.equal('"7"');
    expect(await patch.json()).to.deep.equal({ name: 'Acme Holdings', countryCode: 'MY' });
    await el.updateComplete;
    expect($$(el, '[data-section=information] form')).to.have.length(0);
    expect(fieldValue(el, 'name')).to.equal('Acme Holdings');
    expect(fieldValue(el, 'country')).to.equal('MY · Malaysia');
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('edit-button');
  });

  it('closes without a request when nothing changed, and Cancel drops the edits', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'information');
    clickSave(el, 'information');
    await waitUntil(() => !el.shadowRoot!.querySelector('[data-section=information] form'), 'closed');
    await edit(el, 'information');
    await type(el, '#information-name', 'Something else');
    $(el, '[data-section=information] form .actions button[type=button]').click();
    await el.updateComplete;
    expect(fieldValue(el, 'name')).to.equal('Acme Pte Ltd');
    expect(writes(requests)).to.have.length(0);
  });

  it('replaces Billing Information with the full address and tax number', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'billing');
    expect(($(el, '#billing-billingName') as HTMLInputElement).value).to.equal('Acme Pte Ltd');
    await type(el, '#billing-billingEmail', 'finance@acme.com.sg');
    await type(el, '#billing-street2', '');
    await type(el, '#billing-taxRegistrationNumber', 'M2-7654321-0');
    await expect(el).to.be.accessible();
    const saved = nextSaved(el);
    clickSave(el, 'billing');
    expect((await saved).section).to.equal('billing');
    const put = writes(requests)[0]!;
    expect(put.method).to.equal('PUT');
    expect(path(put)).to.equal('/billing');
    expect(await put.json()).to.deep.equal({
      billingName: 'Acme Pte Ltd',
      billingEmail: 'finance@acme.com.sg',
      address: {
        street1: '1 Raffles Place',
        street2: null,
        city: 'Singapore',
        stateOrProvince: null,
        postCode: '048616',
        countryCode: 'SG',
      },
      taxRegistrationNumber: 'M2-7654321-0',
    });
    await el.updateComplete;
    expect(fieldValue(el, 'billing-email')).to.equal('finance@acme.com.sg');
  });

  it('checks fields as the person types, with messages at the fields, and sends nothing invalid', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'billing');
    await type(el, '#billing-billingEmail', 'not-an-email');
    const email = $(el, '#billing-billingEmail');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${email.getAttribute('aria-describedby')}`))).to.equal('Enter a valid email address.');
    await type(el, '#billing-billingEmail', 'ok@acme.com.sg');
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    // Clearing a required address line shows its message once saving is attempted, and focus goes there.
    await type(el, '#billing-city', '');
    expect(text($(el, '#billing-city-error'))).to.equal('This field is required.');
    await type(el, '#billing-billingName', '');
    clickSave(el, 'billing');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('aria-invalid') === 'true',
      'focus on the first invalid field',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('billing-billingName');
    // The summary: "Organization is invalid." with the field messages under it, each naming its field.
    await waitUntil(() => el.shadowRoot!.querySelector('[data-section=billing] sh-form-feedback li'), 'summary listed');
    const summary = $(el, '[data-section=billing] sh-form-feedback');
    expect(text(summary.querySelector('p'))).to.equal('Organization is invalid.');
    expect([...summary.querySelectorAll('li')].map(text)).to.deep.equal([
      'Billing name: This field is required.',
      'City: This field is required.',
    ]);
    expect(writes(requests)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses an invalid billing email with "Organization is invalid." and the field message under it', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'billing');
    await type(el, '#billing-billingEmail', 'finance-at-acme');
    clickSave(el, 'billing');
    await waitUntil(() => el.shadowRoot!.querySelector('[data-section=billing] sh-form-feedback li'), 'summary listed');
    expect(text($(el, '[data-section=billing] [role=alert] .banner.error'))).to.equal(
      'Organization is invalid. Billing email: Enter a valid email address.',
    );
    expect(el.shadowRoot!.activeElement?.id).to.equal('billing-billingEmail');
    expect(writes(requests)).to.have.length(0);
    await expect(el).to.be.accessible();
    // Fixed, the summary goes away.
    await type(el, '#billing-billingEmail', 'finance@acme.com.sg');
    await waitUntil(
      () => !el.shadowRoot!.querySelector('[data-section=billing] sh-form-feedback:not([hidden])'),
      'no summary once nothing is left to fix',
    );
  });

  it('places server field errors at their fields and shows "Organization is invalid."', async () => {
    let answer422 = true;
    const test = createTestBackend({}, {}, async (request, next) => {
      if (request.method !== 'PATCH' || !answer422) return next(request);
      answer422 = false;
      return problemResponse(request, 'validation', [
        { pointer: '/name', code: 'not-allowed-value', message: 'This name is reserved.' },
      ]);
    });
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview>`,
      test.client,
    );
    await loaded(el);
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Reserved');
    const failed = nextError(el);
    clickSave(el, 'information');
    expect((await failed).section).to.equal('information');
    await waitUntil(
      () => el.shadowRoot!.querySelector('[data-section=information] sh-form-feedback li'),
      'summary listed',
    );
    expect(text($(el, '[data-section=information] .banner.error'))).to.equal(
      'Organization is invalid. Name: This name is reserved.',
    );
    const name = $<HTMLInputElement>(el, '#information-name');
    expect(name.value).to.equal('Acme Reserved');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#information-name-error'))).to.equal('This name is reserved.');
    await expect(el).to.be.accessible();
    // Changing the field clears the server's message for it.
    await type(el, '#information-name', 'Acme Group');
    expect(name.getAttribute('aria-invalid')).to.equal('false');
  });

  it('edits Buyer Tags as chips: remove, add, limit with a reason, and saves the set', async () => {
    const { el, requests } = await renderAcme();
    await edit(el, 'buyer-tags');
    expect($$(el, '[part~=tag]').map((t) => text(t))).to.deep.equal(['CustomerRef: CRM-00042', 'TypeRef: SME']);
    // Add a third tag: the limit is min(3, maxBuyerTags).
    const keys = $$<HTMLOptionElement>(el, '#buyer-tags-new-key option')
      .map((o) => o.value)
      .filter(Boolean);
    expect(keys).not.to.include('CustomerRef');
    expect(keys).not.to.include('TypeRef');
    await choose(el, '#buyer-tags-new-key', keys[0]!);
    await type(el, '#buyer-tags-new-value', 'ERP-1');
    $(el, '[part=add-tag-button]').click();
    await el.updateComplete;
    expect($$(el, '[part~=tag]')).to.have.length(3);
    const add = $(el, '[part=add-tag-button]');
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, `#${add.getAttribute('aria-describedby')}`))).to.equal(
      'The limit is 3 buyer tags. Remove one to add another.',
    );
    expect($<HTMLSelectElement>(el, '#buyer-tags-new-key').disabled).to.equal(true);
    add.click();
    await el.updateComplete;
    expect($$(el, '[part~=tag]')).to.have.length(3);
    await expect(el).to.be.accessible();
    // Remove the first chip.
    $(el, '.chip-remove').click();
    await el.updateComplete;
    expect($$(el, '.chip-remove').map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Remove tag TypeRef',
      `Remove tag ${keys[0]}`,
    ]);
    const saved = nextSaved(el);
    clickSave(el, 'buyer-tags');
    const event = await saved;
    expect(event.section).to.equal('buyer-tags');
    const put = writes(requests)[0]!;
    expect(path(put)).to.equal('/buyer-tags');
    expect(await put.json()).to.deep.equal({
      buyerTags: [
        { key: 'TypeRef', value: 'SME' },
        { key: keys[0], value: 'ERP-1' },
      ],
    });
  });

  it('runs the chip editor from the keyboard alone', async () => {
    const { el, requests } = await renderAcme();
    $(el, '[data-section=buyer-tags] [part=edit-button]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-section=buyer-tags] form'), 'editing');
    // Focus starts on the add row's key select (the chips' remove buttons come first in the list, then it).
    const select = $<HTMLSelectElement>(el, '#buyer-tags-new-key');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value !== '', 'key chosen');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'VIP' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~=tag]').length === 3, 'tag added with Enter');
    expect(writes(requests)).to.have.length(0);
    $(el, '.chip-remove').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~=tag]').length === 2, 'tag removed with Enter');
    expect(el.shadowRoot!.activeElement?.classList.contains('chip-remove')).to.equal(true);
  });

  it('edits and saves Organization Information with the keyboard alone', async () => {
    const { el, requests } = await renderAcme();
    $(el, '[data-section=information] [part=edit-button]').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'information-name', 'name focused');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Group' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => writes(requests).length === 1 && !el.shadowRoot!.querySelector('[data-section=information] form'),
      'saved',
    );
    expect(await writes(requests)[0]!.json()).to.deep.equal({ name: 'Acme Pte Ltd Group' });
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('part') === 'edit-button',
      'focus back on the edit icon',
    );
  });

  it('checks the picture type and size before uploading, with a message at the field', async () => {
    const { el, requests } = await renderAcme();
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    const pick = async (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick(new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(text($(el, '#picture-error'))).to.equal('This file is image/gif. Choose a PNG, JPEG or WebP image.');
    expect($(el, '[part=picture-button]').getAttribute('aria-describedby')).to.contain('picture-error');
    await pick(new File([new Uint8Array(1_572_864)], 'big.png', { type: 'image/png' }));
    expect(text($(el, '#picture-error'))).to.equal(
      'This image is 1.5 MiB; the limit is 1 MiB. Choose a smaller image.',
    );
    await pick(new File([new Uint8Array(1_048_577)], 'just-over.webp', { type: 'image/webp' }));
    expect(text($(el, '#picture-error'))).to.equal(
      'This image is 1,048,577 bytes; the limit is 1 MiB. Choose a smaller image.',
    );
    expect(writes(requests)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('uploads a valid picture and can remove it', async () => {
    const { el, requests } = await renderAcme();
    // A 1×1 PNG.
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
      (c) => c.charCodeAt(0),
    );
    const transfer = new DataTransfer();
    transfer.items.add(new File([png], 'logo.png', { type: 'image/png' }));
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    input.files = transfer.files;
    const uploaded = nextSaved(el);
    input.dispatchEvent(new Event('change'));
    const event = await uploaded;
    expect(event.section).to.equal('profile-picture');
    expect(event.organization.profilePictureUrl).to.match(/^https:/);
    const put = writes(requests)[0]!;
    expect(put.method).to.equal('PUT');
    expect(path(put)).to.equal('/profile-picture');
    expect(put.headers.get('Content-Type')).to.equal('image/png');
    await el.updateComplete;
    const remove = $$(el, '.picture-actions button').find((b) => text(b) === 'Remove picture')!;
    const removed = nextSaved(el);
    remove.click();
    expect((await removed).organization.profilePictureUrl).to.equal(null);
    expect(writes(requests).at(-1)!.method).to.equal('DELETE');
  });
});
