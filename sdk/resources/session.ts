import type { Http, RequestOptions } from '../http.js';
import { DomainCapabilities, Me } from '../schemas/session.js';

/** GET /me and GET /domain/capabilities. */
export class SessionResource {
  constructor(private readonly http: Http) {}

  async me(options?: RequestOptions): Promise<Me> {
    return this.http.request({ method: 'get', path: 'me', schema: Me, options });
  }

  /**
   * The caller's domain. The client keeps the last answer, so later calls also validate against the
   * domain's rules (enabled currencies, buyer-tag keys, grant minutes) before sending.
   */
  async capabilities(options?: RequestOptions): Promise<DomainCapabilities> {
    const capabilities = await this.http.request({ method: 'get', path: 'domain/capabilities', schema: DomainCapabilities, options });
    this.http.capabilities = capabilities;
    return capabilities;
  }
}
