// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are the source text of tagged templates
// The build-time minification of Lit's templates (scripts/minify-templates.js) keeps what whitespace means.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isComponentSource, minifyTemplates } from '../../scripts/minify-templates.js';

const minified = async (code) => (await minifyTemplates(code, 'components/x/x.ts'))?.code;

describe('minifyTemplates', () => {
  it('collapses indentation in html`` to one space and keeps every space that separates words or inline elements', async () => {
    const out = await minified(
      'const a = html`<p>\n    <b>${x}</b>\n    <i>y</i>: ${z}\n  </p>`;\nconst b = html`<a>${n}</a>: `;',
    );
    assert.equal(out, 'const a = html`<p> <b>${x}</b> <i>y</i>: ${z} </p>`;\nconst b = html`<a>${n}</a>: `;');
  });

  it('keeps the text of <pre> and <textarea> and the values of attributes as written', async () => {
    const out = await minified(
      'const a = html`<pre>\n  a\n    b</pre>\n  <textarea>\n x  y</textarea>\n  <div title="two  spaces" class="a ${b}"></div>`;',
    );
    assert.equal(
      out,
      'const a = html`<pre>\n  a\n    b</pre> <textarea>\n x  y</textarea> <div title="two  spaces" class="a ${b}"></div>`;',
    );
  });

  it('minifies css`` (comments, whitespace) around its expressions', async () => {
    const out = await minified(
      'const s = css`\n  /* a comment */\n  :host {\n    display: block;\n    color: ${c};\n  }\n`;',
    );
    // Lightning CSS may order independent declarations its own way.
    assert.equal(out, 'const s = css`:host{color:${c};display:block}`;');
  });

  it('leaves other tagged templates and plain strings alone, and says when there is nothing to do', async () => {
    assert.equal(await minified('const q = sql`SELECT  *\n  FROM t`; const h = `<p>\n  x</p>`;'), undefined);
  });

  it('fails loudly on a file it cannot parse, rather than shipping its templates unminified', async () => {
    await assert.rejects(
      minifyTemplates('const a = html`<p>\n  x</p>`; const = ;', 'components/x/x.ts'),
      /could not parse/,
    );
  });

  it('applies to the components sources, not to their tests or to dependencies', () => {
    assert.ok(isComponentSource('/repo/components/status-control/status-control.ts'));
    assert.ok(isComponentSource('/components/styles/shared.styles.ts'));
    assert.ok(!isComponentSource('/repo/components/status-control/status-control.test.ts'));
    assert.ok(!isComponentSource('/repo/components/organization-overview/organization-overview.test-helpers.ts'));
    assert.ok(!isComponentSource('/repo/node_modules/x/components/y.ts'));
    assert.ok(!isComponentSource('/repo/sdk/http.ts'));
  });
});
