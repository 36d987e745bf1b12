import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a `run()` ended: done with a value, failed with an error, or refused because another action was still running. */
export type ExclusiveOutcome<T> =
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown }
  | { status: 'busy' };

/**
 * Runs one user action at a time (suspend, approve, start a session, …). While one is running, `pending` names it
 * and every other `run()` is refused at once, so a double click sends one request and the first one is never
 * aborted (unlike `PendingActionController`, where a new run replaces the one in flight). The host re-renders
 * when an action starts and ends, and reads `error` for the last failure.
 */
export class ExclusiveActionController<A extends string = string> implements ReactiveController {
  /** The action in flight, or null. */
  pending: A | null = null;
  /** The last failure, until the next action starts or `clearError()`. */
  error: unknown = undefined;
  /** The action that failed last. */
  failedAction: A | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the controller holds no resource between runs.
  }

  get busy(): boolean {
    return this.pending !== null;
  }

  clearError(): void {
    if (this.error === undefined) return;
    this.error = undefined;
    this.failedAction = null;
    this.host.requestUpdate();
  }

  async run<T>(action: A, work: () => Promise<T>): Promise<ExclusiveOutcome<T>> {
    if (this.pending !== null) return { status: 'busy' };
    this.pending = action;
    this.error = undefined;
    this.failedAction = null;
    this.host.requestUpdate();
    try {
      return { status: 'done', value: await work() };
    } catch (error) {
      this.error = error;
      this.failedAction = action;
      return { status: 'failed', error };
    } finally {
      this.pending = null;
      this.host.requestUpdate();
    }
  }
}
