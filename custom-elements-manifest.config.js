// `npm run build` runs `cem analyze` with this file: custom-elements.json at the package root (package.json
// "customElements"), read from the elements' class JSDoc, and from it the React 19 (JSX) and Vue 3 typings
// shipped as `sales-hub-kit/react` (beside the React components' own declarations) and `sales-hub-kit/vue`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/**
 * Building blocks the widgets render inside their own shadow roots: registered by the widgets that use them, not an
 * element a host places, so neither exported nor documented (their API may change with any widget).
 */
const BUILDING_BLOCKS = ['copy-button', 'form-feedback'];

/** The element files: `components/<name>/<name>.ts`. */
const elements = readdirSync('components')
  .filter((name) => !BUILDING_BLOCKS.includes(name))
  .map((name) => `components/${name}/${name}.ts`)
  .filter((file) => existsSync(file));

const OUT = 'dist/types';
// Relative to OUT: the declarations of `sales-hub-kit/components`, which export every element and event class.
const typings = { outdir: OUT, globalTypePath: './components/index.js' };

/**
 * Appended to react.d.ts. The raw `sh-*` tags are typed for React 19 only: React 18 sets `client={client}` as the
 * string attribute "[object Object]" and ignores `onsh-*` props, so under its typings the tags are unknown and the
 * compiler points to the components. @types/react 19 types an element's props `unknown` by default, 18 `any`.
 * `sales-hub-kit/react` also exports the components (`OrganizationSearch`, …) for React 18 and 19.
 */
const RAW_TAGS_AND_COMPONENTS = `
/** The raw \`sh-*\` tags in React 19's JSX; none in React 18's, which cannot set their properties (use the components). */
type RawTags = 0 extends 1 & import("react").ReactElement["props"] ? {} : CustomElements;

export * from "./components/react/index.js";
`;

/**
 * Our events are their own classes (`ShSelectEvent extends Event`), not CustomEvents with a `detail`, and React 19
 * refs are `Ref<T>` objects or callbacks. The generators assume otherwise; this corrects their output, so a handler
 * receives the event class and `useRef<ShX>(null)` fits `ref`. Runs after them (plugins run in order).
 */
function correctTypings() {
  const edit = (file, change) => writeFileSync(`${OUT}/${file}`, change(readFileSync(`${OUT}/${file}`, 'utf8')));
  return {
    name: 'sales-hub-kit:correct-typings',
    packageLinkPhase({ customElementsManifest }) {
      const events = new Set();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          for (const e of d.events ?? []) if (e.type?.text) events.add(e.type.text);
      const eventImport = `import type { ${[...events].sort().join(', ')} } from './components/index.js';\n`;
      edit('react.d.ts', (s) =>
        (eventImport + s)
          .replace(/^ {2}ref\?: .*$/m, '  ref?: import("react").Ref<T> | undefined;')
          // Only React's JSX: an augmentation of a framework the project does not have fails its type-check.
          .replace(/\ndeclare module "(?!react(?:\/jsx-(?:dev-)?runtime)?")[^"]+" \{[\s\S]*?\n\}\n/g, '\n')
          .replace(
            /interface IntrinsicElements extends CustomElements \{\}/g,
            'interface IntrinsicElements extends RawTags {}',
          )
          .concat(RAW_TAGS_AND_COMPONENTS),
      );
      // Vue templates normalise `:organization-id` to `organizationId` and `@sh-select` to `onShSelect` before
      // checking them against the props: key the props the same way.
      const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
      // The generator imports each element's event classes once per element: an event that several elements fire
      // (sh-error, sh-unsaved-changes) would be imported twice, which TypeScript rejects.
      const uniqueImports = (s) =>
        s.replace(/import type \{([^}]*)\} from "\.\/components\/index\.js";/, (_, names) => {
          const unique = [
            ...new Set(
              names
                .split(',')
                .map((n) => n.trim())
                .filter(Boolean),
            ),
          ];
          return `import type {\n  ${unique.join(',\n  ')},\n} from "./components/index.js";`;
        });
      edit('vue.d.ts', (s) =>
        uniqueImports(s)
          .replace(/CustomEvent<(Sh\w+Event)>/g, '$1')
          .replace(/"on([a-z][\w-]*)"\?:/g, (_, event) => `${camel(`on-${event}`)}?:`)
          .replace(/"([a-z]\w*(?:-\w+)+)"\?:/g, (_, attribute) => `${camel(attribute)}?:`),
      );
    },
  };
}

export default {
  globs: [
    ...elements,
    'components/base/sh-element.ts',
    'components/base/client-element.ts',
    'components/base/editing-element.ts',
    'components/events/*.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    jsxTypesPlugin({ ...typings, fileName: 'react.d.ts' }),
    customElementVuejsPlugin({ ...typings, fileName: 'vue.d.ts', hideLogs: true }),
    correctTypings(),
  ],
};
