import { css } from 'lit';

/** The two-column grid of `addressFields()` (and of forms that lay their own fields out the same way). */
export const addressStyles = css`
  .address {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(2, minmax(0, 1fr));
    align-items: start;
    max-inline-size: 40rem;
  }
  .address .wide {
    grid-column: 1 / -1;
  }
  .address .control input {
    inline-size: 100%;
    max-inline-size: none;
  }
  .address label {
    font-size: 0.9em;
    color: var(--_muted);
  }
  @media (max-width: 560px) {
    .address {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
