import type { Organization } from '../../sdk/index.js';

/** The part of an organization a save changed. */
export type SavedSection = 'information' | 'billing' | 'buyer-tags' | 'profile-picture' | 'remote-support';

/** Fired by `<sh-organization-overview>` after a change to the organization was saved. */
export class ShSavedEvent extends Event {
  static readonly eventName = 'sh-saved';
  /** The part of the organization the save changed. */
  readonly section: SavedSection;
  /** The organization after the change, as the server returned it. */
  readonly organization: Organization;

  constructor(section: SavedSection, organization: Organization) {
    super(ShSavedEvent.eventName, { bubbles: true, composed: true });
    this.section = section;
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-saved': ShSavedEvent;
  }
}
