import { ContextProvider } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createTestBackend, type TestBackend } from '../../test/fixtures.js';
import type { Organization, SalesHubClient } from '../../sdk/index.js';
import type { ShStatusChangedEvent } from '../events/status-changed-event.js';
import '../organization-overview/organization-overview.js';
import { loaded, fieldValue } from '../organization-overview/organization-overview.test-helpers.js';
import '../organization-search/organization-search.js';
import '../status-control/status-control.js';
import type { ShStatusControl } from '../status-control/status-control.js';
import { clientContext } from './client-context.js';
import { storeOf } from './store.js';

/** The GETs of one organization (not of its members or remote support). */
const reads = (t: TestBackend, uuid: string) =>
  t.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith(`/organizations/${uuid}`));

type Way = 'context' | 'property' | 'mixed';

/** An Overview and a status control for one organization, given the client the way a host would. */
async function twoWidgets(way: Way) {
  const t = createTestBackend({ organizations: 30 });
  const uuid = t.backend.known.acme;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  if (way !== 'property') new ContextProvider(host, { context: clientContext, initialValue: t.client }).hostConnected();
  const overview = document.createElement('sh-organization-overview');
  const control = document.createElement('sh-status-control');
  overview.organizationId = control.organizationId = uuid;
  if (way === 'property') overview.client = t.client;
  if (way !== 'context') control.client = t.client;
  host.append(overview, control);
  await loaded(overview);
  await waitUntil(() => control.shadowRoot!.querySelector('[part~=suspend-button]'), 'status control loaded');
  return { ...t, uuid, overview, control };
}

async function suspend(control: ShStatusControl): Promise<void> {
  const $ = <E extends HTMLElement>(s: string) => control.shadowRoot!.querySelector<E>(s)!;
  $('[part~=suspend-button]').click();
  const reason = $<HTMLSelectElement>('#reason');
  reason.value = 'CUSTOMER_REQUEST';
  reason.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await control.updateComplete;
  const changed = oneEvent(control, 'sh-status-changed') as unknown as Promise<ShStatusChangedEvent>;
  $<HTMLButtonElement>('#suspend-dialog button[type=submit]').click();
  await changed;
}

describe('one shared copy of each organization per client', () => {
  for (const way of ['context', 'property', 'mixed'] as const) {
    it(`reads the organization once for two widgets and shows a change made in one in the other, without a re-read (client by ${way})`, async () => {
      const { overview, control, uuid, ...t } = await twoWidgets(way);
      expect(reads(t, uuid)).to.have.length(1);
      expect(fieldValue(overview, 'status')).to.contain('Active');
      await suspend(control);
      await waitUntil(() => fieldValue(overview, 'status').includes('Suspended'), 'the Overview shows the suspension');
      expect(reads(t, uuid)).to.have.length(1);
      await expect(overview).to.be.accessible();
    });
  }

  it("keeps the search bar's chosen organization current: its status badge follows a suspension, with no read of its own", async () => {
    const { control, uuid, ...t } = await twoWidgets('mixed');
    const search = document.createElement('sh-organization-search');
    search.client = t.client;
    control.after(search);
    const org = t.backend.db.get(uuid)!;
    search.selected = {
      uuid,
      name: org.name,
      status: org.status,
      accountType: org.accountType,
      tier: org.tier,
      managedBy: org.managedBy,
      countryCode: org.countryCode,
      profilePictureUrl: null,
      matchedOn: [],
    };
    await search.updateComplete;
    let events = 0;
    search.addEventListener('sh-select', () => events++);
    await suspend(control);
    await waitUntil(
      () => search.shadowRoot!.querySelector('[part=selected-status]')?.textContent?.includes('Suspended'),
      'the bar shows the suspension',
    );
    expect(search.selected?.status).to.equal('SUSPENDED');
    expect(reads(t, uuid)).to.have.length(1);
    expect(events).to.equal(0);
  });

  it('reload() reads again from the server, for every widget showing the organization', async () => {
    const { overview, control, uuid, ...t } = await twoWidgets('context');
    const renamed = await t.client.organizations.update(t.backend.db.get(uuid)!, { name: 'Acme Renamed' });
    expect(renamed.name).to.equal('Acme Renamed');
    await control.reload();
    expect(reads(t, uuid)).to.have.length(2);
    await waitUntil(
      () => overview.shadowRoot!.querySelector('[part=name]')?.textContent?.includes('Acme Renamed'),
      'the Overview shows the new name',
    );
  });

  it('shows every widget that the organization is gone when one of them purges it', async () => {
    const t = createTestBackend({ organizations: 30, deletionGraceDays: 0 });
    const uuid = t.backend.known.acme;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(host, { context: clientContext, initialValue: t.client }).hostConnected();
    const overview = document.createElement('sh-organization-overview');
    overview.organizationId = uuid;
    host.append(overview);
    await loaded(overview);
    storeOf(t.client).purged(uuid);
    await waitUntil(
      () => overview.shadowRoot!.querySelector('[role=alert]')?.textContent?.includes('not found'),
      'not found shown',
    );
    expect(reads(t, uuid)).to.have.length(1);
    await expect(overview).to.be.accessible();
  });
});

describe('SalesHubStore', () => {
  /** A client whose GETs are answered at once by the server but reach the client only after `release()`. */
  function slowClient(): { t: TestBackend; client: SalesHubClient; release: () => void } {
    let open: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => (open = resolve));
    const t = createTestBackend({ organizations: 30 }, {}, async (request, next) => {
      const response = await next(request);
      if (request.method === 'GET') await gate;
      return response;
    });
    return {
      t,
      client: t.client,
      release: () => {
        open();
        gate = Promise.resolve();
      },
    };
  }

  it('sends one request for concurrent reads of one organization, in either case of its UUID', async () => {
    const { t, client, release } = slowClient();
    const uuid = t.backend.known.acme;
    const store = storeOf(client);
    const first = store.organization(uuid).load();
    const second = store.organization(uuid.toUpperCase()).load();
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(a).to.equal(b);
    expect(reads(t, uuid)).to.have.length(1);
    expect(storeOf(client)).to.equal(store);
  });

  it('never replaces a newer copy with an older one (a read that answers after a save)', async () => {
    const { t, client, release } = slowClient();
    const uuid = t.backend.known.acme;
    const copy = storeOf(client).organization(uuid);
    const stale = copy.fetch(); // the server answers this read with the version before the save
    await waitUntil(() => reads(t, uuid).length === 1, 'the read sent');
    const before = t.backend.db.get(uuid)!;
    const saved = await client.organizations.update(before, { name: 'Acme Saved' });
    const olderAnswer: Organization = { ...saved, name: 'Acme Old', version: saved.version - 1 };
    copy.write(saved);
    copy.write(olderAnswer);
    expect(copy.snapshot.data?.name).to.equal('Acme Saved');
    release();
    await stale;
    expect(copy.snapshot.data?.version).to.equal(saved.version);
    expect(copy.snapshot.data?.name).to.equal('Acme Saved');
  });

  it('reads the remote-support view again when a new version of its organization is written (approval, Managed by)', async () => {
    const t = createTestBackend({ organizations: 30 });
    const uuid = t.backend.known.acme;
    const store = storeOf(t.client);
    const support = store.remoteSupport(uuid);
    const unsubscribe = support.subscribe(() => undefined);
    const before = await support.load();
    const org = await store.organization(uuid).load();
    const supportReads = () =>
      t.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/remote-support')).length;
    expect(supportReads()).to.equal(1);
    store.write(await t.client.organizations.setRemoteSupportApproval(org!, !before!.approvalRequired));
    await waitUntil(
      () => support.snapshot.data?.approvalRequired === !before!.approvalRequired,
      'the shown view follows the organization',
    );
    expect(supportReads()).to.equal(2);
    // A view no widget shows is forgotten instead, and read by the next widget to show it.
    unsubscribe();
    store.write(
      await t.client.organizations.setRemoteSupportApproval(
        store.organization(uuid).snapshot.data!,
        before!.approvalRequired,
      ),
    );
    expect(support.snapshot.data).to.equal(undefined);
    expect(supportReads()).to.equal(2);
  });

  it('reads again when invalidated while a read is in flight (its answer may predate the change)', async () => {
    const answers: ((v: { version: number }) => void)[] = [];
    const client = { remoteSupport: { get: () => new Promise((resolve) => answers.push(resolve)) } };
    const query = storeOf(client as unknown as SalesHubClient).remoteSupport('any');
    query.subscribe(() => undefined);
    expect(answers).to.have.length(1);
    query.invalidate(); // e.g. a new version of the organization, written while its view was being read
    answers[0]!({ version: 1 });
    await waitUntil(() => answers.length === 2, 'a second read after the first one answers');
    answers[1]!({ version: 2 });
    await waitUntil(
      () => (query.snapshot.data as unknown as { version: number })?.version === 2,
      'the second answer is the copy',
    );
    expect(answers).to.have.length(2);
  });

  it('keeps one store per client: another client reads for itself', async () => {
    const a = createTestBackend({ organizations: 30 });
    const b = createTestBackend({ organizations: 30 });
    expect(storeOf(a.client)).to.not.equal(storeOf(b.client));
    await storeOf(a.client).organization(a.backend.known.acme).load();
    await storeOf(b.client).organization(b.backend.known.acme).load();
    expect(reads(a, a.backend.known.acme)).to.have.length(1);
    expect(reads(b, b.backend.known.acme)).to.have.length(1);
  });
});
