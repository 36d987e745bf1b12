import { css } from 'lit';

/**
 * How popups are placed. Where the engine has CSS anchor positioning, CSS places them (nothing is loaded); elsewhere
 * `@floating-ui/dom` is loaded on the first open. Tests set `anchors` to false to try the fallback in an engine that
 * has both.
 */
export const popupPositioning = {
  anchors: typeof CSS !== 'undefined' && CSS.supports('anchor-name: --a'),
};

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;

let instances = 0;

/**
 * A popup shown in the top layer (Popover API, `popover="manual"`), so that no ancestor's overflow, transform,
 * `contain` or z-index clips or covers it, placed under its anchor (above it when there is no room below), as wide
 * as the anchor at least. It follows the anchor on scroll and resize, and `onOutOfView` is called when the anchor
 * leaves the viewport or its scrolling box, or a scroll puts it under something else (a page's sticky header).
 *
 * Anchor names are tree-scoped: the anchor and the popup must be in the same shadow root. Each instance has its
 * own name, so any number of popups live in one root.
 */
/**
 * The element a pointer meets at a point: the document's, then inside each shadow root it lands on. Asking the
 * anchor's own shadow root is not enough: Firefox's `ShadowRoot.elementFromPoint` answers from that tree alone, as if
 * nothing of the page (a sticky header) covered its host.
 */
function topmostAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

export class AnchoredPopup {
  private readonly name = `--sh-popup-${++instances}`;
  private anchor: HTMLElement | null = null;
  private popup: HTMLElement | null = null;
  private observer: IntersectionObserver | undefined;
  private stopFollowing: (() => void) | undefined;
  private frame = 0;

  constructor(private readonly onOutOfView: () => void) {}

  /** Shows `popup` anchored to `anchor` when `open`, else hides it. Call after each render. */
  sync(anchor: HTMLElement | null, popup: HTMLElement | null, open: boolean): void {
    // Without the Popover API (before Chromium 114, Firefox 125, Safari 17) the popup shows in the page's flow.
    if (popup && !popup.showPopover) return;
    if (!anchor || !popup || !open || !popup.isConnected) {
      this.stop();
      return;
    }
    if (anchor !== this.anchor || popup !== this.popup) this.stop();
    if (this.popup && isOpen(popup)) return;
    this.anchor = anchor;
    this.popup = popup;
    const anchors = popupPositioning.anchors;
    popup.dataset['position'] = anchors ? 'anchor' : 'float';
    if (anchors) {
      anchor.style.setProperty('anchor-name', this.name);
      popup.style.setProperty('position-anchor', this.name);
    } else {
      // Out of sight until the first placement, so it never flashes at the viewport's corner.
      popup.style.visibility = 'hidden';
      void this.follow(anchor, popup);
    }
    if (!isOpen(popup)) popup.showPopover();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => !e.isIntersecting) && this.popup) this.onOutOfView();
    });
    this.observer.observe(anchor);
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** After a scroll (once a frame): the anchor gone under something else, such as a sticky header, is out of view. */
  private readonly onScroll = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      const anchor = this.anchor;
      if (!anchor) return;
      const r = anchor.getBoundingClientRect();
      if (!anchor.contains(topmostAt(r.left + r.width / 2, r.top + r.height / 2))) this.onOutOfView();
    });
  };

  /** Hides the popup and stops following its anchor. */
  stop(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    this.observer?.disconnect();
    this.observer = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    const { popup, anchor } = this;
    this.popup = this.anchor = null;
    if (popup && isOpen(popup)) popup.hidePopover();
    anchor?.style.removeProperty('anchor-name');
  }

  /** The fallback: `@floating-ui/dom` places the popup and follows the anchor (scroll, resize, layout). */
  private async follow(anchor: HTMLElement, popup: HTMLElement): Promise<void> {
    const { autoUpdate, computePosition, flip, offset, shift, size } = await (floatingUi ??= import(
      '@floating-ui/dom'
    ));
    if (this.popup !== popup || this.anchor !== anchor) return;
    const place = () =>
      computePosition(anchor, popup, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(4),
          flip({ padding: 8 }),
          size({
            apply: ({ rects, elements }) =>
              elements.floating.style.setProperty('--_anchor-width', `${rects.reference.width}px`),
          }),
          shift({ padding: 8 }),
        ],
      }).then(({ x, y }) => {
        if (this.popup !== popup) return;
        Object.assign(popup.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
      });
    this.stopFollowing = autoUpdate(anchor, popup, place);
  }
}

const isOpen = (popup: HTMLElement) => popup.matches(':popover-open');

/**
 * The popup's placement; each host adds its own look (background, border, shadow, height). Under its anchor, at
 * least as wide; flipped above when there is no room below (and to end at the anchor's far edge when a popup wider
 * than its anchor has no room on that side); hidden while the anchor is out of sight.
 */
export const anchoredPopupStyles = css`
  [data-position] {
    margin: 0;
    inset: auto;
    box-sizing: border-box;
  }
  [data-position='anchor'] {
    top: anchor(bottom);
    left: anchor(left);
    margin-block: 4px;
    min-width: anchor-size(width);
    position-try-fallbacks: flip-block, flip-inline, flip-block flip-inline;
    position-visibility: anchors-visible;
  }
  [data-position='float'] {
    min-width: var(--_anchor-width, 0);
  }
`;
