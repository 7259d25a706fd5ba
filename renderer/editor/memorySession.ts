/**
 * Translation memory in the editor (issue 13), for one open project: the
 * matches of the active segment (looked up on entering it, stale answers
 * dropped), Ctrl+1…3 to insert one, the project memory fed with every
 * confirmed segment, repetitions (marked, offered or filled on confirming),
 * pre-fill of empty segments with exact matches, and the draft origins
 * ("filled from the memory", "copied from segment 3") shown to the user.
 * Lives outside React like LiveChecks; panels re-render from `subscribe`.
 */
import type {
  ProjectView,
  SegmentChange,
  SegmentOrigin,
  TmMatch,
  WorkbenchApi,
} from '../../shared/api/workbenchApi.js';
import {
  repetitionFills,
  repetitionGroups,
  type RepetitionFill,
  type RepetitionSegment,
} from '../../shared/model/repetitions.js';
import type { BilingualEditor } from './BilingualEditor.js';
import { flattenNewlines } from './flatten.js';
import { monaco } from './monaco.js';

/** The active segment's matches as the panel shows them. */
export type MatchesState =
  | { kind: 'idle' }
  | { kind: 'loading'; segmentId: string }
  | { kind: 'done'; segmentId: string; matches: readonly TmMatch[] }
  | { kind: 'failed'; segmentId: string; error: unknown };

/** An offer to fill a confirmed segment's repetitions. */
export interface RepetitionOffer {
  /** The confirmed segment's 1-based number. */
  line: number;
  fills: readonly RepetitionFill[];
}

/** What the memory panel and the notes panel show; a new object on every change. */
export interface MemoryView {
  matches: MatchesState;
  offer: RepetitionOffer | null;
  /** A passing message (how many segments were pre-filled or filled). */
  notice: { key: 'prefilled' | 'filled'; count: number; line?: number } | null;
  /** Grows with every change of an origin (the notes panel re-reads it). */
  originsRevision: number;
}

/** Options of {@link MemorySession}. */
export interface MemorySessionOptions {
  api: Pick<WorkbenchApi, 'memoryLookup' | 'memoryCommit'>;
  project: ProjectView;
  editor: BilingualEditor;
  /** Queues a segment change for saving (the autosaver). */
  save(change: SegmentChange): void;
  /** Whether confirming a segment fills its repetitions without asking. */
  autoFillRepetitions(): boolean;
  onError(err: unknown): void;
  /** How long the caret must rest on a segment before it is looked up. */
  lookupDelayMs?: number;
}

/** How many matches the panel lists (Ctrl+1…3 insert the first three). */
export const SHOWN_MATCHES = 5;
/** Lowest score the panel lists. */
const MIN_SCORE = 50;

/** The best match score known for each looked-up segment, by kind, for the segment filter. */
export type MatchKind = 'exact' | 'fuzzy' | 'none';

/** See the module comment. */
export class MemorySession {
  private state: MemoryView = { matches: { kind: 'idle' }, offer: null, notice: null, originsRevision: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly origins = new Map<string, SegmentOrigin>();
  private readonly best = new Map<string, number>();
  readonly groups: ReadonlyMap<string, readonly string[]>;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Set while our own edits run, so they are not taken for typing (which clears an origin). */
  private filling = false;
  private disposed = false;

  constructor(private readonly opts: MemorySessionOptions) {
    for (const s of opts.project.segments) if (s.origin) this.origins.set(s.id, s.origin);
    this.groups = repetitionGroups(opts.project.segments);
  }

  /** The current view (same object until something changes). */
  snapshot(): MemoryView {
    return this.state;
  }

  /** Calls `cb` after every change; returns the unsubscribe function. */
  subscribe(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Where a segment's draft came from, when a machine filled it. */
  originOf(id: string): SegmentOrigin | undefined {
    return this.origins.get(id);
  }

  /** Every segment with a draft origin. */
  originEntries(): IterableIterator<[string, SegmentOrigin]> {
    return this.origins.entries();
  }

  /**
   * Looks up every segment whose best match is not known yet (the filter by
   * match type needs them all), one at a time so typing keeps its pace.
   */
  async knowAllMatches(): Promise<void> {
    const ed = this.opts.editor;
    for (let line = 1; line <= ed.lineCount && !this.disposed; line++) {
      const seg = ed.segment(line);
      if (!seg || this.best.has(seg.id) || seg.source.trim() === '') continue;
      const res = await this.opts.api.memoryLookup({
        path: this.opts.project.path,
        segmentId: seg.id,
        source: seg.source,
        ...this.context(line),
        max: 1,
        min: MIN_SCORE,
      });
      this.best.set(seg.id, res.matches[0]?.score ?? 0);
    }
  }

  /** The 1-based number of a segment. */
  lineOfSegment(id: string): number | undefined {
    return this.opts.editor.lineOf(id);
  }

  /** The 1-based numbers of a segment's repetitions (itself left out). */
  repetitionsOf(id: string): number[] {
    const group = this.groups.get(id) ?? [];
    const ed = this.opts.editor;
    return group.filter((g) => g !== id).map((g) => ed.lineOf(g) ?? 0);
  }

  /** What the filter knows about a segment's memory matches. */
  matchKind(id: string): MatchKind {
    const score = this.best.get(id) ?? (this.origins.get(id)?.kind === 'tm' ? this.origins.get(id)?.score : undefined);
    if (score === undefined) return 'none';
    return score >= 100 ? 'exact' : score > 0 ? 'fuzzy' : 'none';
  }

  /** The active segment changed: look it up once the caret rests there. */
  activeChanged(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    const seq = ++this.seq;
    const ed = this.opts.editor;
    const line = ed.active;
    const id = ed.segmentIdAt(line);
    if (!id) return;
    this.set({ matches: { kind: 'loading', segmentId: id } });
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.lookup(seq, line, id);
    }, this.opts.lookupDelayMs ?? 60);
  }

  private async lookup(seq: number, line: number, id: string): Promise<void> {
    const ed = this.opts.editor;
    const source = ed.segment(line)?.source ?? '';
    try {
      const res = await this.opts.api.memoryLookup({
        path: this.opts.project.path,
        segmentId: id,
        source,
        ...this.context(line),
        max: SHOWN_MATCHES,
        min: MIN_SCORE,
      });
      this.best.set(id, res.matches[0]?.score ?? 0);
      // The user moved on while we waited: this answer is for another segment.
      if (seq !== this.seq || this.disposed) return;
      this.set({ matches: { kind: 'done', segmentId: id, matches: res.matches } });
    } catch (err) {
      if (seq !== this.seq || this.disposed) return;
      this.set({ matches: { kind: 'failed', segmentId: id, error: err } });
    }
  }

  /** The neighbouring sources (for 101% matches and for the memory's context). */
  private context(line: number): { prev?: string; next?: string } {
    const ed = this.opts.editor;
    const prev = ed.segment(line - 1)?.source;
    const next = ed.segment(line + 1)?.source;
    return { ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) };
  }

  /** Inserts the n-th (1-based) match of the active segment as its draft: one undoable edit. */
  insertMatch(n: number): boolean {
    const m = this.state.matches;
    const ed = this.opts.editor;
    const line = ed.active;
    if (m.kind !== 'done' || m.segmentId !== ed.segmentIdAt(line)) return false;
    const match = m.matches[n - 1];
    if (!match) return false;
    this.replaceDrafts([{ line, text: match.target }], 'dragoman.insertMatch');
    ed.focus();
    return true;
  }

  /**
   * A segment change went to autosave. A confirmation feeds the memory and
   * offers (or makes) the repetition fills; typing removes a machine origin.
   */
  changed(c: SegmentChange): void {
    if (this.filling) return;
    if (c.target !== undefined && this.origins.delete(c.id)) {
      this.opts.save({ id: c.id, origin: null });
      this.bumpOrigins();
    }
    if (c.status === 'translated' || c.status === 'reviewed') this.confirmed(c.id);
  }

  private confirmed(id: string): void {
    const ed = this.opts.editor;
    const line = ed.lineOf(id);
    if (line === undefined) return;
    const source = ed.segment(line)?.source ?? '';
    const target = ed.draft(line);
    if (source.trim() !== '' && target.trim() !== '') {
      this.opts.api
        .memoryCommit({ path: this.opts.project.path, segmentId: id, source, target, ...this.context(line) })
        .catch((err: unknown) => this.opts.onError(err));
    }
    const fills = repetitionFills(this.groupSegments(id), this.groups, id, target, (x) => this.origins.get(x));
    if (fills.length === 0) return;
    if (this.opts.autoFillRepetitions()) this.fill({ line, fills });
    else this.set({ offer: { line, fills } });
  }

  /** A repetition group's segments as they are now (drafts and statuses from the editor): a confirmation reads no others. */
  private groupSegments(id: string): RepetitionSegment[] {
    const ed = this.opts.editor;
    const out: RepetitionSegment[] = [];
    for (const g of this.groups.get(id) ?? []) {
      const line = ed.lineOf(g);
      const seg = line === undefined ? undefined : ed.segment(line);
      if (line === undefined || !seg) continue;
      out.push({ id: g, source: seg.source, target: ed.draft(line), status: ed.progress.status(line - 1) });
    }
    return out;
  }

  /** Fills the offered repetitions (their drafts become the confirmed translation, marked as copied). */
  fill(offer: RepetitionOffer): void {
    const ed = this.opts.editor;
    const edits: { line: number; text: string }[] = [];
    for (const f of offer.fills) {
      const line = ed.lineOf(f.id);
      if (line !== undefined) edits.push({ line, text: f.target });
    }
    this.replaceDrafts(edits, 'dragoman.fillRepetitions');
    for (const f of offer.fills) this.mark(f.id, f.origin);
    this.set({ offer: null, notice: { key: 'filled', count: edits.length, line: offer.line } });
  }

  /** Drops the repetition offer. */
  dismissOffer(): void {
    this.set({ offer: null });
  }

  /**
   * Pre-fills empty untranslated segments with their 100%/101% matches, one
   * lookup at a time (the user can work meanwhile; a segment typed into in
   * the meantime is left alone). Never confirms.
   */
  async prefill(): Promise<number> {
    const ed = this.opts.editor;
    let count = 0;
    for (let line = 1; line <= ed.lineCount && !this.disposed; line++) {
      const seg = ed.segment(line);
      if (!seg || ed.progress.status(line - 1) !== 'untranslated' || ed.draft(line) !== '' || seg.source.trim() === '')
        continue;
      let res: { matches: TmMatch[] };
      try {
        res = await this.opts.api.memoryLookup({
          path: this.opts.project.path,
          segmentId: seg.id,
          source: seg.source,
          ...this.context(line),
          max: 1,
          min: 100,
        });
      } catch (err) {
        this.opts.onError(err);
        return count;
      }
      const match = res.matches[0];
      this.best.set(seg.id, match?.score ?? 0);
      if (!match || match.score < 100 || this.disposed) continue;
      if (ed.progress.status(line - 1) !== 'untranslated' || ed.draft(line) !== '') continue;
      this.replaceDrafts([{ line, text: match.target }], 'dragoman.prefill');
      this.mark(seg.id, { kind: 'tm', score: match.score, from: match.origin.file });
      count++;
    }
    if (count > 0) this.set({ notice: { key: 'prefilled', count } });
    return count;
  }

  private mark(id: string, origin: SegmentOrigin): void {
    this.origins.set(id, origin);
    this.opts.save({ id, origin });
    this.bumpOrigins();
  }

  /** Replaces whole drafts as one undoable edit (autosave and the status follow through the editor). */
  private replaceDrafts(edits: readonly { line: number; text: string }[], source: string): void {
    const target = this.opts.editor.target;
    const model = target.getModel();
    if (!model || edits.length === 0) return;
    this.filling = true;
    try {
      target.pushUndoStop();
      target.executeEdits(
        source,
        edits.map((e) => ({
          range: new monaco.Range(e.line, 1, e.line, model.getLineMaxColumn(e.line)),
          text: flattenNewlines(e.text),
        })),
      );
      target.pushUndoStop();
    } finally {
      this.filling = false;
    }
  }

  private bumpOrigins(): void {
    this.set({ originsRevision: this.state.originsRevision + 1 });
  }

  private set(patch: Partial<MemoryView>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.listeners.clear();
  }
}
