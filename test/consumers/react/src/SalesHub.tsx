import { useRef, useState } from 'react';
import 'sales-hub-kit/components';
import type { ShOrganizationOverview } from 'sales-hub-kit/components';
import { client } from './sales-hub-client.js'; // createClient({ baseUrl, token })

export function SalesHub() {
  const [uuid, setUuid] = useState('');
  const overview = useRef<ShOrganizationOverview>(null);
  return (
    <>
      <sh-organization-search client={client} onsh-select={(e) => setUuid(e.organization.uuid)} />
      {uuid && (
        <sh-organization-overview
          ref={overview}
          client={client}
          organization-id={uuid}
          onsh-saved={(e) => console.log('saved', e.section, e.organization.version)}
          onsh-error={() => overview.current?.reload()}
        />
      )}
    </>
  );
}
