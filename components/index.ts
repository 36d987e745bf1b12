/**
 * Every element of the kit. Importing this module defines them all.
 */
// Bundle layout only: these modules have no side effects and the elements import them anyway. Listed first, the
// base, the stylesheets and the controllers sit together ahead of the elements, which gzip compresses better than
// when each sits beside its element; the section modules compress better beside their elements, so they are not
// listed. The order stays only while it saves at least 1 kB gzip on the host row and the single file of
// `npm run size` against the elements' own order (delete these imports and compare). A module added anywhere is fine.
import './translations/localize.js';
import './organization-search/phone-format.js';
import './controllers/action-controller.js';
import './controllers/localize-controller.js';
import './translations/en/search.js';
import './translations/en/overview.js';
import './translations/en/create.js';
import './translations/en/ownership.js';
import './translations/en/status.js';
import './translations/en/remote-support.js';
import './base/error-text.js';
import './base/labels.js';
import './base/form-fields.js';
import './styles/status-badge.js';
import './base/field-message.js';
import './base/client-element.js';
import './remote-support/request-panels.js';
import './controllers/modal-dialog-controller.js';
import './status-control/status-control.styles.js';
import './remote-support/remote-support.styles.js';
import './styles/form.styles.js';
import './create-organization/create-organization.styles.js';
import './styles/shared.styles.js';
import './controllers/poll-controller.js';
import './controllers/store-controller.js';
import './controllers/combobox-keys.js';
import './controllers/form-feedback-controller.js';
import './context/store.js';
import './controllers/section-editor-controller.js';
import './status-control/form-panel.styles.js';
import './organization-overview/organization-overview.styles.js';
import './controllers/session-controller.js';
import './controllers/combobox-controller.js';
import './ownership-switch/ownership-switch.styles.js';
import './organization-search/organization-search.styles.js';
import './controllers/member-search-controller.js';
import './controllers/search-controller.js';
import './controllers/organization-controller.js';
import './tag-editor/tag-editor-template.js';
import './controllers/profile-picture-controller.js';
import './remote-support/duration.js';
import './create-organization/create-form.js';
import './controllers/unsaved-changes-controller.js';
import './base/editing-element.js';

export { ShOrganizationSearch } from './organization-search/organization-search.js';
export { ShOrganizationOverview } from './organization-overview/organization-overview.js';
export { ShCreateOrganization } from './create-organization/create-organization.js';
export { ShOwnershipSwitch } from './ownership-switch/ownership-switch.js';
export { ShStatusControl } from './status-control/status-control.js';
export { ShRemoteSupport } from './remote-support/remote-support.js';
export { ShSelectEvent } from './events/select-event.js';
export { ShSavedEvent, type SavedSection } from './events/saved-event.js';
export { ShErrorEvent } from './events/error-event.js';
export { ShStatusChangedEvent } from './events/status-changed-event.js';
export { ShDeletedEvent } from './events/deleted-event.js';
export { ShBeforeSuspendEvent } from './events/before-suspend-event.js';
export { ShBeforeDeleteEvent } from './events/before-delete-event.js';
export { ShSessionStartedEvent } from './events/session-started-event.js';
export { ShCreatedEvent } from './events/created-event.js';
export { ShBeforeCreateEvent } from './events/before-create-event.js';
export { ShOwnershipChangedEvent } from './events/ownership-changed-event.js';
export { ShUnsavedChangesEvent } from './events/unsaved-changes-event.js';
export { ShElement } from './base/sh-element.js';
export { ShClientElement } from './base/client-element.js';
export { clientContext, provideClient } from './context/client-context.js';
export type { ClientProvider } from './context/client-context.js';
export {
  storeOf,
  type Query,
  type QuerySnapshot,
  type SalesHubStore,
  type Session,
  type SubscribeOptions,
} from './context/store.js';
export { registerTranslation, availableLanguages } from './translations/localize.js';
export type { Messages, MessageKey } from './translations/localize.js';
