import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Concept, Glossary, Term, TermStatus, TermType } from '../../shared/model/glossary.js';
import { FormatError, positionAt } from '../../shared/formats/formatError.js';
import {
  MATCH_HINT,
  STATUS_HINT,
  TYPE_HINT,
  formatMatchOptions,
  languageOrder,
  parseMatchOptions,
  parseStatus,
  parseTermType,
  primaryLanguage,
} from './termFields.js';

/** What a header cell means. */
type Column =
  | { kind: 'lang'; lang: string; status?: TermStatus }
  | {
      kind:
        | 'id'
        | 'note'
        | 'definition'
        | 'subject'
        | 'type'
        | 'status'
        | 'pos'
        | 'match'
        | 'createdBy'
        | 'createdAt'
        | 'modifiedBy'
        | 'modifiedAt';
    };

const NAMED_COLUMNS: Record<string, Column['kind']> = {
  id: 'id',
  note: 'note',
  notes: 'note',
  comment: 'note',
  definition: 'definition',
  subject: 'subject',
  subjectfield: 'subject',
  domain: 'subject',
  type: 'type',
  termtype: 'type',
  status: 'status',
  pos: 'pos',
  partofspeech: 'pos',
  match: 'match',
  // Who and when: read where the file has such columns, and kept up to date there.
  createdby: 'createdBy',
  author: 'createdBy',
  created: 'createdAt',
  createdat: 'createdAt',
  creationdate: 'createdAt',
  modifiedby: 'modifiedBy',
  changedby: 'modifiedBy',
  lastmodifiedby: 'modifiedBy',
  modified: 'modifiedAt',
  modifiedat: 'modifiedAt',
  lastmodified: 'modifiedAt',
  changed: 'modifiedAt',
};

/** The header names writeCsv uses for the who-and-when columns (written only on request). */
export const STAMP_COLUMNS = ['created by', 'created', 'modified by', 'modified'] as const;

/** Language names translators put in headers instead of tags. */
const LANGUAGE_NAMES: Record<string, string> = {
  romanian: 'ro',
  română: 'ro',
  romana: 'ro',
  english: 'en',
  engleză: 'en',
  engleza: 'en',
};

const HEADER_HINT =
  'Name columns by language (ro, en, ro-RO, en-GB), language and status (en:deprecated, en:forbidden), or id, note, definition, subject, type, status, pos, match';

/**
 * Reads a CSV glossary with a header row (docs/glossary-formats.md). RFC 4180
 * quoting; comma, semicolon or tab separated (detected from the header);
 * UTF-8 with or without BOM. Each row is a concept. In a language column
 * (`ro`, `en-GB` …) synonyms are separated by `|`: the first is preferred,
 * the rest admitted. `en:deprecated`, `en:forbidden` (any language, any
 * status) columns hold terms with that status. `status` sets the status of the
 * translations (every language column after the first); `type`, `pos` and
 * `match` apply to every term of the row.
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
  const [header, ...rows] = records.map((r) => ({ record: r.record, line: lineOf(r.info.bytes) }));
  if (!header) throw new FormatError(file, 'the file has no header row', { hint: HEADER_HINT });
  const columns = header.record.map((cell, i) => readHeader(cell, i, file, header.line));
  const langColumns = columns.filter((c): c is Extract<Column, { kind: 'lang' }> => c.kind === 'lang');
  if (langColumns.length === 0) {
    throw new FormatError(file, 'the header names no language column', { line: header.line, hint: HEADER_HINT });
  }
  const sourceLang = langColumns[0]!.lang;

  const concepts: Concept[] = [];
  const ids = new Set<string>();
  for (const { record, line } of rows) {
    const cells = record.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      throw new FormatError(file, `the row has ${cells.length} cells but the header names ${columns.length} columns`, {
        line,
        hint: 'Quote cells that contain the separator, or add a header for the extra column',
      });
    }
    concepts.push(readRow(cells, columns, sourceLang, line, file, ids));
  }
  return { concepts, origin: file };
}

/**
 * What a header cell means, as a string that is the same for every way of
 * writing it ("English", "en-GB" and "en" → "lang:en"; "Modified by" and
 * "modifiedBy" → "modifiedBy"); undefined for a column this app does not know.
 * Used to put values under a file's own header.
 */
export function csvColumnKey(name: string): string | undefined {
  try {
    const col = readHeader(name, 0, '', 1);
    return col.kind === 'lang' ? `lang:${col.lang}${col.status ? `:${col.status}` : ''}` : col.kind;
  } catch {
    return undefined;
  }
}

function readHeader(cell: string, index: number, file: string, line: number): Column {
  const name = cell.trim();
  const key = name.toLowerCase().replace(/[\s_-]/g, '');
  const named = NAMED_COLUMNS[key];
  if (named) return { kind: named } as Column;
  const [langPart, statusPart, ...rest] = name.split(':').map((s) => s.trim());
  const lang = langPart && languageOf(langPart);
  if (lang && rest.length === 0) {
    if (statusPart === undefined) return { kind: 'lang', lang };
    const status = parseStatus(statusPart);
    if (status) return { kind: 'lang', lang, status };
  }
  throw new FormatError(file, `column ${index + 1} of the header, "${name}", is not a column this app knows`, {
    line,
    hint: HEADER_HINT,
  });
}

function languageOf(name: string): string | undefined {
  const byName = LANGUAGE_NAMES[name.toLowerCase()];
  if (byName) return byName;
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i.test(name) ? primaryLanguage(name) : undefined;
}

function readRow(
  cells: string[],
  columns: Column[],
  sourceLang: string,
  line: number,
  file: string,
  ids: Set<string>,
): Concept {
  const concept: Concept = { id: '', terms: {} };
  let status: TermStatus | undefined;
  let type: TermType | undefined;
  let pos: string | undefined;
  let match: { caseSensitive?: boolean; exact?: boolean } = {};
  const cellError = (col: number, problem: string, hint: string): FormatError =>
    new FormatError(file, `${problem} (column ${col + 1})`, { line, hint });

  columns.forEach((col, i) => {
    const value = cells[i] ?? '';
    if (!value) return;
    switch (col.kind) {
      case 'id':
        concept.id = value;
        break;
      case 'note':
        concept.note = value;
        break;
      case 'definition':
        concept.definition = value;
        break;
      case 'subject':
        concept.subjectField = value;
        break;
      case 'status':
        status = parseStatus(value);
        if (!status) throw cellError(i, `unknown status "${value}"`, STATUS_HINT);
        break;
      case 'type':
        type = parseTermType(value);
        if (!type) throw cellError(i, `unknown term type "${value}"`, TYPE_HINT);
        break;
      case 'pos':
        pos = value;
        break;
      case 'match': {
        const m = parseMatchOptions(value);
        if (m.unknown.length > 0) throw cellError(i, `unknown match option "${m.unknown.join(' ')}"`, MATCH_HINT);
        match = m;
        break;
      }
      case 'createdBy':
        concept.created = { by: value, at: concept.created?.at ?? '' };
        break;
      case 'createdAt':
        concept.created = { by: concept.created?.by ?? '', at: value };
        break;
      case 'modifiedBy':
        concept.modified = { by: value, at: concept.modified?.at ?? '' };
        break;
      case 'modifiedAt':
        concept.modified = { by: concept.modified?.by ?? '', at: value };
        break;
      case 'lang':
        break;
    }
  });

  columns.forEach((col, i) => {
    if (col.kind !== 'lang') return;
    const texts = (cells[i] ?? '')
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
    const list = (concept.terms[col.lang] ??= []);
    texts.forEach((text, k) => {
      let s: TermStatus = col.status ?? (k === 0 ? 'preferred' : 'admitted');
      if (!col.status && status && col.lang !== sourceLang) s = status;
      const term: Term = { text, status: s };
      if (type) term.type = type;
      if (pos) term.partOfSpeech = pos;
      if (match.caseSensitive !== undefined) term.caseSensitive = match.caseSensitive;
      if (match.exact !== undefined) term.exact = match.exact;
      list.push(term);
    });
  });
  for (const lang of Object.keys(concept.terms)) if (concept.terms[lang]!.length === 0) delete concept.terms[lang];

  let id = concept.id || `L${line}`;
  for (let n = 2; ids.has(id); n++) id = `${concept.id || `L${line}`}-${n}`;
  ids.add(id);
  if (!concept.id) concept.generatedId = true;
  concept.id = id;
  return concept;
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
 * RFC 4180 quoting). Columns: id, then per language `xx` (preferred first,
 * then admitted) and, when used, `xx:preferred` (extra preferred terms),
 * `xx:admitted` (admitted terms of a language without a preferred one),
 * `xx:deprecated`, `xx:forbidden`; then definition, subject, note, and type,
 * pos and match when all terms of a concept share them. Term notes and
 * per-term differences in type are not representable and are left out.
 */
export function writeCsv(g: Glossary, options: { stamps?: boolean } = {}): string {
  const langs = languageOrder(g.concepts.flatMap((c) => Object.keys(c.terms)));
  type Col = { name: string; cell: (c: Concept) => string };
  const cols: Col[] = [{ name: 'id', cell: (c) => c.id }];
  const termsOf = (c: Concept, lang: string, status: TermStatus): Term[] =>
    (c.terms[lang] ?? []).filter((t) => t.status === status);
  const joined = (terms: Term[]): string => terms.map((t) => t.text).join(' | ');
  for (const lang of langs) {
    cols.push({
      name: lang,
      cell: (c) => {
        const preferred = termsOf(c, lang, 'preferred');
        return preferred.length === 0 ? '' : joined([preferred[0]!, ...termsOf(c, lang, 'admitted')]);
      },
    });
    const extra: Col[] = [
      { name: `${lang}:preferred`, cell: (c) => joined(termsOf(c, lang, 'preferred').slice(1)) },
      {
        name: `${lang}:admitted`,
        cell: (c) => (termsOf(c, lang, 'preferred').length === 0 ? joined(termsOf(c, lang, 'admitted')) : ''),
      },
      { name: `${lang}:deprecated`, cell: (c) => joined(termsOf(c, lang, 'deprecated')) },
      { name: `${lang}:forbidden`, cell: (c) => joined(termsOf(c, lang, 'forbidden')) },
    ];
    cols.push(...extra.filter((col) => g.concepts.some((c) => col.cell(c) !== '')));
  }
  const shared = (c: Concept, pick: (t: Term) => string): string => {
    const values = new Set(Object.values(c.terms).flat().map(pick));
    return values.size === 1 ? [...values][0]! : '';
  };
  const optional: Col[] = [
    { name: 'definition', cell: (c) => c.definition ?? '' },
    { name: 'subject', cell: (c) => c.subjectField ?? '' },
    { name: 'note', cell: (c) => c.note ?? '' },
    { name: 'type', cell: (c) => shared(c, (t) => t.type ?? '') },
    { name: 'pos', cell: (c) => shared(c, (t) => t.partOfSpeech ?? '') },
    { name: 'match', cell: (c) => shared(c, (t) => formatMatchOptions(t)) },
  ];
  if (options.stamps) {
    const [createdBy, createdAt, modifiedBy, modifiedAt] = STAMP_COLUMNS;
    optional.push(
      { name: createdBy, cell: (c) => c.created?.by ?? '' },
      { name: createdAt, cell: (c) => c.created?.at ?? '' },
      { name: modifiedBy, cell: (c) => c.modified?.by ?? '' },
      { name: modifiedAt, cell: (c) => c.modified?.at ?? '' },
    );
  }
  cols.push(...optional.filter((col) => g.concepts.some((c) => col.cell(c) !== '')));
  const rows = [cols.map((c) => c.name), ...g.concepts.map((concept) => cols.map((col) => col.cell(concept)))];
  return stringify(rows, { bom: true, record_delimiter: '\r\n' });
}
