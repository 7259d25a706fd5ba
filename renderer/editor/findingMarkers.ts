/**
 * Findings as Monaco marker data. Pure: no Monaco import, so it is tested in
 * node; markerSync.ts hands the result to monaco.editor.setModelMarkers.
 */
import type { Finding, Severity } from '../../shared/model/finding.js';
import { MARKER_SOURCE } from './languages.js';

/** A plain object with the shape of monaco.editor.IMarkerData. */
export interface MarkerData {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  /** Monaco's MarkerSeverity value. */
  severity: number;
  message: string;
  /** The check id, shown after the message and used to find the finding again. */
  code: string;
  source: string;
}

/** Monaco's MarkerSeverity values (monaco.MarkerSeverity.Error = 8, Warning = 4, Info = 2). */
export const MARKER_SEVERITY: Readonly<Record<Severity, number>> = { error: 8, warning: 4, info: 2 };

/**
 * The marker for one finding of the segment on `line` (1-based) whose text is
 * `lineLength` UTF-16 units long. The target range maps to columns
 * (offset o ↔ column o + 1); without a range the marker covers the whole
 * line. Ranges are clamped to the line, since a finding may describe a text
 * the user has edited since.
 *
 * An empty range (an empty line, an insertion point such as a missing full
 * stop at the end) becomes one character wide where the line has one —
 * the character before the point at the end of a line, the one after it
 * elsewhere — because Monaco draws a zero-width squiggle as a dot that is
 * easy to miss and hard to hover. On an empty line it stays at column 1..1,
 * which Monaco renders as a short squiggle one character wide.
 */
export function markerFor(f: Finding, line: number, lineLength: number, message: string): MarkerData {
  const clamp = (o: number) => Math.max(0, Math.min(lineLength, o));
  let start = f.range ? clamp(f.range.start) : 0;
  let end = f.range ? clamp(Math.max(f.range.start, f.range.end)) : lineLength;
  if (start === end && lineLength > 0) {
    if (end < lineLength) end += 1;
    else start -= 1;
  }
  return {
    startLineNumber: line,
    startColumn: start + 1,
    endLineNumber: line,
    endColumn: end + 1,
    severity: MARKER_SEVERITY[f.severity],
    message,
    code: f.check,
    source: MARKER_SOURCE,
  };
}
