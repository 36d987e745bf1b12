/**
 * custom-elements.json (the Custom Elements Manifest, from which the React and Vue typings and the API reference are
 * generated) against the elements as they run: tags, observed attributes, event names and every public member.
 * The test runner serves a manifest freshly generated from the sources (web-test-runner.config.js).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import './setup.js';
import * as kit from '../components/index.js';
import { createTestBackend, fixtureWithClient } from './fixtures.js';

interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string; type?: { text: string }; description?: string }[];
  events?: { name: string; type?: { text: string }; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}
interface Manifest {
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string } }[];
  }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
const exported = kit as unknown as Record<string, unknown>;
/** Element classes exported by `sales-hub-kit/components`. */
const elementClasses = Object.entries(exported).filter(
  ([, value]) =>
    typeof value === 'function' &&
    value.prototype instanceof HTMLElement &&
    customElements.getName(value as CustomElementConstructor),
);

/** Own names of every prototype from the element's class up to (excluding) LitElement's. */
function runtimeMembers(ctor: CustomElementConstructor): Set<string> {
  const names = new Set<string>();
  for (
    let proto = ctor.prototype;
    proto && proto !== Object.getPrototypeOf(kit.ShElement.prototype);
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) if (name !== 'constructor') names.add(name);
  }
  return names;
}

describe('the custom elements manifest', () => {
  it('documents the six elements, each defined under its tag by the class of that name', () => {
    expect(elements.map((d) => d.tagName).sort()).to.deep.equal([
      'sh-create-organization',
      'sh-organization-overview',
      'sh-organization-search',
      'sh-ownership-switch',
      'sh-remote-support',
      'sh-status-control',
    ]);
    expect(elements.map((d) => d.name).sort()).to.deep.equal(elementClasses.map(([name]) => name).sort());
    for (const d of elements) {
      expect(customElements.get(d.tagName!), d.tagName).to.equal(exported[d.name]);
      expect(d.summary, `${d.tagName} summary`).to.be.a('string').and.not.empty;
    }
  });

  for (const d of elements) {
    describe(`<${d.tagName}>`, () => {
      const ctor = () => customElements.get(d.tagName!) as CustomElementConstructor & { observedAttributes: string[] };

      it('lists exactly the attributes the element observes, each with its property and type', () => {
        expect((d.attributes ?? []).map((a) => a.name).sort()).to.deep.equal([...ctor().observedAttributes].sort());
        for (const a of d.attributes ?? []) {
          expect(a.fieldName, a.name).to.be.a('string');
          expect(a.type?.text, a.name).to.be.a('string');
          expect(a.name in new (ctor())() || (a.fieldName ?? '') in ctor().prototype, `${a.name} → ${a.fieldName}`).to
            .be.true;
        }
      });

      it('documents every public property and method with a type or a description, and names no member the element lacks', () => {
        const documented = new Map((d.members ?? []).filter((m) => !m.static).map((m) => [m.name, m]));
        const running = runtimeMembers(ctor());
        // Reactive properties live as accessors on the prototype; every one must be in the manifest.
        for (const name of running) {
          const member = documented.get(name);
          // Lit's lifecycle callbacks (render, updated, …) are not API; the analyzer leaves them out on purpose.
          if (!member) {
            expect(name, `${d.tagName}.${name} is undocumented`).to.match(
              /^(render|updated|willUpdate|firstUpdated|update|shouldUpdate|connectedCallback|disconnectedCallback|attributeChangedCallback|createRenderRoot|getUpdateComplete|scheduleUpdate|performUpdate)$/,
            );
            continue;
          }
          if (member.privacy === 'private' || member.privacy === 'protected') continue;
          expect(member.description, `${d.tagName}.${name} has a description`).to.be.a('string').and.not.empty;
          if (member.kind === 'field') expect(member.type?.text, `${d.tagName}.${name} has a type`).to.be.a('string');
        }
        for (const [name, member] of documented) {
          if (member.privacy === 'private' || member.privacy === 'protected') continue;
          expect(running.has(name), `${d.tagName}.${name} exists on the element`).to.be.true;
        }
      });

      it('names each event with the class that the element dispatches, bubbling out of its shadow root', () => {
        expect(d.events ?? [], 'events').to.not.be.empty;
        for (const e of d.events ?? []) {
          const EventClass = exported[e.type?.text ?? ''] as (new (...args: unknown[]) => Event) | undefined;
          expect(EventClass, `${e.name}: ${e.type?.text} is exported`).to.be.a('function');
          const event = new EventClass!({}, {}, {});
          expect(event).to.be.instanceOf(Event);
          expect(event.type, e.type!.text).to.equal(e.name);
          expect(event.bubbles && event.composed, `${e.name} bubbles and is composed`).to.be.true;
          expect(e.description, `${e.name} description`).to.be.a('string').and.not.empty;
        }
      });

      it('documents its CSS custom properties, and every CSS part and slot it renders once loaded', async () => {
        for (const p of d.cssProperties ?? []) expect(p.name).to.match(new RegExp(`^--sh-${d.tagName!.slice(3)}-`));
        let inFlight = 0;
        const { backend, client, requests } = createTestBackend({}, {}, async (request, next) => {
          inFlight++;
          try {
            return await next(request);
          } finally {
            inFlight--;
          }
        });
        const tag = unsafeStatic(d.tagName!);
        const el = await fixtureWithClient<kit.ShElement>(
          html`<${tag} organization-id=${backend.known.acme}></${tag}>`,
          client,
        );
        // Widgets of one organization load it (and the caller's session) on connection; the search waits for typing.
        const loads = (d.attributes ?? []).some((a) => a.name === 'organization-id');
        const settled = () => inFlight === 0 && (!loads || requests.length > 0);
        await waitUntil(settled, 'the element loaded');
        await el.updateComplete;
        await waitUntil(settled, 'no request followed');
        await el.updateComplete;
        const rendered = new Set(
          [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)),
        );
        expect(rendered.has('base'), 'renders part="base"').to.be.true;
        const documented = (d.cssParts ?? []).map((p) => p.name);
        expect(
          [...rendered].filter((part) => !documented.includes(part)),
          `${d.tagName}: rendered parts not in the manifest`,
        ).to.deep.equal([]);
        const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name);
        expect(
          slots.filter((name) => !(d.slots ?? []).some((slot) => slot.name === name)),
          `${d.tagName}: slots not in the manifest`,
        ).to.deep.equal([]);
      });
    });
  }

  it('documents every event class the components export', () => {
    const documented = new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.type?.text)));
    const eventClasses = Object.entries(exported)
      .filter(([, v]) => typeof v === 'function' && v.prototype instanceof Event)
      .map(([n]) => n);
    expect(eventClasses).to.not.be.empty;
    for (const name of eventClasses) expect(documented.has(name), `${name} is in the manifest`).to.be.true;
  });
});
