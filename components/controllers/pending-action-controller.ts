import type { ReactiveController, ReactiveControllerHost } from 'lit';

const isAbort = (e: unknown): boolean => e instanceof DOMException && e.name === 'AbortError';

/**
 * One immediate action (an upload, a toggle) with its pending state and its last failure. A new run aborts the
 * one in flight; disconnecting the host aborts it too.
 */
export class PendingActionController implements ReactiveController {
  pending = false;
  /** The failure of the last run, until the next run starts or `clear()`. */
  error: unknown;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Runs `action`; resolves with its result, or undefined when it failed (read `error`) or was aborted. */
  async run<T>(
    action: (signal: AbortSignal) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.pending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      return { ok: true, value: await action(abort.signal) };
    } catch (error) {
      if (!isAbort(error) && !abort.signal.aborted) this.error = error;
      return { ok: false, error };
    } finally {
      if (this.abort === abort) {
        this.abort = undefined;
        this.pending = false;
      }
      this.host.requestUpdate();
    }
  }

  clear(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.pending = false;
    this.error = undefined;
    this.host.requestUpdate();
  }
}
