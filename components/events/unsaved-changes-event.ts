/**
 * Fired by every element that edits when `hasUnsavedChanges` changes: the person typed into a form, or saved,
 * cancelled or was shown another organization. A host's router reads it to guard its own navigation.
 */
export class ShUnsavedChangesEvent extends Event {
  static readonly eventName = 'sh-unsaved-changes';
  /** The element's `hasUnsavedChanges` after the change. */
  readonly hasUnsavedChanges: boolean;

  constructor(hasUnsavedChanges: boolean) {
    super(ShUnsavedChangesEvent.eventName, { bubbles: true, composed: true });
    this.hasUnsavedChanges = hasUnsavedChanges;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-unsaved-changes': ShUnsavedChangesEvent;
  }
}
