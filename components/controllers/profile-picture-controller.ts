import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  changedOnlyBy,
  isApiError,
  isConflictError,
  MAX_PROFILE_PICTURE_BYTES,
  PROFILE_PICTURE_TYPES,
  validateProfilePicture,
  type Organization,
  type SalesHubClient,
} from '../../sdk/index.js';
import { changeErrorText, errorText, mayHaveBeenApplied } from '../base/error-text.js';
import { ActionController, type ActionResult } from './action-controller.js';
import type { LocalizeController } from './localize-controller.js';

export interface ProfilePictureOptions {
  client(): SalesHubClient | undefined;
  /** The organization whose picture is shown (the latest copy). */
  organization(): Organization | undefined;
  /** The organization as the server has it now (to recognise an upload whose answer was lost). */
  fetchFresh(): Promise<Organization>;
  /** A change was saved: the new organization, and what to announce. */
  onSaved(org: Organization, announcement: string): void;
  onError(error: unknown): void;
}

/**
 * The profile picture of an organization and its upload / replace / remove actions. A file is checked with the
 * SDK's `validateProfilePicture` (types and size limit from the SDK) before anything is sent, previewed while it
 * uploads, and a failure is explained at the buttons. The picture falls back to the initials when it cannot load.
 */
export class ProfilePictureController implements ReactiveController {
  private readonly action: ActionController<'upload' | 'remove'>;
  /** Why the chosen file was refused before upload. */
  private problem = '';
  /** A local preview of the picture being uploaded. */
  private preview = '';
  private broken = false;
  /** The picture whose upload failed, for "Try again"; `maybeOn` is the version it was sent against when its answer was lost. */
  private failed: { file: File; maybeOn: number | undefined } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController,
    private readonly options: ProfilePictureOptions,
  ) {
    host.addController(this);
    this.action = new ActionController(host, { modes: { upload: 'replace', remove: 'replace' } });
  }

  hostDisconnected(): void {
    this.setPreview('');
  }

  /** A picture the person chose is uploading, or its upload failed and waits for "Try again". */
  get holdsUnsavedInput(): boolean {
    return !!this.failed || (this.action.busy && !!this.preview);
  }

  /** Forgets messages and any upload in flight (another organization is shown). */
  clear(): void {
    this.action.reset();
    this.problem = '';
    this.failed = undefined;
    this.setPreview('');
  }

  /** The picture, or the initials when there is none or it cannot be loaded. */
  renderImage(org: Organization): TemplateResult {
    const src = this.preview || (this.broken ? '' : (org.profilePictureUrl ?? ''));
    const alt = this.localize.term('overviewPictureAlt', org.name);
    const initials = org.name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => [...w][0]?.toUpperCase() ?? '')
      .join('');
    return src
      ? html`<img part="picture" src=${src} alt=${alt} width="100" height="100" @error=${this.onBroken} />`
      : html`<span part="picture" role="img" aria-label=${alt}>${initials}</span>`;
  }

  /** Upload / Replace and Remove, with the hint and the message of the last failure. */
  renderActions(org: Organization): TemplateResult {
    const t = this.localize;
    const busy = this.action.busy;
    const failure = this.action.error;
    const error =
      this.problem ||
      (failure === undefined
        ? ''
        : mayHaveBeenApplied(failure)
          ? changeErrorText(failure, t, 'overviewPictureUnconfirmed')
          : t.term('overviewPictureFailed', errorText(failure, t)));
    return html`<div class="picture-actions" role="group" aria-label=${t.term('overviewFieldProfilePicture')}>
        <input type="file" hidden accept=${PROFILE_PICTURE_TYPES.join(',')} @change=${this.onChosen} />
        <button
          type="button"
          class="small"
          part="picture-button"
          aria-disabled=${busy ? 'true' : 'false'}
          aria-describedby="picture-hint ${error ? 'picture-error' : ''}"
          @click=${() => !busy && this.host.shadowRoot?.querySelector<HTMLInputElement>('input[type=file]')?.click()}
        >
          ${t.term(busy && this.preview ? 'overviewPictureUploading' : org.profilePictureUrl ? 'overviewPictureReplace' : 'overviewPictureUpload')}
        </button>
        ${
          org.profilePictureUrl
            ? html`<button type="button" class="small" aria-disabled=${busy ? 'true' : 'false'} @click=${() => !busy && this.remove()}>
              ${t.term(busy && !this.preview ? 'overviewPictureRemoving' : 'overviewPictureRemove')}
            </button>`
            : nothing
        }
      </div>
      <div class="hint" id="picture-hint">${t.term('overviewPictureHint', this.size(MAX_PROFILE_PICTURE_BYTES))}</div>
      <div class="field-error" id="picture-error" role="alert">${error}</div>
      ${
        this.failed && this.action.error && !busy
          ? html`<button type="button" class="small" part="picture-retry" @click=${() => this.upload(this.failed!.file)}>${t.term('retry')}</button>`
          : nothing
      }`;
  }

  private readonly onBroken = (): void => {
    this.broken = true;
    this.host.requestUpdate();
  };

  private readonly onChosen = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const client = this.options.client();
    const org = this.options.organization();
    if (!file || !client || !org) return;
    this.problem = this.problemOf(file);
    this.host.requestUpdate();
    if (this.problem) return;
    await this.upload(file);
  };

  /** Uploads `file`; a failed one is kept for "Try again", which recognises its own upload after a lost answer. */
  private async upload(file: File): Promise<void> {
    const client = this.options.client();
    const org = this.options.organization();
    if (!client || !org) return;
    this.setPreview(URL.createObjectURL(file));
    let result = await this.action.run('upload', (signal) =>
      client.organizations.uploadProfilePicture(org, file, { signal }),
    );
    if (
      result.status === 'failed' &&
      isConflictError(result.error) &&
      this.failed?.file === file &&
      this.failed.maybeOn === org.version
    ) {
      // The last attempt's answer was lost: one change since, only the picture, is that attempt, applied.
      const fresh = await this.options.fetchFresh().catch(() => undefined);
      if (fresh && changedOnlyBy(org, fresh, ['profilePictureUrl'])) {
        this.action.clearError();
        result = { status: 'done', value: fresh };
      }
    }
    this.setPreview('');
    this.failed =
      result.status !== 'failed'
        ? undefined
        : { file, maybeOn: isApiError(result.error) && result.error.mayHaveBeenApplied ? org.version : undefined };
    this.host.requestUpdate();
    this.outcome(result, 'overviewPictureSaved');
  }

  private async remove(): Promise<void> {
    const client = this.options.client();
    const org = this.options.organization();
    if (!client || !org) return;
    this.problem = '';
    this.failed = undefined;
    const result = await this.action.run('remove', (signal) =>
      client.organizations.removeProfilePicture(org, { signal }),
    );
    this.outcome(result, 'overviewPictureRemoved');
  }

  private outcome(
    result: ActionResult<Organization>,
    success: 'overviewPictureSaved' | 'overviewPictureRemoved',
  ): void {
    if (result.status === 'done') {
      this.broken = false;
      this.options.onSaved(result.value, this.localize.term(success));
    } else if (result.status === 'failed') {
      this.options.onError(result.error);
    }
  }

  /** The SDK's check of the file, in the person's words. */
  private problemOf(file: File): string {
    const [error] = validateProfilePicture(file);
    if (!error) return '';
    switch (error.code) {
      case 'unsupported-media-type':
        return this.localize.term('overviewPictureWrongType', file.type);
      case 'payload-too-large':
        return this.localize.term(
          'overviewPictureTooLarge',
          this.size(file.size),
          this.size(MAX_PROFILE_PICTURE_BYTES),
        );
      default:
        return error.message;
    }
  }

  /** A size in MiB; just over the limit, "1 MiB" would read as allowed, so the exact bytes are given instead. */
  private size(bytes: number): string {
    const lang = this.localize.lang;
    const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const mib = n.format(bytes / 1_048_576);
    return bytes !== MAX_PROFILE_PICTURE_BYTES && mib === n.format(MAX_PROFILE_PICTURE_BYTES / 1_048_576)
      ? this.localize.term('overviewBytes', new Intl.NumberFormat(lang).format(bytes))
      : this.localize.term('overviewMebibytes', mib);
  }

  private setPreview(url: string): void {
    if (this.preview) URL.revokeObjectURL(this.preview);
    this.preview = url;
  }
}
