// @ts-check
/**
 * The in-page half of the driver: finds elements the way a person (and assistive technology) names them, through
 * open shadow roots, and reports what a pointer would hit. `inPage` is serialised into the page for every call (the
 * three engines evaluate the same source), so it must be self-contained and return JSON-serialisable values.
 *
 * A query is a chain of steps, each narrowing the elements of the step before to their descendants (the DOM tree
 * with shadow roots entered, as Playwright's locators do: slotted children belong to their light-DOM parent):
 * - `{ css }`: matches a CSS selector;
 * - `{ role, name?, exact? }`: the ARIA role (explicit or implicit) and accessible name;
 * - `{ text, exact? }`: the innermost elements whose text matches;
 * - `{ label, exact? }`: form controls whose label (or aria-label) matches;
 * - `{ hasText }`: keeps the elements of the step before whose text matches (a filter, not a descent);
 * - `{ nth }`: keeps one element of the step before.
 * A string matcher is whitespace-normalised; not exact, it is a case-insensitive substring. A RegExp is sent as
 * `{ re, flags }`.
 */

/**
 * @typedef {string | { re: string, flags: string }} Matcher
 * @typedef {{ css: string } | { role: string, name?: Matcher, exact?: boolean, checked?: boolean, level?: number }
 *   | { text: Matcher, exact?: boolean } | { label: Matcher, exact?: boolean } | { hasText: Matcher }
 *   | { nth: number }} Step
 * @typedef {{ op: string, steps: Step[], arg?: unknown }} Call
 */

/**
 * Runs one operation on the elements a query finds. Serialised into the page: no closures over module scope.
 * @param {Call} call
 */
export function inPage(call) {
  const norm = (/** @type {string | null | undefined} */ s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (/** @type {Matcher} */ m, /** @type {string} */ value, /** @type {boolean | undefined} */ exact) => {
    const v = norm(value);
    if (typeof m !== 'string') return new RegExp(m.re, m.flags).test(v);
    return exact ? v === norm(m) : v.toLowerCase().includes(norm(m).toLowerCase());
  };
  /** Element and shadow-root children, the way Playwright's locators descend. */
  const children = (/** @type {Element | Document | ShadowRoot} */ node) => {
    const out = [...node.children];
    if (node instanceof Element && node.shadowRoot) out.unshift(...node.shadowRoot.children);
    return out;
  };
  const descendants = (/** @type {Element | Document} */ node) => {
    /** @type {Element[]} */
    const out = [];
    const walk = (/** @type {Element | Document | ShadowRoot} */ n) => {
      for (const c of children(n)) {
        out.push(c);
        walk(c);
      }
    };
    walk(node);
    return out;
  };
  const hiddenTags = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
  /** Rendered text in the flat tree (shadow content and slotted nodes where they show). */
  const textOf = (/** @type {Node} */ node) => {
    /** @type {string[]} */
    const parts = [];
    const walk = (/** @type {Node} */ n) => {
      if (n.nodeType === Node.TEXT_NODE) {
        parts.push(n.textContent ?? '');
        return;
      }
      if (!(n instanceof Element) && !(n instanceof DocumentFragment)) return;
      if (n instanceof Element) {
        if (hiddenTags.has(n.tagName)) return;
        if (n instanceof HTMLElement && n.hidden) return;
        if (n instanceof HTMLSlotElement) {
          const assigned = n.assignedNodes({ flatten: true });
          for (const a of assigned.length ? assigned : n.childNodes) walk(a);
          return;
        }
        if (n.shadowRoot) {
          for (const c of n.shadowRoot.childNodes) walk(c);
          return;
        }
        if (n instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(n.type)) parts.push(n.value);
      }
      for (const c of n.childNodes) walk(c);
    };
    walk(node);
    return norm(parts.join(''));
  };
  const visible = (/** @type {Element} */ el) => {
    if (!el.isConnected) return false;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) return true;
    // display: contents and zero-size wrappers: visible when something inside is.
    return getComputedStyle(el).display === 'contents' && [...el.children].some(visible);
  };
  const ariaHidden = (/** @type {Element} */ el) => {
    /** @type {Node | null} */
    let n = el;
    while (n) {
      if (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('inert'))) return true;
      n = n instanceof ShadowRoot ? n.host : (n.parentNode ?? null);
    }
    return false;
  };
  const implicitRole = (/** @type {Element} */ el) => {
    const tag = el.tagName.toLowerCase();
    if (el instanceof HTMLInputElement) {
      const type = el.type;
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (type === 'number') return 'spinbutton';
      if (type === 'hidden') return '';
      if (type === 'search') return el.hasAttribute('list') ? 'combobox' : 'searchbox';
      return el.hasAttribute('list') ? 'combobox' : 'textbox';
    }
    if (el instanceof HTMLSelectElement) return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    switch (tag) {
      case 'button':
        return 'button';
      case 'a':
        return el.hasAttribute('href') ? 'link' : '';
      case 'textarea':
        return 'textbox';
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return 'heading';
      case 'dialog':
        return 'dialog';
      case 'option':
        return 'option';
      case 'ul':
      case 'ol':
        return 'list';
      case 'li':
        return 'listitem';
      case 'fieldset':
      case 'details':
        return 'group';
      case 'summary':
        return 'button';
      case 'nav':
        return 'navigation';
      case 'aside':
        return 'complementary';
      case 'main':
        return 'main';
      case 'output':
        return 'status';
      case 'img':
        return 'img';
      case 'table':
        return 'table';
      case 'section':
        return name(el) ? 'region' : '';
      case 'form':
        return name(el) ? 'form' : '';
      default:
        return '';
    }
  };
  const roleOf = (/** @type {Element} */ el) =>
    (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] || implicitRole(el);
  const fromContent = new Set([
    'button',
    'link',
    'heading',
    'option',
    'tab',
    'radio',
    'checkbox',
    'switch',
    'menuitem',
    'menuitemradio',
    'menuitemcheckbox',
    'cell',
    'columnheader',
    'rowheader',
    'row',
    'treeitem',
    'tooltip',
  ]);
  /** The accessible name, close enough to the spec for the kit's markup. */
  const name = (/** @type {Element} */ el) => {
    const root = /** @type {Document | ShadowRoot} */ (el.getRootNode());
    const labelledby = el.getAttribute('aria-labelledby');
    if (labelledby) {
      const text = labelledby
        .split(/\s+/)
        .map((id) => root.getElementById?.(id) ?? null)
        .filter((n) => n !== null)
        .map((n) => n.getAttribute('aria-label') || textOf(n))
        .join(' ');
      if (norm(text)) return norm(text);
    }
    const label = el.getAttribute('aria-label');
    if (norm(label)) return norm(label);
    const labels = /** @type {any} */ (el).labels;
    if (labels?.length) return norm([...labels].map((l) => textOf(l)).join(' '));
    if (el instanceof HTMLFieldSetElement) {
      const legend = el.querySelector(':scope > legend');
      if (legend) return textOf(legend);
    }
    if (el instanceof HTMLImageElement) return norm(el.alt);
    const explicit = (el.getAttribute('role') ?? '').trim().split(/\s+/)[0];
    const r = explicit || (el.tagName === 'SECTION' || el.tagName === 'FORM' ? '' : implicitRole(el));
    if (fromContent.has(r)) return textOf(el);
    if (el instanceof HTMLInputElement && el.placeholder) return norm(el.placeholder);
    return norm(el.getAttribute('title'));
  };
  const labelOf = (/** @type {Element} */ el) => {
    const labels = /** @type {any} */ (el).labels;
    const fromLabels = labels?.length ? norm([...labels].map((l) => textOf(l)).join(' ')) : '';
    return [fromLabels, norm(el.getAttribute('aria-label'))].filter(Boolean);
  };
  const checkedOf = (/** @type {Element} */ el) =>
    el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';

  /** @type {Element[]} */
  let found = [document.documentElement];
  let first = true;
  for (const step of call.steps) {
    if ('nth' in step) {
      const i = step.nth < 0 ? found.length + step.nth : step.nth;
      found = found[i] ? [found[i]] : [];
      continue;
    }
    if ('hasText' in step) {
      found = found.filter((el) => matches(step.hasText, textOf(el), false));
      continue;
    }
    /** @type {Set<Element>} */
    const pool = new Set();
    for (const scope of found) {
      // The text engine, like Playwright's, may match the scope itself (a badge whose whole text is the word).
      if ((first && scope === document.documentElement) || 'text' in step) pool.add(scope);
      for (const d of descendants(scope)) pool.add(d);
    }
    first = false;
    let list = [...pool];
    if ('css' in step) list = list.filter((el) => el.matches(step.css));
    else if ('role' in step) {
      list = list.filter(
        (el) =>
          roleOf(el) === step.role &&
          visible(el) &&
          !ariaHidden(el) &&
          (step.name === undefined || matches(step.name, name(el), step.exact)) &&
          (step.checked === undefined || checkedOf(el) === step.checked) &&
          (step.level === undefined || Number(el.getAttribute('aria-level') ?? el.tagName.slice(1)) === step.level),
      );
    } else if ('label' in step) {
      list = list.filter(
        (el) => !ariaHidden(el) && labelOf(el).some((l) => matches(step.label, l, step.exact)) && visible(el),
      );
    } else if ('text' in step) {
      const hits = list.filter((el) => !hiddenTags.has(el.tagName) && matches(step.text, textOf(el), step.exact));
      const hitSet = new Set(hits);
      // The innermost: an element whose child (light or shadow) also matches gives way to it.
      list = hits.filter((el) => !children(el).some((c) => hitSet.has(c)) && visible(el));
    }
    found = list;
  }

  const one = () => {
    if (found.length === 0) throw new Error('no element matches');
    return found[0];
  };
  /** The deepest element under a viewport point, through shadow roots. */
  const hitAt = (/** @type {number} */ x, /** @type {number} */ y) => {
    /** @type {Document | ShadowRoot} */
    let root = document;
    let hit = root.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      root = hit.shadowRoot;
      hit = inner;
    }
    return hit;
  };
  /** Whether `inner` is `outer` or inside it in the composed tree (slots and shadow roots crossed). */
  const within = (/** @type {Node | null} */ inner, /** @type {Element} */ outer) => {
    let n = inner;
    while (n) {
      if (n === outer) return true;
      n = n instanceof ShadowRoot ? n.host : n instanceof Element && n.assignedSlot ? n.assignedSlot : n.parentNode;
    }
    return false;
  };
  const describe = (/** @type {Element | null} */ el) =>
    el ? `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${textOf(el).slice(0, 60)}"` : 'nothing';

  /** The press point of `el`, once its box is `a` still; and a listener that tells where the press landed. */
  const settled = (/** @type {Element} */ el, /** @type {DOMRect} */ a) => {
    const r = el.getBoundingClientRect();
    if (!el.isConnected || r.x !== a.x || r.y !== a.y || r.width !== a.width || r.height !== a.height)
      return { ok: false, why: `${describe(el)} is moving` };
    const x = Math.round(r.x + r.width / 2);
    const y = Math.round(r.y + r.height / 2);
    const hit = hitAt(x, y);
    if (!within(hit, el)) return { ok: false, why: `${describe(hit)} is on top of ${describe(el)}`, x, y };
    // Where the coming press lands (its mousedown): on this element still named as now, or not (the page changed
    // under the pointer: a re-render gave the node another name, or something else came on top). For a control
    // that a click activates, its click must reach it too (mousedown and mouseup on one element).
    const w = /** @type {any} */ (window);
    const meant = name(el) || textOf(el);
    const activates = ['button', 'link', 'radio', 'checkbox', 'option', 'tab', 'switch', 'menuitem'].includes(
      roleOf(el),
    );
    const judge = (/** @type {Event} */ e) => {
      const path = e.composedPath().filter((n) => n instanceof Element);
      const now = name(el) || textOf(el);
      // The node itself, still named as meant; or, when a re-render replaced it, its successor (the same id, or the
      // same name); or nothing left to judge: the press's own mousedown acted (a listbox option picks, then goes).
      if (path.includes(el)) return now === meant ? 'ok' : `it landed on the same node, renamed "${now}" by then`;
      if (!el.isConnected || path.some((n) => (el.id && n.id === el.id) || (name(n) || textOf(n)) === meant))
        return 'ok';
      return `${e.type} landed on ${describe(path[0] ?? null)}, not on ${describe(el)}`;
    };
    if (w.__e2eLandedListeners) for (const [type, fn] of w.__e2eLandedListeners) removeEventListener(type, fn, true);
    w.__e2eLanded = null;
    const onDown = (/** @type {MouseEvent} */ e) => {
      if (!e.isTrusted) return;
      removeEventListener('mousedown', onDown, true);
      w.__e2eLanded = judge(e);
      if (w.__e2eLanded === 'ok' && activates) w.__e2eLanded = 'pressed';
    };
    const onClick = (/** @type {MouseEvent} */ e) => {
      if (!e.isTrusted) return;
      removeEventListener('click', onClick, true);
      if (w.__e2eLanded !== 'pressed') return;
      const verdict = judge(e);
      w.__e2eLanded = verdict === 'ok' ? 'ok' : `the press began on it, but ${verdict}`;
    };
    w.__e2eLandedListeners = [
      ['mousedown', onDown],
      ['click', onClick],
    ];
    addEventListener('mousedown', onDown, true);
    addEventListener('click', onClick, true);
    return { ok: true, x, y, box: { x: r.x, y: r.y, width: r.width, height: r.height }, meant };
  };

  switch (call.op) {
    case 'elements':
      return found;
    case 'count':
      return found.length;
    case 'state': {
      const el = found[0];
      if (!el) return { attached: false, visible: false };
      return { attached: true, visible: visible(el) };
    }
    case 'visible':
      return found.length > 0 && visible(found[0]);
    case 'text':
      return textOf(one());
    case 'texts':
      return found.map((el) => textOf(el));
    case 'value':
      return /** @type {HTMLInputElement} */ (one()).value;
    case 'checked':
      return checkedOf(one());
    case 'enabled': {
      const el = one();
      let n = /** @type {Node | null} */ (el);
      while (n) {
        if (n instanceof Element && n.getAttribute('aria-disabled') === 'true') return false;
        n = n instanceof ShadowRoot ? n.host : n.parentNode;
      }
      return !el.matches(':disabled');
    }
    case 'attribute':
      return one().getAttribute(/** @type {string} */ (call.arg));
    case 'box': {
      const el = found[0];
      if (!el || !visible(el)) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    case 'point': {
      // Where a person would press: scrolled into view, the centre if it is on top there.
      const el = one();
      if (!visible(el)) return { ok: false, why: `${describe(el)} is not visible` };
      const before = el.getBoundingClientRect();
      if (before.top < 0 || before.left < 0 || before.bottom > innerHeight || before.right > innerWidth) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      }
      // Still, as Playwright judges it: the same box over two animation frames.
      // (A page that renders no frames, e.g. hidden, is measured 100 ms apart instead.)
      return new Promise((done) => {
        const a = el.getBoundingClientRect();
        const timer = setTimeout(() => done(settled(el, a)), 100);
        requestAnimationFrame(() => {
          const b = el.getBoundingClientRect();
          requestAnimationFrame(() => {
            clearTimeout(timer);
            done(settled(el, b));
          });
        });
      });
    }
    case 'focus':
      /** @type {HTMLElement} */ (one()).focus();
      return true;
    case 'select': {
      const el = one();
      if (!(el instanceof HTMLSelectElement)) throw new Error(`${describe(el)} is not a <select>`);
      const want = /** @type {{ value?: string, label?: string, index?: number }} */ (call.arg);
      const options = [...el.options];
      const option =
        want.index !== undefined
          ? options[want.index]
          : options.find((o) =>
              want.label !== undefined ? norm(o.label) === norm(want.label) : o.value === want.value,
            );
      if (!option) throw new Error(`${describe(el)} has no option ${JSON.stringify(want)}`);
      el.value = option.value;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return option.value;
    }
    case 'describe':
      return found.map(describe).join(', ');
    case 'focused': {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el ? { name: name(el) || labelOf(el)[0] || textOf(el), matches: found.includes(el) } : null;
    }
    default:
      throw new Error(`unknown op ${call.op}`);
  }
}
