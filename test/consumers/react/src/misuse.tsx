// Never rendered: each line below must stay a type error (tsc fails on an unused @ts-expect-error).
import { useRef } from 'react';
import type { ShOrganizationSearch } from 'sales-hub-kit/components';
import { client } from './sales-hub-client.js';

export function Misuse() {
  const search = useRef<ShOrganizationSearch>(null);
  return (
    <>
      {/* @ts-expect-error the client is a SalesHubClient, not a number */}
      <sh-organization-search client={42} />
      {/* @ts-expect-error the organization of sh-select is an OrganizationSummary: it has no billing */}
      <sh-organization-search client={client} onsh-select={(e) => console.log(e.organization.billing)} />
      {/* @ts-expect-error organization-id is a string */}
      <sh-organization-overview organization-id={7} />
      {/* @ts-expect-error the ref of an overview is not a search's */}
      <sh-organization-overview ref={search} />
      {/* @ts-expect-error no such property (TypeScript lets any hyphenated attribute name through, as for data-*) */}
      <sh-status-control organizationUuid="x" />
      {/* @ts-expect-error search-by takes a search key */}
      <sh-organization-search search-by="fax" />
      {/* @ts-expect-error sh-saved carries ShSavedEvent, whose section is not a number */}
      <sh-organization-overview onsh-saved={(e) => e.section.toFixed()} />
    </>
  );
}
