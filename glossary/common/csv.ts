import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Glossary } from '../../shared/model/glossary.js';
import { FormatError, positionAt } from '../../shared/formats/formatError.js';
import { STAMP_COLUMNS, glossaryTableRows, readGlossaryTable, tableColumnKey } from './glossaryTable.js';

/** The header names writeCsv uses for the who-and-when columns (written only on request). */
export { STAMP_COLUMNS };

/**
 * What a header cell means, as a string that is the same for every way of
 * writing it ("English", "en-GB" and "en" → "lang:en"; "Modified by" and
 * "modifiedBy" → "modifiedBy"); undefined for a column this app does not know.
 * Used to put values under a file's own header.
 */
export const csvColumnKey = tableColumnKey;

/**
 * Reads a CSV glossary with a header row (docs/glossary-formats.md). RFC 4180
 * quoting; comma, semicolon or tab separated (detected from the header);
 * UTF-8 with or without BOM. The rows mean what {@link readGlossaryTable}
 * says (the XLSX reader shares it): each row a concept, a language column
 * per language, synonyms separated by `|`.
 */
export function parseCsv(text: string, file: string): Glossary {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new FormatError(file, 'the file is empty', { hint: 'The first row must name the columns, e.g. ro,en,note' });
  }
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (err) {
    throw csvError(err, text, file, delimiter);
  }
  // csv-parse's own line count drifts on CRLF inside quoted cells, so lines come from byte offsets.
  const lineOf = recordLines(text);
  return readGlossaryTable(
    records.map((r) => ({ cells: r.record, line: lineOf(r.info.bytes) })),
    file,
  );
}

/**
 * Returns a function that, called with the end offsets (in UTF-8 bytes, as
 * csv-parse reports them) of consecutive records, gives each record's first
 * line. Linear over the whole file because offsets only grow.
 */
function recordLines(text: string): (endBytes: number) => number {
  let char = 0;
  let bytes = 0;
  let line = 1;
  const step = (): void => {
    const cp = text.codePointAt(char)!;
    if (cp === 10 || (cp === 13 && text.charCodeAt(char + 1) !== 10)) line++;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    char += cp >= 0x10000 ? 2 : 1;
  };
  return (endBytes) => {
    // Skip the blank lines csv-parse passed over before this record.
    while (char < text.length && (text[char] === '\n' || text[char] === '\r')) step();
    const start = line;
    while (char < text.length && bytes < endBytes) step();
    return start;
  };
}

/** Comma unless the header row has more semicolons or tabs (Excel in Romanian locale writes ";"). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && c in counts) counts[c]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

interface CsvParseError {
  code: string;
  lines?: number;
  bytes_records?: number;
}

/** csv-parse's CsvError: a string code (most start with CSV_, some, like INVALID_OPENING_QUOTE, do not). */
function isCsvParseError(err: unknown): err is CsvParseError {
  return (
    err instanceof Error &&
    (err.name === 'CsvError' || err.constructor.name === 'CsvError') &&
    typeof (err as { code?: unknown }).code === 'string'
  );
}

/**
 * Turns csv-parse's error into one that points at the spot and says what to
 * do. Anything else parse() throws is a FormatError too: a glossary the user
 * gave us that we cannot read is never "a bug in Dragoman".
 */
function csvError(err: unknown, text: string, file: string, delimiter: string): FormatError {
  if (!isCsvParseError(err)) {
    return new FormatError(file, `the CSV cannot be read: ${err instanceof Error ? err.message : String(err)}`, {
      hint: 'Open the file in a spreadsheet program and save it again as CSV UTF-8',
      cause: err,
    });
  }
  if (err.code === 'INVALID_OPENING_QUOTE' && err.lines !== undefined) {
    const at = strayQuote(text, err.lines, delimiter);
    return new FormatError(file, 'a quote (") is inside a cell that does not start with one', {
      line: err.lines,
      ...(at !== undefined ? { column: at } : {}),
      hint: 'Put the whole cell in quotes and write the quote twice, e.g. CSI,"C""IS"; or remove the quote',
      cause: err,
    });
  }
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') {
    const quote = unclosedQuote(text, charOffset(text, err.bytes_records ?? 0), delimiter);
    const at = positionAt(text, quote);
    return new FormatError(file, 'this quoted cell is never closed: the file ends inside the quotes', {
      line: at.line,
      column: at.column,
      hint: 'Add the closing " (a quote inside a quoted cell is written twice: "")',
      cause: err,
    });
  }
  if (err.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return new FormatError(file, 'a quote inside a quoted cell is not doubled', {
      line: err.lines,
      hint: 'Write a quote inside a quoted cell as "", e.g. "the ""Lukashenko"" regime"',
      cause: err,
    });
  }
  const message = err instanceof Error ? err.message.replace(/\s*(at|on) line \d+.*$/, '') : err.code;
  return new FormatError(file, `the CSV cannot be read: ${message}`, {
    line: err.lines,
    hint: 'Open the file in a spreadsheet program and save it again as CSV UTF-8',
    cause: err,
  });
}

/** 1-based column of the first quote on `line` that does not open a cell, if there is one. */
function strayQuote(text: string, line: number, delimiter: string): number | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const row = lines[line - 1];
  if (row === undefined) return undefined;
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '"' && row[i - 1] !== delimiter) return i + 1;
  }
  return undefined;
}

/** csv-parse counts UTF-8 bytes; we need string offsets. */
function charOffset(text: string, bytes: number): number {
  let b = 0;
  let i = 0;
  while (i < text.length && b < bytes) {
    const cp = text.codePointAt(i)!;
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

/** Offset of the quote that opens the cell left unclosed, scanning from the record's start. */
function unclosedQuote(text: string, start: number, delimiter: string): number {
  let inQuotes = false;
  let opened = start;
  let cellStart = true;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') inQuotes = false;
      continue;
    }
    if (c === '"' && cellStart) {
      inQuotes = true;
      opened = i;
    }
    cellStart = c === delimiter || c === '\n' || c === '\r';
  }
  return opened;
}

/**
 * Writes a CSV glossary (UTF-8 with BOM so that Excel shows ș and ț, CRLF,
 * RFC 4180 quoting) with the columns {@link glossaryTableRows} chooses (the
 * XLSX writer uses the same ones); with `stamps`, the who-and-when columns too.
 */
export function writeCsv(g: Glossary, options: { stamps?: boolean } = {}): string {
  return stringify(glossaryTableRows(g, options), { bom: true, record_delimiter: '\r\n' });
}
