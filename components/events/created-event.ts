import type { Organization } from '../../sdk/index.js';

/** Fired by `<sh-create-organization>` once the server has created the organization. */
export class ShCreatedEvent extends Event {
  static readonly eventName = 'sh-created';
  /** The new organization, as the server returned it. */
  readonly organization: Organization;

  constructor(organization: Organization) {
    super(ShCreatedEvent.eventName, { bubbles: true, composed: true });
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-created': ShCreatedEvent;
  }
}
