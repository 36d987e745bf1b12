import {
  clientValidationError,
  newIdempotencyKey,
  type Http,
  type KeyedRequestOptions,
  type RequestOptions,
} from '../http.js';
import { pagePromise, type PagePromise } from '../pagination.js';
import { Organization, OrganizationPage, type BuyerTag, type OrganizationSummary } from '../schemas/organization.js';
import { mediaTypeOf, validateProfilePicture } from '../schemas/profile-picture.js';
import type {
  BillingInput,
  CreateOrganizationRequest,
  OrganizationPatch,
  OwnershipChangeRequest,
  SuspendRequest,
} from '../schemas/requests.js';
import {
  immutableFieldErrors,
  normalizeInput,
  validateBilling,
  validateBuyerTags,
  validateCreateOrganization,
  validateOrganizationPatch,
  validateOwnershipChange,
  validateSuspend,
  type Validator,
} from '../schemas/validate.js';
import { validateSearchParams, type SearchParams } from '../schemas/queries.js';
import { assertId, assertRef, assertValid, idempotencyKeyOf, type OrganizationRef } from './params.js';

const path = (uuid: string, rest = ''): string => `organizations/${encodeURIComponent(uuid)}${rest}`;

/** Confirm-Name travels percent-encoded (UTF-8), so names outside Latin-1 fit in a header. */
const MAX_CONFIRM_NAME = 1200;

/** Search, create, read and edit organizations, and their lifecycle. */
export class OrganizationsResource {
  constructor(private readonly http: Http) {}

  /**
   * GET /organizations. Resolves with the first page `{items, nextCursor}`, and `for await` walks every
   * item of every page. Lists (status, accountType, managedBy) are sent comma-separated; an empty `q` means
   * filters only.
   */
  search(params: SearchParams = {}, options?: RequestOptions): PagePromise<OrganizationSummary> {
    const normalized = normalizeInput(params);
    return pagePromise<OrganizationSummary>(
      async (cursor) => {
        assertValid(validateSearchParams, normalized, 'malformed-request');
        const query = { ...normalized, ...(cursor === undefined ? {} : { cursor }) };
        return this.http.request({ method: 'get', path: 'organizations', query, schema: OrganizationPage, options });
      },
      (org) => org.uuid.toLowerCase(),
      options?.signal,
    );
  }

  /** GET /organizations/{uuid}. Rejects with `NotFoundError` when unknown, purged or out of scope. */
  async get(uuid: string, options?: RequestOptions): Promise<Organization> {
    assertId(uuid, 'uuid');
    return this.http.request({ method: 'get', path: path(uuid), schema: Organization, options });
  }

  /**
   * POST /organizations with an Idempotency-Key (the caller's or a fresh UUID v4), so a retry after a
   * dropped connection can never create two organizations.
   */
  async create(input: CreateOrganizationRequest, options?: KeyedRequestOptions): Promise<Organization> {
    assertValid(validateCreateOrganization, input);
    const idempotencyKey = idempotencyKeyOf(options, newIdempotencyKey);
    return this.http.request({
      method: 'post',
      path: 'organizations',
      json: normalizeInput(input),
      idempotencyKey,
      schema: Organization,
      options,
    });
  }

  /** PATCH (JSON Merge Patch) of `name` and/or `countryCode`. */
  async update(ref: OrganizationRef, patch: OrganizationPatch, options?: RequestOptions): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    // The server answers 409 immutable-field before it validates the rest.
    const immutable = immutableFieldErrors(patch);
    if (immutable.length > 0) throw clientValidationError(immutable);
    assertValid(validateOrganizationPatch, patch);
    return this.http.request({
      method: 'patch',
      path: path(uuid),
      json: normalizeInput(patch),
      jsonType: 'application/merge-patch+json',
      version,
      schema: Organization,
      options,
    });
  }

  /** PUT …/billing: a full replace, omitted properties become null. */
  async replaceBilling(ref: OrganizationRef, billing: BillingInput, options?: RequestOptions): Promise<Organization> {
    return this.put(ref, '/billing', validateBilling, billing, options);
  }

  /** PUT …/buyer-tags: replaces the whole set (`[]` clears it). */
  async replaceBuyerTags(
    ref: OrganizationRef,
    tags: readonly BuyerTag[],
    options?: RequestOptions,
  ): Promise<Organization> {
    return this.put(ref, '/buyer-tags', validateBuyerTags, { buyerTags: tags }, options);
  }

  /** PUT …/profile-picture with the image's bytes and Content-Type (PNG, JPEG or WebP, at most 1 MiB). */
  async uploadProfilePicture(ref: OrganizationRef, blob: Blob, options?: RequestOptions): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    const errors = validateProfilePicture(blob);
    if (errors.length > 0) throw clientValidationError(errors);
    const contentType = mediaTypeOf(blob);
    return this.http.request({
      method: 'put',
      path: path(uuid, '/profile-picture'),
      body: blob,
      contentType,
      version,
      schema: Organization,
      options,
    });
  }

  /** DELETE …/profile-picture; succeeds even when there is none. */
  async removeProfilePicture(ref: OrganizationRef, options?: RequestOptions): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    return this.http.request({
      method: 'delete',
      path: path(uuid, '/profile-picture'),
      version,
      schema: Organization,
      options,
    });
  }

  /** PUT …/remote-support/policy: "Require approval for remote support" (Customer-managed organizations only). */
  async setRemoteSupportApproval(
    ref: OrganizationRef,
    approvalRequired: boolean,
    options?: RequestOptions,
  ): Promise<Organization> {
    if (typeof approvalRequired !== 'boolean') {
      throw clientValidationError([
        { pointer: '/approvalRequired', code: 'invalid-type', message: 'Must be true or false.' },
      ]);
    }
    const { uuid, version } = assertRef(ref);
    return this.http.request({
      method: 'put',
      path: path(uuid, '/remote-support/policy'),
      json: { approvalRequired },
      version,
      schema: Organization,
      options,
    });
  }

  /** POST …/ownership-change ("Managed by"), with an Idempotency-Key reused by every retry. */
  async changeOwnership(
    ref: OrganizationRef,
    change: OwnershipChangeRequest,
    options?: KeyedRequestOptions,
  ): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    assertValid(validateOwnershipChange, change);
    const idempotencyKey = idempotencyKeyOf(options, newIdempotencyKey);
    return this.http.request({
      method: 'post',
      path: path(uuid, '/ownership-change'),
      json: normalizeInput(change),
      version,
      idempotencyKey,
      schema: Organization,
      options,
    });
  }

  /** POST …/suspend (ACTIVE → SUSPENDED) with a reason and an optional note. */
  async suspend(ref: OrganizationRef, request: SuspendRequest, options?: RequestOptions): Promise<Organization> {
    return this.post(ref, '/suspend', options, validateSuspend, request);
  }

  /** POST …/activate (SUSPENDED → ACTIVE). */
  async activate(ref: OrganizationRef, options?: RequestOptions): Promise<Organization> {
    return this.post(ref, '/activate', options);
  }

  /**
   * DELETE with `Confirm-Name` (percent-encoded). Resolves with `null` when the organization was purged at
   * once (204, a domain without grace period), else with the Organization in PENDING_DELETION.
   */
  async delete(
    ref: OrganizationRef,
    { confirmName }: { confirmName: string },
    options?: RequestOptions,
  ): Promise<Organization | null> {
    const { uuid, version } = assertRef(ref);
    const encoded = typeof confirmName === 'string' ? encodeURIComponent(confirmName) : '';
    if (encoded === '' || encoded.length > MAX_CONFIRM_NAME) {
      const error = {
        pointer: '/confirmName',
        code: encoded === '' ? 'required' : 'too-long',
        message: 'Type the organization name to confirm.',
      };
      throw clientValidationError([error], 'confirmation-mismatch');
    }
    return this.http.request<Organization | null>({
      method: 'delete',
      path: path(uuid),
      headers: { 'Confirm-Name': encoded },
      version,
      schema: Organization,
      allowEmpty: true,
      options,
    });
  }

  /** POST …/restore (PENDING_DELETION → ACTIVE), before `purgeAfter`. */
  async restore(ref: OrganizationRef, options?: RequestOptions): Promise<Organization> {
    return this.post(ref, '/restore', options);
  }

  private async put(
    ref: OrganizationRef,
    rest: string,
    validate: Validator,
    body: unknown,
    options: RequestOptions | undefined,
  ): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    assertValid(validate, body);
    return this.http.request({
      method: 'put',
      path: path(uuid, rest),
      json: normalizeInput(body),
      version,
      schema: Organization,
      options,
    });
  }

  private async post(
    ref: OrganizationRef,
    rest: string,
    options: RequestOptions | undefined,
    validate?: Validator,
    body?: unknown,
  ): Promise<Organization> {
    const { uuid, version } = assertRef(ref);
    if (validate) assertValid(validate, body);
    const json = body === undefined ? {} : { json: normalizeInput(body) };
    return this.http.request({
      method: 'post',
      path: path(uuid, rest),
      ...json,
      version,
      schema: Organization,
      options,
    });
  }
}
