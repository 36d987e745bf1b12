/**
 * The demo: msw's worker starts first, and only then are the widgets imported, so no widget
 * can send a request before the mocked backend answers.
 */
import '../components/themes/light.css';
import '../components/themes/dark.css';
import './demo.css';
import { setupWorker } from 'msw/browser';
import { createMockBackend, type MockBackend } from '../mocks/index.js';
import { applyDocumentSettings, dataKey, loadSettings, type DemoSettings } from './settings.js';

const settings = loadSettings();
applyDocumentSettings(settings);

function createBackend(s: DemoSettings): MockBackend {
  return createMockBackend({ domain: s.domain, deletionGraceDays: s.deletionGraceDays, persist: dataKey(s.domain) });
}

const boot = document.getElementById('boot');
try {
  const backend = createBackend(settings);
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });

  await import('./app.js');
  const app = document.createElement('demo-sales-hub');
  app.runtime = { worker, backend, settings, createBackend };
  document.getElementById('app')?.replaceChildren(app);
} catch (error) {
  // A service worker needs http(s) or localhost: opening the built index.html from disk cannot work.
  if (boot) {
    boot.setAttribute('role', 'alert');
    boot.textContent = `The mocked backend could not start (${error instanceof Error ? error.message : String(error)}). Serve this folder over http(s), e.g. \`npx vite preview\`.`;
  }
  throw error;
}
