import type { OrganizationSummary } from '../../sdk/index.js';

/**
 * Fired by `<sh-organization-search>` when the person chooses an organization (click or Enter),
 * never when `selected` is set by code.
 */
export class ShSelectEvent extends Event {
  static readonly eventName = 'sh-select';
  /** The chosen organization, as the search returned it (`matchedOn` says which keys matched). */
  readonly organization: OrganizationSummary;

  constructor(organization: OrganizationSummary) {
    super(ShSelectEvent.eventName, { bubbles: true, composed: true });
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-select': ShSelectEvent;
  }
}
