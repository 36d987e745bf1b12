import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShElement } from '../base/sh-element.js';

interface Item {
  label: string;
  message: string;
  target: HTMLElement | null;
}

const clean = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\s*:]+$/, '')
    .trim();

/** The name of the field a message belongs to: the control it describes, else its group's legend. */
function labelOf(control: HTMLElement | null, message: HTMLElement, root: Document | ShadowRoot): string {
  const ids = control?.getAttribute('aria-labelledby');
  if (ids)
    return clean(
      ids
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent)
        .join(' '),
    );
  const label = control?.getAttribute('aria-label') ?? (control as HTMLInputElement | null)?.labels?.[0]?.textContent;
  if (label) return clean(label);
  return clean((control ?? message).closest('fieldset')?.querySelector('legend')?.textContent);
}

/**
 * @summary The summary of a refused form: its title ("Organization is invalid.") and, under it, every field message
 * the form shows, each with its field's name as a link that moves focus to the field, then the messages no field
 * carries. It hides itself once there is nothing left to fix.
 *
 * It reads the messages from the form it sits in (`.field-error` elements, tied to their controls by
 * `aria-describedby`), so a form keeps no list of its own and the summary cannot disagree with the fields. It renders
 * in the light DOM of the host's shadow root, so the host's styles (`.banner`) and parts apply; put it in a live
 * region and render it again with each render of the form (`revision`).
 */
export class ShFormFeedback extends ShElement {
  @state() private items: Item[] = [];

  /** The summary's title. */
  @property() heading = '';
  /** Messages that belong to no field shown in the form (a server error about a field it does not have). */
  @property({ attribute: false }) messages: readonly string[] = [];
  /** Any new value makes the summary read the form's messages again (give it one with each render of the form). */
  @property({ attribute: false }) revision: unknown;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(): void {
    // The form has rendered its fields by now: this element updates after its host's render is committed.
    const root = this.getRootNode() as Document | ShadowRoot;
    const scope = this.closest('form') ?? root;
    this.items = [...scope.querySelectorAll<HTMLElement>('.field-error')].map((message) => {
      const control = message.id ? scope.querySelector<HTMLElement>(`[aria-describedby~="${message.id}"]`) : null;
      const target =
        control?.localName === 'fieldset' ? control.querySelector<HTMLElement>('input:checked, input') : control;
      return {
        label: labelOf(control, message, root),
        message: clean(message.textContent),
        target: target ?? (message.tabIndex >= 0 ? message : null),
      };
    });
    this.hidden = this.items.length + this.messages.length === 0;
  }

  private focusField(event: Event, item: Item): void {
    event.preventDefault();
    item.target?.focus();
  }

  override render() {
    const name = (item: Item) =>
      item.label && item.target
        ? html`<a href="#" @click=${(e: Event) => this.focusField(e, item)}>${item.label}</a>: `
        : item.label
          ? `${item.label}: `
          : nothing;
    return html`<p><strong>${this.heading}</strong></p>
      <ul>
        ${this.items.map((item) => html`<li>${name(item)}${item.message}</li>`)}
        ${this.messages.map((message) => html`<li>${message}</li>`)}
      </ul>`;
  }
}

if (!customElements.get('sh-form-feedback')) customElements.define('sh-form-feedback', ShFormFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'sh-form-feedback': ShFormFeedback;
  }
}
