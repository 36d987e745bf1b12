/**
 * Test support for the SDK's own tests: a client whose fetch answers from msw handlers in-page and records every
 * request, contract-valid response bodies, and problem documents.
 */
import { http, type RequestHandler } from 'msw';
import { catalogueProblem } from '../mocks/http.js';
import { inPageFetch } from '../mocks/in-page-fetch.js';
import { createClient, type SalesHubClient } from '../sdk/client.js';
import type { ClientOptions } from '../sdk/http.js';
import type { ProblemSlug } from '../sdk/schemas/problem.js';

export const BASE = 'https://api.test.example/sales-hub/v1';
export const TOKEN = 'tok-7f3a9c-SECRET-bearer';
export const ORG_UUID = '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1';
export const MEMBER_ID = '6d8f1c2b-3e4a-4b5c-9d6e-7f8a9b0c1d2e';
export const REQUEST_ID = 'c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text ('' when none). */
  text: string;
  bytes: Uint8Array;
}

/** A fetch that answers from `handlers` in-page (the mock backend's own) and records every request. */
export function recordingFetch(handlers: RequestHandler[], log: Recorded[]): typeof fetch {
  const answer = inPageFetch(handlers);
  return async (input, init) => {
    const request = new Request(input, init);
    // Recorded as it is sent; its body is filled in once read (before any answer), so a call that ends while the body
    // is still being read (a short timeout on a busy machine) is counted.
    const recorded: Recorded = {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
      text: '',
      bytes: new Uint8Array(),
    };
    log.push(recorded);
    recorded.bytes = new Uint8Array(await request.clone().arrayBuffer());
    recorded.text = new TextDecoder().decode(recorded.bytes);
    return answer(request);
  };
}

export interface Harness {
  client: SalesHubClient;
  requests: Recorded[];
}

/** A client whose fetch answers from `handlers`; retries off unless asked for. */
export function harness(handlers: RequestHandler[], options: Partial<ClientOptions> = {}): Harness {
  const requests: Recorded[] = [];
  const client = createClient({
    baseUrl: BASE,
    token: TOKEN,
    fetch: recordingFetch(handlers, requests),
    retry: 0,
    ...options,
  });
  return { client, requests };
}

/** A catalogue problem document, as the server sends it. */
export function problem(
  slug: ProblemSlug,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return catalogueProblem(
    slug,
    { detail: `Detail of ${slug}.`, instance: '/sales-hub/v1/x', requestId: `req-${slug}`, ...extra },
    headers,
  );
}

/** Answers every request with `respond`. */
export const any = (respond: (request: Request) => Response | Promise<Response>): RequestHandler =>
  http.all(`${BASE}/*`, ({ request }) => respond(request));

export function organizationJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid: ORG_UUID,
    tenantId: 'acme-sg',
    name: 'Acme Pte Ltd',
    profilePictureUrl: null,
    status: 'ACTIVE',
    statusReason: null,
    statusNote: null,
    purgeAfter: null,
    accountType: 'BUSINESS_USER',
    tier: 'NODE',
    subscriptionModel: 'LICENSE',
    managedBy: 'CUSTOMER',
    remoteSupport: { approvalRequired: true },
    countryCode: 'SG',
    currencyCode: 'SGD',
    parentUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
    owner: {
      type: 'MEMBER',
      memberId: MEMBER_ID,
      email: 'ada.tan@acme.com.sg',
      firstName: 'Ada',
      lastName: 'Tan',
      mobileNumber: '+6591234567',
      status: 'ACTIVE',
    },
    billing: null,
    buyerTags: [{ key: 'CustomerRef', value: 'CRM-00042' }],
    purchasedNumbers: ['+6561234567'],
    externalContracts: ['CT-2024-0117'],
    sipUsernames: ['acme-trunk-01'],
    createdAt: '2024-11-02T03:15:00Z',
    updatedAt: '2025-03-14T08:21:37Z',
    version: 7,
    ...overrides,
  };
}

/** The n-th contract-valid summary, with a UUID derived from n. */
export function summaryJson(n: number): Record<string, unknown> {
  return {
    uuid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `Org ${n}`,
    status: 'ACTIVE',
    accountType: 'BUSINESS_USER',
    tier: 'NODE',
    managedBy: 'CUSTOMER',
    countryCode: 'SG',
    profilePictureUrl: null,
    matchedOn: [],
  };
}

export function memberJson(n: number): Record<string, unknown> {
  return {
    memberId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
    email: `person${n}@acme.com.sg`,
    firstName: 'Person',
    lastName: `Number ${n}`,
    role: n === 0 ? 'OWNER' : 'MEMBER',
    status: 'ACTIVE',
  };
}

export function remoteSupportRequestJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: REQUEST_ID,
    organizationUuid: ORG_UUID,
    status: 'PENDING',
    reason: 'TCK-1234: inbound calls not reaching the hunt group',
    requestedMinutes: 1440,
    requestedBy: { userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1', displayName: 'Priya Nair' },
    createdAt: '2025-03-14T08:30:00Z',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    grantedMinutes: null,
    expiresAt: null,
    ...overrides,
  };
}

export const meJson = {
  userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1',
  displayName: 'Priya Nair',
  organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
  permissions: ['organizations:read', 'organizations:write'],
};

export const capabilitiesJson = {
  domainId: 'portal.nimbus-telecom',
  isLegacy: false,
  allowedSubscriptionModels: ['LICENSE'],
  creatableAccountTypes: ['BUSINESS_USER', 'HOME_USER'],
  enabledCurrencies: ['SGD', 'USD'],
  buyerTagKeys: ['CustomerRef', 'BillingRef', 'TypeRef'],
  maxBuyerTags: 3,
  deletionGraceDays: 30,
  remoteSupport: { defaultGrantMinutes: 1440, maxGrantMinutes: 10080 },
};

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}
