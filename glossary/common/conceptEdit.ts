/**
 * Changes to single concepts of a glossary file, made in the file's own text.
 *
 * A shared glossary is edited by several people and tools. Re-serialising the
 * whole file through our model would drop whatever the model does not carry
 * (comments, other data categories, a CSV file's extra columns) and would
 * turn every small edit into a whole-file diff that Git cannot merge. So an
 * edit replaces only the bytes of the concept it touches, a deletion removes
 * only those, and an addition is appended (appendEntries.ts).
 *
 * Concepts are identified by a key (conceptKeys): the id where the file has
 * one, the Romanian term where ids are made up by the reader (a TSV line
 * number changes when a colleague deletes a line above it).
 */
import { parse } from 'csv-parse/sync';
import type { Concept, Glossary, Term } from '../../shared/model/glossary.js';
import { appendConcepts, csvRows, tbxEntries, tbxFlavour, tsvLines } from './appendEntries.js';
import { glossaryFormatOf, parseGlossary, serializeGlossary } from './codec.js';
import { detectDelimiter, writeCsv } from './csv.js';
import { stringify } from 'csv-stringify/sync';

/** One change to a glossary file. */
export type ConceptOp =
  | { kind: 'add'; concept: Concept }
  | { kind: 'replace'; key: string; concept: Concept }
  | { kind: 'remove'; key: string };

/** `ro:<term>` keys compare in NFC, so "ș" typed two ways is one letter. */
function termKey(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * A stable identity for each concept of `g`, parallel to `g.concepts`:
 * `id:<id>` where the file gives the id, otherwise `ro:<first Romanian term>`
 * (NFC), with `#2`, `#3` … for later concepts of the same key.
 */
export function conceptKeys(g: Glossary): string[] {
  const seen = new Map<string, number>();
  return g.concepts.map((c) => {
    const base = c.generatedId ? `ro:${termKey(c.terms['ro']?.[0]?.text ?? '')}` : `id:${c.id}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** The concept of `g` with this key (conceptKeys), if any. */
export function findConcept(g: Glossary, key: string): Concept | undefined {
  const i = conceptKeys(g).indexOf(key);
  return i < 0 ? undefined : g.concepts[i];
}

function termShape(t: Term): unknown[] {
  return [
    t.text.normalize('NFC'),
    t.status,
    t.type ?? null,
    t.partOfSpeech ?? null,
    t.caseSensitive ?? null,
    t.exact ?? null,
    t.note ?? null,
  ];
}

/**
 * The content of a concept as one string, for "has anyone changed it since I
 * read it?": its terms (in order, per language), notes, definition and
 * subject. The id and the who-and-when stamps are left out: they say nothing
 * about what the entry means.
 */
export function conceptFingerprint(c: Concept): string {
  const langs = Object.keys(c.terms)
    .filter((l) => (c.terms[l]?.length ?? 0) > 0)
    .sort();
  return JSON.stringify([
    langs.map((l) => [l, c.terms[l]!.map(termShape)]),
    c.note ?? null,
    c.definition ?? null,
    c.subjectField ?? null,
  ]);
}

/** Where a concept's text is: one or more [start, end) character ranges (TSV repeats a source on several lines). */
type Spans = [number, number][];

/**
 * The file's new text with `ops` applied. Each replaced or removed concept's
 * bytes are changed in place, added concepts are appended in the file's own
 * form, and every other byte stays as it was. Where the form cannot take a
 * change in place (a CSV header without a column the entry needs), the whole
 * glossary is written instead. Throws the codec's FormatError when `text`
 * does not parse, and an Error when a key is not in the file. Added concepts
 * get ids the file does not use yet; replaced ones keep their id.
 */
export function applyConceptOps(text: string, file: string, ops: readonly ConceptOp[]): string {
  const g = parseGlossary(text, file);
  const keys = conceptKeys(g);
  const indexOf = new Map(keys.map((k, i) => [k, i]));
  const taken = new Set(g.concepts.map((c) => c.id));
  const changes = new Map<number, Concept | null>();
  const added: Concept[] = [];
  for (const op of ops) {
    if (op.kind === 'add') {
      added.push(withUnusedId(op.concept, taken));
      continue;
    }
    const i = indexOf.get(op.key);
    if (i === undefined) throw new Error(`${file} has no concept ${op.key}`);
    changes.set(i, op.kind === 'remove' ? null : { ...op.concept, id: g.concepts[i]!.id });
  }
  const inPlace = changes.size === 0 ? text : replaceInPlace(text, file, g, changes);
  if (inPlace !== null) {
    const out = appendConcepts(inPlace, file, added);
    if (out !== null) return out;
  }
  // The whole glossary, with the same changes made to the model.
  const concepts: Concept[] = [];
  g.concepts.forEach((c, i) => {
    const next = changes.has(i) ? changes.get(i)! : c;
    if (next) concepts.push(next);
  });
  const whole = { concepts: [...concepts, ...added] };
  return glossaryFormatOf(file) === 'csv' ? writeCsvLike(text, whole) : serializeGlossary(whole, file);
}

function withUnusedId(c: Concept, taken: Set<string>): Concept {
  let id = c.id || 'c';
  for (let n = 2; taken.has(id); n++) id = `${c.id || 'c'}-${n}`;
  taken.add(id);
  const out = { ...c, id };
  delete out.generatedId;
  return out;
}

/** A CSV written whole keeps the who-and-when columns when the file had them. */
function writeCsvLike(text: string, g: Glossary): string {
  const header = /^\uFEFF?([^\r\n]*)/.exec(text)?.[1]?.toLowerCase() ?? '';
  return writeCsv(g, { stamps: /modified|created|author|changed/.test(header) });
}

/** `text` with each changed concept's ranges replaced (or removed), or null when the form cannot take it. */
function replaceInPlace(text: string, file: string, g: Glossary, changes: Map<number, Concept | null>): string | null {
  const spans = conceptSpans(text, file, g);
  if (!spans) return null;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [i, next] of changes) {
    const ranges = spans[i];
    if (!ranges || ranges.length === 0) return null;
    const [first, ...rest] = ranges;
    const rendered = next ? renderInPlace(text, file, first!, next) : '';
    if (rendered === null) return null;
    edits.push({ start: first![0], end: first![1], text: rendered });
    for (const [start, end] of rest) edits.push({ start, end, text: '' });
  }
  // One pass from the start: splicing each edit into the whole text again took 11 s for 125 edits of a 1.5 MB TBX.
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** One concept's text in the file's own form, to stand where `range` was. */
function renderInPlace(text: string, file: string, range: [number, number], c: Concept): string | null {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const old = text.slice(range[0], range[1]);
  switch (glossaryFormatOf(file)) {
    case 'tbx': {
      const flavour = tbxFlavour(text);
      if (!flavour) return null;
      const indent = /^[ \t]*/.exec(old)?.[0] ?? '';
      const ended = /\r?\n$/.exec(old)?.[0] ?? '';
      return tbxEntries([c], flavour, indent, eol) + ended;
    }
    case 'tsv':
      return tsvLines([c])
        .map((l) => l + eol)
        .join('');
    case 'csv': {
      const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const delimiter = detectDelimiter(body);
      const header = (parse(body, { to_line: 1, relax_column_count: true, delimiter }) as string[][])[0] ?? [];
      const rows = csvRows(
        header.map((h) => h.trim()),
        [c],
      );
      if (!rows) return null;
      return stringify(rows, { record_delimiter: eol, delimiter });
    }
  }
}

/**
 * Where each concept of `g` (parsed from `text`) is written, or null when
 * the text cannot be mapped to the parsed concepts with certainty.
 */
function conceptSpans(text: string, file: string, g: Glossary): Spans[] | null {
  switch (glossaryFormatOf(file)) {
    case 'tbx':
      return tbxSpans(text, g.concepts.length);
    case 'tsv':
      return tsvSpans(text, g);
    case 'csv':
      return csvSpans(text, g.concepts.length);
  }
}

/**
 * Each `<conceptEntry>`/`<termEntry>` from the start of its line (when only
 * indentation precedes it) to the end of its line after the closing tag.
 * Comments, CDATA sections and processing instructions are skipped, so an
 * entry quoted inside a comment is not taken for a real one.
 */
function tbxSpans(text: string, count: number): Spans[] | null {
  const tokens =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)(?:[\w.-]+:)?(conceptEntry|termEntry)\b[^>]*?(\/?)>/g;
  const spans: Spans[] = [];
  let open = -1;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    if (!m[2]) continue;
    const closing = m[1] === '/';
    const selfClosing = m[3] === '/';
    if (!closing && open >= 0) return null;
    if (!closing) open = m.index;
    if (closing && open < 0) return null;
    if (closing || selfClosing) {
      spans.push([[lineStartIfIndented(text, open), lineEndAfter(text, m.index + m[0].length)]]);
      open = -1;
    }
  }
  return open < 0 && spans.length === count ? spans : null;
}

/** `at`, or the start of its line when only spaces and tabs stand before it there. */
function lineStartIfIndented(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/.test(text.slice(start, at)) ? start : at;
}

/** `at`, or past the line break when only spaces and tabs stand between it and the end of the line. */
function lineEndAfter(text: string, at: number): number {
  const m = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(at, at + 200));
  return m ? at + m[0].length : at;
}

/** Every line whose source column is the concept's Romanian term (the reader groups them so). */
function tsvSpans(text: string, g: Glossary): Spans[] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const bySource = new Map<string, Spans>();
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  line.lastIndex = start;
  for (let m = line.exec(text); m && m[0] !== ''; m = line.exec(text)) {
    const raw = m[1]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#') || !raw.includes('\t')) continue;
    const source = raw.split('\t')[0]!.trim();
    const list = bySource.get(source) ?? [];
    list.push([m.index, m.index + m[0].length]);
    bySource.set(source, list);
  }
  return g.concepts.map((c) => bySource.get(c.terms['ro']?.[0]?.text ?? '') ?? []);
}

/**
 * Each data row that became a concept, from its first character to the end
 * of its record separator. csv-parse reports where records end in UTF-8
 * bytes; they are turned into character offsets in one pass.
 */
function csvSpans(text: string, count: number): Spans[] | null {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch {
    return null;
  }
  const charAt = byteToChar(body);
  const spans: Spans[] = [];
  let prevEnd = charAt(records[0]?.info.bytes ?? 0);
  for (const r of records.slice(1)) {
    const end = charAt(r.info.bytes);
    let start = prevEnd;
    while (start < end && (body[start] === '\n' || body[start] === '\r')) start++;
    prevEnd = end;
    if (r.record.every((c) => c.trim() === '')) continue;
    spans.push([[start + bom, end + bom]]);
  }
  return spans.length === count ? spans : null;
}

/** Character offset of each growing UTF-8 byte offset into `text`. */
function byteToChar(text: string): (bytes: number) => number {
  let char = 0;
  let bytes = 0;
  return (target) => {
    while (char < text.length && bytes < target) {
      const cp = text.codePointAt(char)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      char += cp >= 0x10000 ? 2 : 1;
    }
    return char;
  };
}

/**
 * The 1-based line where each concept of `g` (parsed from `text`) starts in
 * the file, parallel to `g.concepts`; all undefined when the text cannot be
 * mapped to the concepts with certainty. For messages that name file:line
 * (`dragoman glossary validate`).
 */
export function conceptLines(text: string, file: string, g: Glossary): (number | undefined)[] {
  const spans = conceptSpans(text, file, g);
  if (!spans) return g.concepts.map(() => undefined);
  const starts = spans.map((s) => s[0]?.[0]);
  const order = starts
    .map((at, i) => ({ at, i }))
    .filter((x): x is { at: number; i: number } => x.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const lines: (number | undefined)[] = g.concepts.map(() => undefined);
  // One pass over the text for all concepts: an 86 MB TBX has tens of thousands of them.
  let line = 1;
  let pos = 0;
  for (const { at, i } of order) {
    for (; pos < at; pos++) if (text.charCodeAt(pos) === 10) line++;
    lines[i] = line;
  }
  return lines;
}
