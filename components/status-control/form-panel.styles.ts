import { css } from 'lit';

/**
 * What `<sh-status-control>` and `<sh-remote-support>` share: headings, definition lists, forms, hints and the
 * announcement / error regions that hide while empty.
 */
export const formPanelStyles = css`
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
  h3 {
    margin: 0;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
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
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .field {
    display: grid;
    gap: 4px;
  }
  label,
  legend {
    font-weight: 600;
  }
  textarea {
    min-height: 4.5em;
    resize: vertical;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  button.danger-outline {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  /* Empty live regions leave the layout but stay in the accessibility tree, so what fills them later is announced. */
  [part~='message']:empty,
  [part~='error']:empty,
  [part~='session']:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  [part~='message'] {
    color: var(--_success);
  }
`;
