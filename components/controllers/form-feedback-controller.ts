import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError } from '../../sdk/index.js';

/** True when `error` is at `pointer` or below it (`/billing` covers `/billing/billingEmail`). */
const within = (error: FieldError, pointer: string): boolean =>
  error.pointer === pointer || error.pointer.startsWith(`${pointer}/`);

/**
 * What a form tells the person about their input, for every form of the kit: which fields they have left (their
 * messages show from then on), whether they tried to submit (every message shows), and the server's field errors
 * (shown until the person edits that field).
 *
 * A message never moves the layout under a pointer that is pressing: a field left because the person pressed
 * something else (the blur comes with the pointerdown) shows its message once the press is over, so the click
 * lands on what the person aimed at.
 */
export class FormFeedbackController implements ReactiveController {
  /** True after a submit attempt: every client error shows. */
  submitted = false;
  /** The server's field errors of the last attempt. */
  serverErrors: readonly FieldError[] = [];
  private touched = new Set<string>();
  private pressing = false;
  private readonly deferred = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where an error shows: the pointer of the field that carries it (undefined: no field does). */
    private readonly place: (pointer: string) => string | undefined = (pointer) => pointer,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onPointerDown, true);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.onPointerDown, true);
    this.release();
  }

  /** The person left the field at `pointer`: its message shows from now on (after a press in progress). */
  touch(pointer: string): void {
    if (this.touched.has(pointer)) return;
    if (this.pressing) {
      this.deferred.add(pointer);
      return;
    }
    this.touched.add(pointer);
    this.host.requestUpdate();
  }

  /** The person changed the field at `pointer`: the server's message there (and below it) is outdated. */
  edited(pointer: string): void {
    if (!this.serverErrors.some((e) => within(e, pointer))) return;
    this.serverErrors = this.serverErrors.filter((e) => !within(e, pointer));
    this.host.requestUpdate();
  }

  /** A submit attempt: every client error shows, the last attempt's server errors go. */
  submit(): void {
    this.submitted = true;
    this.serverErrors = [];
    this.host.requestUpdate();
  }

  /** The server refused the input: its field errors show at their fields. */
  fail(errors: readonly FieldError[]): void {
    this.serverErrors = errors;
    this.host.requestUpdate();
  }

  /** Forgets everything (a new form, a cancelled edit). */
  clear(): void {
    this.submitted = false;
    this.serverErrors = [];
    this.touched = new Set();
    this.deferred.clear();
    this.host.requestUpdate();
  }

  /** The error to show at the field at `pointer`: the server's, else the first client error once it may show. */
  errorAt(pointer: string, clientErrors: readonly FieldError[]): FieldError | undefined {
    const here = (e: FieldError) => this.place(e.pointer) === pointer;
    const server = this.serverErrors.find(here);
    if (server || !(this.submitted || this.touched.has(pointer))) return server;
    return clientErrors.find(here);
  }

  /** Server errors that no field of the form shows (`hidden` adds fields folded away): listed in the summary. */
  unplaced(hidden: (pointer: string) => boolean = () => false): FieldError[] {
    return this.serverErrors.filter((e) => {
      const at = this.place(e.pointer);
      return at === undefined || hidden(at);
    });
  }

  private readonly onPointerDown = (): void => {
    if (this.pressing) return;
    this.pressing = true;
    window.addEventListener('pointerup', this.onPointerUp, true);
    window.addEventListener('pointercancel', this.onPointerUp, true);
  };

  /** The press is over; its click is dispatched in the same task, so the messages wait for the next one. */
  private readonly onPointerUp = (): void => {
    this.release();
    setTimeout(() => this.flush());
  };

  private release(): void {
    this.pressing = false;
    window.removeEventListener('pointerup', this.onPointerUp, true);
    window.removeEventListener('pointercancel', this.onPointerUp, true);
  }

  private flush(): void {
    if (this.pressing || this.deferred.size === 0) return;
    for (const pointer of this.deferred) this.touched.add(pointer);
    this.deferred.clear();
    this.host.requestUpdate();
  }
}
