/**
 * The mock backend: msw 3 handlers implementing the Sales Hub contract (placeholder slice:
 * the full implementation lands with issue #4).
 */
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';

export const DEFAULT_BASE_URL = 'https://api.sales-hub.example/sales-hub/v1';

export const DEMO_TOKENS = {
  admin: 'demo-sp-admin',
  readOnly: 'demo-read-only',
  customerOwner: 'demo-customer-owner',
} as const;

export interface MockBackendOptions {
  baseUrl?: string;
}

export interface MockBackend {
  baseUrl: string;
  handlers: RequestHandler[];
  /** A `fetch` that answers from the handlers in-page, with no service worker. */
  fetch: typeof fetch;
  db: { organizations: Map<string, Record<string, unknown>> };
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/$/, '');
  const org = {
    uuid: '3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1',
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
    managedBy: 'SERVICE_PROVIDER',
    remoteSupport: { approvalRequired: false },
    countryCode: 'SG',
    currencyCode: 'SGD',
    parentUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e',
    owner: { type: 'ADMIN_ORGANIZATION', organizationUuid: '9b2e6d41-5a0f-4e3b-8c7d-1f2a3b4c5d6e', name: 'Nimbus Telecom' },
    billing: null,
    buyerTags: [],
    purchasedNumbers: ['+6561234567'],
    externalContracts: [],
    sipUsernames: [],
    createdAt: '2024-11-02T03:15:00Z',
    updatedAt: '2025-03-14T08:21:37Z',
    version: 1,
  };
  const db = { organizations: new Map<string, Record<string, unknown>>([[org.uuid, org]]) };
  const handlers = [
    http.get(`${baseUrl}/organizations/:uuid`, ({ params }) => {
      const found = db.organizations.get(String(params['uuid']).toLowerCase());
      if (!found) {
        return HttpResponse.json(
          { type: 'https://errors.sales-hub.example/not-found', title: 'Resource not found.', status: 404, detail: 'No such organization.', instance: '', requestId: 'mock' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      return HttpResponse.json(found, { headers: { ETag: `"${String(found['version'])}"` } });
    }),
  ];
  const mockFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    if (!response) return new Response(null, { status: 404 });
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  };
  return { baseUrl, handlers, fetch: mockFetch, db };
}
