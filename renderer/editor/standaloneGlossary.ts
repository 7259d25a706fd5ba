/**
 * A glossary opened by itself (a double-clicked .tbx, the Open dialog,
 * `npm run web -- file.tbx`): a check worker with no document, holding just
 * that file, so the glossary view (panels/GlossaryView.tsx) lists, filters,
 * sorts and edits it exactly as it does a project's glossaries. Changes go
 * through changeGlossary without a project; the file is polled for a
 * colleague's changes.
 */
import type { GlossaryFileView, WorkbenchApi } from '../../shared/api/workbenchApi.js';
import { ApiError } from '../api/apiError.js';
import { errorText } from '../api/errorText.js';
import { t } from '../i18n/i18n.js';
import { GlossaryEdits } from '../panels/glossaryEdits.js';
import { CheckClient, type CheckPort } from '../workers/checkClient.js';

/** Options of {@link StandaloneGlossary}. */
export interface StandaloneGlossaryOptions {
  api: WorkbenchApi;
  file: GlossaryFileView;
  createPort(): CheckPort;
  onError(err: unknown): void;
  /** How often the file is checked for changes on disk; default 3 s. */
  pollMs?: number;
}

/** The worker, edit queue and polling behind a glossary opened by itself. */
export class StandaloneGlossary {
  readonly client: CheckClient;
  readonly edits: GlossaryEdits;
  private stamp: string;
  private readonly timer: ReturnType<typeof setInterval>;
  private loading: Promise<void> | null = null;
  private disposed = false;

  constructor(private readonly opts: StandaloneGlossaryOptions) {
    this.client = new CheckClient(opts.createPort());
    this.stamp = opts.file.stamp;
    // No document: the worker only indexes the glossary and answers the view's row queries.
    this.client.open([], 'ro', 'en', {}, []);
    this.edits = new GlossaryEdits({
      changeGlossary: (input) => opts.api.changeGlossary(input),
      announce: (id, file, changes) => this.client.ownGlossaryChanges(id, file, changes),
      forget: (id) => this.client.forgetOwnGlossaryChanges(id),
      reload: () => this.reload(true),
      isLocked: (error) => error instanceof ApiError && error.code === 'locked',
      describe: (error) => errorText(error, t, false),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    });
    void this.apply(opts.file);
    this.timer = setInterval(() => void this.reload(false), opts.pollMs ?? 3000);
  }

  /** The path of the glossary. */
  get path(): string {
    return this.opts.file.path;
  }

  /** Reads the file again; hands it to the worker when it changed (or always, after our own change). */
  reload(force: boolean): Promise<void> {
    if (this.loading) return force ? this.loading.then(() => this.reload(true)) : this.loading;
    this.loading = (async () => {
      try {
        const file = await this.opts.api.openGlossary({ glossary: this.opts.file.path });
        if (this.disposed || (!force && file.stamp === this.stamp)) return;
        await this.apply(file);
      } catch (err) {
        if (!this.disposed) this.opts.onError(err);
      }
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  dispose(): void {
    this.disposed = true;
    clearInterval(this.timer);
    this.edits.dispose();
    this.client.dispose();
  }

  private async apply(file: GlossaryFileView): Promise<void> {
    this.stamp = file.stamp;
    await this.client.query({ kind: 'applyGlossaries', files: [file] });
  }
}
