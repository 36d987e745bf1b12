// @ts-check
/**
 * The package as users get it: `npm pack` (prepack builds), installed from the tarball into a React 19 and a Vue 3
 * project. Each project's component is the README's snippet verbatim; it type-checks strictly (with deliberate misuses
 * that must stay errors), builds with vite, and its page finds Acme and shows its Overview in Chromium, against the
 * mock backend served over HTTP. The projects' node_modules stay between runs (gitignored), so only the first run
 * downloads; every run installs the fresh tarball.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from '../e2e/harness.js';
import { serveStatic } from '../e2e/static-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');

/** @type {string} */
let tarball;
/** @type {import('playwright-core').Browser} */
let browser;

before(() => {
  const dir = resolve(root, 'node_modules/.cache/sales-hub-kit-consumers');
  mkdirSync(dir, { recursive: true });
  // prepack builds (vite, tsc, the manifest), printing its log before the JSON on stdout.
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(out.slice(out.search(/^\[/m)));
  tarball = join(dir, filename);
});

after(async () => {
  await browser?.close();
});

/** @param {string} cwd @param {string[]} args */
function run(cwd, args) {
  try {
    return execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    assert.fail(`${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

const FENCE = '```';

/** The README's code block fenced as `lang` that contains `marker`. */
function readmeSnippet(/** @type {string} */ lang, /** @type {string} */ marker) {
  const block = [...readme.matchAll(new RegExp(`${FENCE}${lang}\\n([\\s\\S]*?)${FENCE}`, 'g'))].find((m) =>
    m[1].includes(marker),
  );
  assert.ok(block, `the README has a ${lang} snippet with ${marker}`);
  return block[1];
}

const projects = [
  {
    name: 'React 19',
    dir: 'react',
    lang: 'tsx',
    marker: 'sh-',
    component: 'src/SalesHub.tsx',
    typecheck: 'node_modules/typescript/bin/tsc',
    run: true,
  },
  {
    name: 'Vue 3',
    dir: 'vue',
    lang: 'vue',
    marker: 'sh-',
    component: 'src/SalesHub.vue',
    typecheck: 'node_modules/vue-tsc/bin/vue-tsc.js',
    run: true,
  },
  // Type-checked by the Angular compiler only (strict templates): an Angular application build needs the Angular CLI.
  {
    name: 'Angular 22',
    dir: 'angular',
    lang: 'ts',
    marker: 'CUSTOM_ELEMENTS_SCHEMA',
    component: 'src/sales-hub.component.ts',
    typecheck: 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js',
    run: false,
  },
];

for (const project of projects) {
  describe(`the ${project.name} project, installed from the packed tarball`, () => {
    const cwd = resolve(here, project.dir);

    before(() => {
      rmSync(join(cwd, 'node_modules/sales-hub-kit'), { recursive: true, force: true });
      execFileSync(
        'npm',
        [
          'install',
          '--no-save',
          '--no-package-lock',
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
          tarball,
        ],
        {
          cwd,
          stdio: 'inherit',
        },
      );
    });

    it("uses the README's snippet verbatim", () => {
      assert.equal(readFileSync(join(cwd, project.component), 'utf8'), readmeSnippet(project.lang, project.marker));
    });

    it('type-checks strictly with the shipped typings, and each deliberate misuse is still an error', () => {
      if (project.dir !== 'angular') {
        // An unused @ts-expect-error / @vue-expect-error fails the check, so a misuse that type-checks fails the test.
        run(cwd, [project.typecheck, '-p', 'tsconfig.json']);
        return;
      }
      // Angular templates have no expect-error directive: the errors must be exactly the lines marked in misuse.
      const result = spawnSync(process.execPath, [project.typecheck, '-p', 'tsconfig.json'], { cwd, encoding: 'utf8' });
      // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes tsc prints
      const output = (result.stdout + result.stderr).replace(/\x1b\[[0-9;]*m/g, '');
      const reported = [...output.matchAll(/^(src\/[\w.-]+):(\d+):\d+ - error/gm)].map((m) => `${m[1]}:${m[2]}`);
      const misuse = readFileSync(join(cwd, 'src/misuse.component.ts'), 'utf8').split('\n');
      const expected = misuse.flatMap((line, i) =>
        line.includes('<!-- expect-error') ? [`src/misuse.component.ts:${i + 2}`] : [],
      );
      assert.ok(expected.length >= 2);
      assert.deepEqual(reported, expected, output);
    });

    if (project.run)
      it('builds, and its page finds Acme and shows its Overview', async () => {
        run(cwd, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']);
        const server = await serveStatic({ root: join(cwd, 'dist'), backend: true });
        browser ??= await launchBrowser();
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          /** @type {string[]} */
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(server.url);
          await page.getByRole('combobox', { name: 'Search organizations' }).fill('Acme');
          await page
            .getByRole('option', { name: /Acme Pte Ltd/ })
            .first()
            .click();
          await page
            .locator('sh-organization-overview')
            .getByRole('heading', { name: 'Acme Pte Ltd', exact: true })
            .waitFor({ timeout: 15_000 });
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
          await server.close();
        }
      });
  });
}
