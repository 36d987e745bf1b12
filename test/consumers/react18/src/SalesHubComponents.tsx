import { useRef, useState } from 'react';
import type { ShOrganizationOverview } from 'sales-hub-kit/components';
import { OrganizationOverview, OrganizationSearch } from 'sales-hub-kit/react';
import { client } from './sales-hub-client.js'; // createClient({ baseUrl, token })

export function SalesHub() {
  const [uuid, setUuid] = useState('');
  const overview = useRef<ShOrganizationOverview>(null);
  return (
    <>
      <OrganizationSearch client={client} onShSelect={(e) => setUuid(e.organization.uuid)} />
      {uuid && (
        <OrganizationOverview
          ref={overview}
          client={client}
          organizationId={uuid}
          onShSaved={(e) => console.log('saved', e.section, e.organization.version)}
          onShError={() => overview.current?.reload()}
        />
      )}
    </>
  );
}
