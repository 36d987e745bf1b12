/**
 * Runtime-switchable faults for demos and tests: latency (fixed or a random range), a random failure rate
 * (503s, or any mix of faults), and one-shot scripted faults for the next N requests.
 *
 * Most faults strike before the backend acts. A lost answer strikes after: the operation runs (and is stored,
 * idempotency record included), then its answer never arrives: the case that `Idempotency-Key` and `If-Match`
 * exist for.
 */

/** How an answer is lost after the backend acted: a dropped connection, a gateway's 502/504, or no answer at all. */
export type LostAnswer = 'network' | 'hang' | 502 | 504;

/** A scripted fault: an HTTP status (answered as problem+json, with Retry-After when given), a network error,
 * a 200 whose body breaks the contract, a request that never answers until it is aborted, or (`lose`) an
 * operation that is applied and whose answer is then lost. */
export type Fault = { status: number; retryAfter?: number } | 'network' | 'malformed' | 'hang' | { lose: LostAnswer };

/** One fault of every kind, before and after the backend acts: a mix for `setFailureRate(rate, EVERY_FAULT)`. */
export const EVERY_FAULT: readonly Fault[] = [
  { status: 503, retryAfter: 1 },
  { status: 500 },
  { status: 429, retryAfter: 1 },
  'network',
  'malformed',
  'hang',
  { lose: 'network' },
  { lose: 502 },
  { lose: 504 },
  { lose: 'hang' },
];

const DEFAULT_MIX: readonly Fault[] = [{ status: 503, retryAfter: 1 }];

export interface Faults {
  /** Delay before every answer: a fixed number of milliseconds or a random `[min, max]` range. 0 turns it off. */
  setLatency(ms: number | readonly [number, number]): void;
  /** Probability (0..1) that a request fails, with a fault drawn from `mix` (default: `503` with Retry-After: 1). */
  setFailureRate(rate: number, mix?: readonly Fault[]): void;
  /** The next `n` requests fail with `fault` (queued after faults already scripted). A lost answer waits for a
   * request that acts (not a GET): the requests before it go through. */
  next(n: number, fault: Fault): void;
  /** Removes latency, failure rate and scripted faults. */
  clear(): void;
  /** How many scripted faults are still queued. */
  readonly pending: number;
}

export interface FaultState extends Faults {
  /** Milliseconds to wait for this request. */
  latency(): number;
  /** The fault for a request with this method, consuming a scripted one; null when the request goes through. */
  take(method: string): Fault | null;
}

/** True for a fault that strikes after the backend acted. */
export function isLostAnswer(fault: Fault | null): fault is { lose: LostAnswer } {
  return typeof fault === 'object' && fault !== null && 'lose' in fault;
}

const actsOn = (method: string): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());

export function createFaults(): FaultState {
  let latency: number | readonly [number, number] = 0;
  let failureRate = 0;
  let mix = DEFAULT_MIX;
  const queue: Fault[] = [];
  return {
    setLatency(ms) {
      latency = Array.isArray(ms) ? [Math.max(0, ms[0]!), Math.max(0, ms[1]!)] : Math.max(0, ms as number);
    },
    setFailureRate(rate, faults = DEFAULT_MIX) {
      failureRate = Math.min(1, Math.max(0, rate));
      mix = faults.length > 0 ? [...faults] : DEFAULT_MIX;
    },
    next(n, fault) {
      for (let i = 0; i < n; i++) queue.push(fault);
    },
    clear() {
      latency = 0;
      failureRate = 0;
      mix = DEFAULT_MIX;
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
    take(method) {
      const head = queue[0];
      if (head !== undefined) {
        // "Lose the answer after saving" is about a save: a read before it (a reload) is not what it aims at.
        if (isLostAnswer(head) && !actsOn(method)) return null;
        return queue.shift()!;
      }
      if (failureRate > 0 && Math.random() < failureRate) return mix[Math.floor(Math.random() * mix.length)]!;
      return null;
    },
  };
}
