import type { Http, RequestOptions } from '../http.js';
import { DomainCapabilities, Me } from '../schemas/session.js';

/** GET /me and GET /domain/capabilities. */
export class SessionResource {
  constructor(private readonly http: Http) {}

  async me(options?: RequestOptions): Promise<Me> {
    return this.http.request({ method: 'get', path: 'me', schema: Me, options });
  }

  /** The caller's domain: pass it to the `validate*` functions to check its rules (currencies, buyer-tag keys, …). */
  async capabilities(options?: RequestOptions): Promise<DomainCapabilities> {
    return this.http.request({ method: 'get', path: 'domain/capabilities', schema: DomainCapabilities, options });
  }
}
