import { css } from 'lit';

/**
 * Form layout shared by `<sh-create-organization>` and `<sh-ownership-switch>`: a grid root, rows of fields,
 * fieldsets of radio choices and check boxes with their hints. Each element sets `--_gap` and `--_accent`.
 */
export const formStyles = css`
  .base {
    display: grid;
    gap: var(--_gap);
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--_row-min, 14rem), 1fr));
    gap: var(--_gap);
  }
  .field {
    display: grid;
    gap: 4px;
    align-content: start;
    min-width: 0;
  }
  .field > label,
  .field > .label,
  legend,
  .check > label {
    font-weight: 600;
  }
  .field > input,
  .field > select {
    width: 100%;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 4px;
  }
  .choices {
    display: grid;
    gap: 6px;
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 3);
    row-gap: 6px;
  }
  .choices.inline .field-error {
    flex-basis: 100%;
  }
  .choice,
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space);
    align-items: baseline;
  }
  .choice > .hint,
  .check > .hint {
    grid-column: 2;
  }
  .choice input,
  .check input {
    accent-color: var(--_accent);
    min-height: 0;
    margin: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0;
  }
`;
