import type { EventName } from '@lit/react';
import { ShBeforeCreateEvent } from '../events/before-create-event.js';
import { ShBeforeDeleteEvent } from '../events/before-delete-event.js';
import { ShBeforeSuspendEvent } from '../events/before-suspend-event.js';
import { ShCreatedEvent } from '../events/created-event.js';
import { ShDeletedEvent } from '../events/deleted-event.js';
import { ShErrorEvent } from '../events/error-event.js';
import { ShOwnershipChangedEvent } from '../events/ownership-changed-event.js';
import { ShSavedEvent } from '../events/saved-event.js';
import { ShSelectEvent } from '../events/select-event.js';
import { ShSessionStartedEvent } from '../events/session-started-event.js';
import { ShStatusChangedEvent } from '../events/status-changed-event.js';
import { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';

/** An event class of the kit: its instances are the events, its static `eventName` their type (`'sh-select'`). */
export interface ShEventClass<E extends Event = Event, N extends string = string> {
  new (...args: never[]): E;
  readonly eventName: N;
}

/** `'sh-ownership-changed'` → `'ShOwnershipChanged'`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

/** The React prop of an event: `'sh-select'` → `'onShSelect'`, as React names its own (`onClick`). */
export type EventProp<N extends string> = `on${Pascal<N>}`;

/** The `events` option of `createComponent` for these classes: `{ onShSelect: 'sh-select' }`, typed by the class. */
export type EventProps<C extends readonly ShEventClass[]> = {
  [K in C[number] as EventProp<K['eventName']>]: EventName<InstanceType<K>>;
};

export function eventProp<N extends string>(eventName: N): EventProp<N> {
  return `on${eventName.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}` as EventProp<N>;
}

/** The `events` option of `createComponent`, keyed and typed from the event classes' own `eventName`. */
export function eventProps<const C extends readonly ShEventClass[]>(...classes: C): EventProps<C> {
  return Object.fromEntries(classes.map((c) => [eventProp(c.eventName), c.eventName])) as EventProps<C>;
}

/**
 * The events each element fires, by tag: the `@fires` of its class. test/react-events.test.ts holds this against the
 * Custom Elements Manifest, so an event an element starts to fire fails the test until it is listed here.
 */
export const elementEvents = {
  'sh-organization-search': [ShSelectEvent],
  'sh-organization-overview': [ShSavedEvent, ShErrorEvent, ShUnsavedChangesEvent],
  'sh-create-organization': [ShBeforeCreateEvent, ShCreatedEvent, ShErrorEvent, ShUnsavedChangesEvent],
  'sh-ownership-switch': [ShOwnershipChangedEvent, ShErrorEvent, ShUnsavedChangesEvent],
  'sh-status-control': [
    ShBeforeSuspendEvent,
    ShBeforeDeleteEvent,
    ShStatusChangedEvent,
    ShDeletedEvent,
    ShErrorEvent,
    ShUnsavedChangesEvent,
  ],
  'sh-remote-support': [ShSessionStartedEvent, ShErrorEvent, ShUnsavedChangesEvent],
} as const satisfies Record<string, readonly ShEventClass[]>;
