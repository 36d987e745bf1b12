import { expect, waitUntil } from '@open-wc/testing';
import { delay, HttpResponse } from 'msw';
import { createClient } from './client.js';
import { newIdempotencyKey } from './http.js';
import {
  ApiError,
  AuthenticationError,
  ConflictError,
  isApiError,
  isConflictError,
  isNetworkError,
  isNotFoundError,
  isTimeoutError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
} from './errors.js';
import { PROBLEM_CATALOGUE, type ProblemSlug } from './schemas/problem.js';
import {
  any,
  BASE,
  harness,
  recordingFetch,
  ORG_UUID,
  organizationJson,
  problem,
  rejection,
  TOKEN,
  type Recorded,
} from '../test/sdk-harness.js';

const ref = { uuid: ORG_UUID, version: 7 };
const createInput = {
  name: 'Lim Household',
  accountType: 'HOME_USER',
  managedBy: 'SERVICE_PROVIDER',
  countryCode: 'SG',
  currencyCode: 'SGD',
} as const;

/** Answers with each response in turn, then keeps answering with the last one. */
function sequence(...responses: Array<() => Response | Promise<Response>>) {
  let i = 0;
  return any(() => responses[Math.min(i++, responses.length - 1)]!());
}
const ok = (): Response => HttpResponse.json(organizationJson({ version: 8 }));
const dropped = (): Response => HttpResponse.error();

// The README's table: a request refused for what it contains (400, 413, 415, 422) is a ValidationError.
function expectedClass(status: number): typeof ApiError {
  const byStatus: Record<number, typeof ApiError> = {
    400: ValidationError,
    413: ValidationError,
    415: ValidationError,
    422: ValidationError,
    401: AuthenticationError,
    403: PermissionError,
    404: NotFoundError,
    412: ConflictError,
    429: RateLimitError,
  };
  return byStatus[status] ?? ApiError;
}

describe('errors: every problem type of the catalogue', () => {
  for (const [slug, { status, title }] of Object.entries(PROBLEM_CATALOGUE) as [
    ProblemSlug,
    { status: number; title: string },
  ][]) {
    const cls = expectedClass(status);
    it(`maps ${status} ${slug} to ${cls.name} with type "${slug}"`, async () => {
      const { client } = harness([any(() => problem(slug))]);
      const error = (await rejection(client.organizations.update(ref, { name: 'Acme' }))) as ApiError;
      expect(error).to.be.instanceOf(cls);
      expect(error.constructor).to.equal(cls);
      expect(error.name).to.equal(cls.name);
      expect(isApiError(error)).to.equal(true);
      expect(error.status).to.equal(status);
      expect(error.type).to.equal(slug);
      expect(error.title).to.equal(title);
      expect(error.detail).to.equal(`Detail of ${slug}.`);
      expect(error.requestId).to.equal(`req-${slug}`);
      expect(error.message).to.equal(`${title} Detail of ${slug}.`);
    });
  }

  it('carries currentVersion on a 412, from the body or else the ETag', async () => {
    const fromBody = harness([any(() => problem('etag-mismatch', { currentVersion: 9 }))]);
    const e1 = (await rejection(fromBody.client.organizations.activate(ref))) as ConflictError;
    expect(e1.currentVersion).to.equal(9);
    const fromEtag = harness([any(() => problem('etag-mismatch', {}, { ETag: '"11"' }))]);
    const e2 = (await rejection(fromEtag.client.organizations.activate(ref))) as ConflictError;
    expect(e2.currentVersion).to.equal(11);
    expect(isConflictError(e2)).to.equal(true);
  });

  it('carries retryAfter on a 429 and the field errors of a 422', async () => {
    const limited = harness([any(() => problem('rate-limited', {}, { 'Retry-After': '30' }))]);
    const e1 = (await rejection(limited.client.organizations.activate(ref))) as RateLimitError;
    expect(e1.retryAfter).to.equal(30);
    const errors = [
      { pointer: '/owner/email', code: 'invalid-format', message: 'Enter a valid email address.' },
      { pointer: '/currencyCode', code: 'currency-not-enabled', message: 'JPY is not enabled for this domain.' },
    ];
    const invalid = harness([any(() => problem('validation', { errors }))]);
    const e2 = (await rejection(invalid.client.organizations.create(createInput))) as ValidationError;
    expect(e2.fieldErrors).to.deep.equal(errors);
    expect(e2.status).to.equal(422);
  });

  it('keeps the extension members of the problem', async () => {
    const { client } = harness([any(() => problem('invalid-state-transition', { currentStatus: 'SUSPENDED' }))]);
    const error = (await rejection(client.organizations.suspend(ref, { reason: 'OTHER' }))) as ApiError;
    expect(error.problem.currentStatus).to.equal('SUSPENDED');
  });

  it('maps an answer that is not a problem document by its status', async () => {
    const { client } = harness([
      any(() => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
    ]);
    const error = (await rejection(client.organizations.activate(ref))) as ApiError;
    expect(error.constructor).to.equal(ApiError);
    expect(error).to.include({ status: 502, type: 'http-502' });
  });

  it('guards recognise errors from another realm by their name and shape', () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const ForeignError = (iframe.contentWindow as unknown as { Error: ErrorConstructor }).Error;
    const foreign = Object.assign(new ForeignError('Organization has been modified.'), {
      name: 'ConflictError',
      status: 412,
      type: 'etag-mismatch',
    });
    iframe.remove();
    expect(foreign instanceof Error).to.equal(false);
    expect(isApiError(foreign)).to.equal(true);
    expect(isConflictError(foreign)).to.equal(true);
    expect(isNotFoundError(foreign)).to.equal(false);
    expect(isApiError({ name: 'TypeError', status: 0, type: 'network' })).to.equal(false);
  });
});

describe('response validation', () => {
  it('rejects an answer that breaks the contract with ResponseValidationError, never a half-parsed object', async () => {
    const { client } = harness([any(() => HttpResponse.json(organizationJson({ version: 0, countryCode: 'sg' })))]);
    const error = (await rejection(client.organizations.get(ORG_UUID))) as ResponseValidationError;
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(error).to.include({ status: 200, type: 'response-validation' });
    expect(error.detail).to.contain('version');
  });

  it('rejects an answer that is not JSON, or empty where a body is due', async () => {
    const html = harness([any(() => new HttpResponse('<html></html>', { status: 200 }))]);
    expect(await rejection(html.client.organizations.get(ORG_UUID))).to.be.instanceOf(ResponseValidationError);
    const empty = harness([any(() => new HttpResponse(null, { status: 204 }))]);
    expect(await rejection(empty.client.organizations.get(ORG_UUID))).to.be.instanceOf(ResponseValidationError);
  });
});

describe('retries', () => {
  it('retries a create after a dropped connection, reusing its Idempotency-Key', async () => {
    const { client, requests } = harness(
      [sequence(dropped, () => HttpResponse.json(organizationJson(), { status: 201 }))],
      { retry: 2 },
    );
    const org = await client.organizations.create(createInput);
    expect(org.uuid).to.equal(ORG_UUID);
    expect(requests).to.have.length(2);
    const [first, second] = requests.map((r) => r.headers.get('Idempotency-Key'));
    expect(first).to.be.a('string');
    expect(second).to.equal(first);
    expect(requests[1]!.text).to.equal(requests[0]!.text);
  });

  it('retries an ownership change on 429 with the caller’s Idempotency-Key', async () => {
    const { client, requests } = harness([sequence(() => problem('rate-limited', {}, { 'Retry-After': '0' }), ok)], {
      retry: 1,
    });
    await client.organizations.changeOwnership(
      ref,
      { to: 'SERVICE_PROVIDER', formerOwnerRole: 'MEMBER' },
      { idempotencyKey: 'own-42' },
    );
    expect(requests.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['own-42', 'own-42']);
  });

  it('retries a GET on 5xx up to the limit, then rejects with the last answer', async () => {
    const { client, requests } = harness([any(() => new HttpResponse(null, { status: 500 }))], { retry: 2 });
    const error = (await rejection(client.organizations.get(ORG_UUID))) as ApiError;
    expect(error.status).to.equal(500);
    expect(requests).to.have.length(3);
  });

  it('retries twice by default', async () => {
    const requests: Recorded[] = [];
    const client = createClient({ baseUrl: BASE, token: TOKEN, fetch: recordingFetch([any(dropped)], requests) });
    expect(await rejection(client.me())).to.be.instanceOf(NetworkError);
    expect(requests).to.have.length(3);
  });

  it('never retries an unkeyed mutation: a dropped PATCH rejects with NetworkError after one attempt', async () => {
    const { client, requests } = harness([sequence(dropped, ok)], { retry: 2 });
    const error = (await rejection(client.organizations.update(ref, { name: 'Acme' }))) as NetworkError;
    expect(error).to.be.instanceOf(NetworkError);
    expect(error).to.include({ status: 0, type: 'network' });
    expect(isNetworkError(error)).to.equal(true);
    expect(requests).to.have.length(1);
  });

  it('does not retry other client errors', async () => {
    const { client, requests } = harness([any(() => problem('not-found'))], { retry: 2 });
    await rejection(client.organizations.get(ORG_UUID));
    expect(requests).to.have.length(1);
  });

  it('waits as long as Retry-After says before retrying', async () => {
    const times: number[] = [];
    const { client } = harness(
      [
        sequence(
          () => {
            times.push(performance.now());
            return problem('rate-limited', {}, { 'Retry-After': '1' });
          },
          () => {
            times.push(performance.now());
            return ok();
          },
        ),
      ],
      { retry: 1 },
    );
    await client.organizations.get(ORG_UUID);
    expect(times[1]! - times[0]!).to.be.greaterThanOrEqual(950);
  });

  it('gives up at once when Retry-After asks for a long wait', async () => {
    const { client, requests } = harness([any(() => problem('rate-limited', {}, { 'Retry-After': '120' }))], {
      retry: 2,
    });
    const error = (await rejection(client.organizations.get(ORG_UUID))) as RateLimitError;
    expect(error.retryAfter).to.equal(120);
    expect(requests).to.have.length(1);
  });

  it('reads a Retry-After given as an HTTP date, and gives up at once when it is more than 20 s away', async () => {
    const at = new Date(Date.now() + 120_000).toUTCString();
    const { client, requests } = harness([any(() => problem('rate-limited', {}, { 'Retry-After': at }))], {
      retry: 2,
    });
    const error = (await rejection(client.organizations.get(ORG_UUID))) as RateLimitError;
    expect(error.retryAfter).to.be.within(115, 120);
    expect(requests).to.have.length(1);
  });

  it('waits until the HTTP date of a Retry-After within 20 s before retrying', async () => {
    let at = 0;
    const { client, requests } = harness(
      [
        sequence(() => {
          at = Date.now() + 2000;
          return problem('rate-limited', {}, { 'Retry-After': new Date(at).toUTCString() });
        }, ok),
      ],
      { retry: 1 },
    );
    await client.organizations.get(ORG_UUID);
    const retried = Date.now();
    expect(requests).to.have.length(2);
    // The date has whole seconds: the retry comes no earlier than the second the server named.
    expect(retried).to.be.greaterThanOrEqual(Math.floor(at / 1000) * 1000);
  });

  it('asks the token provider again for every attempt', async () => {
    const tokens = ['first-token', 'second-token'];
    const { client, requests } = harness([sequence(dropped, ok)], { retry: 1, token: async () => tokens.shift()! });
    await client.organizations.get(ORG_UUID);
    expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal([
      'Bearer first-token',
      'Bearer second-token',
    ]);
  });
});

describe('timeouts and cancellation', () => {
  const hang = any(async () => {
    await delay('infinite');
    return ok();
  });

  it('rejects with TimeoutError when an attempt takes longer than the timeout', async () => {
    const { client, requests } = harness([hang]);
    const error = (await rejection(client.organizations.activate(ref, { timeout: 50 }))) as TimeoutError;
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error).to.include({ status: 0, type: 'timeout' });
    expect(isTimeoutError(error)).to.equal(true);
    expect(requests).to.have.length(1);
  });

  it('applies the client’s timeout to each attempt of a retried GET', async () => {
    // The answered attempt must beat the timeout too: 1 s leaves room on a busy machine, the hang trips it anyway.
    const { client, requests } = harness(
      [
        sequence(async () => {
          await delay('infinite');
          return ok();
        }, ok),
      ],
      {
        timeout: 1000,
        retry: 1,
      },
    );
    const org = await client.organizations.get(ORG_UUID);
    expect(org.version).to.equal(8);
    expect(requests).to.have.length(2);
  });

  it('rejects with the signal’s AbortError when aborted mid-flight', async () => {
    const { client, requests } = harness([hang]);
    const controller = new AbortController();
    const pending = client.organizations.get(ORG_UUID, { signal: controller.signal });
    // Mid-flight: once the request is out (its handler hangs).
    await waitUntil(() => requests.length === 1, 'request sent');
    controller.abort();
    const error = (await rejection(pending)) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(isApiError(error)).to.equal(false);
    expect(requests).to.have.length(1);
  });

  it('rejects with the abort reason given, and sends nothing when already aborted', async () => {
    const { client, requests } = harness([hang]);
    const reason = new Error('left the page');
    const error = await rejection(client.organizations.get(ORG_UUID, { signal: AbortSignal.abort(reason) }));
    expect(error).to.equal(reason);
    expect(requests).to.have.length(0);
  });

  it('stops waiting to retry when aborted', async () => {
    const controller = new AbortController();
    const { client, requests } = harness([any(() => problem('rate-limited', {}, { 'Retry-After': '10' }))], {
      retry: 2,
      // The 429 has arrived and the client starts its 10 s wait; the person leaves one task later, while it waits.
      hooks: { afterResponse: [() => void setTimeout(() => controller.abort(), 0)] },
    });
    // Compared with the end of the wait the server asked for, not with a time budget.
    let waitOver = false;
    const timer = setTimeout(() => (waitOver = true), 10_000);
    const error = (await rejection(client.organizations.get(ORG_UUID, { signal: controller.signal }))) as Error;
    clearTimeout(timer);
    expect(error.name).to.equal('AbortError');
    expect(waitOver, 'rejected before the 10 s wait was over').to.equal(false);
    expect(requests).to.have.length(1);
  });
});

describe('tokens', () => {
  it('calls a token-provider function for every request', async () => {
    let calls = 0;
    const { client, requests } = harness([any(ok)], { token: () => `token-${++calls}` });
    await client.organizations.get(ORG_UUID);
    await client.organizations.get(ORG_UUID);
    expect(requests.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('rejects with AuthenticationError, sending nothing, when the provider fails', async () => {
    const { client, requests } = harness([any(ok)], {
      token: async () => {
        throw new Error('refresh failed');
      },
    });
    const error = (await rejection(client.organizations.get(ORG_UUID))) as AuthenticationError;
    expect(error).to.be.instanceOf(AuthenticationError);
    expect(error).to.include({ status: 0, type: 'unauthenticated' });
    expect(requests).to.have.length(0);
  });

  it('never lets the token into an error, its message, stack, JSON or cause', async () => {
    const leakyFetch: typeof fetch = async (input) => {
      throw new TypeError(`socket hang up (${new Request(input).headers.get('Authorization')})`);
    };
    const errors: unknown[] = [];
    const base = { baseUrl: BASE, token: TOKEN, retry: 0 };
    // A server that echoes the token back in its problem and in a broken body.
    errors.push(
      await rejection(
        harness([any(() => problem('unauthenticated', { detail: `Token ${TOKEN} has expired.` }))]).client.me(),
      ),
    );
    errors.push(
      await rejection(harness([any(() => new HttpResponse(`not json ${TOKEN}`, { status: 200 }))]).client.me()),
    );
    errors.push(await rejection(createClient({ ...base, fetch: leakyFetch }).me()));
    errors.push(
      await rejection(
        harness(
          [
            any(async () => {
              await delay('infinite');
              return ok();
            }),
          ],
          { timeout: 20 },
        ).client.me(),
      ),
    );
    errors.push(
      await rejection(
        harness([any(ok)], {
          token: () => {
            throw new Error(`could not refresh ${TOKEN}`);
          },
        }).client.me(),
      ),
    );
    errors.push(await rejection(harness([any(ok)]).client.organizations.update(ref, {})));
    expect(errors.map((e) => (e as ApiError).name)).to.deep.equal([
      'AuthenticationError',
      'ResponseValidationError',
      'NetworkError',
      'TimeoutError',
      'AuthenticationError',
      'ValidationError',
    ]);
    for (const error of errors) {
      const e = error as ApiError;
      const cause = e.cause as Error | undefined;
      const views = [
        JSON.stringify(e),
        String(e),
        e.stack ?? '',
        e.message,
        JSON.stringify(e.problem),
        String(cause),
        cause?.stack ?? '',
        JSON.stringify(cause ?? null),
      ];
      for (const view of views) expect(view, `${e.name}`).to.not.contain(TOKEN);
    }
  });
});

describe('token redaction of JSON-escaped echoes', () => {
  it('keeps a token out of the error when the server echoes it JSON-escaped (\\/ and \\u002B)', async () => {
    const token = 'abc/def+ghi';
    const body =
      '{"type":"https://errors.sales-hub.example/unauthenticated","title":"Authentication is required.","status":401,' +
      '"detail":"bad token abc\\/def\\u002Bghi","instance":"/sales-hub/v1/me","requestId":"r-1",' +
      '"errors":[{"pointer":"","code":"invalid","message":"abc\\/def\\u002Bghi"}]}';
    const { client } = harness(
      [any(() => new HttpResponse(body, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }))],
      { token },
    );
    const error = (await rejection(client.me())) as ApiError;
    expect(error.name).to.equal('AuthenticationError');
    expect(JSON.parse(body).detail).to.contain(token); // the escapes do decode to the token
    for (const view of [
      error.message,
      error.stack ?? '',
      JSON.stringify(error),
      JSON.stringify(error.problem),
      JSON.stringify(error.fieldErrors),
    ]) {
      expect(view).to.not.contain(token);
    }
    expect(error.detail).to.contain('bad token');
  });
});

describe('newIdempotencyKey', () => {
  const UuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('makes a UUID v4, also where crypto.randomUUID is missing (an insecure origin)', () => {
    expect(newIdempotencyKey()).to.match(UuidV4);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 50 }, () => newIdempotencyKey());
      for (const key of keys) expect(key).to.match(UuidV4);
      expect(new Set(keys).size).to.equal(50);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });
});
