import { expect } from '@open-wc/testing';
import { createTestBackend, DEMO_TOKENS, type Intercept } from '../test/fixtures.js';
import {
  isValidationError,
  NetworkError,
  RateLimitError,
  ResponseValidationError,
  ValidationError,
  type ApiError,
  type OwnershipChangeRequest,
} from './index.js';

// The transport (ky) against the mock backend, in the browser: auth per attempt, retries, hooks, Retry-After,
// response validation, the problem types of client-side checks, and what a lost answer says.

const rejection = async (promise: Promise<unknown>): Promise<ApiError> =>
  promise.then(
    () => {
      throw new Error('Expected a rejection.');
    },
    (error: unknown) => error as ApiError,
  );

const home = {
  name: 'Lim Household',
  accountType: 'HOME_USER',
  managedBy: 'SERVICE_PROVIDER',
  countryCode: 'SG',
  currencyCode: 'SGD',
} as const;
const customerManaged = { ...home, name: 'Tan Household', managedBy: 'CUSTOMER' } as const;

/** Passes the first request of `method` to the backend, then loses its answer (the backend has acted). */
const loseFirstAnswer = (method: string): Intercept => {
  let armed = true;
  return async (request, next) => {
    const response = await next(request);
    if (!armed || request.method !== method) return response;
    armed = false;
    throw new TypeError('Failed to fetch');
  };
};

/** Rewrites the JSON body of the first request of `method` before the backend sees it (a check the client skipped). */
const rewriteFirstBody = (method: string, rewrite: (body: Record<string, unknown>) => void): Intercept => {
  let armed = true;
  return async (request, next) => {
    if (!armed || request.method !== method) return next(request);
    armed = false;
    const body = (await request.json()) as Record<string, unknown>;
    rewrite(body);
    return next(
      new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) }),
    );
  };
};

/** Only the parts of an error both sides agree on (status and message differ: nothing was sent on one side). */
const language = (error: ApiError) => ({
  name: error.name,
  type: error.type,
  title: error.title,
  fieldErrors: error.fieldErrors.map(({ pointer, code }) => ({ pointer, code })),
});

describe('the transport (ky) against the mock backend', () => {
  it('asks the token provider again before a retry, and the retry carries the new token', async () => {
    const tokens = ['stale-token', DEMO_TOKENS.admin];
    const { backend, client, requests } = createTestBackend(
      { organizations: 40 },
      { retry: 1, token: () => tokens.shift()! },
    );
    backend.faults.next(1, 'network');
    const org = await client.organizations.get(backend.known.acme);
    expect(org.uuid).to.equal(backend.known.acme);
    expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal([
      'Bearer stale-token',
      `Bearer ${DEMO_TOKENS.admin}`,
    ]);
  });

  it('retries a create whose answer was lost with the same Idempotency-Key, and creates exactly one organization', async () => {
    const { backend, client, requests } = createTestBackend(
      { organizations: 40 },
      { retry: 2 },
      loseFirstAnswer('POST'),
    );
    const before = backend.db.organizations.size;
    const created = await client.organizations.create(home);
    expect(backend.db.organizations.size).to.equal(before + 1);
    expect(backend.db.organizations.get(created.uuid)?.name).to.equal(home.name);
    expect(requests).to.have.length(2);
    const [first, second] = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(first).to.match(/^[0-9a-f-]{36}$/);
    expect(second).to.equal(first);
  });

  it('sends a header added by hooks.beforeRequest, on every call, and shows afterResponse each answer', async () => {
    const statuses: number[] = [];
    const { backend, client, requests } = createTestBackend(
      { organizations: 40 },
      {
        hooks: {
          beforeRequest: [({ request }) => request.headers.set('X-Trace-Id', 'trace-42')],
          afterResponse: [({ response }) => void statuses.push(response.status)],
        },
      },
    );
    await client.organizations.get(backend.known.acme);
    await rejection(client.organizations.get('00000000-0000-4000-8000-000000000000'));
    expect(requests.map((r) => r.headers.get('X-Trace-Id'))).to.deep.equal(['trace-42', 'trace-42']);
    expect(requests.every((r) => r.headers.get('Authorization') === `Bearer ${DEMO_TOKENS.admin}`)).to.equal(true);
    expect(statuses).to.deep.equal([200, 404]);
  });

  it('waits as long as Retry-After: 1 says, and rejects a Retry-After: 60 at once with RateLimitError', async () => {
    const times: number[] = [];
    const { backend, client } = createTestBackend({ organizations: 40 }, { retry: 2 }, (request, next) => {
      times.push(performance.now());
      return next(request);
    });
    backend.faults.next(1, { status: 429, retryAfter: 1 });
    await client.organizations.get(backend.known.acme);
    expect(times).to.have.length(2);
    expect(times[1]! - times[0]!).to.be.greaterThanOrEqual(950);

    times.length = 0;
    backend.faults.next(1, { status: 429, retryAfter: 60 });
    const error = (await rejection(client.organizations.get(backend.known.acme))) as RateLimitError;
    expect(error).to.be.instanceOf(RateLimitError);
    expect(error).to.include({ status: 429, type: 'rate-limited', retryAfter: 60 });
    // One attempt, and the RateLimitError: a client that waited the 60 s would have retried, and the retry would have
    // succeeded (the fault is a one-off).
    expect(times).to.have.length(1);
  });

  it('rejects a body that breaks the contract with ResponseValidationError', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    backend.faults.next(1, 'malformed');
    const error = await rejection(client.organizations.get(backend.known.acme));
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(error).to.include({ status: 200, type: 'response-validation', mayHaveBeenApplied: false });
  });
});

describe('one error language: the client-side check and the server reject alike', () => {
  it('owner-required: a CUSTOMER create without an owner', async () => {
    const local = createTestBackend({ organizations: 40 });
    const before = await rejection(local.client.organizations.create(customerManaged));
    expect(local.requests).to.have.length(0);
    expect(before).to.be.instanceOf(ValidationError);
    expect(before).to.include({ status: 0, type: 'owner-required', mayHaveBeenApplied: false });

    // The same create with an owner, which a proxy strips before the server sees it.
    const owner = { email: 'mei.tan@example.sg', firstName: 'Mei', lastName: 'Tan' };
    const remote = createTestBackend(
      { organizations: 40 },
      {},
      rewriteFirstBody('POST', (body) => delete body.owner),
    );
    const server = await rejection(remote.client.organizations.create({ ...customerManaged, owner }));
    expect(server).to.include({ status: 422, type: 'owner-required' });
    expect(isValidationError(server)).to.equal(true);
    expect(language(server)).to.deep.equal(language(before));
  });

  it('former-owner-role-required: a switch to SERVICE_PROVIDER without the former owner’s role', async () => {
    const local = createTestBackend({ organizations: 40 });
    const org = await local.client.organizations.get(local.backend.known.acme);
    const change = { to: 'SERVICE_PROVIDER' } as OwnershipChangeRequest;
    const before = await rejection(local.client.organizations.changeOwnership(org, change));
    expect(local.requests).to.have.length(1);
    expect(before).to.include({ name: 'ValidationError', status: 0, type: 'former-owner-role-required' });

    const remote = createTestBackend(
      { organizations: 40 },
      {},
      rewriteFirstBody('POST', (body) => delete body.formerOwnerRole),
    );
    const server = await rejection(
      remote.client.organizations.changeOwnership(org, { to: 'SERVICE_PROVIDER', formerOwnerRole: 'ADMIN' }),
    );
    expect(server).to.include({ status: 422, type: 'former-owner-role-required' });
    expect(language(server)).to.deep.equal(language(before));
    expect((await remote.client.organizations.get(org.uuid)).managedBy).to.equal('CUSTOMER');
  });
});

describe('mayHaveBeenApplied', () => {
  it('is true when a PATCH’s answer is lost after the backend applied it, and the change is there', async () => {
    const { backend, client, requests } = createTestBackend(
      { organizations: 40 },
      { retry: 2 },
      loseFirstAnswer('PATCH'),
    );
    const org = await client.organizations.get(backend.known.spManaged);
    const error = await rejection(client.organizations.update(org, { name: 'Renamed Pte Ltd' }));
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.mayHaveBeenApplied).to.equal(true);
    expect(JSON.parse(JSON.stringify(error))).to.include({ mayHaveBeenApplied: true });
    expect(requests.filter((r) => r.method === 'PATCH')).to.have.length(1);
    expect((await client.organizations.get(org.uuid)).name).to.equal('Renamed Pte Ltd');
  });

  it('stays true when a keyed POST’s answer was lost and its retry was refused before acting', async () => {
    let posts = 0;
    const { client } = createTestBackend({ organizations: 40 }, { retry: 1 }, async (request, next) => {
      if (request.method !== 'POST') return next(request);
      posts++;
      if (posts === 1) {
        await next(request);
        throw new TypeError('Failed to fetch');
      }
      return new Response(null, { status: 503 });
    });
    const error = await rejection(client.organizations.create(home));
    expect(posts).to.equal(2);
    expect(error).to.include({ status: 503, mayHaveBeenApplied: true });
  });

  it('stays true when the token provider fails before the retry of a lost keyed POST', async () => {
    let calls = 0;
    const token = () => {
      if (++calls > 1) throw new Error('refresh failed');
      return DEMO_TOKENS.admin;
    };
    const { backend, client } = createTestBackend({ organizations: 40 }, { retry: 1, token }, loseFirstAnswer('POST'));
    const before = backend.db.organizations.size;
    const error = await rejection(client.organizations.create(home));
    expect(error).to.include({ name: 'AuthenticationError', status: 0, mayHaveBeenApplied: true });
    expect(backend.db.organizations.size).to.equal(before + 1);
  });

  it('is false for a refusal before acting, a client-side check, and any read; true for a write whose answer was lost', async () => {
    const { backend, client } = createTestBackend({ organizations: 40 });
    const org = await client.organizations.get(backend.known.spManaged);
    backend.db.bumpVersion(org.uuid);
    expect(await rejection(client.organizations.update(org, { name: 'Stale' }))).to.include({
      type: 'etag-mismatch',
      mayHaveBeenApplied: false,
    });
    expect(await rejection(client.organizations.update(org, { name: '' }))).to.include({
      status: 0,
      mayHaveBeenApplied: false,
    });
    backend.faults.next(1, 'network');
    expect(await rejection(client.organizations.get(org.uuid))).to.include({
      type: 'network',
      mayHaveBeenApplied: false,
    });
    backend.faults.next(1, 'network');
    expect(await rejection(client.organizations.activate(org))).to.include({
      type: 'network',
      mayHaveBeenApplied: true,
    });
  });
});
