/**
 * Fired when an action a person started failed (a save, an upload, a load they retried). The widget already shows
 * the failure; hosts listen to log it or to react (sign in again on 401, …).
 */
export class ShErrorEvent extends Event {
  static readonly eventName = 'sh-error';
  /** What the SDK rejected with (usually an `ApiError`). */
  readonly error: unknown;
  /** The part of the widget that failed, when it has parts (`billing`, `profile-picture`, `load`, …). */
  readonly section: string | undefined;

  constructor(error: unknown, section?: string) {
    super(ShErrorEvent.eventName, { bubbles: true, composed: true });
    this.error = error;
    this.section = section;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-error': ShErrorEvent;
  }
}
