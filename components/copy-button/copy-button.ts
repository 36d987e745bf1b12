import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShElement } from '../base/sh-element.js';
import { sharedStyles } from '../styles/shared.styles.js';

/** How long "Copied" stays. */
const FEEDBACK_MS = 3000;

/**
 * @summary A button that copies a value to the clipboard and says whether it worked (politely, next to itself).
 * Where the async clipboard is refused (no permission, an insecure page) it copies through a selection instead.
 *
 * @csspart base - The wrapper of the button and its feedback.
 * @csspart button - The button.
 * @csspart feedback - "Copied", or why it could not copy.
 *
 * @cssproperty --sh-copy-button-feedback-color - Colour of "Copied" (default: the success colour).
 */
export class ShCopyButton extends ShElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
      }
      [part='base'] {
        display: inline-flex;
        align-items: center;
        gap: var(--_space);
      }
      button {
        min-height: 28px;
        padding: 2px 10px;
        font-size: 0.9em;
      }
      [part='feedback'] {
        color: var(--sh-copy-button-feedback-color, var(--_success));
        font-size: 0.9em;
        font-weight: 600;
      }
    `,
  ];

  @state() private feedback = '';

  /** The text to copy. */
  @property() value = '';
  /** The button's accessible name, when "Copy" alone would not say what is copied (e.g. "Copy UUID"). */
  @property() label = '';

  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.feedback = '';
  }

  private async copy(): Promise<void> {
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(this.value);
      ok = true;
    } catch {
      ok = this.copyWithSelection();
    }
    this.feedback = this.localize.term(ok ? 'copied' : 'copyFailed');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.feedback = ''), FEEDBACK_MS);
  }

  /** The fallback where the async clipboard is refused. */
  private copyWithSelection(): boolean {
    const area = document.createElement('textarea');
    area.value = this.value;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    this.renderRoot.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }

  override render() {
    return html`<span part="base">
      <button type="button" part="button" aria-label=${this.label || this.localize.term('copy')} @click=${this.copy}>
        ${this.localize.term('copy')}
      </button>
      <span part="feedback" role="status">${this.feedback}</span>
    </span>`;
  }
}

if (!customElements.get('sh-copy-button')) customElements.define('sh-copy-button', ShCopyButton);

declare global {
  interface HTMLElementTagNameMap {
    'sh-copy-button': ShCopyButton;
  }
}
