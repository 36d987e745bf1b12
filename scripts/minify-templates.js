// @ts-check
// Lit's templates as they ship. esbuild, Oxc and rolldown minify the code around a tagged template but never its
// contents, so every html`` kept its indentation and every css`` its comments and whitespace: about a tenth of the
// kit's bytes. `minify-literals` rewrites them at build time (html-minifier-next for html``, which keeps the text of
// <pre> and <textarea> and one space between inline elements; Lightning CSS for css``). The same transform runs
// wherever the kit's components are compiled: the library and single-file builds and the dev server (vite.config.ts),
// `npm run size` (scripts/size.js) and the browser tests (web-test-runner.config.js), so what is measured and tested
// is what ships.
import { minifyHTMLLiterals } from 'minify-literals';

/** The kit's component sources, tests and their helpers excluded: the only files with Lit templates. */
export const isComponentSource = (/** @type {string} */ path) =>
  /[\\/]components[\\/][^?#]*\.ts$/.test(path) && !/\.test(-helpers)?\.ts$|[\\/]node_modules[\\/]/.test(path);

/** A tagged template spanning lines: minifying such a file always changes it. */
const MULTILINE_TEMPLATE = /\b(?:html|css|svg)`[^`]*\n/;

/**
 * `code` with its html``, svg`` and css`` templates minified, or `undefined` when there is nothing to minify.
 * @param {string} code
 * @param {string} fileName
 * @param {{ sourceMap?: boolean }} [options]
 */
export async function minifyTemplates(code, fileName, { sourceMap = false } = {}) {
  const result = await minifyHTMLLiterals(code, {
    fileName,
    sourceMap,
    // The kit's templates carry no inline script (the CSP forbids it): nothing for a JS minifier to do.
    html: { minifyJS: false, conservativeCollapse: true },
  });
  // minify-literals answers null both for "nothing to do" and for a file its parser could not read.
  if (!result && MULTILINE_TEMPLATE.test(code)) throw new Error(`minify-templates: could not parse ${fileName}`);
  return result ?? undefined;
}

/**
 * For vite (library, single-file and demo builds, dev server, `npm run size`): runs before TypeScript is compiled.
 * @returns {import('vite').Plugin}
 */
export function viteMinifyTemplates() {
  return {
    name: 'sales-hub-kit:minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!isComponentSource(id)) return undefined;
      const result = await minifyTemplates(code, id, { sourceMap: true });
      return result && { code: result.code, map: /** @type {any} */ (result.map) };
    },
  };
}

/**
 * For @web/dev-server (the browser tests), placed before the esbuild plugin that compiles TypeScript.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function devServerMinifyTemplates() {
  return {
    name: 'sales-hub-kit:minify-templates',
    async transform(context) {
      if (!isComponentSource(context.path) || typeof context.body !== 'string') return undefined;
      const result = await minifyTemplates(context.body, context.path);
      return result && { body: result.code };
    },
  };
}
