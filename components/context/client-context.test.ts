import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../test/setup.js';
import { createTestBackend } from '../../test/fixtures.js';
import '../status-control/status-control.js';
import type { ShStatusControl } from '../status-control/status-control.js';
import { provideClient } from './client-context.js';

describe('provideClient', () => {
  it('reaches widgets that were already on the page, and hands them a new client on setValue', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><sh-status-control></sh-status-control></div>`);
    const el = host.querySelector('sh-status-control') as ShStatusControl;
    expect(el.client).to.equal(undefined);

    const first = createTestBackend().client;
    const provider = provideClient(host, first);
    await waitUntil(() => el.client === first, 'the widget got the client provided after it connected');

    const second = createTestBackend().client;
    provider.setValue(second);
    expect(el.client).to.equal(second);
  });

  it('reaches widgets added later', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const { client } = createTestBackend();
    provideClient(host, client);
    const el = document.createElement('sh-status-control');
    host.append(el);
    expect(el.client).to.equal(client);
  });
});
