/**
 * Every element of the kit. Importing this module defines them all.
 */
export { ShOrganizationOverview } from './organization-overview/organization-overview.js';
export { ShOrganizationSearch } from './organization-search/organization-search.js';
export { ShSelectEvent } from './events/select-event.js';
export { ShSavedEvent, type SavedSection } from './events/saved-event.js';
export { ShErrorEvent } from './events/error-event.js';
export { ShStatusControl } from './status-control/status-control.js';
export { ShRemoteSupport } from './remote-support/remote-support.js';
export { ShStatusChangedEvent } from './events/status-changed-event.js';
export { ShDeletedEvent } from './events/deleted-event.js';
export { ShBeforeSuspendEvent } from './events/before-suspend-event.js';
export { ShBeforeDeleteEvent } from './events/before-delete-event.js';
export { ShSessionStartedEvent } from './events/session-started-event.js';
export { ShCreateOrganization } from './create-organization/create-organization.js';
export { ShOwnershipSwitch } from './ownership-switch/ownership-switch.js';
export { ShCreatedEvent } from './events/created-event.js';
export { ShBeforeCreateEvent } from './events/before-create-event.js';
export { ShOwnershipChangedEvent } from './events/ownership-changed-event.js';
export { ShElement } from './base/sh-element.js';
export { ShClientElement } from './base/client-element.js';
export { clientContext } from './context/client-context.js';
export { registerTranslation, availableLanguages } from './translations/localize.js';
export type { Messages, MessageKey } from './translations/localize.js';
