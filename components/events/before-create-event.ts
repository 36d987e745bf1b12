import type { CreateOrganizationRequest } from '../../sdk/index.js';

/**
 * Fired by `<sh-create-organization>` right before it sends the create request. Cancelable: a host that calls
 * `preventDefault()` stops the request (to add its own confirmation, say); nothing is sent and the form stays as typed.
 */
export class ShBeforeCreateEvent extends Event {
  static readonly eventName = 'sh-before-create';
  /** The request body about to be sent. */
  readonly input: CreateOrganizationRequest;

  constructor(input: CreateOrganizationRequest) {
    super(ShBeforeCreateEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.input = input;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-before-create': ShBeforeCreateEvent;
  }
}
