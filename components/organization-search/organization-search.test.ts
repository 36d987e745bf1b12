import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OrganizationSummary, SalesHubClient } from '../../sdk/index.js';
import { createTestBackend, fixtureWithClient, type TestBackend } from '../../test/fixtures.js';
import { popupPositioning } from '../controllers/anchored-popup.js';
import type { ShSelectEvent } from '../events/select-event.js';
import './organization-search.js';
import type { ShOrganizationSearch } from './organization-search.js';
import '../translations/fr.js';

type Search = ShOrganizationSearch;

const part = (el: Search, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const input = (el: Search) => el.shadowRoot!.querySelector('input')!;
const options = (el: Search) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const results = (el: Search) => options(el).filter((o) => o.id !== 'option-load-more');
const option = (el: Search, uuid: string) => el.shadowRoot!.querySelector<HTMLElement>(`#option-${uuid}`);
const live = (el: Search) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const message = (el: Search) => part(el, 'message')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const searches = (requests: Request[]) => requests.filter((r) => new URL(r.url).pathname.endsWith('/organizations'));
const lastSearch = (requests: Request[]) => new URL(searches(requests).at(-1)!.url).searchParams;

async function render(
  tb: TestBackend,
  template = html`<sh-organization-search debounce="0"></sh-organization-search>`,
) {
  return fixtureWithClient<Search>(template, tb.client);
}

/** Puts text in the input as a paste would: one input event. */
async function setText(el: Search, text: string) {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function settled(el: Search) {
  await el.updateComplete;
  await waitUntil(() => ['results', 'empty', 'error'].includes(phase(el)), 'search settled', { timeout: 4000 });
  await el.updateComplete;
}

/** The phase the element shows, read from what a person sees. */
function phase(el: Search): string {
  if (results(el).length > 0 && input(el).getAttribute('aria-expanded') === 'true') return 'results';
  const text = message(el);
  if (part(el, 'retry-button')) return 'error';
  if (text.includes('No organizations found')) return 'empty';
  if (text.includes('Loading')) return 'loading';
  return text ? 'message' : 'idle';
}

function setKey(el: Search, key: string) {
  const select = part(el, 'key-select') as HTMLSelectElement;
  select.value = key;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('sh-organization-search', () => {
  describe('finding organizations', () => {
    it('finds Acme by each of the six keys and says what matched', async () => {
      const tb = createTestBackend();
      const { known } = tb.backend;
      const el = await render(tb);
      const cases: [string, string][] = [
        [known.acme, 'matched on Org UUID'],
        ['Acme Pte', 'matched on Org name'],
        ['+65 6123 4567', 'matched on Purchased Number +65 6123 4567'],
        ['CRM-00042', 'matched on Customer Reference CRM-00042'],
        ['CT-2024-0117', 'matched on External Contract CT-2024-0117'],
        ['acme-trunk-01', 'matched on SIP username acme-trunk-01'],
      ];
      for (const [typed, matched] of cases) {
        await setText(el, typed);
        await settled(el);
        const acme = option(el, known.acme);
        expect(acme, `a result for ${typed}`).to.exist;
        expect(acme!.querySelector('[part=option-name]')!.textContent).to.equal('Acme Pte Ltd');
        expect(acme!.querySelector('[part=option-match]')!.textContent).to.equal(matched);
        expect(acme!.querySelector('[part=status]')!.textContent).to.equal('Active');
        expect(acme!.querySelector('[part=option-details]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
          'Business User · Singapore · Managed by Customer',
        );
      }
      expect(searches(tb.requests)).to.have.length(cases.length);
    });

    it('marks the part of the name that matched, ignoring case and accents', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      await setText(el, 'nandu');
      await settled(el);
      const name = option(el, tb.backend.known.resellerChild)!.querySelector('[part=option-name]')!;
      expect(name.textContent).to.equal('Café Ñandú Ltda');
      expect(name.querySelector('mark')!.textContent).to.equal('Ñandú');
    });

    it('reads a phone number in any common format as E.164', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      for (const typed of ['+65 6123 4567', '(65) 6123-4567', '6561234567', '65.6123.4567']) {
        await setText(el, typed);
        await settled(el);
        expect(lastSearch(tb.requests).get('q'), typed).to.equal('+6561234567');
        expect(option(el, tb.backend.known.acme)!.querySelector('[part=option-match]')!.textContent).to.equal(
          'matched on Purchased Number +65 6123 4567',
        );
      }
    });

    it('forces one key with the key selector', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      setKey(el, 'name');
      await setText(el, 'CRM-00042');
      await settled(el);
      expect(lastSearch(tb.requests).get('searchBy')).to.equal('name');
      expect(message(el)).to.equal('No organizations found');

      setKey(el, 'customerReference');
      await el.updateComplete;
      await settled(el);
      expect(lastSearch(tb.requests).get('searchBy')).to.equal('customerReference');
      expect(option(el, tb.backend.known.acme)!.querySelector('[part=option-match]')!.textContent).to.equal(
        'matched on Customer Reference CRM-00042',
      );
      expect(el.searchBy).to.equal('customerReference');
    });

    it('reads the international 00 prefix as + once Purchased Number is chosen', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      setKey(el, 'purchasedNumber');
      await setText(el, '0065 6123 4567');
      await settled(el);
      expect(lastSearch(tb.requests).get('searchBy')).to.equal('purchasedNumber');
      expect(lastSearch(tb.requests).get('q')).to.equal('+6561234567');
      expect(option(el, tb.backend.known.acme)).to.exist;
    });

    it('sends no request for a query its key cannot match, and says why', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      const cases: [string, string, string][] = [
        ['auto', 'x', 'Type at least 2 characters to search.'],
        ['name', 'A', 'Type at least 2 characters to search by Org name.'],
        ['uuid', 'acme', 'Enter a complete Org UUID'],
        ['purchasedNumber', 'acme', 'Enter a phone number with its country code'],
      ];
      for (const [key, typed, why] of cases) {
        setKey(el, key);
        await setText(el, typed);
        await el.updateComplete;
        expect(message(el), `${key} ${typed}`).to.contain(why);
        expect(live(el)).to.contain(why);
        expect(input(el).getAttribute('aria-describedby')).to.equal('message');
      }
      await expect(el).to.be.accessible();
      expect(searches(tb.requests)).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    it('chooses a result with the keyboard alone and fires sh-select with the summary', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      el.focus();
      await sendKeys({ type: 'CRM-00042' });
      await settled(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const first = results(el)[0]!;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal(first.id);
      expect(first.getAttribute('aria-selected')).to.equal('true');

      const selected = oneEvent(el, 'sh-select') as Promise<ShSelectEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await selected;
      expect(event.organization.uuid).to.equal(tb.backend.known.acme);
      expect(event.organization.name).to.equal('Acme Pte Ltd');
      expect(event.organization.matchedOn).to.deep.equal(['customerReference']);
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.selected).to.deep.equal(event.organization);
      expect(el.value).to.equal(tb.backend.known.acme);
      expect(input(el).value).to.equal('Acme Pte Ltd');
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('moves through results with the arrow keys, wrapping at both ends', async () => {
      const tb = createTestBackend();
      const el = await render(tb, html`<sh-organization-search debounce="0" limit="3"></sh-organization-search>`);
      el.focus();
      await sendKeys({ type: 'Pte' });
      await settled(el);
      const ids = options(el).map((o) => o.id);
      expect(ids).to.have.length(4); // three results and "Load more results"
      const active = () => input(el).getAttribute('aria-activedescendant');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(active()).to.equal('option-load-more');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active()).to.equal(ids[0]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active()).to.equal(ids[1]);
    });

    it('closes the list on Escape, and clears the text on a second Escape', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      el.focus();
      await sendKeys({ type: 'Acme' });
      await settled(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded')).to.equal('false');
      expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
      expect(part(el, 'popup')!.hidden).to.be.true;
      expect(input(el).value).to.equal('Acme');

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-expanded'), 'reopens on ArrowDown').to.equal('true');
      await sendKeys({ press: 'Escape' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(live(el)).to.equal('');
    });

    it('returns to the text on Home and End, with the caret at the start or the end', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      el.focus();
      await sendKeys({ type: 'Acme' });
      await settled(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el).hasAttribute('aria-activedescendant')).to.be.true;
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
      expect(input(el).selectionStart).to.equal(0);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(input(el).hasAttribute('aria-activedescendant')).to.be.false;
      expect(input(el).selectionStart).to.equal(4);
      expect(input(el).getAttribute('aria-expanded'), 'the list stays open').to.equal('true');
    });
  });

  describe('announcements', () => {
    it('announces loading, the number of results and no results in a polite live region', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      const region = el.shadowRoot!.querySelector('[role=status]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      tb.backend.faults.setLatency(150);
      await setText(el, 'CRM-00042');
      await waitUntil(() => live(el) === 'Loading…', 'loading announced');
      await settled(el);
      expect(live(el)).to.equal('1 result');
      await setText(el, 'no-such-organization-anywhere');
      await settled(el);
      expect(live(el)).to.equal('No organizations found');
      expect(message(el)).to.equal('No organizations found');
    });
  });

  describe('efficiency', () => {
    it('sends one request when the person types fast', async () => {
      const tb = createTestBackend();
      const el = await render(tb, html`<sh-organization-search></sh-organization-search>`);
      expect(el.debounce).to.equal(250);
      el.focus();
      await sendKeys({ type: 'Acme Pte' });
      await settled(el);
      expect(searches(tb.requests)).to.have.length(1);
      expect(lastSearch(tb.requests).get('q')).to.equal('Acme Pte');
    });

    it('aborts the request in flight when the query changes and shows only the latest results', async () => {
      const tb = createTestBackend();
      // Every search the widget starts, as the promise it waits for.
      const answers: Promise<unknown>[] = [];
      const search: SalesHubClient['organizations']['search'] = (params, options) => {
        const answer = tb.client.organizations.search(params, options);
        answers.push(answer);
        return answer;
      };
      const client = { ...tb.client, organizations: Object.assign(Object.create(tb.client.organizations), { search }) };
      const el = await fixtureWithClient<Search>(
        html`<sh-organization-search debounce="0"></sh-organization-search>`,
        client,
      );
      tb.backend.faults.setLatency(400);
      await setText(el, 'Kallang');
      await waitUntil(() => searches(tb.requests).length === 1, 'first search sent');
      tb.backend.faults.setLatency(0);
      await setText(el, 'CRM-00042');
      await settled(el);
      expect(searches(tb.requests)[0]!.signal.aborted, 'first request aborted').to.be.true;
      expect(results(el).map((o) => o.querySelector('[part=option-name]')!.textContent)).to.deep.equal([
        'Acme Pte Ltd',
      ]);
      // Only the first search's end could still bring its results: once it has ended, and every reaction to it has
      // run (a task later), the list is unchanged.
      await answers[0]!.then(
        () => undefined,
        () => undefined,
      );
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(results(el).map((o) => o.querySelector('[part=option-name]')!.textContent)).to.deep.equal([
        'Acme Pte Ltd',
      ]);
    });

    it('never shows a stale response, even when the server answers it after a newer one', async () => {
      const tb = createTestBackend();
      // A client whose first search ignores the abort and answers late, after the second one.
      let late: Promise<unknown> | undefined;
      const search: SalesHubClient['organizations']['search'] = (params, options) => {
        if (!late) {
          const slow = new Promise((r) => setTimeout(r, 300)).then(() => tb.client.organizations.search(params));
          late = slow;
          return slow as unknown as ReturnType<typeof search>;
        }
        return tb.client.organizations.search(params, options);
      };
      const client = { ...tb.client, organizations: Object.assign(Object.create(tb.client.organizations), { search }) };
      const el = await fixtureWithClient<Search>(
        html`<sh-organization-search debounce="0"></sh-organization-search>`,
        client,
      );
      await setText(el, 'Kallang');
      await setText(el, 'CRM-00042');
      await settled(el);
      await late;
      await el.updateComplete;
      expect(results(el).map((o) => o.querySelector('[part=option-name]')!.textContent)).to.deep.equal([
        'Acme Pte Ltd',
      ]);
      expect(live(el)).to.equal('1 result');
    });

    it('loads more results through the cursor, without duplicates', async () => {
      const tb = createTestBackend();
      const el = await render(tb, html`<sh-organization-search debounce="0" limit="3"></sh-organization-search>`);
      el.focus();
      await sendKeys({ type: 'Pte' });
      await settled(el);
      expect(results(el)).to.have.length(3);
      expect(live(el)).to.equal('3 results shown, more available');

      // Keyboard: ArrowUp wraps to "Load more results", Enter loads the next page.
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 100)); // arrowing onto it loads nothing by itself
      expect(results(el)).to.have.length(3);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => results(el).length === 6, 'second page');
      expect(lastSearch(tb.requests).get('cursor')).to.be.a('string');
      expect(lastSearch(tb.requests).get('q')).to.equal('Pte');
      expect(input(el).getAttribute('aria-activedescendant'), 'focus on the first new result').to.equal(
        results(el)[3]!.id,
      );

      // Scrolling to the end of the list loads the page after.
      const list = part(el, 'listbox')!;
      list.scrollTop = list.scrollHeight;
      list.dispatchEvent(new Event('scroll'));
      await waitUntil(() => results(el).length === 9, 'third page');
      const ids = results(el).map((o) => o.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(searches(tb.requests).filter((r) => new URL(r.url).searchParams.has('cursor'))).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('the chosen organization', () => {
    it('shows its status badge in the bar, and refreshes it after a change elsewhere', async () => {
      const tb = createTestBackend();
      const { known } = tb.backend;
      const el = await render(tb);
      await setText(el, 'Acme Pte');
      await settled(el);
      option(el, known.acme)!.click();
      await el.updateComplete;
      expect(part(el, 'selected-status')!.textContent!.replace(/\s+/g, ' ')).to.contain('Active');
      expect(input(el).getAttribute('aria-describedby')).to.equal('selected-status');
      await expect(el).to.be.accessible();

      const org = await tb.client.organizations.get(known.acme);
      await tb.client.organizations.suspend(org, { reason: 'NON_PAYMENT' });
      let events = 0;
      el.addEventListener('sh-select', () => events++);
      const fresh = await el.refreshSelected();
      await el.updateComplete;
      expect(fresh!.status).to.equal('SUSPENDED');
      expect(el.selected!.status).to.equal('SUSPENDED');
      expect(part(el, 'selected-status')!.textContent).to.contain('Suspended');
      expect(events).to.equal(0);

      // Typing a new search hides the badge: it belongs to the chosen name.
      await setText(el, 'Kal');
      expect(part(el, 'selected-status')).to.be.null;
    });

    it('searches the chosen name again when the list is asked for with ↓, after a click in the text', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      await setText(el, 'CRM-00042');
      await settled(el);
      option(el, tb.backend.known.acme)!.click();
      await el.updateComplete;
      expect(input(el).value).to.equal('Acme Pte Ltd');
      input(el).click();
      await el.updateComplete;
      expect(part(el, 'popup')!.hidden, 'nothing to show yet').to.be.true;
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(lastSearch(tb.requests).get('q')).to.equal('Acme Pte Ltd');
      expect(option(el, tb.backend.known.acme)).to.exist;
    });

    it('fires no sh-select when selected is set by code', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      let events = 0;
      el.addEventListener('sh-select', () => events++);
      const summary: OrganizationSummary = {
        uuid: tb.backend.known.suspended,
        name: 'Harbour Trading Pte Ltd',
        status: 'SUSPENDED',
        accountType: 'BUSINESS_USER',
        tier: 'NODE',
        managedBy: 'CUSTOMER',
        countryCode: 'SG',
        profilePictureUrl: null,
        matchedOn: [],
      };
      el.selected = summary;
      await el.updateComplete;
      expect(input(el).value).to.equal('Harbour Trading Pte Ltd');
      expect(part(el, 'selected-status')!.textContent).to.contain('Suspended');
      el.selected = null;
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(part(el, 'selected-status')).to.be.null;
      expect(events).to.equal(0);
      expect(searches(tb.requests)).to.have.length(0);
    });
  });

  describe('states', () => {
    it('is accessible when idle, loading, with results, and empty', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      expect(input(el).getAttribute('role')).to.equal('combobox');
      expect(input(el).getAttribute('aria-controls')).to.equal('listbox');
      expect(part(el, 'listbox')!.getAttribute('role')).to.equal('listbox');
      await expect(el).to.be.accessible();

      tb.backend.faults.setLatency(300);
      await setText(el, 'Acme');
      await waitUntil(() => phase(el) === 'loading', 'loading');
      await expect(el).to.be.accessible();
      await settled(el);
      tb.backend.faults.setLatency(0);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(phase(el)).to.equal('results');
      await expect(el).to.be.accessible();

      await setText(el, 'zz-nothing-zz');
      await settled(el);
      expect(phase(el)).to.equal('empty');
      await expect(el).to.be.accessible();
    });

    it('is accessible while more results load, after a failed "load more", and closed with text', async () => {
      const tb = createTestBackend();
      const el = await render(tb, html`<sh-organization-search debounce="0" limit="3"></sh-organization-search>`);
      el.focus();
      await sendKeys({ type: 'Pte' });
      await settled(el);
      const more = () => el.shadowRoot!.querySelector<HTMLElement>('#option-load-more')!;
      tb.backend.faults.setLatency(300);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => more().getAttribute('aria-disabled') === 'true', 'loading more');
      expect(more().textContent).to.contain('Loading more…');
      expect(live(el)).to.equal('Loading more…');
      await expect(el).to.be.accessible();
      await waitUntil(() => results(el).length === 6, 'second page');
      tb.backend.faults.setLatency(0);
      tb.backend.faults.next(1, { status: 503 });
      // Back to the text, then ↑ to "Load more results" (visual focus had stayed on the first new result).
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input(el).getAttribute('aria-activedescendant')).to.equal('option-load-more');
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () =>
          more().getAttribute('aria-disabled') === 'false' &&
          more().textContent!.includes('Load more results') &&
          more().textContent !== 'Load more results',
        'load more failed',
      );
      expect(results(el), 'the results shown stay').to.have.length(6);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(part(el, 'popup')!.hidden).to.be.true;
      expect(input(el).value).to.equal('Pte');
      await expect(el).to.be.accessible();
    });

    it('shows an error with a retry that works, accessibly', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      tb.backend.faults.next(1, { status: 503 });
      await setText(el, 'CRM-00042');
      await settled(el);
      expect(phase(el)).to.equal('error');
      expect(message(el)).to.contain('Search failed.');
      expect(live(el)).to.equal('Search failed.');
      await expect(el).to.be.accessible();

      part(el, 'retry-button')!.click();
      await settled(el);
      expect(results(el)).to.have.length(1);
    });

    it('shows the error state with a retry after a network failure, and keeps the typed text', async () => {
      const tb = createTestBackend();
      const el = await render(tb);
      tb.backend.faults.next(1, 'network');
      await setText(el, 'CRM-00042');
      await settled(el);
      expect(phase(el)).to.equal('error');
      expect(message(el)).to.contain('Search failed.').and.contain('The server could not be reached.');
      expect(input(el).value).to.equal('CRM-00042');
      expect(searches(tb.requests)).to.have.length(1);
      await expect(el).to.be.accessible();

      part(el, 'retry-button')!.click();
      await settled(el);
      expect(searches(tb.requests)).to.have.length(2);
      expect(lastSearch(tb.requests).get('q')).to.equal('CRM-00042');
      expect(results(el)).to.have.length(1);
      expect(option(el, tb.backend.known.acme)).to.not.equal(null);
      expect(input(el).value).to.equal('CRM-00042');
    });

    it('explains that a client is missing', async () => {
      const el = await fixture<Search>(html`<sh-organization-search debounce="0"></sh-organization-search>`);
      await setText(el, 'Acme');
      await el.updateComplete;
      expect(message(el)).to.contain('No Sales Hub client');
      await expect(el).to.be.accessible();
    });

    it('is accessible with the dark theme tokens and in French', async () => {
      const tb = createTestBackend();
      // The values of themes/dark.css.
      const dark = [
        '--sh-color-text: #e6eaf0',
        '--sh-color-text-muted: #a9b3c1',
        '--sh-color-surface: #161b22',
        '--sh-color-surface-alt: #1f2630',
        '--sh-color-border: #3a4452',
        '--sh-color-primary: #6ea8ff',
        '--sh-color-focus: #6ea8ff',
        '--sh-color-success: #6fd08c',
        '--sh-color-warning: #ffcc66',
        '--sh-color-danger: #ff8a80',
        'background: #161b22',
      ].join(';');
      const wrapper = await fixtureWithClient<HTMLElement>(
        html`<div lang="fr" style=${dark}><sh-organization-search debounce="0"></sh-organization-search></div>`,
        tb.client,
      );
      const el = wrapper.querySelector('sh-organization-search')!;
      await el.updateComplete;
      await setText(el, 'Pte');
      await settled(el);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(part(el, 'label')!.textContent).to.equal('Rechercher des organisations');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  for (const anchors of popupPositioning.anchors ? [true, false] : [false]) {
    describe(`its popup in the top layer (${anchors ? 'CSS anchor positioning' : '@floating-ui/dom'})`, () => {
      const engine = popupPositioning.anchors;
      before(() => {
        popupPositioning.anchors = anchors;
      });
      after(() => {
        popupPositioning.anchors = engine;
      });

      /** The element a person's pointer meets at a point, inside shadow roots. */
      const topmostAt = (x: number, y: number) => {
        let hit = document.elementFromPoint(x, y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        return hit;
      };

      it('shows every result whole and on top from a clipping, transformed header under a higher z-index, as wide as the bar', async () => {
        const tb = createTestBackend();
        const wrap = await fixtureWithClient<HTMLElement>(
          html`<div>
            <header style="position: sticky; top: 0; z-index: 10; overflow: hidden; transform: translateX(0); height: 56px">
              <sh-organization-search debounce="0" hide-label></sh-organization-search>
            </header>
            <div style="position: relative; z-index: 9999; height: 500px; background: rgb(200 0 0)"></div>
          </div>`,
          tb.client,
        );
        const el = wrap.querySelector<Search>('sh-organization-search')!;
        await setText(el, 'Pte');
        await settled(el);
        const popup = part(el, 'popup')!;
        await waitUntil(() => popup.matches(':popover-open') && getComputedStyle(popup).visibility === 'visible');
        await new Promise(requestAnimationFrame);
        expect(popup.dataset['position']).to.equal(anchors ? 'anchor' : 'float');
        const bar = part(el, 'bar')!.getBoundingClientRect();
        const box = popup.getBoundingClientRect();
        expect(box.width, 'as wide as the bar').to.be.closeTo(bar.width, 1);
        expect(box.top, 'under the bar').to.be.closeTo(bar.bottom + 4, 1.5);
        const list = part(el, 'listbox')!.getBoundingClientRect();
        const seen = results(el).filter((o) => o.getBoundingClientRect().bottom <= list.bottom);
        expect(seen.length).to.be.greaterThan(2);
        for (const o of seen) {
          const r = o.getBoundingClientRect();
          const hit = topmostAt(r.left + r.width / 2, r.top + r.height / 2);
          expect(!!hit && o.contains(hit), `${o.textContent} seen on top`).to.be.true;
        }
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(input(el).getAttribute('aria-activedescendant')).to.equal(results(el)[0]!.id);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(popup.matches(':popover-open')).to.be.false;
      });

      it('shows its message (nothing found) in the top layer too', async () => {
        const tb = createTestBackend();
        const el = await render(tb);
        await setText(el, 'zzzzzz-nothing');
        await settled(el);
        const popup = part(el, 'popup')!;
        await waitUntil(() => popup.matches(':popover-open'), 'the message shows');
        expect(message(el)).to.contain('No organizations found');
        const r = part(el, 'message')!.getBoundingClientRect();
        expect(part(el, 'message')!.contains(topmostAt(r.left + r.width / 2, r.top + r.height / 2))).to.be.true;
      });
    });
  }
});
