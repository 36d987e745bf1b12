// Never rendered. Angular templates have no @ts-expect-error: the line after each `expect-error` comment must be
// the only place the compiler reports an error (consumers.test.js compares them).
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'sales-hub-kit/components';
import type { ShSavedEvent } from 'sales-hub-kit/components';

@Component({
  selector: 'app-misuse',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: $event of sh-select is a ShSelectEvent, not a ShSavedEvent -->
    <sh-organization-search (sh-select)="saved($event)" />
    <!-- expect-error: the organization of sh-select is an OrganizationSummary: it has no billing -->
    <sh-organization-search (sh-select)="log($event.organization.billing)" />
    <!-- No error, as the README says: under CUSTOM_ELEMENTS_SCHEMA Angular does not check these bindings. -->
    <sh-organization-search [client]="42" [organizationIdd]="1" />
  `,
})
export class MisuseComponent {
  saved(event: ShSavedEvent): void {
    console.log(event.section);
  }

  log(value: unknown): void {
    console.log(value);
  }
}
