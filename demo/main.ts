/**
 * The demo: msw's worker starts first, and only then are the widgets imported, so no widget
 * can send a request before the mocked backend answers.
 */
import { setupWorker } from 'msw/browser';
import { ContextProvider } from '@lit/context';
import { createMockBackend, DEMO_TOKENS } from '../mocks/index.js';
import { createClient } from '../sdk/index.js';

const backend = createMockBackend();
const worker = setupWorker(...backend.handlers);
await worker.start({
  serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  onUnhandledFrame: 'bypass',
  quiet: true,
});

const { clientContext } = await import('../components/index.js');
const client = createClient({ baseUrl: backend.baseUrl, token: DEMO_TOKENS.admin });
new ContextProvider(document.body, { context: clientContext, initialValue: client });

const first = [...backend.db.organizations.keys()][0] ?? '';
const app = document.getElementById('app')!;
app.innerHTML = `<sh-organization-overview organization-id="${first}"></sh-organization-overview>`;
document.getElementById('boot')?.remove();
