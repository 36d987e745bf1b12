import type { ManagedBy, Organization } from '../../sdk/index.js';

/** Fired by `<sh-ownership-switch>` after the server switched "Managed by". */
export class ShOwnershipChangedEvent extends Event {
  static readonly eventName = 'sh-ownership-changed';
  /** The organization after the change. */
  readonly organization: Organization;
  /** "Managed by" before the change. */
  readonly from: ManagedBy;
  /** "Managed by" after the change. */
  readonly to: ManagedBy;

  constructor(organization: Organization, from: ManagedBy, to: ManagedBy) {
    super(ShOwnershipChangedEvent.eventName, { bubbles: true, composed: true });
    this.organization = organization;
    this.from = from;
    this.to = to;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-ownership-changed': ShOwnershipChangedEvent;
  }
}
