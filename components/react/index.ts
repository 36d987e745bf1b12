/**
 * `sales-hub-kit/react`: the six elements as React components, made with `@lit/react`, for React 18 and 19 alike.
 * Each sets its element's properties as properties (`client={client}`), listens to its `sh-*` events through
 * `onSh…` props (`onShSelect`, `onShSaved`, …) and forwards `ref` to the element. Importing this module defines the
 * elements; a page without React imports `sales-hub-kit/components` instead and never loads this module.
 */
// Bundle layout only: the elements' English messages side by side, which gzip compresses better than each beside its
// element (as in components/index.ts).
import '../translations/localize.js';
import '../translations/en/search.js';
import '../translations/en/overview.js';
import '../translations/en/create.js';
import '../translations/en/ownership.js';
import '../translations/en/status.js';
import '../translations/en/remote-support.js';
import { createComponent, type EventName } from '@lit/react';
import type { ReactiveElement } from 'lit';
import * as React from 'react';
import { ShCreateOrganization } from '../create-organization/create-organization.js';
import { ShOrganizationOverview } from '../organization-overview/organization-overview.js';
import { ShOrganizationSearch } from '../organization-search/organization-search.js';
import { ShOwnershipSwitch } from '../ownership-switch/ownership-switch.js';
import { ShRemoteSupport } from '../remote-support/remote-support.js';
import { ShStatusControl } from '../status-control/status-control.js';
import { type EventProps, elementEvents, eventProps } from './events.js';

type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

/**
 * The properties a React prop may set: the element's own public ones (not Lit's or `HTMLElement`'s) that are neither
 * methods nor read-only (`value` of the search, `reload()`).
 */
type SettableKeys<I> = {
  [K in keyof I]-?: K extends keyof ReactiveElement
    ? never
    : I[K] extends (...args: never[]) => unknown
      ? never
      : IfEquals<{ [P in K]: I[K] }, { -readonly [P in K]: I[K] }, K, never>;
}[keyof I];

/** The element's settable properties as optional props (`client`, `organizationId`, `searchBy`, …). */
export type ElementProps<I> = { [K in SettableKeys<I>]?: I[K] };

/** The event props of an `events` map: `onShSelect?: (event: ShSelectEvent) => void`. */
export type EventListenerProps<E extends Record<string, EventName>> = {
  [K in keyof E]?: (event: E[K]['__eventType']) => void;
};

/**
 * A React component for the element `I` firing the events `E`: its settable properties, its event props, the HTML
 * attributes of any element (`id`, `className`, `style`, `hidden`, …) and a `ref` to the element.
 */
export type ShReactComponent<
  I extends HTMLElement,
  E extends Record<string, EventName>,
> = React.ForwardRefExoticComponent<
  Omit<React.HTMLAttributes<I>, keyof E | keyof ElementProps<I>> &
    EventListenerProps<E> &
    ElementProps<I> &
    React.RefAttributes<I>
>;

type Tag = keyof typeof elementEvents;

function wrap<T extends Tag, I extends HTMLElement>(
  tagName: T,
  elementClass: new () => I,
  displayName: string,
): ShReactComponent<I, EventProps<(typeof elementEvents)[T]>> {
  // @lit/react's own props type also offers Lit's members, methods and read-only properties; ShReactComponent narrows
  // them to what setting a property can do.
  return createComponent({
    react: React,
    tagName,
    elementClass,
    events: eventProps(...elementEvents[tagName]),
    displayName,
  }) as unknown as ShReactComponent<I, EventProps<(typeof elementEvents)[T]>>;
}

/** `<sh-organization-search>`: `onShSelect`. */
export const OrganizationSearch = /* @__PURE__ */ wrap(
  'sh-organization-search',
  ShOrganizationSearch,
  'OrganizationSearch',
);
/** `<sh-organization-overview>`: `onShSaved`, `onShError`. */
export const OrganizationOverview = /* @__PURE__ */ wrap(
  'sh-organization-overview',
  ShOrganizationOverview,
  'OrganizationOverview',
);
/** `<sh-create-organization>`: `onShBeforeCreate` (cancelable), `onShCreated`. */
export const CreateOrganization = /* @__PURE__ */ wrap(
  'sh-create-organization',
  ShCreateOrganization,
  'CreateOrganization',
);
/** `<sh-ownership-switch>`: `onShOwnershipChanged`. */
export const OwnershipSwitch = /* @__PURE__ */ wrap('sh-ownership-switch', ShOwnershipSwitch, 'OwnershipSwitch');
/** `<sh-status-control>`: `onShBeforeSuspend`, `onShBeforeDelete` (cancelable), `onShStatusChanged`, `onShDeleted`. */
export const StatusControl = /* @__PURE__ */ wrap('sh-status-control', ShStatusControl, 'StatusControl');
/** `<sh-remote-support>`: `onShSessionStarted`. */
export const RemoteSupport = /* @__PURE__ */ wrap('sh-remote-support', ShRemoteSupport, 'RemoteSupport');
