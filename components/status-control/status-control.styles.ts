import { css } from 'lit';

export const statusControlStyles = css`
  :host {
    --_sc-gap: var(--sh-status-control-gap, var(--_space));
    --_sc-bg: var(--sh-status-control-background, transparent);
    --_sc-border: var(--sh-status-control-border-color, var(--_border));
    --_sc-radius: var(--sh-status-control-radius, var(--_radius));
    --_sc-padding: var(--sh-status-control-padding, calc(var(--_space) * 2));
    --_sc-dialog-width: var(--sh-status-control-dialog-width, 32rem);
    --_sc-danger: var(--sh-status-control-danger-color, var(--_danger));
    --_sc-on-danger: var(--sh-status-control-on-danger-color, var(--sh-color-on-danger, var(--_bg)));
    --_sc-warning: var(--sh-status-control-warning-color, var(--_warning));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_sc-gap);
    background: var(--_sc-bg);
    border: 1px solid var(--_sc-border);
    border-radius: var(--_sc-radius);
    padding: var(--_sc-padding);
  }
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
  [part~='status'] {
    justify-self: start;
  }
  .current {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .current:focus-visible {
    outline: 2px solid var(--_focus);
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px calc(var(--_space) * 1.5);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
  }
  [part~='actions'],
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .buttons {
    justify-content: flex-end;
    margin-top: calc(var(--_space) * 0.5);
  }
  button.danger {
    background: var(--_sc-danger);
    border-color: var(--_sc-danger);
    color: var(--_sc-on-danger);
  }
  button.warning {
    border-color: var(--_sc-warning);
    color: var(--_sc-warning);
  }
  button.danger-outline {
    border-color: var(--_sc-danger);
    color: var(--_sc-danger);
  }
  dialog {
    width: min(var(--_sc-dialog-width), calc(100vw - 2rem));
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_sc-radius);
    padding: calc(var(--_space) * 2.5);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: var(--sh-status-control-backdrop, rgb(0 0 0 / 0.45));
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .field {
    display: grid;
    gap: 4px;
  }
  label {
    font-weight: 600;
  }
  textarea {
    min-height: 5em;
    resize: vertical;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .matches {
    color: var(--_success);
    font-size: 0.9em;
  }
  .warning-box {
    border-inline-start: 4px solid var(--_sc-danger);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: color-mix(in srgb, var(--_sc-danger) 8%, var(--_bg));
    border-radius: var(--_radius);
  }
  .info-box {
    border-inline-start: 4px solid var(--_sc-warning);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_bg-alt);
    border-radius: var(--_radius);
  }
  .confirm-name {
    font-weight: 700;
    white-space: pre-wrap;
  }
  [part~='message']:empty,
  [part~='error']:empty {
    display: none;
  }
  [part~='message'] {
    color: var(--_success);
  }
`;
