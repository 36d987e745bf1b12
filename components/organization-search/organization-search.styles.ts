import { css } from 'lit';

export const organizationSearchStyles = css`
  :host {
    --_bar-bg: var(--sh-organization-search-bar-background, var(--_bg));
    --_bar-border: var(--sh-organization-search-border-color, var(--_border));
    --_bar-radius: var(--sh-organization-search-radius, var(--_radius));
    --_popup-bg: var(--sh-organization-search-popup-background, var(--_bg));
    --_popup-max-height: var(--sh-organization-search-popup-max-height, 22rem);
    --_popup-shadow: var(--sh-organization-search-popup-shadow, 0 8px 24px rgb(0 0 0 / 0.18));
    --_option-active-bg: var(
      --sh-organization-search-option-active-background,
      color-mix(in srgb, var(--_primary) 6%, var(--_bg))
    );
    --_option-active-border: var(--sh-organization-search-option-active-border-color, var(--_primary));
    max-width: var(--sh-organization-search-width, 40rem);
  }

  [part='base'] {
    position: relative;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  [part='label'] {
    font-weight: 600;
  }

  [part='bar'] {
    display: flex;
    align-items: stretch;
    min-height: 40px;
    background: var(--_bar-bg);
    border: 1px solid var(--_bar-border);
    border-radius: var(--_bar-radius);
  }
  /* One focus ring around the whole bar while the text has focus; the selector rings itself. */
  [part='bar']:has([part='input']:focus-visible) {
    border-color: var(--_focus);
    box-shadow: 0 0 0 1px var(--_focus);
  }

  [part='key-select'] {
    border: 0;
    border-inline-end: 1px solid var(--_bar-border);
    border-radius: var(--_bar-radius) 0 0 var(--_bar-radius);
    background: var(--_bg-alt);
    padding-inline: var(--_space);
    max-width: 45%;
  }
  [part='key-select']:focus-visible {
    outline-offset: -3px;
  }

  .field {
    flex: 1;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    padding-inline: var(--_space);
    cursor: text;
  }
  .icon {
    flex: none;
    width: 16px;
    height: 16px;
    color: var(--_muted);
  }

  [part='input'] {
    flex: 1;
    min-width: 6rem;
    border: 0;
    background: transparent;
    padding-inline: 0;
    outline: none;
  }
  [part='input']::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* The chosen name sizes to its text so the status badge stands right beside it. */
  .field.has-status [part='input'] {
    field-sizing: content;
    flex: 0 1 auto;
    min-width: 2ch;
  }
  .field.has-status [part='clear-button'] {
    margin-inline-start: auto;
  }
  [part='selected-status'] {
    flex: none;
    display: inline-flex;
  }

  [part='clear-button'] {
    flex: none;
    border: 0;
    background: transparent;
    color: var(--_muted);
    min-height: 28px;
    min-width: 28px;
    padding: 0;
    display: inline-grid;
    place-items: center;
  }
  [part='clear-button']:hover {
    color: var(--_fg);
  }

  /* In the top layer, exactly as wide as the bar. */
  [part='popup'] {
    padding: 0;
    background: var(--_popup-bg);
    color: var(--_fg);
    border: 1px solid var(--_bar-border);
    border-radius: var(--_bar-radius);
    box-shadow: var(--_popup-shadow);
    overflow: hidden;
  }
  [part='popup'][data-position='anchor'] {
    width: anchor-size(width);
  }
  [part='popup'][data-position='float'] {
    width: var(--_anchor-width);
  }

  [part='listbox'] {
    list-style: none;
    margin: 0;
    padding: 4px;
    max-height: var(--_popup-max-height);
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  [part~='option'] {
    display: grid;
    gap: 2px;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: calc(var(--_bar-radius) - 2px);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  [part~='option']:hover {
    background: var(--_bg-alt);
  }
  [part~='option'][aria-selected='true'] {
    background: var(--_option-active-bg);
    border-inline-start-color: var(--_option-active-border);
  }
  .option-head {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-width: 0;
  }
  [part='option-name'] {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part='option-highlight'] {
    background: none;
    color: inherit;
    font-weight: 800;
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 2px;
  }
  [part='option-details'],
  [part='option-match'] {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='option-match'] {
    font-style: italic;
  }
  [part~='load-more'] {
    color: var(--_primary);
    font-weight: 600;
    text-align: center;
  }
  [part~='load-more'][aria-disabled='true'] {
    color: var(--_muted);
    cursor: progress;
  }

  [part='message'] {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    color: var(--_muted);
  }
  [part='message'].error {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    color: var(--_danger);
  }
  .spinner {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 6px;
    vertical-align: -0.1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
