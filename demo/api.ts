/**
 * The API reference page (api.html): every element of custom-elements.json, the manifest the build generates from
 * the elements' class JSDoc, with its attributes, properties, methods, events, CSS parts, CSS custom properties and
 * slots, and a live example on an in-page mock backend. Nothing here is written by hand per element.
 */
import '../components/themes/light.css';
import './demo.css';
import './api.css';
import type {
  Attribute,
  ClassDeclaration,
  ClassField,
  ClassMethod,
  CustomElement,
  Package,
} from 'custom-elements-manifest/schema';
import { html, nothing, render, type TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import manifest from 'virtual:sales-hub-kit/manifest';
import { provideClient } from '../components/index.js';
import { createMockBackend, DEMO_TOKENS } from '../mocks/index.js';
import { createClient } from '../sdk/index.js';

type Element = ClassDeclaration & CustomElement & { tagName: string };
/** The analyzer marks getter-only properties `readonly`, beyond the schema. */
type Field = ClassField & { readonly?: boolean };

/** The custom elements of the manifest, in its module order. */
function elementsOf(pkg: Package): Element[] {
  return pkg.modules.flatMap((m) =>
    (m.declarations ?? []).filter((d): d is Element => 'customElement' in d && !!d.tagName),
  );
}

const isPublic = (m: { privacy?: string; static?: boolean }) => !m.static && (m.privacy ?? 'public') === 'public';

/** A table, or "None." when there are no rows. */
function table(caption: string, head: string[], rows: (string | TemplateResult)[][]): TemplateResult {
  if (!rows.length) return html`<h3>${caption}</h3><p class="none">None.</p>`;
  return html`<h3>${caption}</h3>
    <div class="table-scroll">
      <table>
        <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
}

const code = (text: string | undefined) => (text ? html`<code>${text}</code>` : '');

function section(el: Element, organizationId: string): TemplateResult {
  const fields = (el.members ?? []).filter((m): m is Field => m.kind === 'field' && isPublic(m));
  const methods = (el.members ?? []).filter((m): m is ClassMethod => m.kind === 'method' && isPublic(m));
  const attributes: Attribute[] = el.attributes ?? [];
  const takesOrganization = attributes.some((a) => a.name === 'organization-id');
  // The tag comes from the manifest, so the example is a static template of that tag.
  const tag = unsafeStatic(el.tagName);
  return html`<section id=${el.tagName} aria-labelledby="${el.tagName}-title">
    <h2 id="${el.tagName}-title"><code>&lt;${el.tagName}&gt;</code> <span class="class-name">${el.name}</span></h2>
    ${el.summary ? html`<p class="summary">${el.summary}</p>` : nothing}
    ${el.description ? html`<p>${el.description}</p>` : nothing}
    ${table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        a.description ?? '',
      ]),
    )}
    ${table(
      'Properties',
      ['Property', 'Type', 'Default', 'Description'],
      fields.map((f) => [
        code(f.name),
        code(f.type?.text),
        code(f.default),
        `${f.readonly ? 'Read-only. ' : ''}${f.description ?? ''}`,
      ]),
    )}
    ${table(
      'Methods',
      ['Method', 'Description'],
      methods.map((m) => [
        code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
        m.description ?? '',
      ]),
    )}
    ${table(
      'Events',
      ['Event', 'Class', 'Description'],
      (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description ?? '']),
    )}
    ${table(
      'CSS parts',
      ['Part', 'Description'],
      (el.cssParts ?? []).map((p) => [code(p.name), p.description ?? '']),
    )}
    ${table(
      'CSS custom properties',
      ['Property', 'Description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), p.description ?? '']),
    )}
    ${table(
      'Slots',
      ['Slot', 'Description'],
      (el.slots ?? []).map((s) => [code(s.name || '(default)'), s.description ?? '']),
    )}
    <h3>Live example</h3>
    <p class="example-note">
      ${takesOrganization ? html`With <code>organization-id</code> set to Acme Pte Ltd, on` : 'On'} the in-page mock backend, as the
      Service-Provider admin.
    </p>
    <div class="example">
      ${
        takesOrganization
          ? staticHtml`<${tag} organization-id=${organizationId}></${tag}>`
          : staticHtml`<${tag}></${tag}>`
      }
    </div>
  </section>`;
}

function page(elements: Element[], organizationId: string): TemplateResult {
  return html`<header class="topbar">
      <div class="brand">
        <h1>sales-hub-kit API reference</h1>
        <span class="tagline">generated from custom-elements.json</span>
      </div>
      <a class="header-link" href="./">Back to the demo</a>
    </header>
    <div class="api-layout">
      <nav aria-label="Elements">
        <ul>
          ${elements.map((el) => html`<li><a href="#${el.tagName}"><code>&lt;${el.tagName}&gt;</code></a></li>`)}
        </ul>
      </nav>
      <main>
        <p>
          Each element's attributes, properties, methods, events, CSS parts, CSS custom properties and slots, as the
          package's <code>custom-elements.json</code> describes them, with the element running below.
        </p>
        ${elements.map((el) => section(el, organizationId))}
      </main>
    </div>`;
}

// Live examples talk to an in-page mock backend (no service worker needed).
const backend = createMockBackend();
provideClient(
  document.body,
  createClient({ baseUrl: backend.baseUrl, token: DEMO_TOKENS.admin, fetch: backend.fetch }),
);
const elements = elementsOf(manifest);
const root = document.getElementById('api')!;
// The page's static "Loading the API reference…" line goes: lit renders beside what a container holds.
root.replaceChildren();
render(page(elements, backend.known.acme), root);
