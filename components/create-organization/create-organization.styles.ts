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
