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
  :host([embedded]) [part~='base'] {
    border: 0;
    padding: 0;
    background: none;
  }
  [part~='base']:focus {
    outline: none;
  }
  .current {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [part~='actions'] {
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
  .confirm-name {
    font-family: var(--sh-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-weight: 600;
    white-space: pre-wrap;
    display: inline-block;
    padding: 0 4px;
    border-radius: 4px;
    background: var(--_bg-alt);
    border: 1px solid var(--_border);
  }
  .matches {
    color: var(--_success);
    font-size: 0.9em;
  }
  .warning-box,
  .info-box {
    border-inline-start: 4px solid var(--_sc-danger);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: color-mix(in srgb, var(--_sc-danger) 8%, var(--_bg));
    border-radius: var(--_radius);
  }
  .info-box {
    border-inline-start-color: var(--_sc-warning);
    background: var(--_bg-alt);
  }
`;
