import { html, nothing, type TemplateResult } from 'lit';
import { MIN_GRANT_MINUTES } from '../../sdk/index.js';
import type { LocalizeController } from '../controllers/localize-controller.js';
import type { MessageKey } from '../translations/localize.js';

/** A duration picker's state: a preset (minutes as text) or 'custom' with what was typed. */
export interface DurationState {
  choice: string;
  custom: string;
}

/** The minutes a picker stands for (NaN when the custom text is not a whole number). */
export function minutesOf(d: DurationState): number {
  if (d.choice !== 'custom') return Number(d.choice);
  const text = d.custom.trim();
  return /^\d+$/.test(text) ? Number(text) : NaN;
}

/** Durations offered as one-click choices (1 h, 4 h, 1 day, 7 days), kept only when the domain allows them. */
const PRESETS = [60, 240, 1440, 10080];

/**
 * The choices to offer for a domain whose grants may last up to `max` minutes: the presets within limits, plus
 * `extra` values (the domain's default, the requested duration) when they are within limits too. Sorted, unique.
 */
export function durationChoices(max: number, ...extra: (number | undefined)[]): number[] {
  const all = [...PRESETS, ...extra.filter((n): n is number => n !== undefined)];
  return [...new Set(all)]
    .filter((n) => Number.isInteger(n) && n >= MIN_GRANT_MINUTES && n <= max)
    .sort((a, b) => a - b);
}

/** "1 hour", "4 hours", "1 day", "90 minutes" in the given language, with the largest whole unit. */
export function formatDuration(minutes: number, lang: string): string {
  const [unit, value] =
    minutes % 1440 === 0
      ? (['day', minutes / 1440] as const)
      : minutes % 60 === 0
        ? (['hour', minutes / 60] as const)
        : (['minute', minutes] as const);
  try {
    return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }
}

export interface DurationPickerView {
  id: string;
  legend: MessageKey;
  value: DurationState;
  choices: number[];
  /** The domain's longest grant, in minutes. */
  max: number;
  invalid: boolean;
  onChange(next: DurationState): void;
}

/** One-click durations and "Custom" (whole minutes within the limits), as a radio group with its message. */
export function durationPicker(localize: LocalizeController, view: DurationPickerView): TemplateResult {
  const { id, value, invalid, max } = view;
  const t = localize.term.bind(localize);
  const duration = (minutes: number) => formatDuration(minutes, localize.lang);
  const range = t('remoteSupportMinutesRange', String(MIN_GRANT_MINUTES), String(max));
  const radio = (choice: string, label: string) =>
    html`<label class="choice"
      ><input type="radio" name=${id} value=${choice} .checked=${value.choice === choice} @change=${() => view.onChange({ ...value, choice })} />${label}</label
    >`;
  return html`<fieldset part="duration">
    <legend>${t(view.legend)}</legend>
    <div class="choices">${view.choices.map((m) => radio(String(m), duration(m)))} ${radio('custom', t('remoteSupportDurationCustom'))}</div>
    ${
      value.choice === 'custom'
        ? html`<div class="field custom">
          <label for="${id}-minutes">${t('remoteSupportMinutesLabel')}</label>
          <input
            id="${id}-minutes"
            type="number"
            inputmode="numeric"
            min=${MIN_GRANT_MINUTES}
            max=${max}
            step="1"
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby="${id}-hint"
            .value=${value.custom}
            @input=${(e: Event) => view.onChange({ ...value, custom: (e.target as HTMLInputElement).value })}
          />
          <div id="${id}-hint" class=${invalid ? 'field-error' : 'hint'}>
            ${invalid ? range : t('remoteSupportMinutesHint', duration(MIN_GRANT_MINUTES), duration(max))}
          </div>
        </div>`
        : invalid
          ? html`<div class="field-error">${range}</div>`
          : nothing
    }
  </fieldset>`;
}
