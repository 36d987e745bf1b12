import { expect, html, waitUntil } from '@open-wc/testing';
import { createTestBackend, fixtureWithClient } from '../../test/fixtures.js';
import './organization-overview.js';
import type { ShOrganizationOverview } from './organization-overview.js';

describe('sh-organization-overview', () => {
  it("shows the organization's name and status from the backend", async () => {
    const { backend, client } = createTestBackend();
    const [uuid, org] = [...backend.db.organizations.entries()][0]!;
    const el = await fixtureWithClient<ShOrganizationOverview>(
      html`<sh-organization-overview organization-id=${uuid}></sh-organization-overview>`,
      client,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part=name]'), 'name rendered');
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.equal(org['name']);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Active');
    await expect(el).to.be.accessible();
  });

  it('shows a not-found message for an unknown organization', async () => {
    const { client } = createTestBackend();
    const el = await fixtureWithClient<ShOrganizationOverview>(
      html`<sh-organization-overview organization-id="00000000-0000-4000-8000-000000000000"></sh-organization-overview>`,
      client,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'alert rendered');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('not found');
    await expect(el).to.be.accessible();
  });
});
