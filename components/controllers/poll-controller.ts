import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** setTimeout's longest wait; a later deadline would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface PollOptions {
  /** Milliseconds between runs, as things stand now; 0 means no polling. Asked after every render. */
  every(): number;
  /** When to run once more (ms since the epoch), e.g. when a grant ends; undefined for none. */
  at?(): number | undefined;
  run(): void;
}

/**
 * Runs `run` every `every()` ms and once at `at()`, re-planned after each render of the host. It holds no timer
 * while the host is detached, and starts again when the host is attached again.
 */
export class PollController implements ReactiveController {
  private connected = false;
  private period = 0;
  private deadline: number | undefined;
  private interval: ReturnType<typeof setInterval> | undefined;
  private timeout: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PollOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.plan();
  }

  hostUpdated(): void {
    this.plan();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.plan();
  }

  /** True while a timer is set (for tests and for hosts that show it). */
  get active(): boolean {
    return this.interval !== undefined || this.timeout !== undefined;
  }

  private plan(): void {
    const period = this.connected ? Math.max(0, this.options.every()) : 0;
    if (period !== this.period) {
      clearInterval(this.interval);
      this.period = period;
      this.interval = period ? setInterval(() => this.options.run(), period) : undefined;
    }
    const at = this.connected ? this.options.at?.() : undefined;
    if (at !== this.deadline) {
      clearTimeout(this.timeout);
      this.deadline = at;
      const wait = at === undefined ? NaN : at - Date.now();
      this.timeout =
        wait >= 0 && wait < MAX_TIMER_MS
          ? setTimeout(() => {
              this.timeout = this.deadline = undefined;
              this.options.run();
            }, wait)
          : undefined;
    }
  }
}
