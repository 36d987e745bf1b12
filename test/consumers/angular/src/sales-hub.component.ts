import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SalesHubClient } from 'sales-hub-kit';
import 'sales-hub-kit/components';
import type { ShSelectEvent } from 'sales-hub-kit/components';
import { client } from './sales-hub-client';

@Component({
  selector: 'app-sales-hub',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <sh-organization-search [client]="client" (sh-select)="open($event)" />
    @if (uuid()) {
      <sh-organization-overview [client]="client" [organizationId]="uuid()" />
    }
  `,
})
export class SalesHubComponent {
  readonly client: SalesHubClient = client;
  readonly uuid = signal('');

  open(event: ShSelectEvent): void {
    this.uuid.set(event.organization.uuid);
  }
}
