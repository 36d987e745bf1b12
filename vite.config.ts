import { copyFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { readManifest } from './scripts/manifest.js';
import { viteMinifyTemplates } from './scripts/minify-templates.js';

const root = dirname(fileURLToPath(import.meta.url));
const pkg = (await import('./package.json', { with: { type: 'json' } })).default as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/** Element folders are those holding a file named after the folder (`status-control/status-control.ts`). */
export function elementEntries(): Record<string, string> {
  const dir = resolve(root, 'components');
  const entries: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = resolve(dir, name, `${name}.ts`);
    if (existsSync(file)) entries[`components/${name}/${name}`] = file;
  }
  return entries;
}

/** Ships the theme token files as `sales-hub-kit/themes/*.css`. */
function copyThemes(): Plugin {
  return {
    name: 'sales-hub-kit:themes',
    apply: 'build',
    closeBundle() {
      const from = resolve(root, 'components/themes');
      const to = resolve(root, 'dist/themes');
      mkdirSync(to, { recursive: true });
      for (const f of readdirSync(from)) if (f.endsWith('.css')) copyFileSync(resolve(from, f), resolve(to, f));
    },
  };
}

/**
 * `virtual:sales-hub-kit/manifest`: custom-elements.json for the demo's API reference page, regenerated when it is
 * missing or older than a component source.
 */
function elementsManifest(): Plugin {
  const id = 'virtual:sales-hub-kit/manifest';
  return {
    name: 'sales-hub-kit:manifest',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: async (loaded) => (loaded === `\0${id}` ? `export default ${await readManifest()};` : undefined),
  };
}

/**
 * The demo site's pages: the Sales Hub, the API reference generated from the manifest, and a hostile portal page
 * (clipping cards, a sticky header, a modal dialog, a side panel) where the e2e suite checks the popups.
 */
const demoPages = {
  main: resolve(root, 'demo/index.html'),
  api: resolve(root, 'demo/api.html'),
  hostile: resolve(root, 'demo/hostile.html'),
};

export default defineConfig(({ command, mode }) => {
  if (mode === 'standalone') {
    // `dist/sales-hub-kit.js`: the SDK and every element in one minified ES module, dependencies inlined, for a
    // plain `<script type="module" src>` with no bundler and no import map. Built after the library (dist kept).
    return {
      publicDir: false,
      build: {
        outDir: resolve(root, 'dist'),
        emptyOutDir: false,
        minify: true,
        lib: { entry: resolve(root, 'components/standalone.ts'), formats: ['es'], fileName: () => 'sales-hub-kit.js' },
        // Vite keeps whitespace and `@__PURE__` annotations in ES library builds, for the bundler that builds the app;
        // this file is the app's final script, served as is, and an app build drops both (about 0.35 kB gzip here).
        rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
      },
      plugins: [viteMinifyTemplates()],
    };
  }
  if (mode === 'demo') {
    // `npm run build:demo`: a static site, msw worker included, that works from any static server.
    return {
      root: 'demo',
      base: './',
      build: { outDir: resolve(root, 'dist-demo'), emptyOutDir: true, rolldownOptions: { input: demoPages } },
      plugins: [viteMinifyTemplates(), elementsManifest()],
    };
  }
  return {
    root: 'demo',
    // The demo serves msw's worker from demo/public; the library build must not ship it.
    publicDir: command === 'build' ? false : resolve(root, 'demo/public'),
    server: { port: 5173, strictPort: true, host: '127.0.0.1' },
    // Everything the demo imports from node_modules, pre-bundled up front: a dependency found on
    // the first page load makes vite answer 504 "Outdated Optimize Dep" and reload, which a first-time
    // user (or an e2e test) sees as a broken page.
    optimizeDeps: {
      include: [
        'lit',
        'lit/decorators.js',
        'lit/directives/class-map.js',
        'lit/directives/if-defined.js',
        'lit/directives/keyed.js',
        'lit/directives/live.js',
        'lit/directives/repeat.js',
        'lit/directives/ref.js',
        'lit/directives/style-map.js',
        'lit/static-html.js',
        '@lit/context',
        'zod/mini',
        'msw',
        'msw/browser',
      ],
    },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: {
        entry: {
          'sdk/index': resolve(root, 'sdk/index.ts'),
          'components/index': resolve(root, 'components/index.ts'),
          'mocks/index': resolve(root, 'mocks/index.ts'),
          'components/translations/fr': resolve(root, 'components/translations/fr.ts'),
          'components/react/index': resolve(root, 'components/react/index.ts'),
          ...elementEntries(),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id: string) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
        output: { preserveModules: true, preserveModulesRoot: root, entryFileNames: '[name].js' },
      },
    },
    plugins: [viteMinifyTemplates(), copyThemes(), elementsManifest()],
  };
});
