import { createHttp, type ClientOptions, type RequestOptions } from './http.js';
import { MembersResource } from './resources/members.js';
import { OrganizationsResource } from './resources/organizations.js';
import { RemoteSupportResource } from './resources/remote-support.js';
import { SessionResource } from './resources/session.js';
import type { DomainCapabilities, Me } from './schemas/session.js';

/** The Sales Hub client: one transport, the resources hang off it. */
export interface SalesHubClient {
  /** The caller and its permissions. */
  me(options?: RequestOptions): Promise<Me>;
  /** The capabilities of the caller's domain, for the `validate*` functions (the client's own checks never use them). */
  capabilities(options?: RequestOptions): Promise<DomainCapabilities>;
  readonly organizations: OrganizationsResource;
  readonly members: MembersResource;
  readonly remoteSupport: RemoteSupportResource;
}

/**
 * Creates a client. `token` is a string or a function called before every attempt (so a refreshed token is
 * used by retries); `timeout` applies to each attempt; `retry` caps the retries of GETs and keyed POSTs.
 */
export function createClient(options: ClientOptions): SalesHubClient {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl === '')
    throw new TypeError('createClient needs a `baseUrl`.');
  if (typeof options.token !== 'function' && (typeof options.token !== 'string' || options.token === '')) {
    throw new TypeError('createClient needs a `token`: a string, or a function that returns one.');
  }
  const http = createHttp(options);
  const session = new SessionResource(http);
  return {
    me: (o) => session.me(o),
    capabilities: (o) => session.capabilities(o),
    organizations: new OrganizationsResource(http),
    members: new MembersResource(http),
    remoteSupport: new RemoteSupportResource(http),
  };
}
