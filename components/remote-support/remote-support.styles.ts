import { css } from 'lit';

export const remoteSupportStyles = css`
  :host {
    --_rs-gap: var(--sh-remote-support-gap, calc(var(--_space) * 1.5));
    --_rs-padding: var(--sh-remote-support-padding, calc(var(--_space) * 2));
    --_rs-bg: var(--sh-remote-support-background, transparent);
    --_rs-border: var(--sh-remote-support-border-color, var(--_border));
    --_rs-radius: var(--sh-remote-support-radius, var(--_radius));
    --_rs-panel: var(--sh-remote-support-panel-background, var(--_bg-alt));
    --_rs-accent: var(--sh-remote-support-accent-color, var(--_success));
  }
  [part~='base'] {
    display: grid;
    gap: var(--_rs-gap);
    background: var(--_rs-bg);
    border: 1px solid var(--_rs-border);
    border-radius: var(--_rs-radius);
    padding: var(--_rs-padding);
  }
  .org-name {
    font-weight: 400;
    color: var(--_muted);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  [part~='refresh-button'] {
    padding: 2px var(--_space);
    min-height: 28px;
    font-size: 0.9em;
  }
  .panel {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_rs-border);
    border-radius: var(--_rs-radius);
    background: var(--_rs-panel);
  }
  .panel .panel {
    padding: 0;
    border: 0;
    background: none;
  }
  .panel.approved {
    border-inline-start: 4px solid var(--_rs-accent);
  }
  .panel.pending {
    border-inline-start: 4px solid var(--_warning);
  }
  .panel.rejected,
  .panel.revoked,
  .panel.expired,
  .panel.cancelled,
  .panel.closed {
    border-inline-start: 4px solid var(--_muted);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
  }
  .badge.pending {
    color: var(--_warning);
  }
  .badge.approved {
    color: var(--_success);
  }
  .badge.rejected,
  .badge.revoked {
    color: var(--_danger);
  }
  .badge.expired,
  .badge.cancelled,
  .badge.closed {
    color: var(--_muted);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  legend {
    padding: 0;
    margin-bottom: 4px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .choice {
    font-weight: 400;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 10px;
    border: 1px solid var(--_rs-border);
    border-radius: 999px;
    background: var(--_bg);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice input {
    margin: 0;
    accent-color: var(--_primary);
  }
  .custom input {
    max-width: 10em;
  }
  a {
    color: var(--_primary);
  }
`;
