// The package as it is published: after `npm run build`, every entry of the exports map (and its types)
// resolves to a file that exists, and the element entries are the ones `sideEffects` keeps.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = readdirSync('components').filter((d) => existsSync(`components/${d}/${d}.ts`));

/** Node's subpath pattern rule: every `*` of the target takes the matched text. */
function target(key, value, subpath) {
  if (!key.includes('*')) return value;
  const [head, tail] = key.split('*');
  const match = subpath.slice(head.length, subpath.length - tail.length);
  return value.replaceAll('*', match);
}

describe('the published package', () => {
  before(() => {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--mode', 'standalone', '--logLevel', 'error'],
      { stdio: 'inherit' },
    );
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'inherit',
    });
    execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], {
      stdio: 'inherit',
    });
  });

  const subpaths = [
    ['.', '.'],
    ['./components', './components'],
    ...elements.map((e) => ['./components/*.js', `./components/${e}.js`]),
    ['./mocks', './mocks'],
    ['./translations/*.js', './translations/fr.js'],
    ['./themes/*.css', './themes/light.css'],
    ['./themes/*.css', './themes/dark.css'],
    ['./openapi.yaml', './openapi.yaml'],
    ['./react', './react'],
    ['./vue', './vue'],
    ['./custom-elements.json', './custom-elements.json'],
    ['./sales-hub-kit.js', './sales-hub-kit.js'],
  ];

  for (const [key, subpath] of subpaths) {
    it(`resolves ${subpath} and its types`, () => {
      const entry = pkg.exports[key];
      assert.ok(entry, `exports has ${key}`);
      const files = typeof entry === 'string' ? [entry] : [entry.default, entry.types].filter(Boolean);
      for (const file of files)
        assert.ok(existsSync(target(key, file, subpath)), `${target(key, file, subpath)} exists`);
    });
  }

  it('ships the licence, the contract and every file the README or a declaration file refers to, and no dangling declaration map', () => {
    const [{ files }] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
    );
    const shipped = new Set(files.map((f) => f.path));
    for (const f of ['LICENSE', 'README.md', 'package.json', 'api/sales-hub.openapi.yaml', pkg.customElements])
      assert.ok(shipped.has(f), f);
    // Relative links and images of the README, and repository files a declaration names (`mocks/README.md`).
    const referenced = new Set(
      [...readFileSync('README.md', 'utf8').matchAll(/\]\((?!https?:|#)([^)\s]+)\)/g)].map((m) => m[1]),
    );
    for (const f of shipped) {
      if (!f.endsWith('.d.ts')) continue;
      for (const m of readFileSync(f, 'utf8').matchAll(/\b((?:mocks|api|docs)\/[\w./-]+\.(?:md|yaml|png))\b/g))
        referenced.add(m[1]);
    }
    assert.ok(referenced.has('mocks/README.md'), 'the scan finds the README reference of the mocks');
    for (const f of referenced) assert.ok(shipped.has(f), `${f} is referenced and shipped`);
    assert.deepEqual(
      [...shipped].filter((f) => f.endsWith('.d.ts.map')),
      [],
    );
  });

  it('builds on npm pack, so a fresh clone packs the complete package', () => {
    assert.equal(pkg.scripts.prepack, 'npm run build');
    for (const step of ['vite build', '--mode standalone', 'tsc -p tsconfig.build.json', 'cem analyze'])
      assert.ok(pkg.scripts.build.includes(step), step);
  });

  it('keeps every element file, and only those among the components, as having side effects', () => {
    for (const e of elements) assert.ok(pkg.sideEffects.includes(`./dist/components/${e}/${e}.js`), e);
    assert.ok(!pkg.sideEffects.some((p) => p.includes('/controllers/') || p.startsWith('./dist/sdk')));
  });
});
