import { Task } from '@lit/task';
import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { isNotFoundError, type Organization } from '../../sdk/index.js';
import { ShClientElement } from '../base/client-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { statusBadge } from '../styles/status-badge.js';

/**
 * @summary The Overview tab of an organization in the Sales Hub.
 *
 * @csspart base - The component's root.
 * @csspart name - The organization's name.
 * @csspart status - The status badge.
 */
export class ShOrganizationOverview extends ShClientElement {
  static override styles = [
    sharedStyles,
    css`
      [part='base'] {
        display: grid;
        gap: var(--_space);
      }
      h2 {
        margin: 0;
        font-size: 1.25em;
        display: flex;
        gap: var(--_space);
        align-items: center;
      }
    `,
  ];

  private readonly loader = new Task(this, {
    task: async ([client, uuid], { signal }) => {
      if (!client || !uuid) return undefined;
      return client.organizations.get(uuid, { signal });
    },
    args: () => [this.client, this.organizationId] as const,
  });

  /** UUID of the organization to show. */
  @property({ attribute: 'organization-id' }) organizationId = '';

  private renderLoaded(org: Organization | undefined) {
    if (!org) return html`<p>${this.localize.term(this.client ? 'loading' : 'noClient')}</p>`;
    return html`<h2><span part="name">${org.name}</span>${statusBadge(org.status, this.localize)}</h2>`;
  }

  override render() {
    return html`<section part="base" aria-busy=${this.loader.status === 1 ? 'true' : 'false'}>
      ${this.loader.render({
        initial: () => html`<p>${this.localize.term(this.client ? 'loading' : 'noClient')}</p>`,
        pending: () => html`<p role="status">${this.localize.term('loading')}</p>`,
        complete: (org) => this.renderLoaded(org),
        error: (e) =>
          html`<p role="alert" class="banner error">
            ${this.localize.term(isNotFoundError(e) ? 'notFound' : 'loadFailed')}
          </p>`,
      })}
      ${nothing}
    </section>`;
  }
}

ShOrganizationOverview.define('sh-organization-overview');

declare global {
  interface HTMLElementTagNameMap {
    'sh-organization-overview': ShOrganizationOverview;
  }
}
