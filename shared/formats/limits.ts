/**
 * Upper bounds on what Dragoman reads and writes, one place for all of them
 * (docs/limits.md explains them to users). Beyond these an input is almost
 * certainly the wrong file (or hostile), and handling it would exhaust memory
 * or make a project the app cannot open; every command and service refuses
 * it early, with a message naming the limit, instead. The memory figures are
 * peak RSS measured with `/usr/bin/time -v` on the sample article repeated
 * (Node 20, December 2026).
 */
import type { BilingualDocument } from '../model/segment.js';
import { FormatError } from './formatError.js';

/** Any single input file (glossaries, DOCX, XLIFF, projects). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** Same bound in UTF-16 code units, for text already in memory. */
export const MAX_INPUT_CHARS = MAX_INPUT_BYTES;

/** Deepest element nesting the XML reader accepts; real TBX/XLIFF stay under 30. */
export const MAX_XML_DEPTH = 512;

/**
 * Segments a project may hold: what the app opens (WorkbenchApi LIMITS.segments).
 * `import` refuses a document that would make more, so it never writes a
 * project the app refuses. 200,000 segments import in 14 s, 587 MB.
 */
export const MAX_PROJECT_SEGMENTS = 200_000;

/** Characters in one segment's source or target (WorkbenchApi LIMITS.segmentText). */
export const MAX_SEGMENT_CHARS = 100_000;

/**
 * A text document to import, segment or list terms in (.txt, .md, .html and
 * the --lines/--target files), and each file `check` reads. `terms` needs
 * about 30 bytes of memory per input byte (10 MB: 297 MB, 5.8 s), so 32 MB
 * stays near 1 GB.
 */
export const MAX_TEXT_BYTES = 32 * 1024 * 1024;

/**
 * What `check` checks at once. The check engine keeps every segment's tokens
 * and term matches for its document-wide checks, about 100 bytes per
 * character: 46,540 segments (5 MB a side) peak at 523 MB and 20 s, 25 MB a
 * side needed 3 GB and 50 MB ran out of memory. 100,000 segments and 16
 * million characters (source and target together) stay near 1.2 GB.
 */
export const MAX_CHECK_SEGMENTS = 100_000;
/** See {@link MAX_CHECK_SEGMENTS}. */
export const MAX_CHECK_CHARS = 16_000_000;

/**
 * Segments in a DOCX review table. The docx library builds the whole document
 * as objects: 20,000 segments take 1.2 GB and 64 s, 50,000 take 2.8 GB and
 * 162 s, 104,000 ran out of memory and 261,000 overflowed its stack. Larger
 * projects go to review as XLIFF, or in parts.
 */
export const MAX_DOCX_SEGMENTS = 20_000;

/** "12.3 MB", for messages. */
export function formatSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "200,000", for messages (fixed grouping, whatever the machine's locale). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What {@link checkDocumentLimits} holds a document to. */
export interface DocumentLimits {
  maxSegments: number;
  /** Per segment, source and target each; default {@link MAX_SEGMENT_CHARS}. */
  maxSegmentChars?: number;
  /** Source and target characters of all segments together; default unlimited. */
  maxChars?: number;
  /** What the limit is for, in the message ("a project may hold", "check checks at once"). */
  what: string;
  /** What to do instead, without the final full stop. */
  hint: string;
}

/**
 * Throws a FormatError naming `file` and the limit when `doc` is beyond
 * `limits`; cheap (one pass over the segments), so callers run it before
 * any costly work.
 */
export function checkDocumentLimits(doc: BilingualDocument, file: string, limits: DocumentLimits): void {
  const n = doc.segments.length;
  if (n > limits.maxSegments) {
    throw new FormatError(
      file,
      `it has ${formatCount(n)} segments, more than the ${formatCount(limits.maxSegments)} ${limits.what}`,
      { hint: limits.hint },
    );
  }
  const perSegment = limits.maxSegmentChars ?? MAX_SEGMENT_CHARS;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const s = doc.segments[i]!;
    const longest = Math.max(s.source.length, s.target.length);
    if (longest > perSegment) {
      throw new FormatError(
        file,
        `segment ${i + 1} has ${formatCount(longest)} characters, more than the ${formatCount(perSegment)} a segment may have`,
        { hint: 'Break that paragraph into shorter ones (a blank line between them)' },
      );
    }
    total += s.source.length + s.target.length;
  }
  if (limits.maxChars !== undefined && total > limits.maxChars) {
    throw new FormatError(
      file,
      `it has ${formatCount(total)} characters of text, more than the ${formatCount(limits.maxChars)} ${limits.what}`,
      { hint: limits.hint },
    );
  }
}
