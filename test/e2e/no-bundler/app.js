// The page's own script: a file, not inline, so `script-src 'self'` allows it.
import { createClient, provideClient } from './sales-hub-kit.js';

// The test's server answers /sales-hub/v1 with the mock backend; 'demo-sp-admin' is its Service-Provider admin.
provideClient(document.body, createClient({ baseUrl: `${location.origin}/sales-hub/v1`, token: 'demo-sp-admin' }));

const overview = document.querySelector('sh-organization-overview');
document.querySelector('sh-organization-search').addEventListener('sh-select', (event) => {
  overview.organizationId = event.organization.uuid;
});
