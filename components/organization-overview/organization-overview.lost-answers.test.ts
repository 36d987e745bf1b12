// "Try again" after a lost answer: the save was applied, its answer never arrived, and the retry (based on the
// old version) conflicts with the person's own change. The widget recognises it and reports it saved; only a
// real difference is a conflict.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { LostAnswer } from '../../mocks/index.js';
import { createTestBackend, fixtureWithClient } from '../../test/fixtures.js';
import './organization-overview.js';
import {
  $,
  $$,
  clickSave,
  edit,
  loaded,
  nextSaved,
  text,
  type,
  writes,
  type Overview,
} from './organization-overview.test-helpers.js';

/** The client gives up on an attempt after 300 ms, so a hang ends as a timeout quickly. */
async function renderAcme() {
  const test = createTestBackend({ organizations: 30 }, { timeout: 300 });
  const el = await fixtureWithClient<Overview>(
    html`<sh-organization-overview organization-id=${test.backend.known.acme}></sh-organization-overview>`,
    test.client,
  );
  await loaded(el);
  return { ...test, el };
}

/** Waits for the "Try again" button in `scope` (a section, or the picture's) and returns it. */
async function tryAgain(el: Overview, scope: string): Promise<HTMLButtonElement> {
  const find = () => $$<HTMLButtonElement>(el, `${scope} button`).find((b) => text(b) === 'Try again');
  await waitUntil(find, `"Try again" offered in ${scope}`);
  return find()!;
}
const conflictOf = (el: Overview) => el.shadowRoot!.querySelector('[part=conflict]');

/** Each section: an edit a person makes, and how to see it is still in the form. */
const SECTIONS: {
  section: 'information' | 'billing' | 'buyer-tags';
  lose: LostAnswer;
  change(el: Overview): Promise<void>;
  kept(el: Overview): boolean;
}[] = [
  {
    section: 'information',
    lose: 'network',
    change: (el) => type(el, '#information-name', 'Acme Lost Answer'),
    kept: (el) => $<HTMLInputElement>(el, '#information-name').value === 'Acme Lost Answer',
  },
  {
    section: 'billing',
    lose: 504,
    change: (el) => type(el, '#billing-billingEmail', 'lost@ACME.example'),
    kept: (el) => $<HTMLInputElement>(el, '#billing-billingEmail').value === 'lost@ACME.example',
  },
  {
    section: 'buyer-tags',
    lose: 'hang',
    change: async (el) => {
      $$<HTMLButtonElement>(el, "[data-section='buyer-tags'] button")
        .find((b) => b.getAttribute('aria-label') === 'Remove tag TypeRef')!
        .click();
      await el.updateComplete;
    },
    kept: (el) =>
      !$$(el, "[data-section='buyer-tags'] button").some((b) => b.getAttribute('aria-label') === 'Remove tag TypeRef'),
  },
];

describe('sh-organization-overview: Try again after a lost answer', function () {
  this.timeout(20_000);

  for (const { section, lose, change, kept } of SECTIONS) {
    it(`${section}: reports the person's own applied change saved, not as a conflict (${lose})`, async () => {
      const { el, backend, requests } = await renderAcme();
      const { acme } = backend.known;
      await edit(el, section);
      await change(el);
      backend.faults.next(1, { lose });
      const version = backend.db.get(acme)!.version;
      clickSave(el, section);
      // The lost answer ends (a hang at the client's timeout) with the draft kept and "Try again" offered.
      const retry = await tryAgain(el, `[data-section='${section}']`);
      expect(backend.db.get(acme)!.version, 'the lost save was applied').to.equal(version + 1);
      expect(kept(el), 'the edit is still in the form').to.equal(true);
      await expect(el).to.be.accessible();

      const saved = nextSaved(el);
      retry.click();
      const event = await saved;
      expect(event.section).to.equal(section);
      expect(event.organization.version).to.equal(version + 1);
      await el.updateComplete;
      expect(conflictOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector(`[data-section='${section}'] form`), 'the section left edit mode').to.equal(
        null,
      );
      expect(writes(requests).map((r) => r.headers.get('If-Match'))).to.deep.equal([`"${version}"`, `"${version}"`]);
      expect(backend.db.get(acme)!.version, 'applied once').to.equal(version + 1);
      await expect(el).to.be.accessible();
    });
  }

  it('still shows a real difference as a conflict: another admin changed the name after the lost save', async () => {
    const { el, backend } = await renderAcme();
    const { acme } = backend.known;
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Mine');
    backend.faults.next(1, { lose: 502 });
    clickSave(el, 'information');
    const retry = await tryAgain(el, "[data-section='information']");
    backend.db.bumpVersion(acme, { name: 'Acme Theirs' });
    retry.click();
    await waitUntil(() => conflictOf(el)?.querySelector('li'), 'diff shown');
    expect(text(conflictOf(el)!.querySelector('li'))).to.equal('Name: Acme Pte Ltd → Acme Theirs');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Mine');
    await expect(el).to.be.accessible();
  });
});

describe('sh-organization-overview: picture upload after a lost answer', function () {
  this.timeout(20_000);
  const png = () =>
    new File(
      [
        Uint8Array.from(
          atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
          (c) => c.charCodeAt(0),
        ),
      ],
      'logo.png',
      { type: 'image/png' },
    );
  async function pick(el: Overview, file: File): Promise<void> {
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  }

  it('keeps the picture for "Try again", which reports the applied upload saved', async () => {
    const { el, backend, requests } = await renderAcme();
    const { acme } = backend.known;
    const version = backend.db.get(acme)!.version;
    backend.faults.next(1, { lose: 'network' });
    await pick(el, png());
    const retry = await tryAgain(el, '.heading');
    expect(text($(el, '#picture-error'))).to.not.equal('');
    expect(backend.db.get(acme)!.profilePictureUrl, 'the lost upload was applied').to.match(/^https:/);
    await expect(el).to.be.accessible();

    const saved = nextSaved(el);
    retry.click();
    const event = await saved;
    expect(event.section).to.equal('profile-picture');
    expect(event.organization.profilePictureUrl).to.equal(backend.db.get(acme)!.profilePictureUrl);
    await el.updateComplete;
    expect(text($(el, '#picture-error'))).to.equal('');
    expect(el.shadowRoot!.querySelector('[part=picture-retry]')).to.equal(null);
    expect(writes(requests)).to.have.length(2);
    expect(backend.db.get(acme)!.version, 'applied once').to.equal(version + 1);
    await expect(el).to.be.accessible();
  });

  it('shows a conflict when the other change is not its own upload (the failed attempt was refused)', async () => {
    const { el, backend } = await renderAcme();
    const { acme } = backend.known;
    backend.faults.next(1, { status: 503 });
    await pick(el, png());
    const retry = await tryAgain(el, '.heading');
    backend.db.bumpVersion(acme, { profilePictureUrl: 'https://cdn.sales-hub.example/org-pictures/theirs.png' });
    retry.click();
    await waitUntil(
      () => text($(el, '#picture-error')) === 'The picture was not saved. Organization has been modified.',
      'conflict explained',
    );
    expect(backend.db.get(acme)!.profilePictureUrl).to.equal('https://cdn.sales-hub.example/org-pictures/theirs.png');
  });
});

describe('sh-organization-overview: the outcome of a lost answer is not claimed', function () {
  this.timeout(20_000);

  it('the picture says its outcome is unknown, not that it was not saved', async () => {
    const { el, backend } = await renderAcme();
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'logo.png', { type: 'image/png' }));
    const input = $<HTMLInputElement>(el, 'input[type=file]');
    input.files = transfer.files;
    backend.faults.next(1, { lose: 504 });
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => text($(el, '#picture-error')) !== '', 'outcome explained');
    expect(text($(el, '#picture-error'))).to.equal(
      "We couldn't confirm whether the picture was saved. Try again to check and finish.",
    );
  });

  it('the approval switch reads the server after a lost answer: applied is reported saved', async () => {
    const { el, backend } = await renderAcme();
    const { acme } = backend.known;
    backend.faults.next(1, { lose: 'network' });
    const saved = nextSaved(el);
    $(el, '[role=switch]').click();
    const event = await saved;
    expect(event.section).to.equal('remote-support');
    expect(event.organization.remoteSupport.approvalRequired).to.equal(false);
    await el.updateComplete;
    expect($(el, '[role=switch]').getAttribute('aria-checked')).to.equal('false');
    expect(text($(el, '#approval-error'))).to.equal('');
    expect(backend.db.get(acme)!.remoteSupport.approvalRequired).to.equal(false);
  });

  it('the approval switch says the outcome is unknown when the server cannot be read either', async () => {
    const { el, backend } = await renderAcme();
    backend.faults.next(1, { lose: 'network' });
    backend.faults.next(1, 'network');
    $(el, '[role=switch]').click();
    await waitUntil(() => text($(el, '#approval-error')) !== '', 'outcome explained');
    expect(text($(el, '#approval-error'))).to.equal(
      "We couldn't confirm whether your change was saved. Try again to check and finish.",
    );
  });
});
