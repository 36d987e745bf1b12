import { LitElement } from 'lit';
import { LocalizeController } from '../controllers/localize-controller.js';

/**
 * The kit's base element: idempotent `define()`, typed `emit()`, and localization.
 */
export class ShElement extends LitElement {
  /** Registers the element under `tag` unless that tag is already taken (safe to import twice). */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }

  protected readonly localize = new LocalizeController(this);

  /** Dispatches an event instance; returns false when a listener called `preventDefault()`. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
