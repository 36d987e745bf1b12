import { consume } from '@lit/context';
import { property } from 'lit/decorators.js';
import type { SalesHubClient } from '../../sdk/index.js';
import { clientContext } from '../context/client-context.js';
import { ShElement } from './sh-element.js';

/**
 * Base for widgets that talk to the backend. The client comes from context first
 * (`clientContext`), and from the `client` property second: React, Vue and Angular
 * hosts can simply set `el.client`.
 */
export class ShClientElement extends ShElement {
  /** The SDK client. Optional when one is provided through `clientContext`. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  client?: SalesHubClient;
}
