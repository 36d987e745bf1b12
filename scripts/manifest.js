// @ts-check
// custom-elements.json, written by the same analyzer run as `npm run build` (custom-elements-manifest.config.js,
// which also writes the React and Vue typings). Used where the manifest is read from the sources: the demo's API
// reference page (vite.config.ts) and the manifest test (web-test-runner.config.js).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = resolve(root, 'custom-elements.json');

/** Newest modification time among the files under `dir`. */
function newest(/** @type {string} */ dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(resolve(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/**
 * The manifest's text, regenerated first when `always`, or when it is missing or older than a component source.
 * @param {{ always?: boolean }} [options]
 * @returns {Promise<string>}
 */
export async function readManifest({ always = false } = {}) {
  if (always || !existsSync(MANIFEST) || statSync(MANIFEST).mtimeMs < newest(resolve(root, 'components'))) {
    await promisify(execFile)(
      process.execPath,
      [resolve(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet'],
      { cwd: root },
    );
  }
  return readFileSync(MANIFEST, 'utf8');
}
