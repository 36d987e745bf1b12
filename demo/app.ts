/**
 * The demo Sales Hub page: the kit's widgets composed the way the product documentation walks
 * through them, plus a control panel that drives the mocked backend. Rendered in light DOM so
 * the page's stylesheet (and an evaluator's devtools) reach everything.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { SetupWorker } from 'msw/browser';
// Defines every element (each element file registers its own tag; `sideEffects` keeps them in the static build).
import { provideClient, registerTranslation } from '../components/index.js';
import { fr } from '../components/translations/fr.js';
import { storeOf } from '../components/context/store.js';
import { toSummary } from '../components/organization-search/match-text.js';
import { DEMO_TOKENS, type MockBackend } from '../mocks/index.js';
import { createClient, isAuthenticationError, type SalesHubClient } from '../sdk/index.js';
import type { ShCreatedEvent } from '../components/events/created-event.js';
import type { ShDeletedEvent } from '../components/events/deleted-event.js';
import type { ShErrorEvent } from '../components/events/error-event.js';
import type { ShSelectEvent } from '../components/events/select-event.js';
import type { ShSessionStartedEvent } from '../components/events/session-started-event.js';
import { t, type DemoKey } from './i18n.js';
import { applyDocumentSettings, LATENCY, saveSettings, type Caller, type DemoSettings, type Tab } from './settings.js';

export interface DemoRuntime {
  worker: SetupWorker;
  backend: MockBackend;
  settings: DemoSettings;
  createBackend: (settings: DemoSettings) => MockBackend;
}

interface Notice {
  id: number;
  kind: 'info' | 'success' | 'warning';
  text: string;
  /** A value worth copying, shown under the text (the remote-session login URL). */
  url?: string;
  /** A button under the text ("Sign in again"). */
  action?: { label: string; run: () => void };
}

const WIDGET_EVENTS = ['sh-select', 'sh-created', 'sh-deleted', 'sh-session-started', 'sh-error'] as const;

const CALLER_KEYS: Record<Caller, DemoKey> = {
  admin: 'callerAdmin',
  readOnly: 'callerReadOnly',
  customerOwner: 'callerCustomerOwner',
};

const FAULTS = {
  server: { status: 500 },
  unavailable: { status: 503 },
  rateLimit: { status: 429, retryAfter: 2 },
  network: 'network',
  hang: 'hang',
  // Applied, then the answer is lost (the connection drops): what "Try again" after a save has to cope with.
  lostAnswer: { lose: 'network' },
} as const;
type FaultKind = keyof typeof FAULTS;

registerTranslation('fr', fr);

const HINTS = ['Acme', '+65 6123 4567', 'CRM-00042', 'CT-2024-0117', 'acme-trunk-01'];

export class DemoSalesHub extends LitElement {
  private readonly provider = provideClient(this);

  @state() private selected: string | null = null;
  @state() private tab: Tab = 'overview';
  @state() private notices: Notice[] = [];
  @state() private faultKind: FaultKind = 'server';
  @state() private faultArmed: FaultKind | null = null;
  @state() private copiedUrl = '';
  /** Bumped when the data or the caller changes: the widgets are recreated, so no stale draft survives. */
  @state() private generation = 0;
  /** The "Expire the session" control was used, and nobody has signed in again since. */
  @state() private sessionExpired = false;

  /** Set once by `main.ts`, before the element is connected. */
  runtime!: DemoRuntime;

  private client!: SalesHubClient;
  /** The bearer token the client sends: its `token` function reads it before every attempt, so signing in again
   * only replaces it (the widgets, and what they hold, stay). */
  private token = '';
  private nextNoticeId = 1;

  // Light DOM: the page stylesheet styles the layout, and the widgets keep their own shadow roots.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.client) {
      const { settings, backend } = this.runtime;
      this.tab = settings.tab;
      this.selected = settings.selected === undefined ? backend.known.acme : settings.selected;
      this.applyFaults();
      this.setClient();
      // A handle for devtools and the end-to-end tests: the live backend, worker and client.
      const demo = this;
      (window as unknown as { salesHubDemo: unknown }).salesHubDemo = {
        get backend() {
          return demo.backend;
        },
        get client() {
          return demo.client;
        },
      };
    }
    for (const type of WIDGET_EVENTS) {
      this.addEventListener(type, this.onWidgetEvent);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WIDGET_EVENTS) {
      this.removeEventListener(type, this.onWidgetEvent);
    }
  }

  protected override firstUpdated(): void {
    // The first view is never empty: the remembered (or a well-known) organization is shown in the bar.
    if (this.selected) void this.select(this.selected);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected' as keyof DemoSalesHub) || changed.has('tab' as keyof DemoSalesHub)) {
      this.runtime.settings.selected = this.selected;
      this.runtime.settings.tab = this.tab;
      saveSettings(this.runtime.settings);
    }
  }

  private get settings(): DemoSettings {
    return this.runtime.settings;
  }

  private get backend(): MockBackend {
    return this.runtime.backend;
  }

  /** A new client (new caller, new backend, reset data): every widget reloads through context. */
  private setClient(): void {
    this.token = DEMO_TOKENS[this.settings.caller];
    this.sessionExpired = false;
    this.client = createClient({ baseUrl: this.backend.baseUrl, token: () => this.token });
    this.provider.setValue(this.client);
    this.generation++;
  }

  private applyFaults(): void {
    const { faults } = this.backend;
    faults.clear();
    faults.setLatency(LATENCY[this.settings.latency]);
    faults.setFailureRate(this.settings.failureRate);
    this.faultArmed = null;
  }

  private changeSettings(patch: Partial<DemoSettings>): void {
    Object.assign(this.settings, patch);
    saveSettings(this.settings);
    applyDocumentSettings(this.settings);
    this.requestUpdate();
  }

  private notify(kind: Notice['kind'], text: string, extra: Pick<Notice, 'url' | 'action'> = {}): void {
    const notice: Notice = { id: this.nextNoticeId++, kind, text, ...extra };
    this.notices = [notice, ...this.notices].slice(0, 3);
  }

  /** What a host does on a 401: sign the person in again and hand the client the new token. */
  private signIn(): void {
    this.token = this.backend.renewToken(this.token);
    this.sessionExpired = false;
    this.notices = this.notices.filter((n) => !n.action);
    this.notify('success', t('noticeSignedIn'));
  }

  private expireSession(): void {
    this.backend.expireToken(this.token);
    this.sessionExpired = true;
  }

  private dismiss(id: number): void {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  private get search(): HTMLElementTagNameMap['sh-organization-search'] | null {
    return this.querySelector('sh-organization-search');
  }

  /** Selects an organization from code: the search bar shows it (with its status) without firing `sh-select`. */
  private async select(uuid: string | null): Promise<void> {
    this.selected = uuid;
    const search = this.search;
    if (!search) return;
    if (!uuid) {
      search.selected = null;
      return;
    }
    if (search.selected?.uuid === uuid) return;
    // The same shared copy the Overview shows (one read for both); when it fails, the Overview says why.
    const org = await storeOf(this.client).organization(uuid).load();
    if (org && this.selected === uuid) search.selected = toSummary(org, []);
  }

  private readonly onWidgetEvent = (event: Event): void => {
    switch (event.type) {
      case 'sh-select': {
        const { organization } = event as ShSelectEvent;
        this.selected = organization.uuid;
        break;
      }
      case 'sh-created': {
        const { organization } = event as ShCreatedEvent;
        this.querySelector<HTMLDialogElement>('#create-dialog')?.close();
        // The next "+ Create Organization" starts from an empty form, not the success message.
        this.querySelector('sh-create-organization')?.reset();
        this.tab = 'overview';
        void this.select(organization.uuid);
        this.notify('success', t('noticeCreated', organization.name));
        break;
      }
      case 'sh-deleted': {
        // Scheduled for deletion, it stays selected, so the status control can offer Restore.
        if (!(event as ShDeletedEvent).purged) break;
        this.notify('info', t('noticeDeleted', this.search?.selected?.name ?? ''));
        // The control that had focus is gone with the organization: move focus to the empty state's heading.
        void this.select(null).then(async () => {
          await this.updateComplete;
          this.querySelector<HTMLElement>('#empty-title')?.focus();
        });
        break;
      }
      case 'sh-session-started': {
        const { session } = event as ShSessionStartedEvent;
        this.notify('success', t('noticeSession'), { url: session.loginUrl });
        break;
      }
      case 'sh-error': {
        // The pattern the README shows: on an expired session, sign the person in again; the widget kept the input.
        const { error } = event as ShErrorEvent;
        if (!isAuthenticationError(error) || this.notices.some((n) => n.action)) break;
        this.notify('warning', t('noticeSessionExpired'), {
          action: { label: t('signInAgain'), run: () => this.signIn() },
        });
        break;
      }
    }
  };

  private onTabKeydown(event: KeyboardEvent): void {
    const order: Tab[] = ['overview', 'support'];
    const index = order.indexOf(this.tab);
    let next: Tab | undefined;
    if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(index - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  private openCreate(): void {
    this.querySelector<HTMLDialogElement>('#create-dialog')?.showModal();
    // Start at "Organization name", not on the dialog's Close button (a typed space would close it).
    this.querySelector('sh-create-organization')?.focus();
  }

  private onCaller(event: Event): void {
    const caller = (event.target as HTMLSelectElement).value as Caller;
    this.changeSettings({ caller });
    this.setClient();
    this.notify('info', t('noticeCaller', t(CALLER_KEYS[caller])));
  }

  private onDomain(patch: Partial<DemoSettings>): void {
    this.changeSettings(patch);
    const backend = this.runtime.createBackend(this.settings);
    this.runtime.worker.resetHandlers(...backend.handlers);
    this.runtime = { ...this.runtime, backend };
    this.applyFaults();
    if (this.selected && !backend.db.organizations.has(this.selected)) void this.select(backend.known.acme);
    this.setClient();
    this.notify('info', t('noticeBackend'));
  }

  private onLatency(event: Event): void {
    this.changeSettings({ latency: (event.target as HTMLSelectElement).value as DemoSettings['latency'] });
    this.backend.faults.setLatency(LATENCY[this.settings.latency]);
  }

  private onFailureRate(event: Event): void {
    const failureRate = Number((event.target as HTMLSelectElement).value) as DemoSettings['failureRate'];
    this.changeSettings({ failureRate });
    this.backend.faults.setFailureRate(failureRate);
  }

  private armFault(): void {
    this.backend.faults.next(1, FAULTS[this.faultKind]);
    this.faultArmed = this.faultKind;
  }

  private bump(): void {
    if (!this.selected) return;
    const { version } = this.backend.db.bumpVersion(this.selected);
    this.notify('warning', t('noticeBumped', version));
  }

  private reset(): void {
    this.backend.reset();
    this.setClient();
    if (this.search) this.search.selected = null;
    void this.select(this.backend.known.acme);
    this.notify('info', t('noticeReset'));
  }

  private async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.copiedUrl = url;
    } catch {
      // Clipboard refused (insecure context, permissions): the URL stays selectable on screen.
    }
  }

  private renderNotices() {
    return html`<div class="notices" role="status" aria-live="polite">
      ${this.notices.map(
        (n) => html`<div class="notice ${n.kind}">
          <div class="notice-text">
            <p>${n.text}</p>
            ${
              n.url
                ? html`<p class="notice-url">
                  <code>${n.url}</code>
                  <button type="button" @click=${() => this.copy(n.url!)}>
                    ${this.copiedUrl === n.url ? t('copied') : t('copy')}
                  </button>
                </p>`
                : nothing
            }
            ${n.action ? html`<p><button type="button" class="primary" @click=${n.action.run}>${n.action.label}</button></p>` : nothing}
          </div>
          <button type="button" class="icon" aria-label=${t('dismiss')} @click=${() => this.dismiss(n.id)}>✕</button>
        </div>`,
      )}
    </div>`;
  }

  private renderEmpty() {
    return html`<section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title" tabindex="-1">${t('emptyTitle')}</h2>
      <p>${t('emptyBody')}</p>
      <p>${t('emptyTry')} ${HINTS.map((h, i) => html`${i ? ', ' : ''}<code>${h}</code>`)}</p>
      <button type="button" class="primary" @click=${() => this.select(this.backend.known.acme)}>
        ${t('emptyOpenAcme')}
      </button>
    </section>`;
  }

  private renderTabs(id: string) {
    const tab = (name: Tab, label: string) => html`<button
      type="button"
      role="tab"
      id="tab-${name}"
      aria-controls="panel-${name}"
      aria-selected=${this.tab === name ? 'true' : 'false'}
      tabindex=${this.tab === name ? 0 : -1}
      @click=${() => (this.tab = name)}
    >
      ${label}
    </button>`;
    return html`<div class="tabs" role="tablist" aria-label=${t('tabsLabel')} @keydown=${this.onTabKeydown}>
        ${tab('overview', t('tabOverview'))} ${tab('support', t('tabSupport'))}
      </div>
      <div role="tabpanel" id="panel-overview" aria-labelledby="tab-overview" ?hidden=${this.tab !== 'overview'}>
        <sh-organization-overview organization-id=${id}>
          <sh-ownership-switch slot="managed-by-action" embedded organization-id=${id}></sh-ownership-switch>
          <sh-status-control slot="status-control" embedded organization-id=${id}></sh-status-control>
        </sh-organization-overview>
      </div>
      <div role="tabpanel" id="panel-support" aria-labelledby="tab-support" ?hidden=${this.tab !== 'support'}>
        <sh-remote-support organization-id=${id}></sh-remote-support>
      </div>`;
  }

  private renderSelect<V extends string | number>(
    id: string,
    label: DemoKey,
    value: V,
    options: [V, string][],
    onChange: (event: Event) => void,
  ) {
    return html`<div class="control">
      <label for=${id}>${t(label)}</label>
      <select id=${id} @change=${onChange}>
        ${options.map(
          ([v, text]) =>
            html`<option value=${String(v)} ?selected=${v === value}>
              ${text}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderPanel() {
    const s = this.settings;
    return html`<details
      class="panel"
      ?open=${s.panelOpen}
      @toggle=${(e: Event) => this.changeSettings({ panelOpen: (e.target as HTMLDetailsElement).open })}
    >
      <summary>${t('panelTitle')}</summary>
      <div class="panel-body">
        <p class="hint">${t('panelHint')}</p>
        ${this.renderSelect(
          'demo-caller',
          'caller',
          s.caller,
          [
            ['admin', t('callerAdmin')],
            ['readOnly', t('callerReadOnly')],
            ['customerOwner', t('callerCustomerOwner')],
          ],
          (e) => this.onCaller(e),
        )}
        ${this.renderSelect(
          'demo-domain',
          'domain',
          s.domain,
          [
            ['new', t('domainNew')],
            ['legacy', t('domainLegacy')],
          ],
          (e) => this.onDomain({ domain: (e.target as HTMLSelectElement).value as DemoSettings['domain'] }),
        )}
        ${this.renderSelect(
          'demo-grace',
          'grace',
          s.deletionGraceDays,
          [
            [0, t('graceNone')],
            [30, t('graceThirty')],
          ],
          (e) => this.onDomain({ deletionGraceDays: Number((e.target as HTMLSelectElement).value) as 0 | 30 }),
        )}
        <div class="control-pair">
          ${this.renderSelect(
            'demo-latency',
            'latency',
            s.latency,
            [
              ['none', t('latencyNone')],
              ['fast', t('latencyFast')],
              ['slow', t('latencySlow')],
              ['random', t('latencyRandom')],
            ],
            (e) => this.onLatency(e),
          )}
          ${this.renderSelect(
            'demo-failure-rate',
            'failureRate',
            s.failureRate,
            [
              [0, t('failureNone')],
              [0.1, '10 %'],
              [0.5, '50 %'],
              [1, '100 %'],
            ],
            (e) => this.onFailureRate(e),
          )}
        </div>
        <fieldset class="control">
          <legend>${t('failNext')}</legend>
          <div class="row">
            <select
              aria-label=${t('failNextKind')}
              @change=${(e: Event) => (this.faultKind = (e.target as HTMLSelectElement).value as FaultKind)}
            >
              ${(
                [
                  ['server', 'failServer'],
                  ['unavailable', 'failUnavailable'],
                  ['network', 'failNetwork'],
                  ['hang', 'failHang'],
                  ['rateLimit', 'failRateLimit'],
                  ['lostAnswer', 'failLostAnswer'],
                ] as const
              ).map(([v, k]) => html`<option value=${v} ?selected=${v === this.faultKind}>${t(k)}</option>`)}
            </select>
            <button type="button" @click=${this.armFault}>${t('failNextButton')}</button>
          </div>
          ${this.faultArmed ? html`<p class="hint">${t(this.faultArmed === 'lostAnswer' ? 'failLostArmed' : 'failArmed')}</p>` : nothing}
        </fieldset>
        <div class="control">
          <button type="button" ?disabled=${!this.selected} @click=${this.bump}>${t('bump')}</button>
          ${this.selected ? nothing : html`<p class="hint">${t('bumpNeedsSelection')}</p>`}
        </div>
        <div class="control">
          ${
            this.sessionExpired
              ? html`<button type="button" class="primary" @click=${this.signIn}>${t('signInAgain')}</button>
                  <p class="hint">${t('sessionExpired')}</p>`
              : html`<button type="button" @click=${this.expireSession}>${t('expireSession')}</button>
                  <p class="hint">${t('expireSessionHint')}</p>`
          }
        </div>
        <div class="control">
          <button type="button" @click=${this.reset}>${t('reset')}</button>
        </div>
        <div class="control-pair">
        ${this.renderSelect(
          'demo-theme',
          'theme',
          s.theme,
          [
            ['light', t('themeLight')],
            ['dark', t('themeDark')],
          ],
          (e) => this.changeSettings({ theme: (e.target as HTMLSelectElement).value as DemoSettings['theme'] }),
        )}
        ${this.renderSelect(
          'demo-lang',
          'language',
          s.lang,
          [
            ['en', 'English'],
            ['fr', 'Français'],
          ],
          (e) => this.changeSettings({ lang: (e.target as HTMLSelectElement).value as DemoSettings['lang'] }),
        )}
        </div>
      </div>
    </details>`;
  }

  override render() {
    return html`<a class="skip-link" href="#content">${t('skip')}</a>
      <header class="topbar">
        <div class="brand">
          <h1>${t('title')}</h1>
          <span class="tagline">${t('tagline')}</span>
        </div>
        <sh-organization-search class="search" hide-label></sh-organization-search>
        <button type="button" class="primary create" @click=${this.openCreate}>${t('createOrganization')}</button>
        <a class="header-link" href="./api.html">${t('apiReference')}</a>
      </header>
      <div class="layout">
        <main id="content" tabindex="-1">
          ${this.renderNotices()} ${this.selected ? keyed(this.generation, this.renderTabs(this.selected)) : this.renderEmpty()}
        </main>
        <aside aria-label=${t('panelTitle')}>${this.renderPanel()}</aside>
      </div>
      <dialog id="create-dialog" aria-labelledby="create-title">
        <div class="dialog-head">
          <h2 id="create-title">${t('createTitle')}</h2>
          <button
            type="button"
            class="icon"
            aria-label=${t('close')}
            @click=${() => this.querySelector<HTMLDialogElement>('#create-dialog')?.close()}
          >
            ✕
          </button>
        </div>
        ${keyed(this.generation, html`<sh-create-organization></sh-create-organization>`)}
      </dialog>`;
  }
}

customElements.define('demo-sales-hub', DemoSalesHub);

declare global {
  interface HTMLElementTagNameMap {
    'demo-sales-hub': DemoSalesHub;
  }
}
