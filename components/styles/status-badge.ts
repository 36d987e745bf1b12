import { html } from 'lit';
import type { OrganizationStatus } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

const KEYS = {
  ACTIVE: 'statusActive',
  SUSPENDED: 'statusSuspended',
  PENDING_DELETION: 'statusPendingDeletion',
} as const;

/** The status badge every widget shows the same way (text, never colour alone). */
export function statusBadge(status: OrganizationStatus, localize: LocalizeController) {
  return html`<span part="status" class="badge ${status.toLowerCase()}">${localize.term(KEYS[status])}</span>`;
}
