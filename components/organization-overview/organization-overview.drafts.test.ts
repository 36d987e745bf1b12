import { expect, html, waitUntil } from '@open-wc/testing';
import { createTestBackend, fixtureWithClient } from '../../test/fixtures.js';
import { storeOf } from '../context/store.js';
import type { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import '../translations/fr.js';
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
  fieldValue,
  writes,
  type Overview,
} from './organization-overview.test-helpers.js';

async function renderAcme(attributes = '', lang = 'en') {
  const test = createTestBackend();
  const el = await fixtureWithClient<Overview>(
    html`<sh-organization-overview lang=${lang} organization-id=${test.backend.known.acme}></sh-organization-overview>`,
    test.client,
  );
  if (attributes === 'no-unload-guard') el.setAttribute('no-unload-guard', '');
  await loaded(el);
  // Every sh-unsaved-changes the element fires, by its value.
  const heard: boolean[] = [];
  el.addEventListener('sh-unsaved-changes', (e: ShUnsavedChangesEvent) => heard.push(e.hasUnsavedChanges));
  return { ...test, el, heard };
}

/** Shows organization `uuid` as a host does when the person picks it in the search bar, and waits for it. */
async function show(el: Overview, uuid: string, name: string): Promise<void> {
  el.organizationId = uuid;
  await waitUntil(() => text(el.shadowRoot!.querySelector('[part=name]')) === name, `${name} shown`);
  await el.updateComplete;
}

/** Whether leaving the page would ask first: the page's `beforeunload` listeners cancel the event. */
function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

const liveRegion = (el: Overview): string => text($(el, '[role=status][aria-live=polite]'));
const editing = (el: Overview, section: string): boolean =>
  !!el.shadowRoot!.querySelector(`[data-section='${section}'] form`);

describe('sh-organization-overview: unsaved changes', function () {
  this.timeout(20_000);

  it('says it holds unsaved changes once a section differs from the organization, and again when they are gone', async () => {
    const { el, heard } = await renderAcme();
    expect(el.hasUnsavedChanges).to.equal(false);
    await edit(el, 'information');
    // An open editor with nothing changed holds nothing to lose.
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([]);
    await type(el, '#information-name', 'Acme Holdings');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    await type(el, '#information-name', 'Acme Holdings Pte');
    expect(heard, 'one event per change of the flag, not per keystroke').to.deep.equal([true]);
    $(el, "[data-section='information'] form .actions button[type=button]").click();
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
  });

  it('is cleared by a save', async () => {
    const { el, heard } = await renderAcme();
    await edit(el, 'billing');
    await type(el, '#billing-billingName', 'Acme Billing Dept');
    const saved = nextSaved(el);
    clickSave(el, 'billing');
    await saved;
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(heard).to.deep.equal([true, false]);
  });

  it('asks before the page unloads while edits are unsaved, and stops asking once they are saved or cancelled', async () => {
    const { el } = await renderAcme();
    expect(unloadAsks()).to.equal(false);
    await edit(el, 'information');
    expect(unloadAsks(), 'nothing typed yet').to.equal(false);
    await type(el, '#information-name', 'Acme Holdings');
    expect(unloadAsks()).to.equal(true);
    $(el, "[data-section='information'] form .actions button[type=button]").click();
    await el.updateComplete;
    expect(unloadAsks()).to.equal(false);
    // Removed from the page: it no longer asks for it.
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    expect(unloadAsks()).to.equal(true);
    el.remove();
    expect(unloadAsks()).to.equal(false);
  });

  it('does not ask before unload with no-unload-guard, and still reports hasUnsavedChanges', async () => {
    const { el, heard } = await renderAcme('no-unload-guard');
    expect(el.noUnloadGuard).to.equal(true);
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true]);
    expect(unloadAsks()).to.equal(false);
    // Turned back on while the edits are unsaved: it asks at once.
    el.noUnloadGuard = false;
    await el.updateComplete;
    expect(unloadAsks()).to.equal(true);
  });
});

describe('sh-organization-overview: edits kept while another organization is shown', function () {
  this.timeout(20_000);

  it('keeps a section’s edits through another organization and brings them back, with a notice', async () => {
    const { el, backend, heard, requests } = await renderAcme();
    const acme = backend.known.acme;
    const other = backend.known.customerNoApproval;
    const otherName = backend.db.get(other)!.name;
    await edit(el, 'billing');
    await type(el, '#billing-billingName', 'Acme Billing Dept');
    await edit(el, 'information');
    // Opened but unchanged: not kept.

    await show(el, other, otherName);
    expect(editing(el, 'billing')).to.equal(false);
    expect(el.hasUnsavedChanges, 'the organization shown has no unsaved edits').to.equal(false);
    expect(heard).to.deep.equal([true, false]);
    expect(unloadAsks(), 'the kept edits would be lost with the page').to.equal(true);
    expect(writes(requests)).to.have.length(0);

    await show(el, acme, 'Acme Pte Ltd');
    await waitUntil(() => editing(el, 'billing'), 'billing editor back');
    expect($<HTMLInputElement>(el, '#billing-billingName').value).to.equal('Acme Billing Dept');
    expect(editing(el, 'information'), 'only edits are kept, not an open editor').to.equal(false);
    expect(text($(el, "[data-section='billing'] [part=draft-note]"))).to.contain(
      'You left this section with unsaved changes',
    );
    expect(liveRegion(el)).to.equal('Your unsaved changes are back: Billing Information.');
    expect(el.hasUnsavedChanges).to.equal(true);
    expect(heard).to.deep.equal([true, false, true]);
    await expect(el).to.be.accessible();

    // Saving them is like any save; they are then gone for good.
    const saved = nextSaved(el);
    clickSave(el, 'billing');
    expect((await saved).organization.billing?.billingName).to.equal('Acme Billing Dept');
    await el.updateComplete;
    expect($$(el, '[part=draft-note]')).to.have.length(0);
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(unloadAsks()).to.equal(false);
    await show(el, other, otherName);
    await show(el, acme, 'Acme Pte Ltd');
    expect(editing(el, 'billing')).to.equal(false);
    expect(fieldValue(el, 'billing-name')).to.equal('Acme Billing Dept');
  });

  it('drops kept edits the person cancels', async () => {
    const { el, backend } = await renderAcme();
    const other = backend.known.customerNoApproval;
    const otherName = backend.db.get(other)!.name;
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    await show(el, other, otherName);
    await show(el, backend.known.acme, 'Acme Pte Ltd');
    await waitUntil(() => editing(el, 'information'), 'information editor back');
    $(el, "[data-section='information'] form .actions button[type=button]").click();
    await el.updateComplete;
    expect(el.hasUnsavedChanges).to.equal(false);
    expect(unloadAsks()).to.equal(false);
    await show(el, other, otherName);
    await show(el, backend.known.acme, 'Acme Pte Ltd');
    expect(editing(el, 'information')).to.equal(false);
    expect(fieldValue(el, 'name')).to.equal('Acme Pte Ltd');
  });

  it('shows the conflict view when the organization changed while its edits were kept, even once the change is on screen', async () => {
    const { el, backend, requests, client } = await renderAcme();
    const acme = backend.known.acme;
    const other = backend.known.customerNoApproval;
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    const startedOn = backend.db.get(acme)!.version;
    await show(el, other, backend.db.get(other)!.name);
    // Someone else changes the country meanwhile; the widget reads the new copy on return.
    backend.db.bumpVersion(acme, { countryCode: 'MY' });
    await show(el, acme, 'Acme Pte Ltd');
    await el.reload();
    expect(storeOf(client).organization(acme).snapshot.data?.version, 'the widget holds the new copy').to.equal(
      startedOn + 1,
    );
    await waitUntil(() => editing(el, 'information'), 'information editor back');

    clickSave(el, 'information');
    await waitUntil(() => el.shadowRoot!.querySelector('[part=conflict] li'), 'diff shown');
    const patch = writes(requests)[0]!;
    expect(patch.headers.get('If-Match'), 'sent against the copy the edits started from').to.contain(String(startedOn));
    expect(text($(el, '[part=conflict] li'))).to.equal('Country: SG · Singapore → MY · Malaysia');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Holdings');
    await expect(el).to.be.accessible();

    const saved = nextSaved(el);
    [...$$(el, '[part=conflict] button')].find((b) => text(b) === 'Re-apply my changes')!.click();
    const { organization } = await saved;
    expect(organization.name).to.equal('Acme Holdings');
    expect(organization.countryCode).to.equal('MY');
    expect(unloadAsks()).to.equal(false);
  });

  it('says so in French too', async () => {
    const { el, backend } = await renderAcme('', 'fr');
    const other = backend.known.customerNoApproval;
    await edit(el, 'buyer-tags');
    await el.updateComplete;
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    await show(el, other, backend.db.get(other)!.name);
    await show(el, backend.known.acme, 'Acme Pte Ltd');
    await waitUntil(() => editing(el, 'information'), 'information editor back');
    expect(liveRegion(el)).to.match(/^Vos modifications non enregistrées sont de retour : .+\.$/);
    expect(text($(el, '[part=draft-note]'))).to.contain('Vous avez quitté cette section sans enregistrer');
    expect($$(el, '[part=draft-note]'), 'only the section with changes').to.have.length(1);
    $(el, "[data-section='information'] form .actions button[type=button]").click();
    await el.updateComplete;
    expect(unloadAsks()).to.equal(false);
  });

  it('keeps edits whose save is still on its way when another organization is shown, and that save cannot close them', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first save reaches the server only once released: its answer comes after the person moved on.
    const test = createTestBackend({}, {}, async (request, next) => {
      if (request.method === 'PATCH') await held;
      return next(request);
    });
    const acme = test.backend.known.acme;
    const other = test.backend.known.customerNoApproval;
    const el = await fixtureWithClient<Overview>(
      html`<sh-organization-overview organization-id=${acme}></sh-organization-overview>`,
      test.client,
    );
    await loaded(el);
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    clickSave(el, 'information');
    await waitUntil(() => writes(test.requests).length === 1, 'save sent');
    await show(el, other, test.backend.db.get(other)!.name);
    // The save on its way is abandoned (its answer, whatever it is, can no longer close the section)…
    expect(writes(test.requests)[0]!.signal.aborted).to.equal(true);
    release();
    // …and its edits are kept.
    await show(el, acme, 'Acme Pte Ltd');
    await waitUntil(() => editing(el, 'information'), 'information editor back');
    expect($<HTMLInputElement>(el, '#information-name').value).to.equal('Acme Holdings');
    // That save may have been applied: saving again recognises it instead of reporting a conflict with oneself.
    const saved = nextSaved(el);
    clickSave(el, 'information');
    expect((await saved).organization.name).to.equal('Acme Holdings');
  });

  it('forgets kept edits when the widgets are given another client (a sign-out, another caller)', async () => {
    const { el, backend } = await renderAcme();
    const other = backend.known.customerNoApproval;
    const otherName = backend.db.get(other)!.name;
    await edit(el, 'information');
    await type(el, '#information-name', 'Acme Holdings');
    await show(el, other, otherName);
    expect(unloadAsks()).to.equal(true);
    el.client = createTestBackend().client;
    await el.updateComplete;
    expect(unloadAsks()).to.equal(false);
    await show(el, backend.known.acme, 'Acme Pte Ltd');
    expect(editing(el, 'information')).to.equal(false);
  });
});
