import type { Organization } from '../../sdk/index.js';

/**
 * Fired by `<sh-status-control>` right before it sends a deletion. Cancelable: a host that calls
 * `preventDefault()` stops it (to add its own confirmation, say); nothing is sent and the dialog stays open.
 */
export class ShBeforeDeleteEvent extends Event {
  static readonly eventName = 'sh-before-delete';
  /** The organization about to be deleted. */
  readonly organization: Organization;
  /** True when the domain has no grace period, so the deletion cannot be undone at all. */
  readonly immediate: boolean;

  constructor(organization: Organization, immediate: boolean) {
    super(ShBeforeDeleteEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.organization = organization;
    this.immediate = immediate;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-before-delete': ShBeforeDeleteEvent;
  }
}
