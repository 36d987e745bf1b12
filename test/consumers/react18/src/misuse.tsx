// Never rendered: each line below must stay a type error (tsc fails on an unused @ts-expect-error).
import { useRef } from 'react';
import type { ShOrganizationSearch } from 'sales-hub-kit/components';
import { OrganizationOverview, OrganizationSearch, StatusControl } from 'sales-hub-kit/react';
import { client } from './sales-hub-client.js';

export function Misuse() {
  const search = useRef<ShOrganizationSearch>(null);
  return (
    <>
      {/* @ts-expect-error the client is a SalesHubClient, not a number */}
      <OrganizationSearch client={42} />
      {/* @ts-expect-error the organization of onShSelect is an OrganizationSummary: it has no billing */}
      <OrganizationSearch client={client} onShSelect={(e) => console.log(e.organization.billing)} />
      {/* @ts-expect-error the search fires no sh-saved */}
      <OrganizationSearch onShSaved={() => undefined} />
      {/* @ts-expect-error events are onSh… props; onShSelected is no event of the search */}
      <OrganizationSearch onShSelected={() => undefined} />
      {/* @ts-expect-error organizationId is a string */}
      <OrganizationOverview organizationId={7} />
      {/* @ts-expect-error the ref of an overview is not a search's */}
      <OrganizationOverview ref={search} />
      {/* @ts-expect-error no such property */}
      <StatusControl organizationUuid="x" />
      {/* @ts-expect-error searchBy takes a search key */}
      <OrganizationSearch searchBy="fax" />
      {/* @ts-expect-error value is read-only (the chosen organization's UUID): set selected */}
      <OrganizationSearch value="x" />
      {/* @ts-expect-error reload is a method, not a prop */}
      <OrganizationOverview reload={() => Promise.resolve()} />
      {/* @ts-expect-error React 18 would set client as the attribute "[object Object]": its JSX has no sh-* tags */}
      <sh-organization-search client={client} />
      {/* @ts-expect-error sh-saved carries ShSavedEvent, whose section is not a number */}
      <OrganizationOverview onShSaved={(e) => e.section.toFixed()} />
    </>
  );
}
