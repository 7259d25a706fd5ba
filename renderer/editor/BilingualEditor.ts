import type { SegmentChange } from '../../shared/api/workbenchApi.js';
import { AlignmentState, endsParagraph, zoneAfter } from './alignment.js';
import { flattenNewlines, hasLineBreak } from './flatten.js';
import { BINDINGS, type Chord, type SegmentStatus, type WorkbenchCommand } from './keymap.js';
import { monaco } from './monaco.js';
import { paneOptions } from './paneOptions.js';
import { ProgressCounter } from './progress.js';
import { StatusGlyphs } from './statusGlyphs.js';
import { PaneZones } from './zones.js';
import { ZoneMirror } from './zoneMirror.js';
import { installContextMenu } from './contextMenu.js';
import { installSegmentGuard, type GuardReason } from './segmentGuard.js';
import { hiddenRuns, nextShown, zoneOwners } from './segmentFilter.js';

type Editor = monaco.editor.IStandaloneCodeEditor;
/** Monaco's editor has hidden areas (folding uses them) but its public typings leave the method out. */
type HidesAreas = { setHiddenAreas(ranges: monaco.IRange[], source?: unknown): void };

/** The segment data the editor needs. */
export interface EditorSegment {
  id: string;
  source: string;
  target: string;
  paragraph: number;
  status: SegmentStatus;
}

/** What the editor reports to its host (the React shell). */
export interface EditorCallbacks {
  /** A segment's draft or status changed (autosave input). */
  onChange(change: SegmentChange): void;
  /** Active segment, progress or anything else the status bar shows changed. */
  onStats(): void;
  /** The segment guard stepped in (an edit undone or changed, a replacement refused). */
  onGuard(reason: GuardReason): void;
  /** The user asked for the shortcuts reference. */
  onHelp(): void;
  /** The user asked to save now. */
  onSave(): void;
  /** Focus left the draft editor (a good moment to save). */
  onBlur(): void;
  /** The user asked to add the selected source (and draft) text to the glossary. */
  onAddTerm?(): void;
  /** The user asked to insert the active segment's n-th glossary term (1–9). */
  onInsertTerm?(n: number): void;
  /** The user asked for the glossary view (or to leave it). */
  onGlossaryView?(): void;
  /** The user asked to insert the active segment's n-th memory match (1–3). */
  onInsertMatch?(n: number): void;
  /** The user asked for the concordance search. */
  onConcordance?(): void;
  /**
   * Asked before Ctrl+Enter confirms segment `line` (1-based): false holds the
   * confirmation back (the host asks the user, then calls
   * {@link BilingualEditor.confirm}). A promise: the host first waits for the
   * checks of what was just typed; the segment is confirmed when it resolves
   * true and the draft has not changed meanwhile.
   */
  beforeConfirm?(line: number): boolean | Promise<boolean>;
  /** The active segment changed (1-based line). */
  onActive?(line: number): void;
  /** The draft pane scrolled or was resized: the lines on screen changed. */
  onViewport?(): void;
}

/** Options for {@link BilingualEditor}. */
export interface BilingualEditorOptions {
  sourceHost: HTMLElement;
  targetHost: HTMLElement;
  segments: readonly EditorSegment[];
  fontSize: number;
  sourceAriaLabel: string;
  targetAriaLabel: string;
  callbacks: EditorCallbacks;
}

/** Height (px) of the gap between paragraphs, as a share of the line height. */
const GAP_RATIO = 0.75;
/** Lines aligned before the first paint; the rest follow in slices of SLICE_LINES. */
const FIRST_PASS_LINES = 300;
const SLICE_LINES = 250;

function toMonacoKey(c: Chord): number {
  let k = monaco.KeyCode[c.key as keyof typeof monaco.KeyCode] as number;
  if (c.ctrl) k |= monaco.KeyMod.CtrlCmd;
  if (c.shift) k |= monaco.KeyMod.Shift;
  if (c.alt) k |= monaco.KeyMod.Alt;
  return k;
}

/**
 * The two panes: the Romanian source (read-only) and the English draft, one
 * segment per line, kept level line for line. Monaco owns the text; this class
 * owns alignment, status and the segment-keeping rules, and tells the host
 * about changes through callbacks (never re-rendering React per keystroke).
 */
export class BilingualEditor {
  readonly source: Editor;
  readonly target: Editor;
  readonly progress: ProgressCounter;
  private readonly segments: readonly EditorSegment[];
  private readonly paragraphs: Int32Array;
  private readonly align: AlignmentState;
  private readonly sourceZones: PaneZones;
  private readonly targetZones: PaneZones;
  private readonly glyphs: StatusGlyphs;
  private readonly mirror: ZoneMirror;
  private readonly menus: { relabel(): void; dispose(): void }[] = [];
  private mirrorQueued = false;
  private readonly activeSource: monaco.editor.IEditorDecorationsCollection;
  private readonly activeTarget: monaco.editor.IEditorDecorationsCollection;
  private readonly disposables: monaco.IDisposable[] = [];
  private readonly dirtyLines = new Set<number>();
  private realignAll = false;
  private realignQueued = false;
  private sliceTimer: ReturnType<typeof setTimeout> | null = null;
  private slicedUpTo = 0;
  private readonly lastWidth = { source: -1, target: -1 };
  private syncingScroll = false;
  private applyingExternal = false;
  private gap: number;
  private activeLine = 1;
  /** performance.now() of the user's last edit of the draft (-Infinity before any): see typingPause.ts. */
  lastEditAt = -Infinity;
  /** Milliseconds spent in the last few alignment passes (for the bench and tests). */
  readonly alignTimings: number[] = [];
  private readonly lineById: Map<string, number>;

  constructor(private readonly opts: BilingualEditorOptions) {
    this.segments = opts.segments;
    const n = this.segments.length;
    this.paragraphs = Int32Array.from(this.segments, (s) => s.paragraph);
    this.lineById = new Map(this.segments.map((s, i) => [s.id, i + 1]));
    this.progress = new ProgressCounter(
      this.segments.map((s) => s.status),
      [],
    );
    const common = paneOptions(n, opts.fontSize);
    const text = (f: (s: EditorSegment) => string) => this.segments.map((s) => flattenNewlines(f(s))).join('\n');
    const sourceModel = monaco.editor.createModel(
      text((s) => s.source),
      'plaintext',
    );
    const targetModel = monaco.editor.createModel(
      text((s) => s.target),
      'plaintext',
    );
    sourceModel.setEOL(monaco.editor.EndOfLineSequence.LF);
    targetModel.setEOL(monaco.editor.EndOfLineSequence.LF);
    this.source = monaco.editor.create(opts.sourceHost, {
      ...common,
      model: sourceModel,
      readOnly: true,
      readOnlyMessage: { value: '' },
      ariaLabel: opts.sourceAriaLabel,
      glyphMargin: false,
    });
    this.target = monaco.editor.create(opts.targetHost, {
      ...common,
      model: targetModel,
      ariaLabel: opts.targetAriaLabel,
    });
    this.gap = Math.round(this.lineHeight() * GAP_RATIO);
    this.align = new AlignmentState(this.paragraphs, this.gap);
    const gapOf = (i: number) => (endsParagraph(this.paragraphs, i) ? this.gap : 0);
    this.sourceZones = new PaneZones(this.source, n, gapOf);
    this.targetZones = new PaneZones(this.target, n, gapOf);
    this.glyphs = new StatusGlyphs(
      this.target,
      (i) => this.progress.status(i),
      n,
      (i) => this.isShown(i + 1),
    );
    this.mirror = new ZoneMirror(this.source, this.target, () => this.lineCount);
    this.activeSource = this.source.createDecorationsCollection();
    this.activeTarget = this.target.createDecorationsCollection();
    this.wire();
    this.lastWidth.source = this.source.getLayoutInfo().contentWidth;
    this.lastWidth.target = this.target.getLayoutInfo().contentWidth;
    this.alignInSlices();
    this.setActive(1);
    this.target.setPosition({ lineNumber: 1, column: targetModel.getLineMaxColumn(1) });
  }

  /** Number of segments. */
  get lineCount(): number {
    return this.segments.length;
  }

  /** The active segment, 1-based. */
  get active(): number {
    return this.activeLine;
  }

  /** The segment at a 1-based line. */
  segment(line: number): EditorSegment | undefined {
    return this.segments[line - 1];
  }

  /** The id of the segment on a 1-based line. */
  segmentIdAt(line: number): string | undefined {
    return this.segments[line - 1]?.id;
  }

  /** The 1-based line of a segment. */
  lineOf(segmentId: string): number | undefined {
    return this.lineById.get(segmentId);
  }

  /** The draft model's version id: it grows with every change of the draft. */
  draftVersion(): number {
    return this.target.getModel()?.getVersionId() ?? 0;
  }

  /** The text selected in a pane, on one line (empty when nothing is selected there). */
  selection(pane: 'source' | 'target'): { line: number; text: string; before: string } {
    const ed = pane === 'source' ? this.source : this.target;
    const sel = ed.getSelection();
    const model = ed.getModel();
    if (!sel || !model || sel.isEmpty() || sel.startLineNumber !== sel.endLineNumber)
      return { line: sel?.positionLineNumber ?? this.activeLine, text: '', before: '' };
    // The segment's text before the selection: "Add term" tells from it whether the selection starts a sentence.
    const before = model.getLineContent(sel.startLineNumber).slice(0, sel.startColumn - 1);
    return { line: sel.startLineNumber, text: model.getValueInRange(sel), before };
  }

  /** Inserts text at the draft's caret (replacing its selection) as one undoable edit. */
  insertAtCursor(text: string): void {
    const sel = this.target.getSelection();
    if (!sel) return;
    const flat = flattenNewlines(text);
    this.target.pushUndoStop();
    this.target.executeEdits('dragoman.insertTerm', [{ range: sel, text: flat, forceMoveMarkers: true }]);
    this.target.pushUndoStop();
    this.target.focus();
  }

  /** Moves to segment `line` and selects the given 0-based UTF-16 range of its draft (or puts the caret at its end). */
  reveal(line: number, range?: { start: number; end: number }): void {
    this.goTo(line);
    const model = this.target.getModel();
    if (!range || !model) return;
    const max = model.getLineMaxColumn(line);
    const start = Math.min(range.start + 1, max);
    const end = Math.min(range.end + 1, max);
    this.target.setSelection(new monaco.Range(line, start, line, end));
    this.target.revealRangeInCenterIfOutsideViewport(new monaco.Range(line, start, line, end));
  }

  /** The 1-based lines of the draft pane now on screen. */
  visibleLines(): { first: number; last: number } {
    const ranges = this.target.getVisibleRanges();
    if (ranges.length === 0) return { first: 1, last: Math.min(this.lineCount, 50) };
    return { first: ranges[0]!.startLineNumber, last: ranges[ranges.length - 1]!.endLineNumber };
  }

  /** Puts the caret in the draft. */
  focus(): void {
    this.target.focus();
  }

  /** Changes the font size of both panes; the alignment follows. */
  setFontSize(px: number): void {
    this.source.updateOptions({ fontSize: px });
    this.target.updateOptions({ fontSize: px });
    const gap = Math.round(this.lineHeight() * GAP_RATIO);
    if (gap !== this.gap) {
      this.gap = gap;
      this.align.setGap(gap);
    }
    this.realign(true);
  }

  /** Re-titles the status glyphs (after a UI language change). */
  relabel(sourceAria: string, targetAria: string): void {
    this.glyphs.renderAll();
    for (const m of this.menus) m.relabel();
    this.source.updateOptions({ ariaLabel: sourceAria });
    this.target.updateOptions({ ariaLabel: targetAria });
  }

  /** Applies edits that did not come from typing (recovered work): no autosave, no undo entry. */
  applyExternal(changes: readonly SegmentChange[]): void {
    const index = new Map(this.segments.map((s, i) => [s.id, i]));
    const model = this.target.getModel();
    if (!model) return;
    this.applyingExternal = true;
    try {
      const edits: monaco.editor.IIdentifiedSingleEditOperation[] = [];
      for (const c of changes) {
        const i = index.get(c.id);
        if (i === undefined) continue;
        if (c.target !== undefined) {
          edits.push({
            range: new monaco.Range(i + 1, 1, i + 1, model.getLineMaxColumn(i + 1)),
            text: flattenNewlines(c.target),
          });
        }
        if (c.status !== undefined && this.progress.set(i, c.status)) this.glyphs.update(i);
      }
      if (edits.length > 0) model.applyEdits(edits);
    } finally {
      this.applyingExternal = false;
    }
    this.opts.callbacks.onStats();
  }

  /** Runs a workbench command (from a key binding, the toolbar or the menu). */
  run(cmd: WorkbenchCommand): void {
    const line = this.activeLine;
    switch (cmd.kind) {
      case 'next':
      case 'enter':
        this.goTo(nextShown(this.shown, line, 1, this.lineCount));
        break;
      case 'previous':
        this.goTo(nextShown(this.shown, line, -1, this.lineCount));
        break;
      case 'confirm': {
        const verdict = this.opts.callbacks.beforeConfirm?.(line) ?? true;
        if (verdict === true) this.confirm(line);
        else if (verdict !== false) {
          const id = this.segmentIdAt(line);
          const draft = this.target.getModel()?.getLineContent(line);
          void verdict.then((ok) => {
            // Typing on (or a reload) while the checks caught up: the press no longer speaks for this text.
            if (ok && id && this.lineOf(id) === line && this.target.getModel()?.getLineContent(line) === draft) {
              this.confirm(line);
            }
          });
        }
        break;
      }
      case 'copySource': {
        const model = this.target.getModel();
        const src = this.source.getModel()?.getLineContent(line) ?? '';
        if (!model) break;
        this.target.pushUndoStop();
        this.target.executeEdits('dragoman.copySource', [
          { range: new monaco.Range(line, 1, line, model.getLineMaxColumn(line)), text: src },
        ]);
        this.target.pushUndoStop();
        this.goTo(line);
        break;
      }
      case 'selectSegment':
        this.selectSegment();
        break;
      case 'setStatus':
        this.setStatus(line, cmd.status);
        break;
      case 'help':
        this.opts.callbacks.onHelp();
        break;
      case 'save':
        this.opts.callbacks.onSave();
        break;
      case 'addTerm':
        this.opts.callbacks.onAddTerm?.();
        break;
      case 'insertTerm':
        this.opts.callbacks.onInsertTerm?.(cmd.n);
        break;
      case 'glossaryView':
        this.opts.callbacks.onGlossaryView?.();
        break;
      case 'insertMatch':
        this.opts.callbacks.onInsertMatch?.(cmd.n);
        break;
      case 'concordance':
        this.opts.callbacks.onConcordance?.();
        break;
    }
  }

  /** Confirms segment `line` (1-based) and moves to the next unconfirmed one. */
  confirm(line: number): void {
    const cur = this.progress.status(line - 1);
    if (cur !== 'reviewed') this.setStatus(line, 'translated');
    const next = this.progress.nextUndone(line - 1);
    // A filtered view moves on to the next segment it shows.
    if (this.shown) this.goTo(nextShown(this.shown, line, 1, this.lineCount));
    else this.goTo(next >= 0 ? next + 1 : Math.min(this.lineCount, line + 1));
  }

  /**
   * Selects the active segment's draft; when the selection is still the one
   * the previous call made, the whole document instead (edits across
   * segments then go through the segment guard).
   */
  selectSegment(): void {
    const model = this.target.getModel();
    if (!model) return;
    const current = this.target.getSelection();
    if (current && this.segmentSelection?.equalsSelection(current)) {
      this.segmentSelection = null;
      this.target.setSelection(model.getFullModelRange());
      return;
    }
    const line = this.activeLine;
    this.segmentSelection = new monaco.Selection(line, 1, line, model.getLineMaxColumn(line));
    this.target.setSelection(this.segmentSelection);
  }

  private segmentSelection: monaco.Selection | null = null;
  /** The segment filter: which lines are shown (null = all), and whose filler each zone carries. */
  private shown: readonly boolean[] | null = null;
  private owners: Int32Array | null = null;

  /**
   * Shows only the segments whose entry in `shown` (0-based) is true, in both
   * panes (Monaco hidden areas), or every segment for null. Line N stays
   * segment N; the caret moves to a shown segment.
   */
  setShown(shown: readonly boolean[] | null): void {
    const all = !shown || shown.every(Boolean);
    this.shown = all ? null : shown;
    this.owners = this.shown ? zoneOwners(this.shown) : null;
    const ranges = this.shown ? hiddenRuns(this.shown).map((r) => new monaco.Range(r.start, 1, r.end, 1)) : [];
    for (const ed of [this.source, this.target])
      (ed as unknown as HidesAreas).setHiddenAreas(ranges, 'dragoman.filter');
    this.realign(true);
    this.glyphs.renderAll();
    if (this.shown && !this.shown[this.activeLine - 1]) {
      const first = this.shown.indexOf(true);
      if (first >= 0) this.goTo(first + 1);
    }
  }

  /** Whether segment `line` (1-based) is shown by the filter. */
  isShown(line: number): boolean {
    return !this.shown || this.shown[line - 1] === true;
  }

  /** The zone height after line i (0-based) in a pane, where a filter moves fillers to the zone Monaco still draws. */
  private zoneHeight(i: number, pane: 'source' | 'target'): number {
    if (!this.owners) return this.align.zones[i]?.[pane] ?? 0;
    const o = this.owners[i] ?? -1;
    if (o < 0) return 0;
    const gap = i + 1 < this.lineCount && this.paragraphs[o] !== this.paragraphs[i + 1] ? this.gap : 0;
    const z = zoneAfter(
      Math.max(0, this.align.sourceHeights[o] ?? 0),
      Math.max(0, this.align.targetHeights[o] ?? 0),
      gap,
    );
    return z[pane];
  }

  /** The zones a changed line's filler lives in (itself, or the zone it moved to under a filter). */
  private zoneSlots(changed: readonly number[]): number[] {
    const owners = this.owners;
    if (!owners) return [...changed];
    const out: number[] = [];
    for (const o of changed) {
      for (let k = o; k < this.lineCount; k++) {
        if (owners[k] === o) {
          out.push(k);
          break;
        }
        if (k > o && this.shown?.[k]) break;
      }
    }
    return out;
  }
  private disposed = false;

  /** Moves the caret to the end of segment `line` (1-based) in the draft and shows it. */
  goTo(line: number): void {
    const model = this.target.getModel();
    if (!model || this.lineCount === 0) return;
    const l = Math.min(Math.max(1, line), this.lineCount);
    const end = model.getLineMaxColumn(l);
    this.target.setPosition({ lineNumber: l, column: end });
    // The whole segment, not its first row: a wrapped segment at the viewport's edge would otherwise
    // leave the caret (at its end, on the last row) out of sight.
    this.target.revealRangeInCenterIfOutsideViewport(new monaco.Range(l, 1, l, end));
    this.target.focus();
  }

  /** Sets segment `line`'s (1-based) status and queues it for saving. */
  setStatus(line: number, status: SegmentStatus): void {
    const i = line - 1;
    const seg = this.segments[i];
    if (!seg || !this.progress.set(i, status)) return;
    this.glyphs.update(i);
    this.opts.callbacks.onChange({ id: seg.id, status });
    this.opts.callbacks.onStats();
  }

  /** The current draft text of segment `line` (1-based). */
  draft(line: number): string {
    return this.target.getModel()?.getLineContent(line) ?? '';
  }

  /** Top edge (px, relative to the viewport of the page) of segment `line` in a pane: a test hook. */
  segmentTop(pane: 'source' | 'target', line: number): number {
    const ed = pane === 'source' ? this.source : this.target;
    const rect = ed.getDomNode()?.getBoundingClientRect();
    return (rect?.top ?? 0) + ed.getTopForLineNumber(line) - ed.getScrollTop();
  }

  dispose(): void {
    this.disposed = true;
    for (const m of this.menus) m.dispose();
    this.cancelSlices();
    for (const d of this.disposables) d.dispose();
    const models = [this.source.getModel(), this.target.getModel()];
    this.source.dispose();
    this.target.dispose();
    for (const m of models) m?.dispose();
  }

  private lineHeight(): number {
    return this.target.getOption(monaco.editor.EditorOption.lineHeight);
  }

  private wire(): void {
    const d = this.disposables;
    const target = this.target;
    const source = this.source;
    d.push(
      target.onDidChangeModelContent((e) => this.onTargetContent(e)),
      source.onDidLayoutChange((info) => this.onLayout(source, info)),
      target.onDidLayoutChange((info) => this.onLayout(target, info)),
      source.onDidChangeConfiguration((e) => this.onConfiguration(e)),
      target.onDidChangeConfiguration((e) => this.onConfiguration(e)),
      source.onDidScrollChange((e) => e.scrollTopChanged && this.syncScroll(target, e.scrollTop)),
      target.onDidScrollChange((e) => e.scrollTopChanged && this.syncScroll(source, e.scrollTop)),
      target.onDidChangeCursorPosition((e) => this.setActive(e.position.lineNumber)),
      // Zones we did not make (Monaco's F8 problem peek) get a twin in the other pane.
      source.onDidContentSizeChange((e) => e.contentHeightChanged && this.queueMirror()),
      target.onDidContentSizeChange((e) => e.contentHeightChanged && this.queueMirror()),
      target.onDidChangeCursorPosition(() => this.queueMirror()),
      target.onDidBlurEditorWidget(() => this.opts.callbacks.onBlur()),
      target.onDidScrollChange((e) => e.scrollTopChanged && this.opts.callbacks.onViewport?.()),
      target.onDidLayoutChange(() => this.opts.callbacks.onViewport?.()),
      source.onMouseUp(() => {
        const sel = source.getSelection();
        if (sel && sel.isEmpty()) this.goTo(sel.positionLineNumber);
      }),
    );
    const run = (command: WorkbenchCommand) => () => this.run(command);
    this.menus.push(
      installContextMenu(target, [
        { id: 'dragoman.ctx.confirm', label: 'toolbar.markTranslated', run: run({ kind: 'confirm' }) },
        { id: 'dragoman.ctx.copySource', label: 'toolbar.copySource', run: run({ kind: 'copySource' }) },
        { id: 'dragoman.ctx.selectSegment', label: 'editing.menu.selectSegment', run: run({ kind: 'selectSegment' }) },
        { id: 'dragoman.ctx.addTerm', label: 'editing.menu.addTerm', run: run({ kind: 'addTerm' }) },
        { id: 'dragoman.ctx.concordance', label: 'memory.shortcuts.concordance', run: run({ kind: 'concordance' }) },
        { id: 'dragoman.ctx.help', label: 'toolbar.shortcuts', run: run({ kind: 'help' }) },
      ]),
      installContextMenu(source, [
        { id: 'dragoman.ctx.addTerm', label: 'editing.menu.addTerm', run: run({ kind: 'addTerm' }) },
        { id: 'dragoman.ctx.concordance', label: 'memory.shortcuts.concordance', run: run({ kind: 'concordance' }) },
        { id: 'dragoman.ctx.help', label: 'toolbar.shortcuts', run: run({ kind: 'help' }) },
      ]),
    );
    d.push(installSegmentGuard(target, this.lineCount, (r) => this.opts.callbacks.onGuard(r)));
    for (const b of BINDINGS) {
      for (const chord of b.chords) {
        const key = toMonacoKey(chord);
        // Enter accepts an open completion (or code action) list, and finds or
        // replaces in the find widget (which is inside the editor), rather than moving on.
        const when =
          b.command.kind === 'enter'
            ? '!suggestWidgetVisible && !codeActionMenuVisible && !findInputFocussed && !replaceInputFocussed'
            : undefined;
        target.addCommand(key, () => this.run(b.command), when);
        // In the read-only source only navigation, help, saving, adding
        // the selected term and the glossary view make sense.
        const k = b.command.kind;
        if (
          k === 'next' ||
          k === 'previous' ||
          k === 'help' ||
          k === 'save' ||
          k === 'addTerm' ||
          k === 'glossaryView' ||
          k === 'concordance'
        ) {
          source.addCommand(key, () => this.run(b.command));
        }
      }
    }
  }

  private onTargetContent(e: monaco.editor.IModelContentChangedEvent): void {
    const model = this.target.getModel();
    if (!model || model.getLineCount() !== this.lineCount) return; // the guard restores it
    for (const c of e.changes) {
      if (hasLineBreak(c.text)) return;
      for (let l = c.range.startLineNumber; l <= c.range.endLineNumber; l++) this.dirtyLines.add(l - 1);
    }
    if (!this.applyingExternal) this.lastEditAt = performance.now();
    for (const i of this.dirtyLinesSnapshot(e)) {
      if (!this.applyingExternal) this.recordEdit(i, model.getLineContent(i + 1));
      this.glyphs.update(i);
    }
    this.queueRealign(false);
  }

  private *dirtyLinesSnapshot(e: monaco.editor.IModelContentChangedEvent): Iterable<number> {
    const seen = new Set<number>();
    for (const c of e.changes) {
      for (let l = c.range.startLineNumber; l <= c.range.endLineNumber; l++) {
        if (!seen.has(l)) {
          seen.add(l);
          yield l - 1;
        }
      }
    }
  }

  private recordEdit(i: number, text: string): void {
    const seg = this.segments[i];
    if (!seg) return;
    const cur = this.progress.status(i);
    // Typing makes an untranslated segment a draft; editing a confirmed one re-opens it.
    let status: SegmentStatus | undefined;
    if (text.trim() === '' && cur === 'draft') status = 'untranslated';
    else if (text.trim() !== '' && cur !== 'draft') status = 'draft';
    if (!status || !this.progress.set(i, status)) status = undefined;
    this.opts.callbacks.onChange(status ? { id: seg.id, target: text, status } : { id: seg.id, target: text });
    this.opts.callbacks.onStats();
  }

  private syncScroll(other: Editor, top: number): void {
    if (this.syncingScroll) return;
    this.syncingScroll = true;
    try {
      if (other.getScrollTop() !== top) other.setScrollTop(top, monaco.editor.ScrollType.Immediate);
    } finally {
      this.syncingScroll = false;
    }
  }

  private setActive(line: number): void {
    if (line === this.activeLine && this.activeTarget.length > 0) return;
    this.activeLine = line;
    const deco = [
      {
        range: new monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'dg-active', marginClassName: 'dg-active-margin' },
      },
    ];
    this.activeSource.set(deco);
    this.activeTarget.set(deco);
    this.sourceZones.setActive(line - 1);
    this.targetZones.setActive(line - 1);
    this.opts.callbacks.onStats();
    this.opts.callbacks.onActive?.(line);
  }

  /** Re-levels the panes around foreign view zones once the alignment has settled (a frame later: the peek lays out then). */
  private queueMirror(): void {
    if (this.mirror.busy || this.mirrorQueued) return;
    this.mirrorQueued = true;
    requestAnimationFrame(() => {
      this.mirrorQueued = false;
      if (this.disposed) return;
      // Still aligning: the last slice or pass changes zones again and brings us back here.
      if (this.realignQueued || this.sliceTimer !== null) return;
      this.mirror.update();
    });
  }

  /**
   * Alignment runs in a microtask: after Monaco has re-wrapped the edited lines,
   * before the frame is painted, and once for a burst of events.
   */
  private queueRealign(all: boolean): void {
    this.realignAll ||= all;
    if (this.realignQueued) return;
    this.realignQueued = true;
    queueMicrotask(() => {
      this.realignQueued = false;
      const everything = this.realignAll;
      this.realignAll = false;
      this.realign(everything);
    });
  }

  /** Full pass: every line measured and every zone re-applied (the gap may have changed). */
  private realign(all: boolean): void {
    if (all) {
      this.cancelSlices();
      this.alignLines(range(0, this.lineCount), true);
    } else {
      const dirty = [...this.dirtyLines];
      this.dirtyLines.clear();
      this.alignLines(dirty, false);
    }
  }

  /**
   * At open only the first screenfuls are aligned before the first paint; the
   * rest follows in slices, one task each, below the viewport where a zone
   * moves nothing the user sees.
   */
  private alignInSlices(): void {
    const first = Math.min(this.lineCount, FIRST_PASS_LINES);
    this.alignLines(range(0, first), true);
    this.slicedUpTo = first;
    const step = () => {
      this.sliceTimer = null;
      const end = Math.min(this.lineCount, this.slicedUpTo + SLICE_LINES);
      this.alignLines(range(this.slicedUpTo, end), true);
      this.slicedUpTo = end;
      if (end < this.lineCount) this.sliceTimer = setTimeout(step, 0);
    };
    if (first < this.lineCount) this.sliceTimer = setTimeout(step, 0);
  }

  private cancelSlices(): void {
    if (this.sliceTimer !== null) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
    this.slicedUpTo = this.lineCount;
  }

  /** Measures the given 0-based lines in both panes and updates their zones. */
  private alignLines(lines: readonly number[], reapply: boolean): void {
    const t0 = performance.now();
    const changed: number[] = [];
    const s = this.source;
    const t = this.target;
    for (const i of lines) {
      if (i < 0 || i >= this.lineCount) continue;
      const l = i + 1;
      const hs = s.getBottomForLineNumber(l) - s.getTopForLineNumber(l);
      const ht = t.getBottomForLineNumber(l) - t.getTopForLineNumber(l);
      if (this.align.update(i, hs, ht)) changed.push(i);
    }
    // PaneZones skips zones whose height is unchanged, so re-applying is cheap.
    const toApply = reapply ? lines : this.zoneSlots(changed);
    if (toApply.length > 0) {
      this.sourceZones.apply(toApply, (i) => this.zoneHeight(i, 'source'));
      this.targetZones.apply(toApply, (i) => this.zoneHeight(i, 'target'));
    }
    if (s.getScrollTop() !== t.getScrollTop()) this.syncScroll(s, t.getScrollTop());
    this.alignTimings.push(performance.now() - t0);
    if (this.alignTimings.length > 200) this.alignTimings.splice(0, 100);
  }

  private onConfiguration(e: monaco.editor.ConfigurationChangedEvent): void {
    const o = monaco.editor.EditorOption;
    if (e.hasChanged(o.fontInfo) || e.hasChanged(o.lineHeight) || e.hasChanged(o.wrappingInfo)) this.queueRealign(true);
  }

  /** Wrapping depends on the content width and the font only; a height change needs no realignment. */
  private onLayout(ed: Editor, info: monaco.editor.EditorLayoutInfo): void {
    const key = ed === this.source ? 'source' : 'target';
    if (this.lastWidth[key] === info.contentWidth) return;
    this.lastWidth[key] = info.contentWidth;
    this.queueRealign(true);
  }
}

/** The integers from `from` (inclusive) to `to` (exclusive). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
