import { css } from 'lit';

/** Follows `formStyles` (components/styles/form.styles.ts), which lays out fields, rows and choices. */
export const styles = css`
  :host {
    --_gap: var(--sh-create-organization-gap, calc(var(--_space) * 2));
    --_section-bg: var(--sh-create-organization-section-background, var(--_bg));
    --_section-border: var(--sh-create-organization-section-border, var(--_border));
    --_accent: var(--sh-create-organization-accent, var(--_primary));
  }
  .base {
    max-width: var(--sh-create-organization-max-width, 52rem);
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
  }
  form {
    display: grid;
    gap: var(--_gap);
  }
  section,
  details {
    display: grid;
    gap: var(--_gap);
    padding: calc(var(--_space) * 2);
    background: var(--_section-bg);
    border: 1px solid var(--_section-border);
    border-radius: var(--_radius);
  }
  details {
    display: block;
  }
  .details-body {
    /* The details' content slot breaks the box-sizing inheritance chain of sharedStyles. */
    box-sizing: border-box;
    display: grid;
    gap: var(--_gap);
    margin-top: var(--_gap);
  }
  summary {
    cursor: pointer;
    list-style-position: outside;
    margin-inline-start: 1em;
  }
  summary h3 {
    display: inline;
  }
  .field > .value {
    padding: calc(var(--_space) * 0.5) 0;
  }
  .tier {
    margin-inline-start: 6px;
    font-weight: 500;
    color: var(--_muted);
  }
  .hint.note {
    color: var(--_warning);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px 2px 10px;
    border-radius: 999px;
    border: 1px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
  }
  .chip .remove {
    min-height: 0;
    width: 24px;
    height: 24px;
    padding: 0;
    border-radius: 50%;
    border: 0;
    background: transparent;
    line-height: 1;
  }
  .chip .remove:hover {
    background: color-mix(in srgb, var(--_fg) 10%, transparent);
  }
  .tag-editor {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .tag-editor .grow {
    flex: 1 1 12rem;
  }
  .tag-editor select,
  .tag-editor input,
  .tag-editor button {
    height: 2.5em;
  }
  .actions {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .banner-slot {
    width: 100%;
  }
  .success {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_success);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_success) 8%, var(--_bg));
  }
  .success p {
    margin: 0;
    color: var(--_success);
    font-weight: 600;
  }
  .details-body .address {
    max-inline-size: none;
  }
`;
