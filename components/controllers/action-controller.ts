import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newIdempotencyKey } from '../../sdk/index.js';

/**
 * How a run ended: done with the work's value; failed with its error; refused at once because another action was
 * running; aborted (replaced by a newer run, `reset()`, or the host left the page) and its outcome dropped.
 */
export type ActionResult<T> =
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown }
  | { status: 'refused' }
  | { status: 'aborted' };

/**
 * What a second run does while one is in flight: `exclusive` (the default) refuses it, so a double click sends
 * one request and the first is never cut off; `replace` aborts the run of the same action and takes its place
 * (a newer upload, a newer search). A run is refused while another action is in flight, whatever its mode.
 */
export type ActionMode = 'exclusive' | 'replace';

export interface ActionOptions<A extends string> {
  /** The mode of each action that does not use the default `exclusive`. */
  modes?: Partial<Record<A, ActionMode>>;
}

/** True for the rejection of an aborted fetch or signal. */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** JSON with object keys sorted, so two equal inputs give the same text whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

interface Running<A> {
  action: A;
  abort: AbortController;
}

/**
 * Runs the async actions a widget starts (save, create, suspend, upload, …), one at a time, and is what the widget
 * renders from: `pending` names the action in flight, `error` holds the last failure until the next run or
 * `clearError()`.
 *
 * - Every run gets an AbortSignal to forward to the SDK; it aborts when the run is replaced, on `reset()`, and when
 *   the host is disconnected.
 * - Each action is `exclusive` or `replace` (see `ActionMode`).
 * - `runKeyed` keeps one idempotency key per distinct input: the same input sent again after a failure (a lost
 *   answer) reuses its key, so the server replays instead of acting twice; another input, or a success, starts a
 *   new key (the SDK's `newIdempotencyKey`).
 * - Every run resolves one `ActionResult`; it never rejects.
 *
 * The host re-renders whenever a run starts or ends.
 */
export class ActionController<A extends string = string> implements ReactiveController {
  /** The last failure, until the next run starts, `clearError()` or `reset()`. */
  error: unknown = undefined;
  /** The action that failed last. */
  failedAction: A | null = null;

  private running: Running<A> | undefined;
  private readonly keys = new Map<A, { fingerprint: string; key: string }>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ActionOptions<A> = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.running?.abort.abort();
  }

  /** The action in flight, or null. */
  get pending(): A | null {
    return this.running?.action ?? null;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Runs `work` as `action`, unless it is refused (see `ActionMode`). */
  async run<T>(action: A, work: (signal: AbortSignal) => Promise<T>): Promise<ActionResult<T>> {
    if (this.refuses(action)) return { status: 'refused' };
    this.running?.abort.abort();
    const running: Running<A> = { action, abort: new AbortController() };
    this.running = running;
    this.error = undefined;
    this.failedAction = null;
    this.host.requestUpdate();
    const { signal } = running.abort;
    let result: ActionResult<T>;
    try {
      const value = await work(signal);
      result = signal.aborted ? { status: 'aborted' } : { status: 'done', value };
    } catch (error) {
      result = signal.aborted || isAbort(error) ? { status: 'aborted' } : { status: 'failed', error };
    }
    if (this.running === running) {
      this.running = undefined;
      if (result.status === 'failed') {
        this.error = result.error;
        this.failedAction = action;
      }
      this.host.requestUpdate();
    }
    return result;
  }

  /**
   * Runs `work` with the idempotency key of `input` for `action`: the key of the last attempt when `input` equals
   * it, else a new one. The key is dropped after a success, so a deliberate second submission is a new one.
   */
  async runKeyed<I, T>(
    action: A,
    input: I,
    work: (idempotencyKey: string, signal: AbortSignal) => Promise<T>,
  ): Promise<ActionResult<T>> {
    if (this.refuses(action)) return { status: 'refused' };
    const key = this.keyFor(action, input);
    const result = await this.run(action, (signal) => work(key, signal));
    if (result.status === 'done' && this.keys.get(action)?.key === key) this.keys.delete(action);
    return result;
  }

  /** The key the next `runKeyed(action, input)` would send (for tests and diagnostics). */
  keyFor(action: A, input: unknown): string {
    const fingerprint = canonical(input);
    let entry = this.keys.get(action);
    if (entry?.fingerprint !== fingerprint) {
      entry = { fingerprint, key: newIdempotencyKey() };
      this.keys.set(action, entry);
    }
    return entry.key;
  }

  /** True when a run of `action` would be refused now (see `ActionMode`). */
  private refuses(action: A): boolean {
    const current = this.running;
    return current !== undefined && (current.action !== action || this.options.modes?.[action] !== 'replace');
  }

  clearError(): void {
    if (this.error === undefined) return;
    this.error = undefined;
    this.failedAction = null;
    this.host.requestUpdate();
  }

  /** Aborts the run in flight (its outcome is dropped) and forgets the error and the idempotency keys. */
  reset(): void {
    this.running?.abort.abort();
    this.running = undefined;
    this.keys.clear();
    this.error = undefined;
    this.failedAction = null;
    this.host.requestUpdate();
  }
}
