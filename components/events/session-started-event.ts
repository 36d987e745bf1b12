import type { RemoteSupportSession } from '../../sdk/index.js';

/**
 * Fired by `<sh-remote-support>` when a remote-support session was started. The element never navigates:
 * the host decides how to open `session.loginUrl` (a single-use link).
 */
export class ShSessionStartedEvent extends Event {
  static readonly eventName = 'sh-session-started';
  /** `{sessionId, loginUrl, role, expiresAt}`. */
  readonly session: RemoteSupportSession;
  /** UUID of the organization the session logs into. */
  readonly organizationUuid: string;

  constructor(organizationUuid: string, session: RemoteSupportSession) {
    super(ShSessionStartedEvent.eventName, { bubbles: true, composed: true });
    this.organizationUuid = organizationUuid;
    this.session = session;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sh-session-started': ShSessionStartedEvent;
  }
}
