import type { Http, RequestOptions } from '../http.js';
import { DomainCapabilities, Me } from '../schemas/index.js';

/** GET /me and GET /domain/capabilities. */
export class SessionResource {
  constructor(private readonly http: Http) {}

  async me(options?: RequestOptions): Promise<Me> {
    return (await this.http.request({ method: 'get', path: 'me', schema: Me, options })).data;
  }

  async capabilities(options?: RequestOptions): Promise<DomainCapabilities> {
    return (await this.http.request({ method: 'get', path: 'domain/capabilities', schema: DomainCapabilities, options })).data;
  }
}
