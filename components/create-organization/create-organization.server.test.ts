import { expect, waitUntil } from '@open-wc/testing';
import type { ProblemSlug } from '../../sdk/index.js';
import { createTestBackend } from '../../test/fixtures.js';
import {
  root,
  $,
  text,
  creates,
  orgsNamed,
  render,
  setup,
  withProblem,
  type,
  fillValid,
  submit,
} from './create-organization.test-helpers.js';

describe('sh-create-organization with the server', () => {
  it('shows a duplicate Tenant ID at its field, in plain words, and keeps everything typed', async () => {
    const { el, backend } = await setup();
    const db = backend.db as unknown as { organizations: Map<string, { tenantId: string }> };
    const taken = [...db.organizations.values()][0]!.tenantId;
    await fillValid(el);
    await type(el, '#tenant-id', taken);
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'banner shown');
    expect(text(el, '[part=banner]')).to.contain('Tenant ID is already in use');
    expect(text(el, '#tenant-id-error')).to.contain('already in use');
    expect($<HTMLInputElement>(el, '#tenant-id').value).to.equal(taken);
    expect($<HTMLInputElement>(el, '#name').value).to.equal('Tanjong Logistics Pte Ltd');
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ada.tan@tanjong.example');
    expect(root(el).activeElement?.id).to.equal('tenant-id');
    await expect(el).to.be.accessible();
    await type(el, '#tenant-id', `${taken}-2`);
    expect($(el, '#tenant-id-error'), 'the server message goes once edited').to.equal(null);
  });

  it('shows the server’s field errors at their fields with the banner “Organization is invalid.”', async () => {
    const { client } = withProblem('validation', [
      { pointer: '/owner/email', code: 'invalid-format', message: 'Enter a valid email address.' },
      { pointer: '/billing/address/postCode', code: 'too-long', message: 'Must be at most 16 characters.' },
    ]);
    const el = await render(client);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'banner shown');
    expect(text(el, '[part=banner]')).to.contain('Organization is invalid.');
    await waitUntil(() => text(el, '[part=banner] li'), 'summary listed');
    expect(text(el, '[part=banner]'), 'an error without a field is listed').to.contain('at most 16 characters');
    expect(text(el, '[part=banner]'), 'a field error is listed with its field').to.contain(
      'Email: Enter a valid email address.',
    );
    expect(text(el, '#email-error')).to.contain('email address');
    expect(root(el).activeElement?.id).to.equal('email');
    await expect(el).to.be.accessible();
  });

  it('shows a server error at /billing/address/postCode at the post code field', async () => {
    const { client } = withProblem('validation', [
      { pointer: '/billing/address/postCode', code: 'invalid-format', message: 'Has an invalid format.' },
    ]);
    const el = await render(client);
    await fillValid(el);
    $<HTMLDetailsElement>(el, 'details').querySelector('summary')!.click();
    await waitUntil(() => $(el, '#billing-street1'), 'address fields shown');
    await type(el, '#billing-street1', '10 Anson Road');
    await type(el, '#billing-city', 'Singapore');
    await type(el, '#billing-postCode', '018956');
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'banner shown');
    await waitUntil(() => text(el, '[part=banner] li'), 'summary listed');
    expect(text(el, '[part=banner]')).to.equal(
      'Organization is invalid. Post code (optional): Use letters, digits, spaces or hyphens.',
    );
    expect(text(el, '#billing-postCode-error')).to.equal('Use letters, digits, spaces or hyphens.');
    expect($(el, '#billing-postCode').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement?.id).to.equal('billing-postCode');
    expect($<HTMLInputElement>(el, '#billing-street1').value, 'typed input kept').to.equal('10 Anson Road');
    await expect(el).to.be.accessible();
    await type(el, '#billing-postCode', '018957');
    expect($(el, '#billing-postCode-error'), 'the server message goes once edited').to.equal(null);
  });

  const banners: [ProblemSlug, RegExp, string?][] = [
    ['owner-required', /needs an owner/, '#owner'],
    ['account-type-not-allowed', /account type cannot be created/, '#account-type-error'],
    ['subscription-model-not-allowed', /subscription model is not allowed/, '#subscription-error'],
    ['forbidden', /do not have permission to create/],
    ['idempotency-key-reused', /Submit again/],
    ['malformed-request', /Request is malformed/],
    ['idempotency-key-missing', /Idempotency-Key header is required/],
    ['unsupported-media-type', /Media type is not supported/],
  ];
  for (const [slug, message, field] of banners) {
    it(`explains “${slug}” in plain words and keeps the form`, async () => {
      const { client, requests } = withProblem(slug);
      const el = await render(client);
      await fillValid(el);
      await submit(el);
      await waitUntil(() => text(el, '[part=banner]'), 'banner shown');
      expect(text(el, '[part=banner]')).to.match(message);
      if (field) expect(text(el, field)).to.not.equal('');
      expect($<HTMLInputElement>(el, '#name').value).to.equal('Tanjong Logistics Pte Ltd');
      expect(creates(requests)).to.have.length(1);
    });
  }

  it('retries after a dropped connection with the same idempotency key and creates exactly one organization', async () => {
    const { el, backend, requests } = await setup();
    await fillValid(el);
    backend.faults.next(1, 'network');
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'failure shown');
    // The request may have reached the server: the outcome is unknown, and "Create" again checks and finishes.
    expect(text(el, '[part=banner]')).to.contain("We couldn't confirm whether the organization was created.");
    expect($<HTMLInputElement>(el, '#name').value, 'input kept').to.equal('Tanjong Logistics Pte Ltd');
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created on retry');
    const posts = creates(requests);
    expect(posts).to.have.length(2);
    expect(posts[0]!.headers.get('Idempotency-Key'))
      .to.be.a('string')
      .and.equal(posts[1]!.headers.get('Idempotency-Key'));
    expect(orgsNamed(backend, 'Tanjong Logistics Pte Ltd')).to.equal(1);
  });

  it('replays instead of creating twice when the first answer was lost after the server created it', async () => {
    let drop = true;
    // The server creates the organization, then the connection drops before its answer arrives.
    const { backend, client } = createTestBackend({}, {}, async (request, next) => {
      const response = await next(request);
      if (drop && request.method === 'POST') {
        drop = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    });
    const el = await render(client);
    await fillValid(el);
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'failure shown');
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created on retry');
    expect(orgsNamed(backend, 'Tanjong Logistics Pte Ltd')).to.equal(1);
  });

  it('uses a new idempotency key once the person changes the form', async () => {
    const { el, backend, requests } = await setup();
    await fillValid(el);
    backend.faults.next(1, 'network');
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'failure shown');
    await type(el, '#name', 'Tanjong Freight Pte Ltd');
    await submit(el);
    await waitUntil(() => $(el, '[part=success]'), 'created');
    const [a, b] = creates(requests);
    expect(a!.headers.get('Idempotency-Key')).to.not.equal(b!.headers.get('Idempotency-Key'));
    expect(orgsNamed(backend, 'Tanjong Freight Pte Ltd')).to.equal(1);
    expect(orgsNamed(backend, 'Tanjong Logistics Pte Ltd')).to.equal(0);
  });

  it('ignores a second submit while the first is pending', async () => {
    const { el, backend, requests } = await setup();
    await fillValid(el);
    backend.faults.setLatency(150);
    await submit(el);
    expect($(el, '[part=submit]').getAttribute('aria-disabled')).to.equal('true');
    await submit(el);
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => $(el, '[part=success]'), 'created');
    expect(creates(requests)).to.have.length(1);
    expect(orgsNamed(backend, 'Tanjong Logistics Pte Ltd')).to.equal(1);
  });

  it('explains a timeout and keeps the form', async () => {
    const { el, backend } = await setup({}, { timeout: 200 });
    await fillValid(el);
    backend.faults.next(1, 'hang');
    await submit(el);
    await waitUntil(() => text(el, '[part=banner]'), 'timeout shown', { timeout: 3000 });
    expect(text(el, '[part=banner]')).to.contain("We couldn't confirm whether the organization was created.");
    expect($<HTMLInputElement>(el, '#email').value).to.equal('ada.tan@tanjong.example');
  });
});
