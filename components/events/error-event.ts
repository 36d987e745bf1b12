/**
 * Fired when an action a person started failed (a save, an upload, a load they retried). `error` is what the
 * SDK rejected with (usually an `ApiError`); `section` names the part of the widget that failed, when it has parts.
 * The widget already shows the failure; hosts listen to log it or to react (sign in again on 401, …).
 */
export class ShErrorEvent extends Event {
  readonly error: unknown;
  readonly section: string | undefined;

  constructor(error: unknown, section?: string) {
    super('sh-error', { bubbles: true, composed: true });
    this.error = error;
    this.section = section;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-error': ShErrorEvent;
  }
}
