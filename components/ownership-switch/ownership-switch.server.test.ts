import { expect, waitUntil } from '@open-wc/testing';
import type { ProblemSlug } from '../../sdk/index.js';
import {
  root,
  $,
  text,
  changes,
  memberLists,
  render,
  setup,
  withProblem,
  type,
  click,
  press,
  newPersonToConfirm,
} from './ownership-switch.test-helpers.js';

describe('sh-ownership-switch with the server', () => {
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
    expect(text(el, '[part=banner]')).to.contain("We couldn't confirm whether your change was saved.");
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
    await client.organizations.changeOwnership(org, {
      to: 'CUSTOMER',
      newOwner: { kind: 'EXISTING_MEMBER', memberId: backend.known.spManagedAdmin },
    });
    await el.reload();
    expect(text(el, '[part=value]'), 'reload() shows the new value').to.equal('Customer');
  });

  it('aborts a stale member search, so only the latest query’s results are shown', async () => {
    const { el, requests, backend } = await setup((k) => k.spManaged);
    await click(el, '[part=edit-button]');
    await click(el, '#mode-EXISTING_MEMBER');
    await waitUntil(() => memberLists(requests).length === 1 && text(el, '#member-count') !== '', 'first page');
    backend.faults.setLatency(400);
    const input = $<HTMLInputElement>(el, '#member');
    input.value = 'chua';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => memberLists(requests).length === 2, 'first search sent');
    input.value = 'ravi';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => memberLists(requests).length === 3, 'second search sent');
    await waitUntil(() => text(el, '#member-count') !== '', 'answered', { timeout: 3000 });
    const hints = [...root(el).querySelectorAll('#member-list [role=option] .hint')].map((h) => h.textContent);
    expect(hints).to.deep.equal(['ravi.nair@kallangclinics.com.sg']);
    expect(memberLists(requests)[1]!.signal.aborted, 'the stale request was aborted').to.be.true;
  });
});
