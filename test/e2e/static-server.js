// @ts-check
/**
 * A plain static file server for the published-artefact tests (static demo build, consumer projects, the
 * single-file build, the CSP page), optionally with response headers (a Content-Security-Policy) and the mock
 * backend answering over real HTTP under `/sales-hub/v1`, as a portal's own backend would.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { importTs } from '../../scripts/bundle-for-node.js';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
});

export const API_PATH = '/sales-hub/v1';

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root the folder served
 * @property {string} [prefix] the URL path the folder is served under (default `/`)
 * @property {Record<string, string>} [headers] added to every file response
 * @property {Record<string, string>} [files] extra URL paths (under prefix) mapped to files anywhere
 * @property {boolean} [backend] answer `/sales-hub/v1/*` from a fresh mock backend (seeded, demo tokens)
 */

/**
 * @param {StaticServerOptions} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic({ root, prefix = '/', headers = {}, files = {}, backend = false }) {
  const dir = resolve(root);
  /** @type {{ fetch: typeof fetch, baseUrl: string } | undefined} */
  let mock;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (mock && path.startsWith(`${API_PATH}/`))
      return void answerFromMock(mock, req, res, path.slice(API_PATH.length) + url.search);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    const rel = path.slice(prefix.length);
    let file = files[rel] ?? normalize(join(dir, rel));
    if (!files[rel] && !file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  if (backend) {
    const { createMockBackend } = await importTs('mocks/index.ts', 'mocks');
    mock = createMockBackend({ baseUrl: `${origin}${API_PATH}` });
  }
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/**
 * @param {{ fetch: typeof fetch, baseUrl: string }} mock
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} rest the path and query after /sales-hub/v1
 */
async function answerFromMock(mock, req, res, rest) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  /** @type {Headers} */
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  try {
    const response = await mock.fetch(`${mock.baseUrl}${rest}`, { method: req.method, headers, body });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch {
    res.destroy();
  }
}
