import type { Organization } from '../../sdk/index.js';

/** The part of an organization a save changed. */
export type SavedSection = 'information' | 'billing' | 'buyer-tags' | 'profile-picture' | 'remote-support';

/** Fired after a change to an organization was saved, with the organization as the server returned it. */
export class ShSavedEvent extends Event {
  readonly section: SavedSection;
  readonly organization: Organization;

  constructor(section: SavedSection, organization: Organization) {
    super('sh-saved', { bubbles: true, composed: true });
    this.section = section;
    this.organization = organization;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-saved': ShSavedEvent;
  }
}
