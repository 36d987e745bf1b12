import { expect } from '@open-wc/testing';
import '../../test/setup.js';
import type { Organization, OrganizationSummary, RemoteSupportSession } from '../../sdk/index.js';
import * as kit from '../index.js';
import { ShBeforeCreateEvent } from './before-create-event.js';
import { ShBeforeDeleteEvent } from './before-delete-event.js';
import { ShBeforeSuspendEvent } from './before-suspend-event.js';
import { ShCreatedEvent } from './created-event.js';
import { ShDeletedEvent } from './deleted-event.js';
import { ShErrorEvent } from './error-event.js';
import { ShOwnershipChangedEvent } from './ownership-changed-event.js';
import { ShSavedEvent } from './saved-event.js';
import { ShSelectEvent } from './select-event.js';
import { ShSessionStartedEvent } from './session-started-event.js';
import { ShStatusChangedEvent } from './status-changed-event.js';
import { ShUnsavedChangesEvent } from './unsaved-changes-event.js';

// Stand-ins: these tests are about the events, not the payloads' contents.
const org = { uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1', name: 'Acme Pte Ltd' } as Organization;
const summary = { uuid: org.uuid, name: org.name } as OrganizationSummary;
const session = {
  sessionId: 's',
  loginUrl: 'https://portal.example/x',
  role: 'OWNER',
  expiresAt: '2026-01-01T00:00:00Z',
} as RemoteSupportSession;

interface Case {
  event: Event;
  /** The typed fields the event carries, with their values. */
  fields: Record<string, unknown>;
}

/**
 * One entry per event class. `registered` only type-checks when the name is in GlobalEventHandlersEventMap with
 * this class as its event, so a class missing from the map (or mapped to another class) fails `tsc`.
 */
function registered<K extends keyof GlobalEventHandlersEventMap>(
  name: K,
  event: GlobalEventHandlersEventMap[K],
  fields: Record<string, unknown>,
): [string, Case] {
  return [name, { event, fields }];
}

const CASES = new Map<string, Case>([
  registered(ShSelectEvent.eventName, new ShSelectEvent(summary), { organization: summary }),
  registered(ShCreatedEvent.eventName, new ShCreatedEvent(org), { organization: org }),
  registered(ShBeforeCreateEvent.eventName, new ShBeforeCreateEvent({ name: 'X' } as never), { input: { name: 'X' } }),
  registered(ShSavedEvent.eventName, new ShSavedEvent('billing', org), { section: 'billing', organization: org }),
  registered(ShErrorEvent.eventName, new ShErrorEvent('boom', 'load'), { error: 'boom', section: 'load' }),
  registered(ShStatusChangedEvent.eventName, new ShStatusChangedEvent(org, 'ACTIVE', 'SUSPENDED'), {
    organization: org,
    from: 'ACTIVE',
    to: 'SUSPENDED',
  }),
  registered(ShBeforeSuspendEvent.eventName, new ShBeforeSuspendEvent(org, { reason: 'OTHER' }), {
    organization: org,
    input: { reason: 'OTHER' },
  }),
  registered(ShBeforeDeleteEvent.eventName, new ShBeforeDeleteEvent(org, true), { organization: org, immediate: true }),
  registered(ShDeletedEvent.eventName, new ShDeletedEvent(org.uuid, null), {
    uuid: org.uuid,
    purged: true,
    organization: null,
  }),
  registered(ShOwnershipChangedEvent.eventName, new ShOwnershipChangedEvent(org, 'CUSTOMER', 'SERVICE_PROVIDER'), {
    organization: org,
    from: 'CUSTOMER',
    to: 'SERVICE_PROVIDER',
  }),
  registered(ShSessionStartedEvent.eventName, new ShSessionStartedEvent(org.uuid, session), {
    organizationUuid: org.uuid,
    session,
  }),
  registered(ShUnsavedChangesEvent.eventName, new ShUnsavedChangesEvent(true), { hasUnsavedChanges: true }),
]);

describe('events: one pattern for every event class', () => {
  it('covers every event class the kit exports', () => {
    const classes = Object.values(kit).filter(
      (value) => typeof value === 'function' && value.prototype instanceof Event,
    ) as unknown as { eventName: string }[];
    expect(classes.map((c) => c.eventName).sort()).to.deep.equal([...CASES.keys()].sort());
  });

  for (const [name, { event, fields }] of CASES) {
    it(`${name}: named sh-<verb> by its class, typed fields, cancelable only before an action`, () => {
      expect(name).to.match(/^sh-[a-z]+(?:-[a-z]+)*$/);
      expect(event.type).to.equal(name);
      expect((event.constructor as unknown as { eventName: string }).eventName).to.equal(name);
      expect(event.cancelable).to.equal(name.startsWith('sh-before-'));
      for (const [field, value] of Object.entries(fields))
        expect((event as unknown as Record<string, unknown>)[field], field).to.deep.equal(value);
    });

    it(`${name}: leaves the element's shadow root and bubbles up to the document`, () => {
      const host = document.createElement('div');
      const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
      document.body.append(host);
      const heard: Event[] = [];
      const listener = (e: Event): void => void heard.push(e);
      document.addEventListener(name, listener);
      try {
        inner.dispatchEvent(event);
      } finally {
        document.removeEventListener(name, listener);
        host.remove();
      }
      expect(heard).to.have.length(1);
      expect(heard[0]).to.equal(event);
    });
  }
});
