import { newIdempotencyKey, type Http, type KeyedRequestOptions, type RequestOptions } from '../http.js';
import { RemoteSupportOverview, RemoteSupportRequest, RemoteSupportSession } from '../schemas/remote-support.js';
import type {
  ApproveRemoteSupportRequest,
  CreateRemoteSupportRequest,
  RejectRemoteSupportRequest,
} from '../schemas/requests.js';
import { normalizeInput, validateApprove, validateReject, validateRemoteSupportRequest } from '../schemas/validate.js';
import { assertId, assertValid, idempotencyKeyOf } from './params.js';

const base = (orgUuid: string): string =>
  `organizations/${encodeURIComponent(assertId(orgUuid, 'orgUuid'))}/remote-support`;
const requestPath = (orgUuid: string, requestId: string, action: string): string =>
  `${base(orgUuid)}/requests/${encodeURIComponent(assertId(requestId, 'requestId'))}/${action}`;

/** Support Hub remote support: the policy view, approval requests, grants and login sessions. */
export class RemoteSupportResource {
  constructor(private readonly http: Http) {}

  /** GET …/remote-support: the approval setting, the active grant and the pending request. */
  async get(orgUuid: string, options?: RequestOptions): Promise<RemoteSupportOverview> {
    return this.http.request({ method: 'get', path: base(orgUuid), schema: RemoteSupportOverview, options });
  }

  /** POST …/remote-support/requests: asks the customer for access, with an Idempotency-Key reused by every retry. */
  async request(
    orgUuid: string,
    body: CreateRemoteSupportRequest,
    options?: KeyedRequestOptions,
  ): Promise<RemoteSupportRequest> {
    const path = `${base(orgUuid)}/requests`;
    assertValid(validateRemoteSupportRequest, body);
    const idempotencyKey = idempotencyKeyOf(options, newIdempotencyKey);
    return this.http.request({
      method: 'post',
      path,
      json: normalizeInput(body),
      idempotencyKey,
      schema: RemoteSupportRequest,
      options,
    });
  }

  /** Approves a PENDING request (customer side); `minutes` defaults to the requested duration. */
  async approve(
    orgUuid: string,
    requestId: string,
    body: ApproveRemoteSupportRequest = {},
    options?: RequestOptions,
  ): Promise<RemoteSupportRequest> {
    const path = requestPath(orgUuid, requestId, 'approve');
    assertValid(validateApprove, body);
    return this.http.request({
      method: 'post',
      path,
      json: normalizeInput(body),
      schema: RemoteSupportRequest,
      options,
    });
  }

  /** Rejects a PENDING request (customer side), with an optional note. */
  async reject(
    orgUuid: string,
    requestId: string,
    body: RejectRemoteSupportRequest = {},
    options?: RequestOptions,
  ): Promise<RemoteSupportRequest> {
    const path = requestPath(orgUuid, requestId, 'reject');
    assertValid(validateReject, body);
    return this.http.request({
      method: 'post',
      path,
      json: normalizeInput(body),
      schema: RemoteSupportRequest,
      options,
    });
  }

  /** Revokes an active grant (customer side); open sessions end within 60 s. */
  async revoke(orgUuid: string, requestId: string, options?: RequestOptions): Promise<RemoteSupportRequest> {
    return this.http.request({
      method: 'post',
      path: requestPath(orgUuid, requestId, 'revoke'),
      schema: RemoteSupportRequest,
      options,
    });
  }

  /** POST …/remote-support/sessions: a single-use login link (needs an active grant when approval is required). */
  async startSession(orgUuid: string, options?: RequestOptions): Promise<RemoteSupportSession> {
    return this.http.request({
      method: 'post',
      path: `${base(orgUuid)}/sessions`,
      schema: RemoteSupportSession,
      options,
    });
  }
}
