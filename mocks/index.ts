/**
 * The mock backend: msw 3 handlers implementing the Sales Hub contract, stateful and faithful, for the demo,
 * our tests and users' own tests. See mocks/README.md.
 */
import { http, type RequestHandler } from 'msw';
import type { DomainCapabilities, Permission } from '../sdk/schemas/index.js';
import { MAX_GRANT_MINUTES, PERMISSIONS } from '../sdk/schemas/index.js';
import { ENABLED_CURRENCIES } from './data/countries.js';
import { KNOWN } from './data/generate.js';
import { MockDb, type OrganizationChanges } from './db.js';
import { inPageFetch } from './in-page-fetch.js';
import { createFaults, type Fault, type Faults, type LostAnswer } from './faults.js';
import { OPERATIONS, PICTURE_BASE } from './operations/index.js';
import { buildHandlers, type Env } from './pipeline.js';
import type { Caller, KnownFixtures, StoredMember } from './types.js';

export { EVERY_FAULT } from './faults.js';
export type { Fault, Faults, LostAnswer, Caller, KnownFixtures, StoredMember, OrganizationChanges };
export type { MockDb };

export const DEFAULT_BASE_URL = 'https://api.sales-hub.example/sales-hub/v1';

/** Bearer tokens of the demo callers (see mocks/README.md). */
export const DEMO_TOKENS = {
  /** Priya Nair, Service-Provider admin at the domain root: every permission except remote-support:approve. */
  admin: 'demo-sp-admin',
  /** Marcus Lee, a member of the domain root with organizations:read only. */
  readOnly: 'demo-read-only',
  /** Ada Tan, OWNER of Acme Pte Ltd: organizations:read, organizations:write, remote-support:approve; sees Acme only. */
  customerOwner: 'demo-customer-owner',
} as const;

export interface MockBackendOptions {
  /** Absolute base URL including `/sales-hub/v1`; default DEFAULT_BASE_URL. */
  baseUrl?: string;
  /** Seed of the generated dataset; default 1. */
  seed?: number;
  /** How many organizations (the well-known ones included); default 200. 100 000 works. */
  organizations?: number;
  /** `legacy`: isLegacy true and subscription models APP and LICENSE; default `new` (LICENSE only). */
  domain?: 'new' | 'legacy';
  /** 30 (default): DELETE schedules a purge; 0: DELETE purges at once (204). */
  deletionGraceDays?: 0 | 30;
  /** localStorage key under which changes survive a reload (demo); `reset()` clears it. Default: none. */
  persist?: string | false;
  /** The clock (for expiry tests); default the real one. */
  now?: () => Date;
  /**
   * Overrides of the domain's capabilities, e.g. `{creatableAccountTypes: ['BUSINESS_USER']}` for a domain that
   * restricts what can be created. By default every account type is creatable.
   */
  capabilities?: Partial<Omit<DomainCapabilities, 'isLegacy' | 'deletionGraceDays'>>;
}

export interface MockBackend {
  baseUrl: string;
  /** msw handlers: `setupWorker(...handlers)` in a browser, `setupServer(...handlers)` in Node. */
  handlers: RequestHandler[];
  /** A `fetch` that answers from the handlers in-page, with no service worker. Honours `init.signal`. */
  fetch: typeof fetch;
  /** The in-memory store; `db.bumpVersion(uuid)` simulates another admin's edit. */
  db: MockDb;
  faults: Faults;
  /** UUIDs of well-known seeded organizations and members, the same for every seed. */
  known: KnownFixtures;
  /** The domain's capabilities, as GET /domain/capabilities answers them. */
  capabilities: DomainCapabilities;
  /** Adds a caller (a bearer token) to the ones of DEMO_TOKENS. */
  addCaller(caller: Caller): void;
  /**
   * Expires the session of `token`: every request that carries it answers as the contract says for an expired
   * token (401 `unauthenticated`, `WWW-Authenticate: Bearer … error="invalid_token"`), until the host sends another.
   */
  expireToken(token: string): void;
  /** Signs the person of `token` in again (its session expired or not): a new token for the same caller. */
  renewToken(token: string): string;
  /** Back to the seeded data: clears changes, faults, expired sessions and the persisted copy. */
  reset(): void;
}

const ALL_BUT_APPROVE = PERMISSIONS.filter((p) => p !== 'remote-support:approve');

function demoCallers(): Caller[] {
  return [
    {
      token: DEMO_TOKENS.admin,
      userId: 'a7b8c9d0-e1f2-4a3b-b4c5-d6e7f8a9b0c1',
      displayName: 'Priya Nair',
      organizationUuid: KNOWN.root,
      permissions: [...ALL_BUT_APPROVE],
    },
    {
      token: DEMO_TOKENS.readOnly,
      userId: 'b8c9d0e1-f2a3-4b4c-85d6-e7f8a9b0c1d2',
      displayName: 'Marcus Lee',
      organizationUuid: KNOWN.root,
      permissions: ['organizations:read'],
    },
    {
      token: DEMO_TOKENS.customerOwner,
      userId: KNOWN.acmeOwner,
      displayName: 'Ada Tan',
      organizationUuid: KNOWN.acme,
      permissions: ['organizations:read', 'organizations:write', 'remote-support:approve'] satisfies Permission[],
    },
  ];
}

function capabilitiesFor(
  { domain = 'new', capabilities }: MockBackendOptions,
  deletionGraceDays: number,
): DomainCapabilities {
  const legacy = domain === 'legacy';
  return {
    domainId: legacy ? 'legacy.nimbus-telecom' : 'portal.nimbus-telecom',
    isLegacy: legacy,
    allowedSubscriptionModels: legacy ? ['APP', 'LICENSE'] : ['LICENSE'],
    // All five of the seed's account types, Business User first as the one most often created.
    creatableAccountTypes: ['BUSINESS_USER', 'HOME_USER', 'APP_PROVIDER', 'SERVICE_PROVIDER', 'CPAAS_TELCO'],
    enabledCurrencies: [...ENABLED_CURRENCIES],
    buyerTagKeys: ['CustomerRef', 'BillingRef', 'TypeRef'],
    maxBuyerTags: 3,
    deletionGraceDays,
    remoteSupport: { defaultGrantMinutes: 1440, maxGrantMinutes: MAX_GRANT_MINUTES },
    ...capabilities,
  };
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const deletionGraceDays = options.deletionGraceDays ?? 30;
  const capabilities = capabilitiesFor(options, deletionGraceDays);
  const db = new MockDb({
    seed: options.seed ?? 1,
    organizations: options.organizations ?? 200,
    deletionGraceDays,
    now: options.now ?? (() => new Date()),
    persist: options.persist ?? false,
  });
  // A big dataset builds its search indexes when the browser is idle, so the first search need not wait for them.
  if ((options.organizations ?? 200) > 20_000 && typeof requestIdleCallback === 'function')
    requestIdleCallback(() => db.index.warm());
  const faults = createFaults();
  const callers = new Map(demoCallers().map((c) => [c.token, c]));
  /** Callers whose token `expireToken` ended, by that token. */
  const expired = new Map<string, Caller>();
  let renewals = 0;
  const basePath = new URL(baseUrl, 'http://localhost').pathname.replace(/\/+$/, '');
  const env: Env = { db, capabilities, callers, faults, basePath };
  const pictureHandler = http.get(`${PICTURE_BASE}/:uuid/:file`, ({ params }) => {
    const uuid = String(params.uuid);
    const picture = db.pictures.get(uuid);
    if (!picture) {
      // The URL outlived its bytes (a picture too large to persist, after a reload): a neutral placeholder.
      if (!db.organizations.get(uuid)?.profilePictureUrl) return new Response(null, { status: 404 });
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#9aa5b1"/></svg>';
      return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' } });
    }
    return new Response(picture.bytes.slice().buffer, {
      headers: { 'Content-Type': picture.type, 'Cache-Control': 'no-store' },
    });
  });
  const handlers: RequestHandler[] = [...buildHandlers(baseUrl, OPERATIONS, env), pictureHandler];

  return {
    baseUrl,
    handlers,
    fetch: inPageFetch(handlers),
    db,
    faults,
    known: { ...KNOWN, pendingDeletion: deletionGraceDays > 0 ? KNOWN.pendingDeletion : null },
    capabilities,
    addCaller: (caller) => void callers.set(caller.token, caller),
    expireToken(token) {
      const caller = callers.get(token);
      if (!caller) return;
      callers.delete(token);
      expired.set(token, caller);
    },
    renewToken(token) {
      const caller = callers.get(token) ?? expired.get(token);
      if (!caller) throw new Error('renewToken: unknown token');
      const renewed = `${caller.token.replace(/~\d+$/, '')}~${++renewals}`;
      callers.set(renewed, { ...caller, token: renewed });
      return renewed;
    },
    reset() {
      faults.clear();
      db.reset();
      for (const [token, caller] of expired) callers.set(token, caller);
      expired.clear();
    },
  };
}
