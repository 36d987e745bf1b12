/** Shared helpers of the ownership-switch browser tests. */
import { html, waitUntil } from '@open-wc/testing';
import type { createMockBackend } from '../../mocks/index.js';
import type { ProblemSlug, SalesHubClient } from '../../sdk/index.js';
import { createTestBackend, firstPostFails, fixtureWithClient } from '../../test/fixtures.js';
import './ownership-switch.js';
import type { ShOwnershipSwitch } from './ownership-switch.js';

export type El = ShOwnershipSwitch;

export const root = (el: El) => el.shadowRoot!;
export const $ = <T extends HTMLElement = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector(selector) as T;
export const text = (el: El, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const changes = (requests: Request[]) =>
  requests.filter((r) => r.method === 'POST' && r.url.endsWith('/ownership-change'));
export const memberLists = (requests: Request[]) =>
  requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/members'));

export async function render(client: SalesHubClient, uuid: string): Promise<El> {
  const el = await fixtureWithClient<El>(
    html`<sh-ownership-switch organization-id=${uuid}></sh-ownership-switch>`,
    client,
  );
  await waitUntil(() => $(el, '[part=value]') || $(el, '[role=alert] .banner, .banner'), 'organization loaded');
  // The session (permissions) arrives separately from the organization.
  await waitUntil(
    () => $(el, '[part=edit-button]')?.hasAttribute('disabled') === false || $(el, '[part=reason]'),
    'session loaded',
  );
  return el;
}

export async function setup(pick: (known: ReturnType<typeof createMockBackend>['known']) => string, token?: string) {
  const tb = createTestBackend({}, token ? { token } : {});
  const el = await render(tb.client, pick(tb.backend.known));
  return { ...tb, el };
}

/** A client whose first ownership change gets the given problem; everything else goes to a fresh mock. */
export function withProblem(slug: ProblemSlug) {
  const { backend, client, requests } = createTestBackend({}, {}, firstPostFails(slug));
  return { backend, client, requests };
}

export async function type(el: El, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

export async function click(el: El, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

export const button = (el: El, label: string) =>
  [...root(el).querySelectorAll('button')].find(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
  ) as HTMLButtonElement;

export async function press(el: El, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}

export async function newPersonToConfirm(el: El, email = 'mei.lim@kallang.example'): Promise<void> {
  await click(el, '[part=edit-button]');
  await type(el, '#first-name', 'Mei');
  await type(el, '#last-name', 'Lim');
  await type(el, '#email', email);
  await press(el, 'Continue');
}

export async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  return (await request.clone().json()) as Record<string, unknown>;
}
