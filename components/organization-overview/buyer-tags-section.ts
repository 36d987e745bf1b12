/**
 * The Buyer Tags section of the Overview: the organization's tags as chips, edited with the kit's tag editor
 * (the same one as the create form; its limits come from the SDK and the domain's capabilities).
 */
import { html, type TemplateResult } from 'lit';
import type { DomainCapabilities } from '../../sdk/index.js';
import { NEW_TAG_KEY, NEW_TAG_VALUE, tagEditor } from '../tag-editor/tag-editor-template.js';
import { section, type SectionContext } from './overview-section.js';

export interface BuyerTagsView {
  capabilities: DomainCapabilities | undefined;
  /** Says something in the polite live region (a tag added or removed). */
  announce(message: string): void;
  /** Resolves once the element rendered (to move focus after a change). */
  rendered(): Promise<unknown>;
}

export function buyerTagsSection(ctx: SectionContext, view: BuyerTagsView): TemplateResult {
  const { localize, org } = ctx;
  const e = ctx.editors['buyer-tags'];
  const draft = e.editing ? e.draft : undefined;
  if (draft) {
    const placed = [
      '/buyerTags',
      NEW_TAG_KEY,
      NEW_TAG_VALUE,
      ...draft.tags.flatMap((_, i) => [`/buyerTags/${i}/key`, `/buyerTags/${i}/value`]),
    ];
    const form = tagEditor(localize, {
      draft,
      capabilities: view.capabilities,
      errorAt: (pointer) => e.errorAt(pointer),
      onChange: (next, ...pointers) => e.update(next, ...pointers),
      onAnnounce: view.announce,
      rendered: view.rendered,
    });
    return section(ctx, 'buyer-tags', true, form, placed);
  }
  const tags = org.buyerTags.length
    ? html`<ul part="tags" aria-label=${localize.term('overviewBuyerTagsList')}>
        ${org.buyerTags.map((tag) => html`<li part="tag" class="view"><span class="tag-key">${tag.key}:</span> ${tag.value}</li>`)}
      </ul>`
    : html`<p class="muted">${localize.term('overviewBuyerTagsNone')}</p>`;
  return section(ctx, 'buyer-tags', false, tags);
}
