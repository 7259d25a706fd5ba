import type { BilingualDocument, Segment } from '../model/segment.js';
import { bodyTables, docxBody, readDocxDocument } from './docx.js';
import { FormatError } from './formatError.js';
import { REVIEW_COLUMNS } from './reviewTable.js';

/** One target the reviewer changed. */
export interface ReviewChange {
  /** 1-based segment number, as in the table. */
  number: number;
  segmentId: string;
  before: string;
  after: string;
}

/** Word and LibreOffice may turn line breaks into \r\n or add trailing spaces; those are not edits. */
function comparable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** How many mismatching rows a refusal lists before "and N more". */
const SHOWN = 5;

/**
 * Reads a review table written by writeReviewDocx (and edited in Word,
 * LibreOffice or any DOCX tool) and lists the targets that differ from
 * `doc`. The table must have one row per segment, numbered 1…n in order,
 * each with the project's source text; otherwise it is refused with a
 * FormatError naming the rows that do not match, and nothing is returned.
 * Changes of status or comments are not read: the translator decides those.
 */
export function readReviewChanges(bytes: Uint8Array, file: string, doc: BilingualDocument): ReviewChange[] {
  const body = docxBody(readDocxDocument(bytes, file), file);
  const table = bodyTables(body).find((t) => {
    const head = t.rows[0]?.map((c) => c.trim());
    return head !== undefined && REVIEW_COLUMNS.every((title, i) => head[i] === title);
  });
  if (!table) {
    throw new FormatError(
      file,
      `the document has no review table (a table whose columns are ${REVIEW_COLUMNS.join(', ')})`,
      {
        hint: 'Import the DOCX that `dragoman export --to docx` wrote, after review; do not remove or rename its columns',
      },
    );
  }
  const rows = table.rows.slice(1);
  const problems: string[] = [];
  if (rows.length !== doc.segments.length) {
    problems.push(`the table has ${rows.length} segment rows but the project has ${doc.segments.length} segments`);
  }
  const changes: ReviewChange[] = [];
  rows.forEach((cells, i) => {
    const expected = i + 1;
    const number = Number((cells[0] ?? '').trim());
    const segment: Segment | undefined = doc.segments[i];
    if (cells.length < 3) {
      problems.push(`row ${expected + 1} has ${cells.length} cells, not ${REVIEW_COLUMNS.length}`);
      return;
    }
    if (number !== expected) {
      problems.push(`row ${expected + 1} has segment number "${(cells[0] ?? '').trim()}", expected ${expected}`);
      return;
    }
    if (!segment) return;
    if (comparable(cells[1]!) !== comparable(segment.source)) {
      problems.push(
        `segment ${expected}: the source text differs from the project's ("${clip(cells[1]!)}" vs "${clip(segment.source)}")`,
      );
      return;
    }
    const after = cells[2]!.replace(/\r\n?/g, '\n');
    if (comparable(after) !== comparable(segment.target)) {
      changes.push({ number: expected, segmentId: segment.id, before: segment.target, after: after.trim() });
    }
  });
  if (problems.length > 0) {
    const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
    throw new FormatError(
      file,
      `this review table does not match the project, so nothing was applied: ${problems.slice(0, SHOWN).join('; ')}${more}`,
      {
        hint: 'Import the table exported from this project (same segments in the same order), with only the Target column edited',
      },
    );
  }
  return changes;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/**
 * `doc` with the reviewer's changes applied: each changed target replaced;
 * an untranslated segment that receives text becomes a draft, other
 * statuses are kept (the translator accepts or rejects each change).
 */
export function applyReviewChanges(doc: BilingualDocument, changes: readonly ReviewChange[]): BilingualDocument {
  const byId = new Map(changes.map((c) => [c.segmentId, c]));
  return {
    ...doc,
    segments: doc.segments.map((s) => {
      const c = byId.get(s.id);
      if (!c) return s;
      const status = s.status === 'untranslated' && c.after.trim() !== '' ? 'draft' : s.status;
      return { ...s, target: c.after, status };
    }),
  };
}
