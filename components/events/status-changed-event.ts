import type { Organization, OrganizationStatus } from '../../sdk/index.js';

/** Fired by `<sh-status-control>` after the server changed the organization's status (suspend, activate, delete with a grace period, restore). */
export class ShStatusChangedEvent extends Event {
  static readonly eventName = 'sh-status-changed';
  /** The organization after the change. */
  readonly organization: Organization;
  /** Status before the change. */
  readonly from: OrganizationStatus;
  /** Status after the change. */
  readonly to: OrganizationStatus;

  constructor(organization: Organization, from: OrganizationStatus, to: OrganizationStatus) {
    super(ShStatusChangedEvent.eventName, { bubbles: true, composed: true });
    this.organization = organization;
    this.from = from;
    this.to = to;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-status-changed': ShStatusChangedEvent;
  }
}
