import { css } from 'lit';

export const overviewStyles = css`
  :host {
    --_gap: var(--sh-organization-overview-gap, calc(var(--_space) * 2));
    --_section-bg: var(--sh-organization-overview-section-background, var(--_bg));
    --_section-border: var(--sh-organization-overview-section-border, 1px solid var(--_border));
    --_section-padding: var(--sh-organization-overview-section-padding, calc(var(--_space) * 2));
    --_label-width: var(--sh-organization-overview-label-width, 13rem);
    --_picture-size: var(--sh-organization-overview-picture-size, 72px);
    --_edit-color: var(--sh-organization-overview-edit-button-color, var(--_primary));
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_bg-alt);
  }
  /* Classes, not style attributes: a Content-Security-Policy without 'unsafe-inline' blocks those. */
  .skeleton .short {
    width: 40%;
  }
  .skeleton .long {
    width: 70%;
  }

  /* Header: picture, name */
  [part='header'] {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    flex-wrap: wrap;
  }
  [part='picture'] {
    inline-size: var(--_picture-size);
    block-size: var(--_picture-size);
    border-radius: var(--sh-organization-overview-picture-radius, 50%);
    object-fit: cover;
    border: 1px solid var(--_border);
    background: var(--_bg-alt);
    display: grid;
    place-items: center;
    font-size: calc(var(--_picture-size) * 0.38);
    font-weight: 600;
    color: var(--_muted);
    flex: none;
  }
  .heading {
    display: grid;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .subtitle,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .picture-actions {
    display: flex;
    gap: var(--_space);
    align-items: center;
    flex-wrap: wrap;
  }

  /* Sections */
  [part~='section'] {
    background: var(--_section-bg);
    border: var(--_section-border);
    border-radius: var(--_radius);
    padding: var(--_section-padding);
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  [part~='section'][hidden] {
    display: none;
  }
  [part~='section'].editing {
    border-color: var(--_primary);
    box-shadow: 0 0 0 1px var(--_primary);
  }
  .section-header {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 32px;
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  [part='edit-button'] {
    display: inline-grid;
    place-items: center;
    padding: 0;
    inline-size: 32px;
    block-size: 32px;
    border-color: transparent;
    background: transparent;
    color: var(--_edit-color);
    opacity: 0;
    transition: opacity 120ms;
  }
  /* Shown on hover (as the product guide describes), and always when it has focus or on touch screens. */
  [part~='section']:hover [part='edit-button'],
  [part~='section']:focus-within [part='edit-button'],
  [part='edit-button']:focus,
  [part='edit-button']:focus-visible {
    opacity: 1;
  }
  [part='edit-button']:hover {
    border-color: var(--_border);
    background: var(--_bg-alt);
  }
  @media (hover: none) {
    [part='edit-button'] {
      opacity: 1;
    }
  }
  svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Fields */
  dl {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  [part~='field'] {
    display: grid;
    grid-template-columns: var(--_label-width) minmax(0, 1fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    align-items: baseline;
  }
  @media (max-width: 560px) {
    [part~='field'] {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dt {
    color: var(--_muted);
    font-weight: 500;
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .value-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  code {
    font-family: var(--sh-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 0.92em;
  }
  .locked {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--_muted);
    font-size: 0.85em;
    border: 1px dashed var(--_border);
    border-radius: 999px;
    padding: 0 8px;
  }
  .locked svg {
    inline-size: 12px;
    block-size: 12px;
  }
  .muted {
    color: var(--_muted);
  }
  button.small {
    min-height: 28px;
    padding: 2px 10px;
    font-size: 0.9em;
  }

  /* Inputs */
  .control {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .control input,
  .control select {
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) / 2);
    font-weight: 600;
  }
  .actions {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
    align-items: center;
  }

  /* Switch */
  [role='switch'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    border: 0;
    background: none;
    padding: 2px;
  }
  .track {
    inline-size: 36px;
    block-size: 20px;
    border-radius: 999px;
    background: var(--_bg-alt);
    box-shadow: inset 0 0 0 1px var(--_muted);
    position: relative;
    transition: background 120ms;
    flex: none;
  }
  .track::after {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 16px;
    block-size: 16px;
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 120ms;
  }
  [role='switch'][aria-checked='true'] .track {
    background: var(--_primary);
    box-shadow: none;
  }
  [role='switch'][aria-checked='true'] .track::after {
    background: var(--_on-primary);
    transform: translateX(16px);
  }

  /* Feedback */
  .banner {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .banner .actions {
    margin-top: calc(var(--_space) / 2);
  }
  .banner.warning {
    border-color: var(--_warning);
    background: color-mix(in srgb, var(--_warning) 10%, var(--_bg));
    color: var(--_fg);
  }
  .banner.error button {
    color: var(--_fg);
  }
`;
