/**
 * Recognised glossary terms in the source pane: a dotted underline (class
 * dg-term, renderer/styles.css) per term, set per segment, and a hover that
 * asks the host for the term's concept and shows it as escaped Markdown
 * (termHover.ts).
 */
import { monaco } from './monaco.js';
import type { ConceptView } from '../workers/protocol.js';
import { t } from '../i18n/i18n.js';
import { SOURCE_LANGUAGE } from './languages.js';
import { type TermRange, conceptHoverMarkdown, termRangeAt } from './termHover.js';

/** Looks up the concept of the term at [start, end) of a segment's source (the worker's segmentTerms answer). */
export type ConceptLookup = (segmentId: string, start: number, end: number) => Promise<ConceptView | undefined>;

/** Segments whose underlines change in one task. */
const SLICE = 400;

const TERM_DECORATION: monaco.editor.IModelDecorationOptions = {
  inlineClassName: 'dg-term',
  stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
};

/** The underlines and the hover of recognised terms in the source model. */
export class SourceTerms {
  private readonly ranges = new Map<string, readonly TermRange[]>();
  private readonly decorations = new Map<string, string[]>();
  private readonly hover: monaco.IDisposable;

  /**
   * @param model the source model
   * @param lineOf the 1-based line of a segment, undefined for an unknown id
   * @param segmentIdAt the segment on a 1-based line
   */
  constructor(
    private readonly model: monaco.editor.ITextModel,
    private readonly lineOf: (segmentId: string) => number | undefined,
    private readonly segmentIdAt: (line: number) => string | undefined,
    conceptAt: ConceptLookup,
  ) {
    this.hover = monaco.languages.registerHoverProvider(SOURCE_LANGUAGE, {
      provideHover: async (hovered, position, token) => {
        if (hovered !== this.model) return null;
        const segmentId = this.segmentIdAt(position.lineNumber);
        if (segmentId === undefined) return null;
        const terms = this.ranges.get(segmentId) ?? [];
        const term = termRangeAt(terms, position.column - 1);
        if (!term) return null;
        const range = new monaco.Range(position.lineNumber, term.start + 1, position.lineNumber, term.end + 1);
        let text: string;
        try {
          const concept = await conceptAt(segmentId, term.start, term.end);
          // The glossary may have been reloaded while the worker answered: drop a stale answer.
          if (token.isCancellationRequested || this.ranges.get(segmentId) !== terms || !concept) return null;
          text = conceptHoverMarkdown(concept);
        } catch {
          if (token.isCancellationRequested) return null;
          text = t('intelligence.hover.unavailable');
        }
        // Untrusted and without HTML: glossary text cannot run commands or inject markup.
        return { range, contents: [{ value: text, isTrusted: false, supportHtml: false }] };
      },
    });
  }

  /** Replaces the recognised terms of one segment (UTF-16 offsets into its source). */
  set(segmentId: string, ranges: readonly TermRange[]): void {
    if (this.pending.length) this.pending = this.pending.filter(([id]) => id !== segmentId);
    this.apply([[segmentId, ranges]]);
  }

  /**
   * Replaces the terms of every segment after the glossary index was rebuilt;
   * segments missing from `all` lose theirs. The first SLICE segments change
   * at once, the rest a slice per task: tens of thousands of decorations in
   * one change held the UI thread for over 100 ms on a 5,000-segment project.
   */
  setAll(all: Iterable<{ segmentId: string; ranges: readonly TermRange[] }>): void {
    const next = new Map<string, readonly TermRange[]>();
    for (const { segmentId, ranges } of all) next.set(segmentId, ranges);
    for (const id of this.ranges.keys()) if (!next.has(id)) next.set(id, []);
    for (const [id] of this.pending) if (!next.has(id)) next.set(id, []);
    const order = (id: string) => this.lineOf(id) ?? Number.MAX_SAFE_INTEGER;
    this.pending = [...next].sort((a, b) => order(a[0]) - order(b[0]));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pump();
  }

  /** Whether term underlines are still being applied (tests wait for this). */
  get busy(): boolean {
    return this.pending.length > 0;
  }

  private pending: [string, readonly TermRange[]][] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  private pump(): void {
    this.timer = null;
    this.apply(this.pending.splice(0, SLICE));
    if (this.pending.length) this.timer = setTimeout(() => this.pump(), 0);
  }

  /** The recognised terms of a segment. */
  termsOf(segmentId: string): readonly TermRange[] {
    return this.ranges.get(segmentId) ?? [];
  }

  /** Removes the underlines and the hover. */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.pending = [];
    this.hover.dispose();
    if (!this.model.isDisposed()) this.model.deltaDecorations([...this.decorations.values()].flat(), []);
    this.decorations.clear();
    this.ranges.clear();
  }

  private apply(changes: [string, readonly TermRange[]][]): void {
    if (this.model.isDisposed()) return;
    const old: string[] = [];
    const added: monaco.editor.IModelDeltaDecoration[] = [];
    const counts: [string, number][] = [];
    for (const [segmentId, ranges] of changes) {
      old.push(...(this.decorations.get(segmentId) ?? []));
      const line = this.lineOf(segmentId);
      const kept = line === undefined ? [] : ranges;
      if (kept.length) this.ranges.set(segmentId, kept);
      else this.ranges.delete(segmentId);
      const length = line === undefined ? 0 : this.model.getLineLength(line);
      let n = 0;
      for (const r of kept) {
        const start = Math.min(r.start, length);
        const end = Math.min(r.end, length);
        if (end <= start || line === undefined) continue;
        added.push({ range: new monaco.Range(line, start + 1, line, end + 1), options: TERM_DECORATION });
        n++;
      }
      counts.push([segmentId, n]);
    }
    const ids = this.model.deltaDecorations(old, added);
    let at = 0;
    for (const [segmentId, n] of counts) {
      if (n) this.decorations.set(segmentId, ids.slice(at, at + n));
      else this.decorations.delete(segmentId);
      at += n;
    }
  }
}
