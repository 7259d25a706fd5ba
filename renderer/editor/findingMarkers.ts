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
 * line, unless the finding is about a part of the source (a missing term or
 * number) and `texts` gives the draft line and the source's length: then it
 * covers the draft word at the same relative position. Ranges are clamped to the line, since a finding may describe a text
 * the user has edited since.
 *
 * An empty range (an empty line, an insertion point such as a missing full
 * stop at the end) becomes one character wide where the line has one —
 * the character before the point at the end of a line, the one after it
 * elsewhere — because Monaco draws a zero-width squiggle as a dot that is
 * easy to miss and hard to hover. On an empty line it stays at column 1..1,
 * which Monaco renders as a short squiggle one character wide.
 */
export function markerFor(
  f: Finding,
  line: number,
  lineLength: number,
  message: string,
  texts?: { line: string; sourceLength: number },
): MarkerData {
  const clamp = (o: number) => Math.max(0, Math.min(lineLength, o));
  let start = f.range ? clamp(f.range.start) : 0;
  let end = f.range ? clamp(Math.max(f.range.start, f.range.end)) : lineLength;
  if (!f.range && f.sourceRange && texts && texts.line.length === lineLength) {
    // Something of the source is missing from the draft (a glossary term, a
    // number): mark the word where it would be, not the whole segment.
    ({ start, end } = wordAtMappedPoint(f.sourceRange.start, texts.sourceLength, texts.line));
  }
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

/**
 * The word of `line` at the position proportional to `sourceOffset` in a
 * source of `sourceLength` (the draft follows the source's order roughly):
 * `[start, end)` offsets; an empty range at 0 for an empty line.
 */
export function wordAtMappedPoint(
  sourceOffset: number,
  sourceLength: number,
  line: string,
): { start: number; end: number } {
  if (line.length === 0) return { start: 0, end: 0 };
  const ratio = sourceLength > 0 ? Math.min(1, Math.max(0, sourceOffset / sourceLength)) : 0;
  let at = Math.min(line.length - 1, Math.round(ratio * line.length));
  const isSpace = (i: number) => /\s/.test(line[i] ?? ' ');
  // On a space: the next word, or the previous one at the end of the line.
  while (at < line.length && isSpace(at)) at++;
  if (at === line.length) {
    at = line.length - 1;
    while (at > 0 && isSpace(at)) at--;
  }
  let start = at;
  while (start > 0 && !isSpace(start - 1)) start--;
  let end = at;
  while (end < line.length && !isSpace(end)) end++;
  return { start, end };
}
