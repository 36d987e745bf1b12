import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ActionController, type ActionResult } from './action-controller.js';

type Action = 'save' | 'suspend' | 'search';

/** A host that renders what the controller says, as a widget does. */
class ActionHost extends LitElement {
  readonly action = new ActionController<Action>(this, { modes: { search: 'replace' } });

  override render() {
    return html`<p>${this.action.pending ?? 'idle'}</p>`;
  }
}
customElements.define('test-action-host', ActionHost);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A promise with its resolve and reject, and the signal the controller passed. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const seen: { signal?: AbortSignal } = {};
  const work = (signal: AbortSignal) => {
    seen.signal = signal;
    return promise;
  };
  return { promise, resolve, reject, work, seen };
}

const shown = (el: ActionHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('ActionController', () => {
  let el: ActionHost;
  beforeEach(async () => {
    el = await fixture<ActionHost>(html`<test-action-host></test-action-host>`);
  });

  it('passes an AbortSignal, names the action while it runs, and resolves done with its value', async () => {
    const d = deferred<number>();
    const run = el.action.run('save', d.work);
    await el.updateComplete;
    expect(d.seen.signal).to.be.instanceOf(AbortSignal);
    expect(d.seen.signal!.aborted).to.equal(false);
    expect(el.action.pending).to.equal('save');
    expect(el.action.busy).to.equal(true);
    expect(shown(el)).to.equal('save');
    d.resolve(42);
    expect(await run).to.deep.equal({ status: 'done', value: 42 });
    await el.updateComplete;
    expect(el.action.pending).to.equal(null);
    expect(shown(el)).to.equal('idle');
  });

  it('refuses a second run of an exclusive action while one is in flight, and never cuts off the first', async () => {
    const first = deferred<string>();
    const running = el.action.run('suspend', first.work);
    let called = false;
    const second = await el.action.run('suspend', async () => {
      called = true;
      return 'second';
    });
    expect(second).to.deep.equal({ status: 'refused' });
    expect(called).to.equal(false);
    expect(first.seen.signal!.aborted).to.equal(false);
    first.resolve('first');
    expect(await running).to.deep.equal({ status: 'done', value: 'first' });
  });

  it('lets a newer run of a replacing action abort the one in flight, whose outcome is dropped', async () => {
    const older = deferred<string>();
    const newer = deferred<string>();
    const olderRun = el.action.run('search', older.work);
    const newerRun = el.action.run('search', newer.work);
    expect(older.seen.signal!.aborted).to.equal(true);
    // Even an answer that arrives anyway is not taken.
    older.resolve('stale');
    expect(await olderRun).to.deep.equal({ status: 'aborted' });
    expect(el.action.pending, 'the newer run is still pending').to.equal('search');
    newer.resolve('fresh');
    expect(await newerRun).to.deep.equal({ status: 'done', value: 'fresh' });
  });

  it('refuses any other action while one is in flight, whatever its mode', async () => {
    const save = deferred<void>();
    const running = el.action.run('save', save.work);
    expect(await el.action.run('search', async () => 'x')).to.deep.equal({ status: 'refused' });
    save.resolve();
    await running;
  });

  it('keeps the last failure for rendering until the next run or clearError()', async () => {
    const boom = new Error('boom');
    const result = await el.action.run('save', () => Promise.reject(boom));
    expect(result).to.deep.equal({ status: 'failed', error: boom });
    expect(el.action.error).to.equal(boom);
    expect(el.action.failedAction).to.equal('save');
    const d = deferred<number>();
    const next = el.action.run('suspend', d.work);
    expect(el.action.error, 'a new run starts clean').to.equal(undefined);
    d.reject(boom);
    await next;
    expect(el.action.failedAction).to.equal('suspend');
    el.action.clearError();
    expect(el.action.error).to.equal(undefined);
    expect(el.action.failedAction).to.equal(null);
  });

  it('aborts the run in flight when the host is disconnected, without reporting a failure', async () => {
    const d = deferred<number>();
    const run = el.action.run('save', (signal) => {
      signal.addEventListener('abort', () => d.reject(new DOMException('Aborted', 'AbortError')));
      return d.work(signal);
    });
    el.remove();
    expect(d.seen.signal!.aborted).to.equal(true);
    expect(await run).to.deep.equal({ status: 'aborted' });
    expect(el.action.error).to.equal(undefined);
  });

  it('reads an AbortError from the work as aborted, not as a failure', async () => {
    const result = await el.action.run('save', () => Promise.reject(new DOMException('Aborted', 'AbortError')));
    expect(result.status).to.equal('aborted');
    expect(el.action.error).to.equal(undefined);
  });

  it('reset() aborts the run in flight and drops its outcome, and a new run may start at once', async () => {
    const d = deferred<number>();
    const run = el.action.run('save', d.work);
    el.action.reset();
    expect(d.seen.signal!.aborted).to.equal(true);
    expect(el.action.busy).to.equal(false);
    const next = await el.action.run('save', async () => 2);
    expect(next).to.deep.equal({ status: 'done', value: 2 });
    d.resolve(1);
    expect(await run).to.deep.equal({ status: 'aborted' });
  });

  describe('runKeyed: one idempotency key per distinct input', () => {
    async function keyOf(input: unknown, outcome: 'fail' | 'succeed', action: Action = 'save'): Promise<string> {
      let key = '';
      const result: ActionResult<void> = await el.action.runKeyed(action, input, async (idempotencyKey) => {
        key = idempotencyKey;
        if (outcome === 'fail') throw new Error('lost');
      });
      expect(result.status).to.equal(outcome === 'fail' ? 'failed' : 'done');
      return key;
    }

    it('sends the same key again for the same input after a failure, whatever the order of its fields', async () => {
      const first = await keyOf({ name: 'Acme', tags: ['a', 'b'] }, 'fail');
      expect(first).to.match(UUID_V4);
      expect(await keyOf({ tags: ['a', 'b'], name: 'Acme' }, 'fail')).to.equal(first);
      expect(await keyOf({ name: 'Acme', tags: ['a', 'b'] }, 'succeed')).to.equal(first);
    });

    it('starts a new key when the input changes, after a success, after reset(), and per action', async () => {
      const first = await keyOf({ name: 'Acme' }, 'fail');
      const changed = await keyOf({ name: 'Acme Ltd' }, 'fail');
      expect(changed).to.not.equal(first);
      expect(await keyOf({ name: 'Acme' }, 'fail'), 'back to the first input: a new attempt').to.not.equal(first);
      const saved = await keyOf({ name: 'Acme' }, 'succeed');
      expect(await keyOf({ name: 'Acme' }, 'fail'), 'a deliberate second submission').to.not.equal(saved);
      const beforeReset = await keyOf({ name: 'Acme' }, 'fail');
      el.action.reset();
      expect(await keyOf({ name: 'Acme' }, 'fail')).to.not.equal(beforeReset);
      expect(await keyOf({ name: 'Acme' }, 'fail', 'suspend')).to.not.equal(el.action.keyFor('save', { name: 'Acme' }));
    });

    it('keeps the key of a refused run untouched', async () => {
      const key = await keyOf({ name: 'Acme' }, 'fail');
      const d = deferred<void>();
      const running = el.action.run('suspend', d.work);
      expect(await el.action.runKeyed('save', { name: 'Acme' }, async () => undefined)).to.deep.equal({
        status: 'refused',
      });
      d.resolve();
      await running;
      expect(await keyOf({ name: 'Acme' }, 'succeed')).to.equal(key);
    });
  });
});
