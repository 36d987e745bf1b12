import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange, translate, type MessageKey, type Messages } from '../translations/localize.js';

type Args<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : [];

/** Translates through the catalogue in the host's language, and re-renders the host when it changes. */
export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLanguageChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The nearest `lang`, as the platform resolves it, else English. */
  get lang(): string {
    const el = this.host.closest('[lang]');
    return (el?.getAttribute('lang') || document.documentElement.lang || 'en').trim() || 'en';
  }

  term<K extends MessageKey>(key: K, ...args: Args<K>): string {
    return translate(this.lang, key, ...args);
  }

  date(
    value: string | Date,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  ): string {
    return new Intl.DateTimeFormat(this.lang, options).format(typeof value === 'string' ? new Date(value) : value);
  }

  /** Localized region or currency name, falling back to the code itself. */
  displayName(type: 'region' | 'currency', code: string): string {
    try {
      return new Intl.DisplayNames([this.lang], { type, fallback: 'code' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}
