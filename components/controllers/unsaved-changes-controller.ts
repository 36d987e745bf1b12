import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShUnsavedChangesEvent } from '../events/unsaved-changes-event.js';
import { guardUnload } from './unload-guard.js';

/**
 * Whether an element holds input the person has not saved, worked out from the element's own editing state after
 * each render: fires `sh-unsaved-changes` when that changes, and asks before the page unloads while it holds some
 * (unless `guarded()` says the host turned that off).
 */
export class UnsavedChangesController implements ReactiveController {
  /** The value the last `sh-unsaved-changes` (or the start, false) reported. */
  private reported = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element's editing state holds input the person has not saved. */
    private readonly holds: () => boolean,
    /** Leaving the page asks first while input is unsaved. */
    private readonly guarded: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    guardUnload(this, this.reported && this.guarded());
  }

  hostUpdated(): void {
    const unsaved = this.holds();
    guardUnload(this, unsaved && this.guarded());
    if (unsaved === this.reported) return;
    this.reported = unsaved;
    this.host.dispatchEvent(new ShUnsavedChangesEvent(unsaved));
  }

  hostDisconnected(): void {
    guardUnload(this, false);
  }
}
