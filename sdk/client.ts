import { createHttp, type ClientOptions, type RequestOptions } from './http.js';
import { OrganizationsResource } from './resources/organizations.js';
import { SessionResource } from './resources/session.js';
import type { DomainCapabilities, Me } from './schemas/index.js';

/** The Sales Hub client: one transport, the resources hang off it. */
export interface SalesHubClient {
  /** The caller and its permissions. */
  me(options?: RequestOptions): Promise<Me>;
  /** The capabilities of the caller's domain. */
  capabilities(options?: RequestOptions): Promise<DomainCapabilities>;
  readonly organizations: OrganizationsResource;
}

export function createClient(options: ClientOptions): SalesHubClient {
  const http = createHttp(options);
  const session = new SessionResource(http);
  return {
    me: (o) => session.me(o),
    capabilities: (o) => session.capabilities(o),
    organizations: new OrganizationsResource(http),
  };
}
