/**
 * A hostile portal page: the kit's widgets dropped into the kind of layout a host already has, where every ancestor
 * of a popup tries to clip or cover it. A sticky header with a high z-index holds the search bar in a card with
 * `overflow: hidden` and a transform; cards of the same kind hold an Overview; a modal `<dialog>` holds the create form;
 * a 360 px side panel holds the ownership switch. The e2e suite (test/e2e/hostile.test.js) opens every popup here and
 * checks, by hit-testing, that each option is seen whole and on top.
 *
 * The same mocked backend as the demo (in memory: nothing persists); `?theme=dark` shows the dark theme, and
 * `?positioning=floating` places the popups with the fallback (`@floating-ui/dom`) even where CSS anchor positioning
 * is supported.
 */
import '../components/themes/light.css';
import '../components/themes/dark.css';
import './hostile.css';
import { setupWorker } from 'msw/browser';
import { createMockBackend, DEMO_TOKENS } from '../mocks/index.js';

const boot = document.getElementById('boot')!;
try {
  const backend = createMockBackend();
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  const [{ provideClient }, { createClient }, { popupPositioning }] = await Promise.all([
    import('../components/index.js'),
    import('../sdk/index.js'),
    import('../components/controllers/anchored-popup.js'),
  ]);
  const params = new URLSearchParams(location.search);
  if (params.get('theme') === 'dark') document.documentElement.classList.add('sh-theme-dark');
  if (params.get('positioning') === 'floating') popupPositioning.anchors = false;

  const { acme, spManaged } = backend.known;
  const page = document.createElement('div');
  page.className = 'portal';
  page.innerHTML = `
    <header class="portal-header">
      <strong class="logo">Portal</strong>
      <div class="card header-card"><sh-organization-search hide-label></sh-organization-search></div>
      <button type="button" id="open-create">New organization</button>
    </header>
    <div class="portal-body">
      <main>
        <section class="card clip" aria-label="Organization">
          <sh-organization-overview organization-id="${acme}"></sh-organization-overview>
        </section>
        <section class="card clip cover" aria-label="Activity">
          <h2>Activity</h2>
          <p>A card stacked above the one before it, as a portal's widgets often are.</p>
        </section>
      </main>
      <aside class="side-panel" aria-label="Ownership">
        <h2>Ownership</h2>
        <sh-ownership-switch organization-id="${spManaged}"></sh-ownership-switch>
      </aside>
    </div>
    <dialog id="create-dialog" aria-labelledby="create-title">
      <div class="dialog-head">
        <h2 id="create-title">New organization</h2>
        <button type="button" id="close-create" aria-label="Close">✕</button>
      </div>
      <sh-create-organization></sh-create-organization>
    </dialog>`;
  const client = createClient({ baseUrl: backend.baseUrl, token: DEMO_TOKENS.admin });
  provideClient(page, client);
  boot.replaceWith(page);
  const dialog = page.querySelector<HTMLDialogElement>('#create-dialog')!;
  page.querySelector('#open-create')!.addEventListener('click', () => dialog.showModal());
  page.querySelector('#close-create')!.addEventListener('click', () => dialog.close());
  (window as unknown as { salesHubDemo: unknown }).salesHubDemo = { backend, client };
} catch (error) {
  boot.setAttribute('role', 'alert');
  boot.textContent = `The mocked backend could not start (${error instanceof Error ? error.message : String(error)}).`;
  throw error;
}
