import type { TermLookup } from '../../shared/checks/termLookup.js';
import { positionIndex } from '../../shared/formats/formatError.js';
import type { TermStatus } from '../../shared/model/glossary.js';
import { segmentDocument } from '../../shared/text/segment.js';
import { CliError } from '../errors.js';
import { loadTermIndex } from '../inputs.js';
import { MAX_TEXT_BYTES } from '../../shared/formats/limits.js';
import { readInputFile } from '../io.js';
import type { CliIo } from '../io.js';

/** The options of `dragoman terms` (cli/commandLine/terms.ts). */
export interface TermsOptions {
  glossary?: string[];
  lines?: boolean;
  markdown?: boolean;
  format: 'text' | 'json';
}

/** One English rendering of a recognised term. */
export interface EnglishRendering {
  text: string;
  status: TermStatus;
}

/** A glossary term recognised in a segment (JSON output, version 1). */
export interface FoundTerm {
  /** UTF-16 offsets into the segment's text. */
  start: number;
  end: number;
  /** The text as it stands ("Minskului"). */
  surface: string;
  /** The glossary's Romanian term ("Minsk"). */
  term: string;
  conceptId: string;
  /** English terms of the concept, preferred first, then admitted, deprecated, forbidden. */
  english: EnglishRendering[];
}

/** A segment with the terms found in it. */
export interface TermsSegment {
  index: number;
  text: string;
  terms: FoundTerm[];
  /** Offset of the segment in the file (for text output locations). */
  offset: number;
}

const STATUS_ORDER: Record<TermStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, forbidden: 3 };

/** Runs `dragoman terms` and resolves to its exit code. */
export async function runTerms(io: CliIo, file: string, options: TermsOptions): Promise<number> {
  if (!options.glossary || options.glossary.length === 0) {
    throw new CliError('terms needs a glossary: add --glossary FILE (.tbx, .tsv or .csv)');
  }
  const [text, index] = await Promise.all([
    readInputFile(io, file, MAX_TEXT_BYTES),
    loadTermIndex(io, options.glossary),
  ]);
  const segments = findTerms(splitSegments(text, file, options), index!);
  io.stdout(options.format === 'json' ? termsJson(segments) : termsText(segments, text, file));
  return 0;
}

function splitSegments(text: string, file: string, options: TermsOptions): { text: string; start: number }[] {
  if (options.lines) {
    const out: { text: string; start: number }[] = [];
    const re = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ text: text.slice(start, m.index), start });
      start = m.index + m[0].length;
    }
    // A final line break does not open one more (empty) line.
    if (start < text.length) out.push({ text: text.slice(start), start });
    return out;
  }
  const markdown = options.markdown === true || /\.(md|markdown)$/i.test(file);
  return segmentDocument(text, { markdown }).map((s) => ({ text: s.text, start: s.start }));
}

/** Recognises glossary terms in each segment. */
export function findTerms(segments: readonly { text: string; start: number }[], index: TermLookup): TermsSegment[] {
  return segments.map((segment, i) => ({
    index: i + 1,
    text: segment.text,
    offset: segment.start,
    terms: index.findSource(segment.text).map((m) => ({
      start: m.start,
      end: m.end,
      surface: m.surface,
      term: m.term,
      conceptId: m.conceptId,
      english: [...(index.concept(m.conceptId)?.terms['en'] ?? [])]
        .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
        .map((t) => ({ text: t.text, status: t.status })),
    })),
  }));
}

function termsJson(segments: readonly TermsSegment[]): string {
  const out = segments.map(({ index, text, terms }) => ({ index, text, terms }));
  return JSON.stringify({ version: 1, segments: out }, null, 2) + '\n';
}

function termsText(segments: readonly TermsSegment[], text: string, file: string): string {
  const lines: string[] = [];
  let count = 0;
  let withTerms = 0;
  // One line index for the whole file: positionAt per term rescanned from the start (1 MB took 33 s).
  const position = positionIndex(text);
  for (const segment of segments) {
    if (segment.terms.length > 0) withTerms++;
    for (const found of segment.terms) {
      count++;
      const { line, column } = position(segment.offset + found.start);
      const lemma = found.term === found.surface ? '' : ` [${found.term}]`;
      const english = found.english.map((e) => `${e.text} (${e.status})`).join(', ') || '(no English term)';
      lines.push(`${file}:${line}:${column}  ${found.surface}${lemma} → ${english}`);
    }
  }
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${s(count, 'term')} found in ${withTerms} of ${s(segments.length, 'segment')}`);
  return lines.join('\n') + '\n';
}
