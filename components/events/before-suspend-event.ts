import type { Organization, SuspendRequest } from '../../sdk/index.js';

/**
 * Fired by `<sh-status-control>` right before it sends a suspension. Cancelable: a host that calls
 * `preventDefault()` stops it; nothing is sent and the dialog stays open as filled in.
 */
export class ShBeforeSuspendEvent extends Event {
  static readonly eventName = 'sh-before-suspend';
  /** The organization about to be suspended. */
  readonly organization: Organization;
  /** The request body about to be sent (`reason`, optional `note`). */
  readonly input: SuspendRequest;

  constructor(organization: Organization, input: SuspendRequest) {
    super(ShBeforeSuspendEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.organization = organization;
    this.input = input;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-before-suspend': ShBeforeSuspendEvent;
  }
}
