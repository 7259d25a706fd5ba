/**
 * Adds concepts to a glossary file's text without rewriting what is already
 * there. Re-serialising the whole file through our model would drop
 * whatever the model does not carry: a TBX file's other data categories,
 * header, comments and transactions, a TSV file's `#` comment lines, a CSV
 * file's extra columns. The new entries are written in the file's own form
 * (TBX v3 DCT or DCA style, TBX 2008 martif, TSV, or CSV under the file's
 * own header) and everything else stays byte for byte as it was.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Concept, Term } from '../../shared/model/glossary.js';
import { escapeAttr, escapeXml } from '../../shared/formats/xml.js';
import { glossaryFormatOf } from './codec.js';
import { csvColumnKey, detectDelimiter, writeCsv } from './csv.js';
import { formatMatchOptions, languageOrder } from './termFields.js';
import { conceptEntryXml, transactionLines } from './tbxWrite.js';
import { writeTsv } from './tsv.js';

/**
 * The file's text with `concepts` appended in its own form, or null when
 * that cannot be done in place (a CSV file whose header lacks a column the
 * new entry needs, a TBX file without a `</body>`): the caller then writes
 * the whole glossary. The concepts' ids must be unused in the file.
 */
export function appendConcepts(text: string, file: string, concepts: readonly Concept[]): string | null {
  if (concepts.length === 0) return text;
  switch (glossaryFormatOf(file)) {
    case 'tsv':
      return appendLines(text, tsvLines(concepts));
    case 'csv':
      return appendCsv(text, concepts);
    case 'tbx':
      return appendTbx(text, concepts);
  }
}

/** The concepts as TSV lines (no line ends), without the writer's `#` header line. */
export function tsvLines(concepts: readonly Concept[]): string[] {
  return withoutHeader(writeTsv({ concepts: [...concepts] }));
}

/** The lines a writer produced, without its leading `#` comment line. */
function withoutHeader(written: string): string[] {
  return written.split('\n').filter((l, i) => l !== '' && !(i === 0 && l.startsWith('#')));
}

/** Appends lines, using the file's line ending and making sure its last line was ended. */
function appendLines(text: string, lines: readonly string[]): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const ended = text === '' || text.endsWith('\n') ? text : text + eol;
  return ended + lines.map((l) => l + eol).join('');
}

function appendCsv(text: string, concepts: readonly Concept[]): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: string[];
  try {
    header = (
      (parse(body, { to_line: 1, relax_column_count: true, delimiter: detectDelimiter(body) }) as string[][])[0] ?? []
    ).map((h) => h.trim());
  } catch {
    return null;
  }
  if (header.length === 0) return null;
  const rows = csvRows(header, concepts);
  if (!rows) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = stringify(rows, { record_delimiter: eol, delimiter: detectDelimiter(body) });
  const ended = text.endsWith('\n') ? text : text + eol;
  return ended + lines;
}

/** Columns a file may lack without losing anything the user wrote: ids it numbers itself, who-and-when. */
const OPTIONAL_COLUMNS = new Set(['id', 'createdBy', 'createdAt', 'modifiedBy', 'modifiedAt']);

/**
 * The concepts as rows under the file's own `header` (cells matched by
 * meaning, so "English" takes what we call "en"), or null when a value has no
 * column to go in and would be lost.
 */
export function csvRows(header: readonly string[], concepts: readonly Concept[]): string[][] | null {
  const written = parse(writeCsv({ concepts: [...concepts] }, { stamps: true }).replace(/^\uFEFF/, '')) as string[][];
  const [ours, ...rows] = written;
  if (!ours) return null;
  const at = new Map<string, number>();
  header.forEach((h, i) => {
    const key = csvColumnKey(h);
    if (key !== undefined && !at.has(key)) at.set(key, i);
  });
  const aligned: string[][] = [];
  for (const row of rows) {
    const out = new Array<string>(header.length).fill('');
    for (let i = 0; i < ours.length; i++) {
      const value = row[i] ?? '';
      if (value === '') continue;
      const key = csvColumnKey(ours[i]!);
      const column = key === undefined ? undefined : at.get(key);
      if (column === undefined && key !== undefined && OPTIONAL_COLUMNS.has(key)) continue;
      if (column === undefined) return null;
      out[column] = value;
    }
    aligned.push(out);
  }
  return aligned;
}

function appendTbx(text: string, concepts: readonly Concept[]): string | null {
  const flavour = tbxFlavour(text);
  const close = text.lastIndexOf('</body>');
  if (!flavour || close < 0) return null;
  // Indent like the file: the whitespace before </body> on its line, plus one step.
  const lineStart = text.lastIndexOf('\n', close) + 1;
  const before = text.slice(lineStart, close);
  const indent = /^[ \t]*$/.test(before) ? before : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = tbxEntries(concepts, flavour, `${indent}  `, eol);
  const insertAt = indent ? lineStart : close;
  return text.slice(0, insertAt) + block + eol + (indent ? '' : indent) + text.slice(insertAt);
}

/** The TBX flavours an entry can be written in. */
export type TbxFlavour = 'dct' | 'dca' | 'martif';

/** Which flavour a TBX file's entries are written in, from its root element; null when it has none. */
export function tbxFlavour(text: string): TbxFlavour | null {
  const root = /<(tbx|martif)\b([^>]*)>/.exec(text);
  if (!root) return null;
  return root[1] === 'martif' ? 'martif' : /\bstyle\s*=\s*["']dca["']/.test(root[2] ?? '') ? 'dca' : 'dct';
}

/**
 * Entries for `concepts` in the file's flavour, each line starting with
 * `indent`, joined with `eol` (no final line break). DCT entries declare the
 * module namespaces themselves, so they fit any TBX v3 file.
 */
export function tbxEntries(concepts: readonly Concept[], flavour: TbxFlavour, indent: string, eol: string): string {
  const entries = concepts.map((c) => (flavour === 'dct' ? conceptEntryXml(c, c.id, true) : typedEntry(c, flavour)));
  return entries
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/^ {6}/, indent))
    .join(eol);
}

/**
 * An entry in DCA style (`<termNote type="…">`): TBX v3 `conceptEntry /
 * langSec / termSec`, or TBX 2008 `termEntry / langSet / tig`. What the
 * standard picklists cannot say (forbidden, a proper name, match options) goes
 * in Dragoman's `x-dragoman-*` types, which the reader understands.
 */
function typedEntry(c: Concept, flavour: 'dca' | 'martif'): string {
  const [entry, lang, term] =
    flavour === 'dca' ? ['conceptEntry', 'langSec', 'termSec'] : ['termEntry', 'langSet', 'tig'];
  const out = [`      <${entry} id="${escapeAttr(c.id)}">`];
  if (c.subjectField) out.push(`        <descrip type="subjectField">${escapeXml(c.subjectField)}</descrip>`);
  if (c.definition) out.push(`        <descrip type="definition">${escapeXml(c.definition)}</descrip>`);
  if (c.note) out.push(`        <note>${escapeXml(c.note)}</note>`);
  out.push(...transactionLines(c));
  for (const code of languageOrder(Object.keys(c.terms))) {
    const terms = c.terms[code] ?? [];
    if (terms.length === 0) continue;
    out.push(`        <${lang} xml:lang="${escapeAttr(code)}">`);
    for (const t of terms) out.push(...typedTerm(t, term));
    out.push(`        </${lang}>`);
  }
  out.push(`      </${entry}>`);
  return out.join('\n');
}

const STANDARD_TYPES = new Set(['fullForm', 'acronym', 'abbreviation', 'variant', 'phrase']);

function typedTerm(t: Term, element: string): string[] {
  const i = '            ';
  const note = (type: string, value: string) => `${i}<termNote type="${type}">${escapeXml(value)}</termNote>`;
  const status = t.status === 'forbidden' ? 'deprecated' : t.status;
  const out = [
    `          <${element}>`,
    `${i}<term>${escapeXml(t.text)}</term>`,
    note('administrativeStatus', `${status}Term-admn-sts`),
  ];
  if (t.status === 'forbidden') out.push(note('x-dragoman-status', 'forbidden'));
  if (t.type && STANDARD_TYPES.has(t.type)) out.push(note('termType', t.type));
  if (t.type && !STANDARD_TYPES.has(t.type)) out.push(note('x-dragoman-termType', t.type));
  if (t.partOfSpeech) out.push(note('partOfSpeech', t.partOfSpeech));
  const match = formatMatchOptions(t);
  if (match) out.push(note('x-dragoman-match', match));
  if (t.note) out.push(`${i}<note>${escapeXml(t.note)}</note>`);
  out.push(`          </${element}>`);
  return out;
}
