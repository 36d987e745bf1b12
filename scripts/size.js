// `npm run size`: minified + gzip size of each package entry, with and without its dependencies bundled.
// Budgets from the issues are checked here, and a blown budget exits non-zero.
//
// Every row is built the way an app built with vite 8 ships it, which is also how the kit builds its own single file
// and how the React and Vue consumer projects (test/consumers) build: rolldown bundles, Oxc minifies, and Lit's
// templates are minified (scripts/minify-templates.js, the same vite config). Another minifier (esbuild's) gives other
// figures than what apps ship, so the budgets are checked against this build only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

const KB = 1000;
/** What an app ships: the client and every element (the `./components` entry alone has no budget of its own). */
const HOST = "export { createClient } from './sdk/index.js';\nimport './components/index.js';\n";
/** A React app's host: the same, through the React components. `react` itself is never bundled in these rows. */
const REACT_HOST = `${HOST}export * from './components/react/index.js';\n`;
/**
 * The host budget of #9 (78 kB), plus what #19 asks every page to carry: 1 kB for the popups in the top layer (the
 * Popover API, CSS anchor positioning and the code that loads `@floating-ui/dom` only where anchor positioning is
 * missing; that library, 8.1 kB gzip, is a chunk of its own, not counted here) and 1 kB for unsaved changes (the
 * `hasUnsavedChanges` flag and its event, kept edits, the page-leave prompt).
 */
const HOST_BUDGET = 80 * KB;
/** The single file also exports the SDK's error classes and guards, which a bundled host tree-shakes. */
const SINGLE_FILE_BUDGET = HOST_BUDGET + 0.6 * KB;
const entries = [
  { name: '.', file: 'sdk/index.ts', budget: 30 * KB },
  { name: './components', file: 'components/index.ts' },
  { name: 'host (createClient + every element)', contents: HOST, budget: HOST_BUDGET },
  { name: './react (every element + its React component)', file: 'components/react/index.ts', keep: ['react'] },
  { name: 'React host (host + ./react)', contents: REACT_HOST, keep: ['react'] },
  { name: './mocks', file: 'mocks/index.ts' },
];
for (const dir of readdirSync('components')) {
  const file = `components/${dir}/${dir}.ts`;
  if (existsSync(file)) entries.push({ name: `./components/${dir}.js`, file, budget: 40 * KB });
}

/** A module that exists only in memory, at a path in the repository so that its relative imports resolve. */
function inline(path, contents) {
  return {
    name: 'size:inline-entry',
    resolveId: (id) => (id === path ? path : undefined),
    load: (id) => (id === path ? contents : undefined),
  };
}

/**
 * One ES module of `entry` (dependencies external unless `bundleDeps`, those in `keep` always), built with the single
 * file's vite config (`vite.config.ts`, mode `standalone`): min and gzip.
 */
async function measure({ file, contents, keep = [] }, bundleDeps) {
  const external = bundleDeps ? keep : deps;
  const entry = resolve(file ?? 'size-host-entry.ts');
  const result = await build({
    configFile: 'vite.config.ts',
    mode: 'standalone',
    logLevel: 'error',
    plugins: contents ? [inline(entry, contents)] : [],
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      rolldownOptions: { external: (id) => external.some((d) => id === d || id.startsWith(`${d}/`)) },
    },
  });
  const [{ code }] = (Array.isArray(result) ? result[0] : result).output;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const fmt = (n) => `${(n / KB).toFixed(1)} kB`;
const rows = [];
/** Bundled gzip size by row name. */
const bundled = new Map();
let failed = false;
for (const e of entries) {
  const own = await measure(e, false);
  const all = await measure(e, true);
  bundled.set(e.name, all.gzip);
  const ok = e.budget === undefined || all.gzip <= e.budget;
  if (!ok) failed = true;
  rows.push([
    e.name,
    fmt(own.min),
    fmt(own.gzip),
    fmt(all.min),
    fmt(all.gzip),
    e.budget ? `${ok ? '✓' : '✗'} ≤ ${fmt(e.budget)}` : '',
  ]);
}
{
  // No bundler and no import map: dependencies are always inlined, so both column pairs are the same file.
  const single = await measure({ file: 'components/standalone.ts' }, true);
  const budget = SINGLE_FILE_BUDGET; // a page with the SDK and every element
  const ok = single.gzip <= budget;
  if (!ok) failed = true;
  rows.push([
    './sales-hub-kit.js (single file)',
    fmt(single.min),
    fmt(single.gzip),
    fmt(single.min),
    fmt(single.gzip),
    `${ok ? '✓' : '✗'} ≤ ${fmt(budget)}`,
  ]);
}
const head = ['entry', 'min', 'gzip', 'min (deps bundled)', 'gzip (deps bundled)', 'budget (gzip, bundled)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
const reactCost = bundled.get('React host (host + ./react)') - bundled.get('host (createClient + every element)');
console.log(
  `\nThe React components cost ${fmt(reactCost)} gzip over the host (@lit/react and the six components; react excluded).`,
);
if (failed) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
