/**
 * What every section of the Overview is made of: the frame (heading, edit button, and in edit mode a form ending
 * with the section's footer), the label/value rows, and the inputs bound to a section's draft.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { isAssignedCountry, type AllowedActions, type Organization } from '../../sdk/index.js';
import { countryOptions, filterOptions, type ComboboxController } from '../controllers/combobox-controller.js';
import { fieldError } from '../base/field-message.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { SectionEditorController } from '../controllers/section-editor-controller.js';
import type { SectionId } from './overview-drafts.js';

/** What the element gives every section. */
export interface SectionContext {
  localize: LocalizeController;
  org: Organization;
  /** What the signed-in person may do to it (undefined until both are loaded). */
  actions: AllowedActions | undefined;
  /** The section's edit button was pressed. */
  edit(section: SectionId): void;
  /** The section's form was submitted. */
  save(section: SectionId, event: Event): void;
  /** The end of a section in edit mode: what became of the last save, Save and Cancel. */
  footer(section: SectionId, placed: readonly string[]): TemplateResult;
}

export const SECTION_TITLES = {
  information: 'overviewSectionInformation',
  billing: 'overviewSectionBilling',
  'buyer-tags': 'overviewSectionBuyerTags',
} as const;

const editIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 20h9" /><path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" /></svg>`;

/**
 * A section: its heading with the edit button, then `content`; in edit mode `content` is the section's form
 * fields, followed by the footer. `placed`: the pointers the form shows at a field (the footer lists the others).
 */
export function section(
  ctx: SectionContext,
  id: SectionId,
  editing: boolean,
  content: TemplateResult,
  placed: readonly string[] = [],
): TemplateResult {
  const title = ctx.localize.term(SECTION_TITLES[id]);
  const edit = ctx.localize.term('overviewEditSection', title);
  return html`<section part="section section-${id}" class=${editing ? 'editing' : ''} data-section=${id} aria-labelledby="${id}-title">
    <div class="section-header">
      <h3 id="${id}-title">${title}</h3>
      ${ctx.actions?.edit && !editing
        ? html`<button type="button" part="edit-button" aria-label=${edit} title=${edit} @click=${() => ctx.edit(id)}>${editIcon}</button>`
        : nothing}
    </div>
    ${editing ? html`<form novalidate @submit=${(e: Event) => ctx.save(id, e)}>${content}${ctx.footer(id, placed)}</form>` : content}
  </section>`;
}

/** One label and value row; `name` adds its `field-<name>` part. */
export function field(label: string | TemplateResult, value: unknown, name = ''): TemplateResult {
  return html`<div part="field${name ? ` field-${name}` : ''}"><dt>${label}</dt><dd>${value}</dd></div>`;
}

/** A country code as people read it: "SG · Singapore". */
export const countryName = (localize: LocalizeController, code: string): string =>
  localize.term('overviewCodeAndName', code, localize.displayName('region', code));

/** A text input bound to a section draft, with its error message wired up (aria-invalid + aria-describedby). */
export function draftInput<D>(
  editor: SectionEditorController<D>,
  id: string,
  pointer: string,
  value: string,
  apply: (draft: D, value: string) => D,
  type = 'text',
  autocomplete = 'off',
): TemplateResult {
  const error = editor.errorAt(pointer);
  return html`<input
      id=${id}
      part="input"
      type=${type}
      autocomplete=${autocomplete}
      data-pointer=${pointer}
      .value=${live(value)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-error` : nothing}
      @input=${(e: Event) => editor.update(apply(editor.draft as D, (e.target as HTMLInputElement).value), pointer)}
    />${fieldError(id, error)}`;
}

/** The country picker of a section: the kit's combobox over the assigned countries. */
export function countryPicker(
  localize: LocalizeController,
  box: ComboboxController,
  editor: SectionEditorController<{ countryCode: string }>,
  id: string,
  pointer: string,
): TemplateResult {
  const error = editor.errorAt(pointer);
  const value = editor.draft?.countryCode ?? '';
  return html`${box.render({
      id,
      listLabel: localize.term('overviewFieldCountry'),
      value,
      valueLabel: isAssignedCountry(value) ? localize.displayName('region', value) : value,
      options: filterOptions(countryOptions(localize), box.query),
      emptyLabel: localize.term('createNoMatch'),
      placeholder: localize.term('overviewChooseCountry'),
      invalid: !!error,
      describedBy: error ? `${id}-error` : undefined,
    })}${fieldError(id, error)}`;
}
