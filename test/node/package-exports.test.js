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
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  });

  const subpaths = [
    ['.', '.'],
    ['./components', './components'],
    ...elements.map((e) => ['./components/*.js', `./components/${e}.js`]),
    ['./mocks', './mocks'],
    ['./translations/*.js', './translations/fr.js'],
    ['./themes/*.css', './themes/light.css'],
    ['./themes/*.css', './themes/dark.css'],
  ];

  for (const [key, subpath] of subpaths) {
    it(`resolves ${subpath} and its types`, () => {
      const entry = pkg.exports[key];
      assert.ok(entry, `exports has ${key}`);
      const files = typeof entry === 'string' ? [entry] : [entry.default, entry.types];
      for (const file of files) assert.ok(existsSync(target(key, file, subpath)), `${target(key, file, subpath)} exists`);
    });
  }

  it('keeps every element file, and only those among the components, as having side effects', () => {
    for (const e of elements) assert.ok(pkg.sideEffects.includes(`./dist/components/${e}/${e}.js`), e);
    assert.ok(!pkg.sideEffects.some((p) => p.includes('/controllers/') || p.startsWith('./dist/sdk')));
  });
});
