import { property } from 'lit/decorators.js';
import { UnsavedChangesController } from '../controllers/unsaved-changes-controller.js';
import { ShClientElement } from './client-element.js';

/**
 * Base for the widgets a person edits in: they never lose input silently. `hasUnsavedChanges` says whether the
 * element holds input the person has not saved, `sh-unsaved-changes` says when that changes (for a host's router
 * guard), and leaving the page asks first while it is true, unless the host sets `no-unload-guard`. Each element
 * documents `sh-unsaved-changes` in its own JSDoc, with what its unsaved input is.
 */
export abstract class ShEditingElement extends ShClientElement {
  constructor() {
    super();
    new UnsavedChangesController(
      this,
      () => this.holdsUnsavedInput(),
      () => !this.noUnloadGuard,
    );
  }

  /**
   * Leaving or reloading the page no longer asks first while this element holds unsaved input (for a host that
   * asks itself, e.g. from `hasUnsavedChanges` in its router guard).
   */
  @property({ type: Boolean, attribute: 'no-unload-guard' }) noUnloadGuard = false;

  /**
   * True while the element holds input the person has not saved: typed or chosen in a form, or waiting for a save
   * to finish. Read-only; `sh-unsaved-changes` fires when it changes.
   */
  get hasUnsavedChanges(): boolean {
    return this.holdsUnsavedInput();
  }

  /** The element's editing state holds input the person has not saved. */
  protected abstract holdsUnsavedInput(): boolean;
}
