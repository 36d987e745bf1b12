/**
 * What the remote-support widget shows of the server's state, as templates of a small view: a request and what
 * became of it, a grant that ended, the active grant with Start and Revoke, and a started session.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  isApiError,
  type RemoteSupportGrant,
  type RemoteSupportRequest,
  type RemoteSupportRole,
  type RemoteSupportSession,
} from '../../sdk/index.js';
import { changeErrorText, errorText } from '../base/error-text.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { MessageKey } from '../translations/localize.js';
import { formatDuration } from './duration.js';
import type { EndedGrant, KnownStatus } from './request-history.js';

/** The person's actions, one at a time. */
export type RemoteSupportAction = 'request' | 'approve' | 'reject' | 'revoke' | 'start' | 'refresh';

const ROLE_KEYS = {
  OWNER: 'remoteSupportRoleOwner',
  SUPER_ADMIN: 'remoteSupportRoleSuperAdmin',
} as const satisfies Record<RemoteSupportRole, MessageKey>;

const STATE_KEYS = {
  PENDING: 'remoteSupportStatePending',
  APPROVED: 'remoteSupportStateApproved',
  REJECTED: 'remoteSupportStateRejected',
  EXPIRED: 'remoteSupportStateExpired',
  REVOKED: 'remoteSupportStateRevoked',
  CANCELLED: 'remoteSupportStateCancelled',
  CLOSED: 'remoteSupportStateClosed',
} as const satisfies Record<KnownStatus, MessageKey>;

/** A date and time in the person's language ('' for none). */
export const when = (localize: LocalizeController, value: string | null): string => (value ? localize.date(value) : '');

const roleLabel = (localize: LocalizeController, role: RemoteSupportRole): string => localize.term(ROLE_KEYS[role]);

const badge = (localize: LocalizeController, known: KnownStatus): TemplateResult =>
  html`<span part="state" class="badge ${known.toLowerCase()}">${localize.term(STATE_KEYS[known])}</span>`;

/** A request: who asked, when, for how long and why, then what became of it. */
export function requestPanel(
  localize: LocalizeController,
  request: RemoteSupportRequest,
  known: KnownStatus,
): TemplateResult {
  const t = localize.term.bind(localize);
  let outcome: TemplateResult | typeof nothing = nothing;
  switch (known) {
    case 'PENDING':
      outcome = html`<p class="muted">${t('remoteSupportPendingWaiting')}</p>`;
      break;
    case 'APPROVED':
      outcome = html`<p>${t('remoteSupportApprovedUntil', when(localize, request.expiresAt))}</p>`;
      break;
    case 'REJECTED':
      outcome = html`<p>${request.decidedBy ? t('remoteSupportRejectedBy', request.decidedBy.displayName) : nothing}</p>
        ${
          request.decisionNote
            ? html`<dl>
              <dt>${t('remoteSupportRejectedNote')}</dt>
              <dd>${request.decisionNote}</dd>
            </dl>`
            : nothing
        }`;
      break;
    case 'EXPIRED':
      outcome = html`<p>${t('remoteSupportExpiredAt', when(localize, request.expiresAt))}</p>`;
      break;
    case 'REVOKED':
      outcome = html`<p>${t('remoteSupportRevokedMessage')}</p>`;
      break;
    case 'CANCELLED':
      outcome = html`<p>${t('remoteSupportCancelledMessage')}</p>`;
      break;
    case 'CLOSED':
      outcome = html`<p>${t('remoteSupportClosedMessage')}</p>`;
      break;
  }
  return html`<div part="request" class="panel ${known.toLowerCase()}">
    <p class="heading">
      ${badge(localize, known)}
      <span class="muted"
        >${t('remoteSupportRequestedBy', request.requestedBy.displayName, when(localize, request.createdAt))}
        ${t('remoteSupportRequestedFor', formatDuration(request.requestedMinutes, localize.lang))}</span
      >
    </p>
    <dl>
      <dt>${t('remoteSupportRequestReason')}</dt>
      <dd>${request.reason}</dd>
    </dl>
    ${outcome}
  </div>`;
}

/** A grant whose request this page never saw, once it has ended. */
export function endedGrantPanel(localize: LocalizeController, { known, expiresAt }: EndedGrant): TemplateResult {
  return html`<div part="request" class="panel ${known.toLowerCase()}">
    <p class="heading">${badge(localize, known)}</p>
    <p>
      ${
        known === 'EXPIRED'
          ? localize.term('remoteSupportExpiredAt', when(localize, expiresAt))
          : localize.term('remoteSupportRevokedMessage')
      }
    </p>
  </div>`;
}

/** "Start remote session" and the role it logs in with. */
export function startButton(
  localize: LocalizeController,
  role: RemoteSupportRole,
  pending: RemoteSupportAction | null,
  onStart: () => void,
): TemplateResult {
  return html`<div class="buttons start">
    <button type="button" part="start-button" class="primary" aria-disabled=${pending ? 'true' : 'false'} @click=${onStart}>
      ${localize.term(pending === 'start' ? 'remoteSupportStarting' : 'remoteSupportStart')}
    </button>
    <span class="muted">${localize.term('remoteSupportLoginRole', roleLabel(localize, role))}</span>
  </div>`;
}

export interface GrantView {
  grant: RemoteSupportGrant;
  /** The request the grant answers, when this page saw it. */
  request: RemoteSupportRequest | null;
  /** The Start button, when the person may start a session. */
  start: TemplateResult | typeof nothing;
  /** The person may revoke. */
  canRevoke: boolean;
  pending: RemoteSupportAction | null;
  onRevoke(): void;
}

/** The active grant: until when, Start, and Revoke for the customer. */
export function grantPanel(localize: LocalizeController, view: GrantView): TemplateResult {
  const t = localize.term.bind(localize);
  return html`<div part="grant" class="panel approved">
    ${
      view.request
        ? requestPanel(localize, view.request, 'APPROVED')
        : html`<p class="heading">${badge(localize, 'APPROVED')}</p>
          <p>${t('remoteSupportApprovedUntil', when(localize, view.grant.expiresAt))}</p>`
    }
    ${view.start}
    ${
      view.canRevoke
        ? html`<div class="buttons">
          <button type="button" class="danger-outline" aria-disabled=${view.pending ? 'true' : 'false'} @click=${view.onRevoke}>
            ${t(view.pending === 'revoke' ? 'remoteSupportRevoking' : 'remoteSupportRevoke')}
          </button>
        </div>`
        : nothing
    }
  </div>`;
}

/** A started session: its role, until when, and the link the host may also open. */
export function sessionPanel(localize: LocalizeController, session: RemoteSupportSession): TemplateResult {
  const t = localize.term.bind(localize);
  return html`<div class="panel approved">
    <p>${t('remoteSupportStarted', roleLabel(localize, session.role), when(localize, session.expiresAt))}</p>
    <p>
      <a href=${session.loginUrl} target="_blank" rel="noopener noreferrer"
        >${t('remoteSupportOpenSession')}<span class="visually-hidden"> ${t('remoteSupportNewTab')}</span></a
      >
    </p>
  </div>`;
}

/** Why an action failed. `ownRequest`: an approval refused because the person made the request themselves. */
export function failureText(localize: LocalizeController, error: unknown, ownRequest: boolean): string {
  if (!isApiError(error)) return errorText(error, localize);
  switch (error.type) {
    case 'approval-required':
      return localize.term('remoteSupportErrorApprovalRequired');
    case 'approval-not-required':
      return localize.term('remoteSupportErrorApprovalNotRequired');
    case 'invalid-state':
      return localize.term('remoteSupportErrorInvalidState');
    case 'invalid-state-transition':
      return localize.term('remoteSupportErrorPendingDeletion');
    case 'forbidden':
      return localize.term(ownRequest ? 'remoteSupportErrorOwnRequest' : 'remoteSupportErrorForbidden');
    case 'not-found':
      return localize.term('notFound');
    default:
      return changeErrorText(error, localize);
  }
}
