import type { Concept, Glossary, Term, TermStatus, TermType } from '../../shared/model/glossary.js';
import { FormatError } from '../../shared/formats/formatError.js';
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

/**
 * A glossary as a table: the first row names the columns, every further row
 * is one concept (docs/glossary-formats.md, "CSV"). CSV files and XLSX
 * worksheets are both read and written through here, so a header that works
 * in one works in the other.
 */

/** One row of cells and where it is: the file's line (CSV) or the sheet's row number (XLSX). */
export interface TableRow {
  cells: string[];
  line: number;
}

/** How a table's problems are located in messages. */
export interface TableOptions {
  /**
   * The worksheet, for spreadsheets: errors then carry the cell's column as
   * FormatError.column and name the sheet and the column letter. Without it
   * (CSV) errors carry the line and say "(column n)".
   */
  sheet?: string;
  /** Rewrites a term's text before it is kept (XLSX: legacy cedilla letters in Romanian terms). */
  termText?: (text: string, lang: string) => string;
}

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

/** The header names the writers use for the who-and-when columns (written only on request). */
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

/** What the header may say, for error hints. */
export const HEADER_HINT =
  'Name columns by language (ro, en, ro-RO, en-GB), language and status (en:deprecated, en:forbidden), or id, note, definition, subject, type, status, pos, match';

/** "A", "B", … "Z", "AA": a spreadsheet's name for the 0-based column `index`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Builds located errors for one table. */
function locator(file: string, opts: TableOptions) {
  const where = (col: number): string =>
    opts.sheet === undefined ? `column ${col + 1}` : `sheet "${opts.sheet}", column ${columnLetter(col)}`;
  return {
    /** A problem with one cell. */
    cell(line: number, col: number, problem: string, hint: string): FormatError {
      return new FormatError(file, `${problem} (${where(col)})`, {
        line,
        ...(opts.sheet === undefined ? {} : { column: col + 1 }),
        hint,
      });
    },
    /** A problem with a header cell. */
    header(line: number, col: number, name: string): FormatError {
      const problem =
        opts.sheet === undefined
          ? `column ${col + 1} of the header, "${name}", is not a column this app knows`
          : `the header "${name}" (${where(col)}) is not a column this app knows`;
      return new FormatError(file, problem, {
        line,
        ...(opts.sheet === undefined ? {} : { column: col + 1 }),
        hint: HEADER_HINT,
      });
    },
    /** A problem with a whole row. */
    row(line: number, problem: string, hint: string): FormatError {
      const inSheet = opts.sheet === undefined ? '' : ` (sheet "${opts.sheet}")`;
      return new FormatError(file, `${problem}${inSheet}`, { line, hint });
    },
  };
}

/**
 * Reads a glossary from a table whose first row is the header. Each further
 * row is a concept. In a language column (`ro`, `en-GB` …) synonyms are
 * separated by `|`: the first is preferred, the rest admitted. `en:deprecated`,
 * `en:forbidden` (any language, any status) columns hold terms with that
 * status. `status` sets the status of the translations (every language column
 * after the first); `type`, `pos` and `match` apply to every term of the row.
 * Rows whose cells are all empty are skipped; a concept without an `id` cell
 * gets `L` + its line. Errors are FormatErrors naming `file` and the line (and,
 * for a sheet, the column) of the cell at fault.
 */
export function readGlossaryTable(rows: readonly TableRow[], file: string, opts: TableOptions = {}): Glossary {
  const at = locator(file, opts);
  const [header, ...body] = rows;
  if (!header) throw new FormatError(file, 'the file has no header row', { hint: HEADER_HINT });
  const columns = header.cells.map((cell, i) => readHeader(cell, i, header.line, at));
  const langColumns = columns.filter((c): c is Extract<Column, { kind: 'lang' }> => c.kind === 'lang');
  if (langColumns.length === 0) {
    throw at.row(header.line, 'the header names no language column', HEADER_HINT);
  }
  const sourceLang = langColumns[0]!.lang;
  const concepts: Concept[] = [];
  const ids = new Set<string>();
  for (const { cells: raw, line } of body) {
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c !== '')) {
      throw at.row(
        line,
        `the row has ${cells.length} cells but the header names ${columns.length} columns`,
        opts.sheet === undefined
          ? 'Quote cells that contain the separator, or add a header for the extra column'
          : 'Add a header for the extra column, or empty its cells',
      );
    }
    concepts.push(readRow(cells, columns, sourceLang, line, at, ids, opts));
  }
  return { concepts, origin: file };
}

/**
 * What a header cell means, as a string that is the same for every way of
 * writing it ("English", "en-GB" and "en" → "lang:en"; "Modified by" and
 * "modifiedBy" → "modifiedBy"); undefined for a column this app does not know.
 */
export function tableColumnKey(name: string): string | undefined {
  try {
    const col = readHeader(name, 0, 1, locator('', {}));
    return col.kind === 'lang' ? `lang:${col.lang}${col.status ? `:${col.status}` : ''}` : col.kind;
  } catch {
    return undefined;
  }
}

function readHeader(cell: string, index: number, line: number, at: ReturnType<typeof locator>): Column {
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
  throw at.header(line, index, name);
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
  at: ReturnType<typeof locator>,
  ids: Set<string>,
  opts: TableOptions,
): Concept {
  const concept: Concept = { id: '', terms: {} };
  let status: TermStatus | undefined;
  let type: TermType | undefined;
  let pos: string | undefined;
  let match: { caseSensitive?: boolean; exact?: boolean } = {};

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
        if (!status) throw at.cell(line, i, `unknown status "${value}"`, STATUS_HINT);
        break;
      case 'type':
        type = parseTermType(value);
        if (!type) throw at.cell(line, i, `unknown term type "${value}"`, TYPE_HINT);
        break;
      case 'pos':
        pos = value;
        break;
      case 'match': {
        const m = parseMatchOptions(value);
        if (m.unknown.length > 0) throw at.cell(line, i, `unknown match option "${m.unknown.join(' ')}"`, MATCH_HINT);
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
    texts.forEach((raw, k) => {
      const text = opts.termText ? opts.termText(raw, col.lang) : raw;
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
 * A glossary as table rows, header first. Columns: id, then per language
 * (ro and en for a glossary without terms)
 * `xx` (preferred first, then admitted) and, when used, `xx:preferred` (extra
 * preferred terms), `xx:admitted` (admitted terms of a language without a
 * preferred one), `xx:deprecated`, `xx:forbidden`; then definition, subject,
 * note, and type, pos and match when all terms of a concept share them. Term
 * notes and per-term differences in type are not representable and are left out.
 * With `stamps`, the who-and-when columns follow where a concept has them.
 */
export function glossaryTableRows(g: Glossary, options: { stamps?: boolean } = {}): string[][] {
  const used = languageOrder(g.concepts.flatMap((c) => Object.keys(c.terms)));
  // An empty glossary still names its languages: a header without any would not read back.
  const langs = used.length > 0 ? used : ['ro', 'en'];
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
  return [cols.map((c) => c.name), ...g.concepts.map((concept) => cols.map((col) => col.cell(concept)))];
}
