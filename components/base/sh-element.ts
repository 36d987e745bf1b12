import { LitElement } from 'lit';
import { LocalizeController } from '../controllers/localize-controller.js';

/**
 * The kit's base element: typed `emit()` and localization. Each element file registers its own tag with a
 * literal `customElements.define('sh-x', ShX)`, which the Custom Elements Manifest analyzer reads.
 */
export class ShElement extends LitElement {
  protected readonly localize = new LocalizeController(this);

  /** Dispatches an event instance; returns false when a listener called `preventDefault()`. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
