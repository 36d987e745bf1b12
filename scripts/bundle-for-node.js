// @ts-check
// Loads one of our TypeScript entries in Node: esbuild bundles it (packages stay external and resolve
// from node_modules) into node_modules/.cache, and the result is imported. Used by the benchmark and
// the Node-side tests, so they run the same code the package ships.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} entry e.g. 'mocks/index.ts' @param {string} [name] file name in the cache */
export async function importTs(entry, name = basename(resolve(entry, '..'))) {
  const dir = resolve('node_modules/.cache/sales-hub-kit-node');
  mkdirSync(dir, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    write: false,
    logLevel: 'error',
  });
  const file = resolve(dir, `${name}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
