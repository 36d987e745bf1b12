// `npm run size`: minified + gzip size of each package entry, with and without its dependencies bundled.
// Budgets from the issues are checked here, and a blown budget exits non-zero.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { esbuildMinifyTemplates } from './minify-templates.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

const KB = 1000;
/** What an app ships: the client and every element (the `./components` entry alone has no budget of its own). */
const HOST = "export { createClient } from './sdk/index.js';\nimport './components/index.js';\n";
const entries = [
  { name: '.', file: 'sdk/index.ts', budget: 30 * KB },
  { name: './components', file: 'components/index.ts' },
  { name: 'host (createClient + every element)', contents: HOST, budget: 78 * KB },
  { name: './mocks', file: 'mocks/index.ts' },
];
for (const dir of readdirSync('components')) {
  const file = `components/${dir}/${dir}.ts`;
  if (existsSync(file)) entries.push({ name: `./components/${dir}.js`, file, budget: 40 * KB });
}

async function measure({ file, contents }, bundleDeps) {
  const result = await build({
    ...(file ? { entryPoints: [file] } : { stdin: { contents, resolveDir: '.', sourcefile: 'host.ts', loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    tsconfig: 'tsconfig.json',
    legalComments: 'none',
    external: bundleDeps ? [] : deps.flatMap((d) => [d, `${d}/*`]),
    logLevel: 'error',
    // Lit's templates minified as the builds do (scripts/minify-templates.js).
    plugins: [esbuildMinifyTemplates()],
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The single-file build as shipped (`dist/sales-hub-kit.js`, built by vite), everything inlined: min and gzip. */
async function measureSingleFile() {
  const { build: viteBuild } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'sales-hub-size-'));
  try {
    await viteBuild({ configFile: 'vite.config.ts', mode: 'standalone', logLevel: 'error', build: { outDir } });
    const code = readFileSync(join(outDir, 'sales-hub-kit.js'));
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const fmt = (n) => `${(n / KB).toFixed(1)} kB`;
const rows = [];
let failed = false;
for (const e of entries) {
  const own = await measure(e, false);
  const all = await measure(e, true);
  const ok = e.budget === undefined || all.gzip <= e.budget;
  if (!ok) failed = true;
  rows.push([e.name, fmt(own.min), fmt(own.gzip), fmt(all.min), fmt(all.gzip), e.budget ? `${ok ? '✓' : '✗'} ≤ ${fmt(e.budget)}` : '']);
}
{
  // No bundler and no import map: dependencies are always inlined, so both column pairs are the same file.
  const single = await measureSingleFile();
  const budget = 78 * KB; // the host budget of #9: a page with the SDK and every element
  const ok = single.gzip <= budget;
  if (!ok) failed = true;
  rows.push(['./sales-hub-kit.js (single file)', fmt(single.min), fmt(single.gzip), fmt(single.min), fmt(single.gzip), `${ok ? '✓' : '✗'} ≤ ${fmt(budget)}`]);
}
const head = ['entry', 'min', 'gzip', 'min (deps bundled)', 'gzip (deps bundled)', 'budget (gzip, bundled)'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(line(head));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const r of rows) console.log(line(r));
if (failed) {
  console.error('\nA size budget is exceeded.');
  process.exit(1);
}
