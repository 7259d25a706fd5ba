/**
 * Live checks for one open project (issue 4): joins the check worker, the
 * editor's markers, underlines, hover and completion, the glossary files on
 * the backend and the side panel. Lives outside React like the editor; the
 * panels re-render from {@link LiveChecks.subscribe} at most every few
 * hundred milliseconds, so typing never waits for React.
 *
 * Data flow per keystroke (design.md): the editor reports the segment's new
 * draft → `edit` to the worker with the draft model's version → the worker
 * re-checks what the edit touches → findings → MarkerSync sets that
 * segment's markers (results for an older version of a segment are dropped
 * by CheckClient) → a `dragoman:checked` event for tests and the bench.
 */
import type {
  IgnoredFinding,
  NewConcept,
  ProjectSettingsView,
  ProjectView,
  WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import type { CheckSetting } from '../../shared/checks/config.js';
import { ApiError } from '../api/apiError.js';
import { errorText } from '../api/errorText.js';
import { t } from '../i18n/i18n.js';
import { GlossaryEdits } from '../panels/glossaryEdits.js';
import { fileName, insertCandidates } from '../panels/glossaryModel.js';
import { reloadNotice } from '../panels/glossaryNotice.js';
import { CheckClient, type CheckPort, type GlossaryInfo } from '../workers/checkClient.js';
import { startsSentence } from '../../shared/text/sentenceStart.js';
import type {
  ConceptView,
  GlossaryLoad,
  GlossaryRows,
  GlossaryRowsQuery,
  IdentifiedFinding,
  SegmentTerm,
  TermSuggestion,
} from '../workers/protocol.js';
import type { BilingualEditor } from './BilingualEditor.js';
import { installIntelligence, type Intelligence } from './intelligence.js';
import { typingPauseWait } from './typingPause.js';

/** How the worker gets the glossary texts: over HTTP itself (browser mode) or from the UI thread (Electron, fake). */
export type GlossaryRoute = { kind: 'http'; token: string; base: string } | { kind: 'api' };

/** Options of {@link LiveChecks}. */
export interface LiveChecksOptions {
  api: WorkbenchApi;
  project: ProjectView;
  editor: BilingualEditor;
  route: GlossaryRoute;
  /** Starts the check worker (a `new Worker(...)` in the app). */
  createPort(): CheckPort;
  /** Reports an error the user should see (API failures). */
  onError(err: unknown): void;
  /** How often the glossary files are checked for changes on disk. */
  pollMs?: number;
}

/** What the side panel shows; a new object whenever something in it changed. */
export interface LiveChecksView {
  findings: readonly IdentifiedFinding[];
  ignoredCount: number;
  /** The project's ignore list (who and when) and per-check settings, for the findings panel's settings. */
  ignoredFindings: readonly IgnoredFinding[];
  checkSettings: Readonly<Record<string, CheckSetting>>;
  /** The spelling words of the project (stored in its file) and of the user (stored with their settings). */
  projectWords: readonly string[];
  userWords: readonly string[];
  glossary: GlossaryInfo;
  activeTerms: readonly SegmentTerm[];
  /** The latest glossary event worth telling the user (reloaded, added), in the UI language. */
  notice: string | undefined;
  /** Grows with every new notice, so the same words said twice still count as news. */
  noticeSeq: number;
  glossaryPaths: readonly string[];
}

/** The add-term dialog's input, read from the two panes' selections. */
export interface AddTermRequest {
  suggestion: TermSuggestion;
  selection: string;
}

/** Lines kept with markers above and below the screen (Monaco underlines 500 markers per model at most). */
const MARKER_MARGIN = 60;
/** How often the panel's view may be rebuilt while findings stream in. */
const VIEW_INTERVAL_MS = 250;

/**
 * Runs `fn` once the next frame has been painted (a task posted from that
 * frame's animation callback), or after 100 ms when no frame comes (a
 * hidden page draws none): a keystroke's edit reaches the check worker after
 * the keystroke is on screen.
 */
function afterNextPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const fallback = setTimeout(run, 100);
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(fallback);
      run();
    }, 0),
  );
}

/** The live checks of one open project. */
export class LiveChecks {
  readonly client: CheckClient;
  readonly intelligence: Intelligence;
  /** The glossary view's changes on their way to disk. */
  readonly glossaryEdits: GlossaryEdits;
  private readonly opts: LiveChecksOptions;
  private readonly editor: BilingualEditor;
  private checks: Record<string, CheckSetting>;
  private ignored: string[];
  private ignoredFindings: IgnoredFinding[];
  private projectWords: string[];
  private userWords: string[] = [];
  private stamps: Record<string, string> = {};
  private glossaryPaths: string[];
  private loading: Promise<void> | null = null;
  private loadedOnce = false;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private viewTimer: ReturnType<typeof setTimeout> | null = null;
  private windowQueued = false;
  private activeTerms: SegmentTerm[] = [];
  private activeQuery = 0;
  private notice: string | undefined;
  private noticeSeq = 0;
  private view: LiveChecksView;
  private readonly listeners = new Set<() => void>();
  /** Per segment, the ids of its findings as the panel last saw them. */
  private readonly signatures = new Map<string, string>();
  private disposed = false;

  constructor(opts: LiveChecksOptions) {
    this.opts = opts;
    this.editor = opts.editor;
    const { project } = opts;
    this.checks = { ...(project.settings?.checks ?? {}) };
    this.ignoredFindings = [...(project.settings?.ignoredFindings ?? [])];
    this.ignored = this.ignoredFindings.map((f) => f.id);
    this.projectWords = [...(project.settings?.dictionary ?? [])];
    this.glossaryPaths = [...project.glossaries];
    this.client = new CheckClient(opts.createPort(), { deferEdits: afterNextPaint });
    const ed = this.editor;
    this.intelligence = installIntelligence(
      { source: ed.source, target: ed.target, segmentIdAt: (l) => ed.segmentIdAt(l), lineOf: (id) => ed.lineOf(id) },
      {
        onIgnore: (id) => void this.ignore(id),
        onDisableCheck: (check) => void this.disableCheck(check),
        onAddProjectWord: (word) => void this.addProjectWords([word]),
        onAddUserWord: (word) => void this.changeUserWords([word], []),
        suggest: (word) => this.client.query({ kind: 'spellingSuggestions', word }),
        conceptAt: (segmentId, start, end) => this.conceptAt(segmentId, start, end),
        complete: (segmentId, prefix) => this.client.query({ kind: 'complete', segmentId, prefix, limit: 30 }),
      },
    );
    this.view = this.buildView();
    this.glossaryEdits = new GlossaryEdits({
      changeGlossary: (input) => opts.api.changeGlossary(input),
      project: project.path,
      announce: (id, file, changes) => this.client.ownGlossaryChanges(id, file, changes),
      forget: (id) => this.client.forgetOwnGlossaryChanges(id),
      reload: () => this.loadGlossaries(true),
      isLocked: (error) => error instanceof ApiError && error.code === 'locked',
      describe: (error) => errorText(error, t, false),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    });
    this.client.onFindings((changed) => {
      let different = changed === 'all';
      if (changed === 'all') {
        this.intelligence.setAllFindings(this.client.findingsBySegment());
        this.signatures.clear();
      } else {
        for (const id of changed) {
          const findings = this.client.findingsOf(id);
          // Every result goes to the markers, changed or not: MarkerSync keeps unchanged markers as they
          // are but must learn the line's new text, which their quick fixes apply to.
          this.intelligence.setFindings(id, findings);
          const signature = findings.map((f) => f.id).join('\n');
          if (this.signatures.get(id) !== signature) {
            this.signatures.set(id, signature);
            different = true;
          }
        }
      }
      window.dispatchEvent(new CustomEvent('dragoman:checked', { detail: { version: this.client.appliedVersion } }));
      // Most keystrokes leave a segment's findings as they were: the panel need not hear of them.
      if (different) this.scheduleView();
    });
    this.client.onGlossary(() => {
      this.glossaryAppliedAt = performance.now();
      this.intelligence.setAllSourceTerms(this.client.allSourceTerms());
      void this.refreshActiveTerms();
      this.scheduleView();
    });
    this.client.onError((message, stopped) =>
      // A worker that stopped means no checks at all: say so in the UI language; other failures are one message's.
      opts.onError(new Error(stopped ? t('checks.workerStopped', { detail: message }) : message)),
    );
    const lines = Array.from({ length: ed.lineCount }, (_, i) => i + 1);
    this.client.open(
      lines.map((l) => {
        const s = ed.segment(l)!;
        return {
          id: s.id,
          source: ed.source.getModel()?.getLineContent(l) ?? s.source,
          target: ed.draft(l),
          paragraph: s.paragraph,
        };
      }),
      project.sourceLang,
      project.targetLang,
      this.checks,
      this.ignored,
      this.projectWords,
    );
    void this.loadUserWords();
    this.updateMarkerWindow();
    void this.loadGlossaries();
    this.pollTimer = setInterval(() => void this.loadGlossaries(), opts.pollMs ?? 2000);
  }

  /** The editor reports a segment's new draft (call from its onChange). */
  edited(segmentId: string, target: string): void {
    this.sentVersion = this.editor.draftVersion();
    this.client.edit(segmentId, target, this.sentVersion);
  }

  /** When (performance.now()) the latest glossary index reached the UI (0 before): for the bench. */
  glossaryAppliedAt = 0;

  /** The draft model version of the last edit sent to the worker (0 before the first). */
  get lastSentVersion(): number {
    return this.sentVersion;
  }
  private sentVersion = 0;

  /** The active segment changed: the glossary panel lists its terms. */
  activeChanged(): void {
    void this.refreshActiveTerms();
  }

  /** The draft pane scrolled: markers follow the screen. */
  viewportChanged(): void {
    if (this.windowQueued) return;
    this.windowQueued = true;
    requestAnimationFrame(() => {
      this.windowQueued = false;
      this.updateMarkerWindow();
    });
  }

  /** The current view for the side panel. */
  snapshot(): LiveChecksView {
    return this.view;
  }

  /** Calls `listener` whenever {@link snapshot} changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The 1-based number of a segment (the findings panel's "Segment n"). */
  segmentNumber(segmentId: string): number {
    return this.editor.lineOf(segmentId) ?? 0;
  }

  /** Shows a finding: its segment, with the marked range selected. */
  jump(f: IdentifiedFinding): void {
    const line = this.editor.lineOf(f.segmentId);
    if (line !== undefined) this.editor.reveal(line, f.range);
  }

  /** Inserts the n-th (1-based) glossary rendering of the active segment at the caret. */
  insertTerm(n: number): void {
    const text = insertCandidates(this.activeTerms)[n - 1];
    if (text) this.editor.insertAtCursor(text);
  }

  /** Inserts a glossary rendering at the caret (a click in the glossary panel). */
  insert(text: string): void {
    this.editor.insertAtCursor(text);
  }

  /** Searches the whole glossary (the panel's search box). */
  search(text: string): Promise<ConceptView[]> {
    return this.client.query({ kind: 'search', text, limit: 50 });
  }

  /** One slice of the glossary view's rows, filtered and sorted in the worker. */
  glossaryRows(query: GlossaryRowsQuery): Promise<GlossaryRows> {
    return this.client.query({ kind: 'glossaryRows', ...query });
  }

  /** Reads the selections of both panes and asks the worker for the dialog's prefill. */
  async addTermRequest(): Promise<AddTermRequest> {
    const picked = this.editor.selection('source');
    const source = picked.text.trim();
    const target = this.editor.selection('target').text.trim();
    // A capital that only starts the sentence ("Alegerile au loc…") is cited in lower case (issue 11, cause 9).
    // Elsewhere the lemmatiser keeps deciding alone: mid-sentence, "Comisia" may be the institution's name.
    const lead = picked.text.slice(0, picked.text.length - picked.text.trimStart().length);
    const atStart = source !== '' && startsSentence(picked.before + lead);
    const suggestion = await this.client.query({
      kind: 'suggestTerm',
      source,
      target,
      ...(atStart ? { sentenceStart: true } : {}),
    });
    return { suggestion, selection: source };
  }

  /** Saves a new entry through the backend, then reloads the glossary (index and checks follow). */
  async saveTerm(concept: NewConcept, glossary?: string): Promise<void> {
    const added = await this.opts.api.addGlossaryEntry({
      path: this.opts.project.path,
      concept,
      ...(glossary ? { glossary } : {}),
    });
    if (!this.glossaryPaths.includes(added.glossary.path)) this.glossaryPaths.push(added.glossary.path);
    this.noticeSeq++;
    this.notice = t('glossary.added', {
      ro: concept.ro[0]?.text ?? '',
      en: concept.en[0]?.text ?? '',
      file: fileName(added.glossary.path),
    });
    // Our stamp for that file is the old one, so the reload fetches what was just written.
    this.noticeIsFresh = true;
    await this.loadGlossaries(true);
    this.scheduleView(true);
  }

  /**
   * The project's glossary list changed (attached, detached, created,
   * imported into): reloads it at once rather than at the next poll; the
   * worker rebuilds its index and re-checks the document. A file no longer
   * listed drops out of the index.
   */
  async reloadGlossaries(): Promise<void> {
    // Our own change: not announced as a colleague's.
    this.noticeIsFresh = true;
    await this.loadGlossaries(true);
    this.scheduleView(true);
  }

  /** Ignores a finding for good (kept in the project with who and when). */
  ignore(findingId: string): Promise<void> {
    return this.updateSettings({ ignore: [findingId] });
  }

  /** Takes a finding off the ignore list: it is reported again. */
  unignore(findingId: string): Promise<void> {
    return this.updateSettings({ unignore: [findingId] });
  }

  /** Turns a check off for this project. */
  disableCheck(checkId: string): Promise<void> {
    return this.updateSettings({ checks: { [checkId]: { ...this.checks[checkId], enabled: false } } });
  }

  /** Turns a check that was turned off for this project back on. */
  enableCheck(checkId: string): Promise<void> {
    return this.updateSettings({ checks: { [checkId]: { ...this.checks[checkId], enabled: true } } });
  }

  /** Adds words to the project's spelling dictionary (stored in the project file). */
  addProjectWords(words: string[]): Promise<void> {
    return this.updateSettings({ addWords: words });
  }

  /** Takes words out of the project's spelling dictionary. */
  removeProjectWords(words: string[]): Promise<void> {
    return this.updateSettings({ removeWords: words });
  }

  /** Adds words to or removes them from the user's own dictionary (kept by the backend for every project). */
  async changeUserWords(add: string[], remove: string[]): Promise<void> {
    try {
      const { words } = await this.opts.api.updateUserDictionary({ add, remove });
      if (this.disposed) return;
      this.userWords = words;
      this.sendSettings();
    } catch (err) {
      this.opts.onError(err);
    }
  }

  /** The user's words arrive after the document opened: the worker re-checks once they are there. */
  private async loadUserWords(): Promise<void> {
    try {
      const { words } = await this.opts.api.userDictionary({});
      if (this.disposed || words.length === 0) return;
      this.userWords = words;
      this.sendSettings();
    } catch {
      // A backend without a user dictionary (or a failed read) leaves the project's words alone.
    }
  }

  private sendSettings(): void {
    this.client.setSettings(this.checks, this.ignored, [...this.projectWords, ...this.userWords]);
    this.scheduleView(true);
  }

  private async updateSettings(change: {
    ignore?: string[];
    unignore?: string[];
    checks?: Record<string, CheckSetting>;
    addWords?: string[];
    removeWords?: string[];
  }): Promise<void> {
    try {
      const settings = await this.opts.api.updateProjectSettings({ path: this.opts.project.path, ...change });
      this.applySettings(settings);
    } catch (err) {
      this.opts.onError(err);
    }
  }

  /** Re-renders what is in the UI language (markers, notice stays as said). */
  relabel(): void {
    this.intelligence.relabel();
    this.scheduleView(true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    if (this.viewTimer !== null) clearTimeout(this.viewTimer);
    this.listeners.clear();
    this.glossaryEdits.dispose();
    this.intelligence.dispose();
    this.client.dispose();
  }

  private applySettings(settings: ProjectSettingsView): void {
    this.checks = settings.checks;
    this.ignoredFindings = [...settings.ignoredFindings];
    this.ignored = this.ignoredFindings.map((f) => f.id);
    this.projectWords = [...(settings.dictionary ?? this.projectWords)];
    this.sendSettings();
  }

  /**
   * Loads the glossary files that changed since the last load (all on the
   * first call). Browser mode: the worker fetches them itself. One load at a
   * time; a poll that finds one running skips its turn.
   */
  private loadGlossaries(force = false): Promise<void> {
    if (this.loading) {
      if (!force) return this.loading;
      return this.loading.then(() => this.loadGlossaries());
    }
    const run = async () => {
      const { route, api, project } = this.opts;
      const known = { ...this.stamps };
      const result: GlossaryLoad =
        route.kind === 'http'
          ? await this.client.query({
              kind: 'fetchGlossaries',
              token: route.token,
              base: route.base,
              path: project.path,
              known,
            })
          : await this.client.query({
              kind: 'applyGlossaries',
              files: (await api.loadGlossaries({ path: project.path, known })).glossaries,
            });
      if (this.disposed) return;
      const stamps: Record<string, string> = {};
      for (const f of result.files) if (f.stamp) stamps[f.path] = f.stamp;
      this.stamps = stamps;
      this.glossaryPaths = result.files.map((f) => f.path);
      if (this.loadedOnce && result.changed && !this.noticeIsFresh) {
        const notice = reloadNotice(result, t);
        if (notice) {
          this.noticeSeq++;
          this.notice = notice;
        }
      }
      this.noticeIsFresh = false;
      this.loadedOnce = true;
      this.scheduleView(true);
    };
    this.loading = run()
      .catch((err: unknown) => {
        // A failed poll is retried on the next tick; only the first load's failure is worth a banner.
        if (!this.loadedOnce && !this.disposed) this.opts.onError(err);
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  /** Set when our own add-term reload is the change, so it is not reported as someone else's. */
  private noticeIsFresh = false;

  private async conceptAt(segmentId: string, start: number, end: number): Promise<ConceptView | undefined> {
    const terms = await this.client.query({ kind: 'segmentTerms', segmentId });
    return terms.find((t) => t.start <= start && t.end >= end)?.concept;
  }

  private async refreshActiveTerms(): Promise<void> {
    const id = this.editor.segmentIdAt(this.editor.active);
    const ticket = ++this.activeQuery;
    if (!id) return;
    try {
      const terms = await this.client.query({ kind: 'segmentTerms', segmentId: id });
      if (ticket !== this.activeQuery || this.disposed) return;
      this.activeTerms = terms;
      this.scheduleView(true);
    } catch {
      // The worker reports its own errors; a stale panel is harmless.
    }
  }

  private updateMarkerWindow(): void {
    const { first, last } = this.editor.visibleLines();
    this.intelligence.setMarkerWindow(Math.max(1, first - MARKER_MARGIN), last + MARKER_MARGIN);
  }

  private buildView(): LiveChecksView {
    return {
      findings: this.client.all(),
      ignoredCount: this.client.ignoredCount,
      ignoredFindings: this.ignoredFindings,
      checkSettings: this.checks,
      projectWords: this.projectWords,
      userWords: this.userWords,
      glossary: this.client.glossaryInfo,
      activeTerms: this.activeTerms,
      notice: this.notice,
      noticeSeq: this.noticeSeq,
      glossaryPaths: [...this.glossaryPaths],
    };
  }

  /**
   * Rebuilds the view at most every VIEW_INTERVAL_MS (at once when `now`), then tells the listeners;
   * while the user types, when the keyboard rests (typingPause.ts).
   */
  private scheduleView(now = false): void {
    if (this.disposed) return;
    const emit = () => {
      this.viewTimer = null;
      this.view = this.buildView();
      for (const l of this.listeners) l();
    };
    if (now) {
      if (this.viewTimer !== null) clearTimeout(this.viewTimer);
      emit();
      return;
    }
    if (this.viewTimer !== null) return;
    // While the user types, the panel waits for a pause: its re-render would delay a keystroke's paint.
    const askedAt = performance.now();
    const whenQuiet = () => {
      const wait = typingPauseWait(performance.now(), this.editor.lastEditAt, askedAt);
      if (wait > 0) this.viewTimer = setTimeout(whenQuiet, wait);
      else emit();
    };
    this.viewTimer = setTimeout(whenQuiet, VIEW_INTERVAL_MS);
  }
}
