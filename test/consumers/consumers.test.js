// @ts-check
/**
 * The package as users get it: `npm pack` (prepack builds), installed from the tarball into a React 19, a React 18 and
 * a Vue 3 project. Each project's components are the README's snippets verbatim (React 19: the raw `sh-*` tags and
 * the components of `sales-hub-kit/react`; React 18: the components); they type-check strictly (with deliberate
 * misuses that must stay errors), build with vite, and each page finds Acme and shows its Overview in Chromium, against
 * the mock backend served over HTTP. The projects' node_modules stay between runs (gitignored), so only the first run
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
    snippets: [
      { lang: 'tsx', marker: '<sh-organization-search', file: 'src/SalesHub.tsx' },
      { lang: 'tsx', marker: "from 'sales-hub-kit/react'", file: 'src/SalesHubComponents.tsx' },
    ],
    typecheck: 'node_modules/typescript/bin/tsc',
    // The page renders the components, or the raw tags with ?raw-tags (src/main.tsx).
    pages: ['', '?raw-tags'],
  },
  {
    name: 'React 18',
    dir: 'react18',
    snippets: [{ lang: 'tsx', marker: "from 'sales-hub-kit/react'", file: 'src/SalesHubComponents.tsx' }],
    typecheck: 'node_modules/typescript/bin/tsc',
    pages: [''],
  },
  {
    name: 'Vue 3',
    dir: 'vue',
    snippets: [{ lang: 'vue', marker: 'sh-', file: 'src/SalesHub.vue' }],
    typecheck: 'node_modules/vue-tsc/bin/vue-tsc.js',
    pages: [''],
  },
  // Type-checked by the Angular compiler only (strict templates): an Angular application build needs the Angular CLI.
  {
    name: 'Angular 22',
    dir: 'angular',
    snippets: [{ lang: 'ts', marker: 'CUSTOM_ELEMENTS_SCHEMA', file: 'src/sales-hub.component.ts' }],
    typecheck: 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js',
    pages: [],
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

    for (const snippet of project.snippets)
      it(`uses the README's snippet verbatim in ${snippet.file}`, () => {
        assert.equal(readFileSync(join(cwd, snippet.file), 'utf8'), readmeSnippet(snippet.lang, snippet.marker));
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

    if (project.pages.length)
      it(`builds, and its page${project.pages.length > 1 ? 's find' : ' finds'} Acme and show${project.pages.length > 1 ? '' : 's'} its Overview`, async () => {
        run(cwd, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']);
        const server = await serveStatic({ root: join(cwd, 'dist'), backend: true });
        browser ??= await launchBrowser();
        try {
          for (const query of project.pages) await findAcme(`${server.url}${query}`);
        } finally {
          await server.close();
        }
      });
  });
}

/**
 * Opens the page, checks that the search got its client as a property (React 18 sets an unknown prop as a string
 * attribute, "[object Object]"), picks Acme, and sees its Overview: the snippet renders the Overview only once its
 * `sh-select` handler (`onShSelect`, `onsh-select`, `@sh-select`) has stored the organization's UUID.
 */
async function findAcme(/** @type {string} */ url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    const combobox = page.getByRole('combobox', { name: 'Search organizations' });
    await combobox.waitFor();
    const search = page.locator('sh-organization-search');
    assert.deepEqual(
      await search.evaluate((el) => [
        el.getAttribute('client'),
        typeof (/** @type {any} */ (el).client?.organizations),
      ]),
      [null, 'object'],
      `${url}: client is set as a property`,
    );
    assert.equal(await page.locator('sh-organization-overview').count(), 0, `${url}: no Overview before a choice`);
    await combobox.fill('Acme');
    await page
      .getByRole('option', { name: /Acme Pte Ltd/ })
      .first()
      .click();
    const overview = page.locator('sh-organization-overview');
    await overview.getByRole('heading', { name: 'Acme Pte Ltd', exact: true }).waitFor({ timeout: 15_000 });
    assert.match(
      await overview.evaluate((el) => /** @type {any} */ (el).organizationId),
      /^[0-9a-f-]{36}$/,
      `${url}: the Overview shows the chosen organization`,
    );
    assert.deepEqual(errors, [], url);
  } finally {
    await context.close();
  }
}
