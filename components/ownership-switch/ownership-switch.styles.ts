import { css } from 'lit';

/** Follows `formStyles` (components/styles/form.styles.ts), which lays out fields, rows and choices. */
export const styles = css`
  :host {
    --_gap: var(--sh-ownership-switch-gap, calc(var(--_space) * 1.5));
    --_panel-bg: var(--sh-ownership-switch-panel-background, var(--_bg-alt));
    --_panel-border: var(--sh-ownership-switch-panel-border, var(--_border));
    --_accent: var(--sh-ownership-switch-accent, var(--_primary));
    --_row-min: 12rem;
  }
  .base {
    max-width: var(--sh-ownership-switch-max-width, 40rem);
  }
  .view {
    display: grid;
    gap: 4px;
  }
  .current {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .current .label:not(.visually-hidden) {
    color: var(--_muted);
    min-width: 7rem;
  }
  [part='value'] {
    font-weight: 600;
  }
  .edit {
    padding: 2px 10px;
    min-height: 28px;
  }
  .reason {
    color: var(--_warning);
  }
  .done p {
    margin: 0;
    color: var(--_success);
    font-weight: 600;
  }
  .panel {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_space) * 2);
    background: var(--_panel-bg);
    border: 1px solid var(--_panel-border);
    border-radius: var(--_radius);
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .note {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_bg);
  }
  dl {
    margin: 0;
    display: grid;
    gap: 6px;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: var(--_space);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
