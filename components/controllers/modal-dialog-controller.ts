import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element that has focus, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Opens native `<dialog>`s modally (focus trap, Escape, inert page) and gives focus back when one closes: to the
 * control that opened it, or, when that control is gone (the action changed what is offered), to `fallback()`.
 * Wire `onClose` to the dialog's `close` event.
 */
export class ModalDialogController implements ReactiveController {
  private trigger: HTMLElement | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly fallback: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.trigger = null;
  }

  /** Opens `dialog` modally; `trigger` defaults to whatever has focus now. */
  open(dialog: HTMLDialogElement | null | undefined, trigger: HTMLElement | null = deepActiveElement()): void {
    if (!dialog || dialog.open) return;
    this.trigger = trigger;
    dialog.showModal();
  }

  close(dialog: HTMLDialogElement | null | undefined): void {
    if (dialog?.open) dialog.close();
  }

  /** The dialog's `close` listener: return focus where it came from. */
  readonly onClose = (): void => {
    const trigger = this.trigger;
    this.trigger = null;
    // After the host's next render the trigger may have been removed or disabled.
    queueMicrotask(() => {
      const target = trigger?.isConnected && !trigger.matches(':disabled') ? trigger : this.fallback();
      target?.focus();
    });
  };
}
