/**
 * Keeps the draft model's Monaco markers in step with the check worker's
 * findings, one segment at a time.
 *
 * Each segment's markers have their own owner ("dragoman:<segmentId>").
 * Monaco's MarkerDecorations re-reads every marker of the model on any
 * change, but it diffs them by object identity, and the marker service only
 * creates new marker objects for the owner that changed. With one owner for
 * the whole document, every update replaces every marker object, so the
 * model removes and re-adds all squiggle decorations; with an owner per
 * segment only that segment's decorations change. Measured with Monaco
 * 0.57's MarkerService and MarkerDecorationsService, 5,000 one-marker
 * segments, one segment updated: one owner 0.75 ms and 1,000 decoration
 * edits per update (Monaco decorates at most 500 markers per model),
 * owner per segment 0.2 ms and 2 decoration edits.
 *
 * Monaco draws squiggles for the first 500 markers of a model only (a fixed
 * limit in its MarkerDecorationsService), in no useful order. So markers are
 * set only for the segments in a window around the lines on screen
 * ({@link MarkerSync.setWindow}); the findings panel lists the whole document.
 */
import { monaco } from './monaco.js';
import type { IdentifiedFinding } from '../workers/protocol.js';
import { findingMessage } from '../i18n/checkMessages.js';
import { type MarkerData, markerFor } from './findingMarkers.js';
import { MARKER_SOURCE } from './languages.js';

const OWNER_PREFIX = 'dragoman:';

interface SegmentMarkers {
  /** The line's text when the findings were set: quick-fix offsets are valid for this text only. */
  lineText: string;
  /** The line and the findings' ids the markers were made from (ids carry range and message). */
  signature: string;
  /** Marker key → finding, to find a marker's finding again for its code actions. */
  byMarker: Map<string, IdentifiedFinding>;
}

/** What identifies a marker Monaco hands back (it copies marker data, so identity is lost). */
function keyOf(m: Pick<MarkerData, 'startLineNumber' | 'startColumn' | 'endColumn' | 'code' | 'message'>): string {
  return `${m.startLineNumber}:${m.startColumn}:${m.endColumn}:${m.code}:${m.message}`;
}

/** A marker as code action providers receive it: Monaco's IMarker carries its owner. */
type ContextMarker = monaco.editor.IMarkerData & { owner?: string };

/** The findings of a document as markers on the draft model, updated per segment. */
export class MarkerSync {
  private readonly findings = new Map<string, readonly IdentifiedFinding[]>();
  private readonly shown = new Map<string, SegmentMarkers>();
  /** The 1-based lines whose segments get markers; null: every line. */
  private window: { first: number; last: number } | null = null;

  /**
   * @param model the draft (target) model
   * @param lineOf the 1-based line of a segment, undefined for an unknown id
   * @param segmentIdAt the segment on a 1-based line
   */
  constructor(
    private readonly model: monaco.editor.ITextModel,
    private readonly lineOf: (segmentId: string) => number | undefined,
    private readonly segmentIdAt: (line: number) => string | undefined,
    /** The source text of a 1-based line: findings about a part of it are marked at the matching place. */
    private readonly sourceOf?: (line: number) => string,
  ) {}

  /** Replaces one segment's findings and its markers. */
  set(segmentId: string, findings: readonly IdentifiedFinding[]): void {
    if (findings.length) this.findings.set(segmentId, findings);
    else this.findings.delete(segmentId);
    this.render(segmentId);
  }

  /** Replaces every segment's findings: segments missing from `all` lose theirs. */
  setAll(all: ReadonlyMap<string, readonly IdentifiedFinding[]>): void {
    for (const id of [...this.findings.keys()]) if (!all.has(id)) this.set(id, []);
    for (const [id, list] of all) this.set(id, list);
  }

  /**
   * Limits the markers to the segments on lines first..last (the lines on
   * screen plus a margin): segments leaving the window lose their markers,
   * segments entering it get theirs.
   */
  setWindow(first: number, last: number): void {
    const prev = this.window;
    if (prev && prev.first === first && prev.last === last) return;
    this.window = { first, last };
    for (const id of [...this.shown.keys()]) if (!this.inWindow(id)) this.render(id);
    for (const id of this.findings.keys()) if (!this.shown.has(id) && this.inWindow(id)) this.render(id);
  }

  /** Renders every message again, e.g. after the UI language changed. */
  relabel(): void {
    for (const id of this.findings.keys()) if (this.inWindow(id)) this.render(id, true);
  }

  /** The finding behind a marker of the draft model, if it is one of ours and still current. */
  findingFor(marker: ContextMarker): IdentifiedFinding | undefined {
    if (marker.source !== MARKER_SOURCE) return undefined;
    const segmentId = marker.owner?.startsWith(OWNER_PREFIX)
      ? marker.owner.slice(OWNER_PREFIX.length)
      : this.segmentIdAt(marker.startLineNumber);
    if (segmentId === undefined) return undefined;
    return this.shown.get(segmentId)?.byMarker.get(keyOf({ ...marker, code: String(marker.code ?? '') }));
  }

  /**
   * Whether a segment's line still reads as it did when its findings came:
   * if the user typed since, the fixes' offsets may point at other characters.
   */
  isCurrent(segmentId: string): boolean {
    const line = this.lineOf(segmentId);
    const shown = this.shown.get(segmentId);
    return line !== undefined && shown !== undefined && this.model.getLineContent(line) === shown.lineText;
  }

  /** Removes every marker this sync set. */
  dispose(): void {
    for (const id of this.shown.keys()) monaco.editor.setModelMarkers(this.model, OWNER_PREFIX + id, []);
    this.shown.clear();
    this.findings.clear();
  }

  private inWindow(segmentId: string): boolean {
    if (!this.window) return true;
    const line = this.lineOf(segmentId);
    return line !== undefined && line >= this.window.first && line <= this.window.last;
  }

  private render(segmentId: string, force = false): void {
    const findings = this.findings.get(segmentId) ?? [];
    const line = this.lineOf(segmentId);
    if (line === undefined || this.model.isDisposed() || !findings.length || !this.inWindow(segmentId)) {
      if (this.shown.delete(segmentId)) monaco.editor.setModelMarkers(this.model, OWNER_PREFIX + segmentId, []);
      return;
    }
    const lineText = this.model.getLineContent(line);
    // A whole-segment marker spans the line, so its length counts too.
    const span = findings.some((f) => !f.range) ? lineText.length : '';
    const signature = `${line}:${span}\n${findings.map((f) => f.id).join('\n')}`;
    const shown = this.shown.get(segmentId);
    if (!force && shown && shown.signature === signature) {
      // Same findings at the same places (most keystrokes): the markers Monaco has are right. Setting
      // them again would redraw the squiggles for nothing; only the text the fixes apply to moves on.
      shown.lineText = lineText;
      for (const f of findings) {
        for (const [key, old] of shown.byMarker) if (old.id === f.id) shown.byMarker.set(key, f);
      }
      return;
    }
    const byMarker = new Map<string, IdentifiedFinding>();
    const texts = this.sourceOf ? { line: lineText, sourceLength: this.sourceOf(line).length } : undefined;
    const markers = findings.map((f) => {
      const m = markerFor(f, line, lineText.length, findingMessage(f), texts);
      byMarker.set(keyOf(m), f);
      return m;
    });
    this.shown.set(segmentId, { lineText, signature, byMarker });
    monaco.editor.setModelMarkers(this.model, OWNER_PREFIX + segmentId, markers);
  }
}
