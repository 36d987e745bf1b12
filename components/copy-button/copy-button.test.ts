import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../test/setup.js';
import './copy-button.js';
import type { ShCopyButton } from './copy-button.js';

/** Replaces navigator.clipboard for one test; returns what was written and a restore function. */
function stubClipboard(writeText: (value: string) => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
    if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
  };
}

const part = (el: ShCopyButton, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part=${name}]`)!;

describe('sh-copy-button', () => {
  it('copies its value and says so, politely, with the name it was given', async () => {
    let copied = '';
    const restore = stubClipboard(async (value) => void (copied = value));
    try {
      const el = await fixture<ShCopyButton>(
        html`<sh-copy-button value="3f0c2a9e" label="Copy UUID"></sh-copy-button>`,
      );
      expect(part(el, 'button').getAttribute('aria-label')).to.equal('Copy UUID');
      await expect(el).to.be.accessible();
      part(el, 'button').click();
      await waitUntil(() => part(el, 'feedback').textContent === 'Copied', 'Copied shown');
      expect(copied).to.equal('3f0c2a9e');
      expect(part(el, 'feedback').getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('copies through a selection when the clipboard is refused, and says when even that fails', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    const execCommand = document.execCommand;
    let selected = '';
    document.execCommand = () => {
      selected = String(document.getSelection()) || (el.shadowRoot!.querySelector('textarea')?.value ?? '');
      return false;
    };
    const el = await fixture<ShCopyButton>(html`<sh-copy-button value="CT-2024-0117"></sh-copy-button>`);
    try {
      part(el, 'button').click();
      await waitUntil(() => part(el, 'feedback').textContent !== '', 'feedback shown');
      expect(selected).to.equal('CT-2024-0117');
      expect(part(el, 'feedback').textContent).to.equal('Could not copy. Select the text and copy it by hand.');
      expect(el.shadowRoot!.querySelector('textarea'), 'the helper selection is gone').to.equal(null);
    } finally {
      document.execCommand = execCommand;
      restore();
    }
  });
});
