/**
 * The event props of the React components (`sales-hub-kit/react`) against the Custom Elements Manifest, whose events
 * test/custom-elements-manifest.test.ts holds against the running elements: each component listens to exactly the
 * events its element documents, under the prop React names it by (`sh-select` → `onShSelect`).
 */
import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import { ShSelectEvent } from '../events/select-event.js';
import { elementEvents, eventProp, eventProps } from './events.js';

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      events?: { name: string; type?: { text: string } }[];
    }[];
  }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const documented = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName!, (d.events ?? []).map((e) => `${e.name} ${e.type?.text}`).sort()]),
);

describe('the event props of the React components', () => {
  it('cover every element of the manifest', () => {
    expect(Object.keys(elementEvents).sort()).to.deep.equal([...documented.keys()].sort());
  });

  for (const [tag, classes] of Object.entries(elementEvents))
    it(`are the events <${tag}> documents, each with its class`, () => {
      expect(classes.map((c) => `${c.eventName} ${c.name}`).sort()).to.deep.equal(documented.get(tag));
    });

  it('are named as React names its events, from the class', () => {
    expect(eventProp('sh-select')).to.equal('onShSelect');
    expect(eventProp('sh-ownership-changed')).to.equal('onShOwnershipChanged');
    expect(eventProps(ShSelectEvent, ShOwnershipChangedEvent)).to.deep.equal({
      onShSelect: 'sh-select',
      onShOwnershipChanged: 'sh-ownership-changed',
    });
  });
});
