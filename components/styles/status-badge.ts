import { html } from 'lit';
import type { OrganizationStatus } from '../../sdk/index.js';
import { STATUS_KEYS } from '../base/labels.js';
import type { LocalizeController } from '../controllers/localize-controller.js';

/** The status badge every widget shows the same way (text, never colour alone). */
export function statusBadge(status: OrganizationStatus, localize: LocalizeController) {
  return html`<span part="status" class="badge ${status.toLowerCase()}">${localize.term(STATUS_KEYS[status])}</span>`;
}
