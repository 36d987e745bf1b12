import { createClient } from 'sales-hub-kit';

// The test's server answers /sales-hub/v1 with the mock backend; 'demo-sp-admin' is its Service-Provider admin.
export const client = createClient({ baseUrl: `${location.origin}/sales-hub/v1`, token: 'demo-sp-admin' });
