/**
 * Runtime-switchable faults for demos and tests: latency (fixed or a random range), a random failure rate
 * (503s), and one-shot scripted faults for the next N requests.
 */

/** A scripted fault: an HTTP status (answered as problem+json, with Retry-After when given), a network error,
 * a 200 whose body breaks the contract, or a request that never answers until it is aborted. */
export type Fault = { status: number; retryAfter?: number } | 'network' | 'malformed' | 'hang';

export interface Faults {
  /** Delay before every answer: a fixed number of milliseconds or a random `[min, max]` range. 0 turns it off. */
  setLatency(ms: number | readonly [number, number]): void;
  /** Probability (0..1) that a request fails with `503` (Retry-After: 1). */
  setFailureRate(rate: number): void;
  /** The next `n` requests fail with `fault` (queued after faults already scripted). */
  next(n: number, fault: Fault): void;
  /** Removes latency, failure rate and scripted faults. */
  clear(): void;
  /** How many scripted faults are still queued. */
  readonly pending: number;
}

export interface FaultState extends Faults {
  /** Milliseconds to wait for this request. */
  latency(): number;
  /** The fault for this request, consuming a scripted one; null when the request goes through. */
  take(): Fault | null;
}

export function createFaults(): FaultState {
  let latency: number | readonly [number, number] = 0;
  let failureRate = 0;
  const queue: Fault[] = [];
  return {
    setLatency(ms) {
      latency = Array.isArray(ms) ? [Math.max(0, ms[0]!), Math.max(0, ms[1]!)] : Math.max(0, ms as number);
    },
    setFailureRate(rate) {
      failureRate = Math.min(1, Math.max(0, rate));
    },
    next(n, fault) {
      for (let i = 0; i < n; i++) queue.push(fault);
    },
    clear() {
      latency = 0;
      failureRate = 0;
      queue.length = 0;
    },
    get pending() {
      return queue.length;
    },
    latency() {
      if (typeof latency === 'number') return latency;
      const [min, max] = latency;
      return min + Math.random() * Math.max(0, max - min);
    },
    take() {
      const scripted = queue.shift();
      if (scripted !== undefined) return scripted;
      if (failureRate > 0 && Math.random() < failureRate) return { status: 503, retryAfter: 1 };
      return null;
    },
  };
}
