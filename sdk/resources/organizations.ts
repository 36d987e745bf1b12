import type { Http, RequestOptions } from '../http.js';
import { Organization } from '../schemas/index.js';

const path = (uuid: string, rest = ''): string => `organizations/${encodeURIComponent(uuid)}${rest}`;

export class OrganizationsResource {
  constructor(private readonly http: Http) {}

  /** GET /organizations/{uuid}. Rejects with `NotFoundError` when unknown, purged or out of scope. */
  async get(uuid: string, options?: RequestOptions): Promise<Organization> {
    const { data } = await this.http.request({ method: 'get', path: path(uuid), schema: Organization, options });
    return data;
  }
}
