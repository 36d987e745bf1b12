/** Shared helpers of the create-organization browser tests. */
import { html, waitUntil } from '@open-wc/testing';
import type { MockBackendOptions } from '../../mocks/index.js';
import type { FieldError, ProblemSlug, SalesHubClient } from '../../sdk/index.js';
import { createTestBackend, firstPostFails, fixtureWithClient } from '../../test/fixtures.js';
import './create-organization.js';
import type { ShCreateOrganization } from './create-organization.js';

export type El = ShCreateOrganization;

export const root = (el: El) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  root(el).querySelector<T & Element>(selector) as unknown as T;
export const text = (el: El, selector: string) =>
  ($(el, selector) as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const creates = (requests: Request[]) =>
  requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/organizations'));

export async function render(client: SalesHubClient): Promise<El> {
  const el = await fixtureWithClient<El>(html`<sh-create-organization></sh-create-organization>`, client);
  await waitUntil(() => $(el, 'form') || $(el, '[part=banner]'), 'form rendered');
  return el;
}

export async function setup(mock: MockBackendOptions = {}, clientOptions = {}) {
  const tb = createTestBackend(mock, clientOptions);
  const el = await render(tb.client);
  return { ...tb, el };
}

/** A client whose first POST gets the given problem; everything else goes to a fresh mock backend. */
export function withProblem(slug: ProblemSlug, errors: FieldError[] = []) {
  const { backend, client, requests } = createTestBackend({}, {}, firstPostFails(slug, errors));
  return { backend, client, requests };
}

export async function type(el: El, selector: string, value: string, blur = true): Promise<void> {
  const input = $<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (blur) input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

export async function pick(el: El, selector: string, query: string): Promise<void> {
  await type(el, selector, query, false);
  $<HTMLInputElement>(el, selector).dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

export async function check(el: El, selector: string): Promise<void> {
  $<HTMLInputElement>(el, selector).click();
  await el.updateComplete;
}

export async function fillValid(el: El, name = 'Tanjong Logistics Pte Ltd'): Promise<void> {
  await type(el, '#name', name);
  await check(el, 'input[name=accountType][value=BUSINESS_USER]');
  await pick(el, '#country', 'Singapore');
  await type(el, '#first-name', 'Ada');
  await type(el, '#last-name', 'Tan');
  await type(el, '#email', 'ada.tan@tanjong.example');
}

export async function submit(el: El): Promise<void> {
  $<HTMLButtonElement>(el, '[part=submit]').click();
  await el.updateComplete;
}

export async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  return (await request.clone().json()) as Record<string, unknown>;
}

export const orgsNamed = (backend: { db: unknown }, name: string): number => {
  const db = backend.db as { organizations: Map<string, { name: string }> };
  return [...db.organizations.values()].filter((o) => o.name === name).length;
};
