import { t } from '../i18n/i18n.js';
import type { SegmentStatus } from './keymap.js';
import type { monaco } from './monaco.js';

type Editor = monaco.editor.IStandaloneCodeEditor;

/** Lines above and below the viewport that get glyphs too, so scrolling shows them at once. */
const MARGIN_LINES = 60;

function options(line: number, status: SegmentStatus): monaco.editor.IModelDecorationOptions {
  const title = t('status.glyphTitle', { n: line, status: t(`status.${status}`) });
  return {
    glyphMarginClassName: `dg-status dg-status-${status}`,
    glyphMarginHoverMessage: { value: title, isTrusted: false, supportThemeIcons: false },
    stickiness: 1 /* NeverGrowsWhenTypingAtEdges */,
  };
}

/**
 * One glyph per segment in the draft's gutter, coloured and titled by status.
 * Only lines near the viewport carry a decoration: Monaco walks every glyph
 * decoration on each render, which would cost milliseconds per keystroke in a
 * project of thousands of segments.
 */
export class StatusGlyphs {
  private ids = new Map<number, string>();
  /** What each decorated line's glyph shows: its status, or null while the segment filter hides it. */
  private glyphOf = new Map<number, SegmentStatus | null>();
  private from = 1;
  private to = 0;
  /** Lines whose glyph waits for the next flush; see {@link StatusGlyphs.schedule}. */
  private pending = new Set<number>();
  private followPending = false;
  private flushQueued = false;

  constructor(
    private readonly editor: Editor,
    private readonly statusOf: (i: number) => SegmentStatus,
    private readonly lineCount: number,
    /** Whether segment i (0-based) is shown (the segment filter): a hidden line's glyph would land on the line above. */
    private readonly shown: (i: number) => boolean = () => true,
  ) {
    editor.onDidScrollChange((e) => e.scrollTopChanged && this.schedule(true));
    editor.onDidLayoutChange(() => this.schedule(true));
    this.follow();
  }

  /** Re-creates every glyph in range (after a language change). */
  renderAll(): void {
    this.editor.deltaDecorations([...this.ids.values()], []);
    this.ids.clear();
    this.glyphOf.clear();
    this.from = 1;
    this.to = 0;
    this.follow();
  }

  /**
   * Updates the glyph of segment i (0-based) if it is in the decorated range.
   * Also called after every edit of the line: an edit replacing the line's
   * text can carry the collapsed decoration to the line's end (its last row).
   * The update happens in a microtask (still before the next paint).
   */
  update(i: number): void {
    this.pending.add(i + 1);
    this.schedule(false);
  }

  /**
   * Decorations cannot change inside Monaco's own event delivery: an input
   * method's or the emoji picker's text arrives while Monaco is changing
   * decorations, and a nested deltaDecorations throws. So every change made
   * from an editor event waits for a microtask, and a burst of them becomes
   * one deltaDecorations call.
   */
  private schedule(follow: boolean): void {
    this.followPending ||= follow;
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.followPending) {
      this.followPending = false;
      this.follow();
    }
    // Most edits leave the glyph as it was: same status, still at the line's start. Any decoration
    // change makes Monaco re-render every line on screen, so those lines are left alone.
    const lines = [...this.pending].filter((l) => l >= this.from && l <= this.to && !this.isCurrent(l));
    this.pending.clear();
    if (lines.length === 0) return;
    const old = lines.flatMap((l) => this.ids.get(l) ?? []);
    const ids = this.editor.deltaDecorations(
      old,
      lines.map((l) => this.decoration(l)),
    );
    lines.forEach((l, k) => {
      const id = ids[k];
      if (id) {
        this.ids.set(l, id);
        this.glyphOf.set(l, this.wanted(l));
      } else {
        this.ids.delete(l);
        this.glyphOf.delete(l);
      }
    });
  }

  /** Whether line `line`'s glyph shows its status and sits at the line's start. */
  private isCurrent(line: number): boolean {
    const id = this.ids.get(line);
    if (id === undefined || this.glyphOf.get(line) !== this.wanted(line)) return false;
    const at = this.editor.getModel()?.getDecorationRange(id);
    return at !== null && at !== undefined && at.startLineNumber === line && at.startColumn === 1;
  }

  /** What line `line`'s glyph should show now. */
  private wanted(line: number): SegmentStatus | null {
    return this.shown(line - 1) ? this.statusOf(line - 1) : null;
  }

  private decoration(line: number): monaco.editor.IModelDeltaDecoration {
    return {
      range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
      options: this.shown(line - 1) ? options(line, this.statusOf(line - 1)) : {},
    };
  }

  /** Moves the decorated window with the viewport, touching only lines that enter or leave it. */
  private follow(): void {
    const visible = this.editor.getVisibleRanges();
    const first = visible[0]?.startLineNumber ?? 1;
    const last = visible.at(-1)?.endLineNumber ?? Math.min(this.lineCount, 50);
    if (this.to > 0 && first >= this.from && last <= this.to) return;
    const from = Math.max(1, first - MARGIN_LINES);
    const to = Math.min(this.lineCount, last + MARGIN_LINES);
    const remove: string[] = [];
    const removedLines: number[] = [];
    for (const [line, id] of this.ids) {
      if (line < from || line > to) {
        remove.push(id);
        removedLines.push(line);
      }
    }
    const add: monaco.editor.IModelDeltaDecoration[] = [];
    const addedLines: number[] = [];
    for (let l = from; l <= to; l++) {
      if (!this.ids.has(l)) {
        add.push(this.decoration(l));
        addedLines.push(l);
      }
    }
    const ids = this.editor.deltaDecorations(remove, add);
    for (const l of removedLines) {
      this.ids.delete(l);
      this.glyphOf.delete(l);
    }
    addedLines.forEach((l, k) => {
      const id = ids[k];
      if (id) {
        this.ids.set(l, id);
        this.glyphOf.set(l, this.wanted(l));
      }
    });
    this.from = from;
    this.to = to;
  }
}
