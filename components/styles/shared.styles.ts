import { css } from 'lit';

/**
 * Styles every widget shares. Tokens fall back to light-theme values, so a widget looks right
 * with no theme file loaded; `themes/light.css` and `themes/dark.css` set them globally.
 */
export const sharedStyles = css`
  :host {
    --_fg: var(--sh-color-text, #1b2430);
    --_muted: var(--sh-color-text-muted, #5a6472);
    --_bg: var(--sh-color-surface, #ffffff);
    --_bg-alt: var(--sh-color-surface-alt, #f5f7fa);
    --_border: var(--sh-color-border, #d5dbe3);
    --_primary: var(--sh-color-primary, #0b5fff);
    --_on-primary: var(--sh-color-on-primary, #ffffff);
    --_danger: var(--sh-color-danger, #b3261e);
    --_success: var(--sh-color-success, #1b7f3b);
    --_warning: var(--sh-color-warning, #8a5a00);
    --_focus: var(--sh-color-focus, #0b5fff);
    --_radius: var(--sh-radius, 6px);
    --_space: var(--sh-space, 8px);
    display: block;
    color: var(--_fg);
    font-family: var(--sh-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sh-font-size, 14px);
    line-height: 1.45;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    min-height: 32px;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  button[disabled],
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    min-height: 32px;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.9em;
    margin-top: 2px;
  }
  .banner {
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    background: var(--_bg-alt);
  }
  .banner p,
  .banner ul {
    margin: 0;
  }
  .banner ul {
    padding-inline-start: 1.2em;
  }
  /* The summary of a refused form renders in its host's shadow root (see sh-form-feedback). */
  sh-form-feedback {
    display: block;
  }
  sh-form-feedback[hidden] {
    display: none;
  }
  .banner.error {
    border-color: var(--_danger);
    color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_bg));
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    border-radius: 999px;
    padding: 1px 8px;
    font-size: 0.85em;
    font-weight: 600;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.active {
    color: var(--_success);
  }
  .badge.suspended {
    color: var(--_warning);
  }
  .badge.pending_deletion {
    color: var(--_danger);
  }
`;
