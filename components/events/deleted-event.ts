import type { Organization } from '../../sdk/index.js';

/**
 * Fired by `<sh-status-control>` after the server accepted a deletion: either purged at once (`purged: true`,
 * no organization left) or scheduled (`purged: false`, the organization is PENDING_DELETION until `purgeAfter`).
 */
export class ShDeletedEvent extends Event {
  static readonly eventName = 'sh-deleted';
  /** UUID of the deleted organization. */
  readonly uuid: string;
  /** True when the organization is gone for good; false when it can still be restored. */
  readonly purged: boolean;
  /** The organization, PENDING_DELETION, or null when purged. */
  readonly organization: Organization | null;

  constructor(uuid: string, organization: Organization | null) {
    super(ShDeletedEvent.eventName, { bubbles: true, composed: true });
    this.uuid = uuid;
    this.purged = organization === null;
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-deleted': ShDeletedEvent;
  }
}
