import type { GlossaryFormat } from './codec.js';
import { parseCsv } from './csv.js';

/**
 * The glossary format a file's text looks like, for files whose name has no
 * telling extension (Git hands a merge driver temporaries named
 * `.merge_file_XXXXXX`). undefined for an empty text, which says nothing.
 *
 * TBX starts with markup. A TSV glossary starts with a `#` comment line or a
 * data line; a CSV glossary starts with a header row naming its columns. A
 * tab-separated first line is therefore a CSV header only when the CSV reader
 * accepts it as one and it names a Romanian or English column or an id
 * ("id<TAB>ro<TAB>en"); otherwise it is a TSV data line, even one whose
 * terms look like language tags ("CSI<TAB>CIS").
 */
export function detectGlossaryFormat(text: string): GlossaryFormat | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('<')) return 'tbx';
  const first = trimmed.split(/\r\n|\r|\n/, 1)[0]!;
  if (first.startsWith('#')) return 'tsv';
  if (!first.includes('\t')) return 'csv';
  const cells = first.split('\t').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  if (!cells.some((c) => HEADER_ANCHOR.test(c))) return 'tsv';
  try {
    parseCsv(first, 'header');
    return 'csv';
  } catch {
    return 'tsv';
  }
}

/** A header cell that only a CSV glossary's header has: ro, en-GB, en:forbidden, Romanian, id. */
const HEADER_ANCHOR = /^(ro|en|romanian|english|română|romana|engleză|engleza|id)([-_:].*)?$/i;
