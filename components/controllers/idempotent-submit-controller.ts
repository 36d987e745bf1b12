import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Sends one submission; gets the idempotency key to put on the request and the signal to forward. */
export type IdempotentSend<I, R> = (input: I, idempotencyKey: string, signal: AbortSignal) => Promise<R>;

/** A new UUID v4 (crypto.randomUUID needs a secure context, so fall back to getRandomValues). */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** JSON with object keys sorted, so two equal bodies give the same text whatever order they were built in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/**
 * Submits a costly, non-repeatable request (create, ownership change) so that it happens exactly once:
 *
 * - one idempotency key per submission attempt: re-submitting the same, unchanged input after a failure or a
 *   dropped connection reuses the key, so the server replays instead of acting twice;
 * - a new key as soon as the input differs from the last attempt (the person changed the form), and after a
 *   success (a deliberate second submission is a new attempt);
 * - a submit while one is pending is ignored (double clicks, Enter pressed twice).
 *
 * The host re-renders whenever `pending`, `error` or `result` change.
 */
export class IdempotentSubmitController<I, R> implements ReactiveController {
  /** True while a request is in flight. */
  pending = false;
  /** The failure of the last attempt, cleared when a new one starts. */
  error: unknown = undefined;
  /** The result of the last successful attempt. */
  result: R | undefined = undefined;

  private key: string | undefined;
  private fingerprint: string | undefined;
  private abort: AbortController | undefined;
  /** Bumped by reset(), so the outcome of an attempt made before it is ignored. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly send: IdempotentSend<I, R>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The key the next submission of `input` would carry (for tests and diagnostics). */
  keyFor(input: I): string {
    const fingerprint = canonical(input);
    if (this.key === undefined || fingerprint !== this.fingerprint) {
      this.key = newKey();
      this.fingerprint = fingerprint;
    }
    return this.key;
  }

  /**
   * Sends `input` unless a submission is already pending (then resolves `undefined` at once and sends nothing).
   * Resolves the result on success; on failure resolves `undefined` and leaves the error in `error`.
   */
  async submit(input: I): Promise<R | undefined> {
    if (this.pending) return undefined;
    const key = this.keyFor(input);
    const generation = this.generation;
    this.pending = true;
    this.error = undefined;
    this.abort = new AbortController();
    this.host.requestUpdate();
    try {
      const result = await this.send(input, key, this.abort.signal);
      if (generation !== this.generation) return undefined;
      this.result = result;
      this.key = undefined;
      this.fingerprint = undefined;
      return result;
    } catch (e) {
      if (generation === this.generation) this.error = e;
      return undefined;
    } finally {
      if (generation === this.generation) {
        this.pending = false;
        this.abort = undefined;
      }
      this.host.requestUpdate();
    }
  }

  /** Forgets the key, the error and the result (a fresh form). Aborts a pending request. */
  reset(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    this.pending = false;
    this.key = undefined;
    this.fingerprint = undefined;
    this.error = undefined;
    this.result = undefined;
    this.host.requestUpdate();
  }
}
