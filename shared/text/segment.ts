// Romanian sentence segmentation by rules (ro-en-notes.md, "Sentence
// segmentation"). Intl.Segmenter is not used: it splits after every
// abbreviation followed by a capital (Prof. univ. dr. Popescu).
//
// A sentence may end at . ! ? … or at the dot of an abbreviation. The end takes
// any closing quotes and brackets glued to it ("spus.”", "(n.r.)”"). It is a
// real end only if white space follows and the next word (after any opening
// quotes, brackets or dashes) starts the way a Romanian sentence starts: with a
// capital letter, or, after a plain full stop, ! or ?, with a digit. So
// "(cu americanii, n.r.)”, a mai spus" and "„Vin mâine!” a strigat el" stay whole.

import { isDatingAbbreviation, isHomograph, knownAbbreviation } from './abbreviations.js';
import { matchKey } from './normalize.js';
import { markdownParagraphs, plainParagraphs } from './paragraphs.js';
import { tokenize } from './tokenize.js';
import type { Token } from './token.js';

/** A stretch of text with offsets into the string it was taken from; `text === source.slice(start, end)`. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/** One sentence of a document. */
export interface DocSegment {
  /** 0-based paragraph number; sentences of one paragraph share it. */
  paragraph: number;
  /**
   * The sentence. Same length as `input.slice(start, end)`, character for
   * character; equal to it except that in Markdown the ">" markers of wrapped
   * quotation lines are blanked to spaces. Soft line breaks stay in the text.
   */
  text: string;
  /** UTF-16 offsets into the whole input. */
  start: number;
  end: number;
}

/** Options for {@link segmentDocument}. */
export interface SegmentOptions {
  /** Read the input as Markdown (see markdownParagraphs) instead of plain text. */
  markdown?: boolean;
}

const CLOSERS = new Set(['”', '"', '»', ')', ']', '’', "'", '›', '}', '*', '_']);
const OPENERS = new Set(['„', '“', '"', '«', '(', '[', '‘', "'", '‹', '{', '–', '—', '-', '*', '_']);

/**
 * Capitalised words that, after a dating abbreviation, show a new sentence has
 * begun even when the previous one was only a time phrase ("În 44 î.Hr. În Roma…").
 */
const SENTENCE_STARTERS = new Set(
  (
    'in la pe de din cu dar iar insa apoi astfel totusi deci atunci acolo el ea ei ele acesta aceasta acestea ' +
    'acest nu si potrivit conform dupa ulterior'
  ).split(' '),
);

/** Prepositions that open an introductory time phrase ("În 44 î.Hr. Cezar…", "Pe 10 oct. Guvernul…"). */
const TIME_PREPOSITIONS = new Set('in pe la din pana dupa inainte incepand intre spre prin catre'.split(' '));

/** Words after which a new clause, and so a time phrase, may begin. */
const CLAUSE_OPENERS = new Set('ca iar dar insa si cand unde daca ci deoarece fiindca incat ori sau'.split(' '));
const CLAUSE_BREAKS = new Set([';', ':', '(']);

/** Roman numerals, also as ranges or ordinals: XVI, XVI–XVIII, XX-lea. */
const ROMAN = /^[IVXLCDM]+(?:[-\u2010\u2011\u2013](?:[IVXLCDM]+|lea|a))?$/;

function isTerminator(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

function isEllipsis(t: Token): boolean {
  return t.text === '…' || (t.text.length > 1 && t.text.charCodeAt(0) === 0x2e);
}

function isCloser(t: Token): boolean {
  return t.text.length === 1 && CLOSERS.has(t.text);
}

function isOpener(t: Token): boolean {
  return t.text.length === 1 && OPENERS.has(t.text);
}

function startsUpper(t: Token): boolean {
  if (t.kind !== 'word' && t.kind !== 'abbreviation') return false;
  const ch = t.text.charAt(0);
  return ch !== ch.toLocaleLowerCase('ro') && ch === ch.toLocaleUpperCase('ro');
}

function startsWithDigit(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

function isRoman(t: Token): boolean {
  return t.kind === 'word' && t.text.length <= 16 && ROMAN.test(t.text);
}

/** How the dot of an abbreviation token may end a sentence. */
function abbreviationKind(t: Token): 'never' | 'conditional' {
  const bare = t.text.slice(0, -1);
  const known = knownAbbreviation(bare);
  if (known !== undefined) return known;
  const parts = bare.split('.');
  // A single letter, or two single capitals (A. Popescu, I.L. Caragiale), are initials.
  if (parts.length === 1) return 'never';
  if (parts.length === 2 && parts.every((p) => p.length === 1 && startsUpper({ ...t, text: p }))) return 'never';
  return 'conditional';
}

/**
 * True if tokens[from, to) are a heading label ending in a number ("3", "IV",
 * "Art. 5", "Capitolul II"): its dot belongs to the label, not to a sentence.
 */
function isLabel(tokens: readonly Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 2) return false;
  const last = tokens[to - 1]!;
  if (last.kind !== 'number' && !isRoman(last)) return false;
  return n === 1 || startsUpper(tokens[from]!);
}

/**
 * True if the dating abbreviation at tokens[to] closes a time phrase that opens
 * a clause: a preposition and at most four numbers, lower-case words or Roman
 * numerals ("În anul 44 î.Hr.", "Pe 10 oct.", "că în secolul al VII-lea î.Hr."),
 * standing at the start of the sentence, after a clause-opening word (că, iar,
 * când…) or after a semicolon, colon or opening bracket. A capital after such
 * a phrase is its clause's subject ("În 44 î.Hr. Cezar a fost asasinat"),
 * whereas after "…a fost asasinat în 44 î.Hr." it starts a new sentence. A
 * comma does not count: in "…a fost întemeiată, în jurul anului 657 î.Hr.
 * Grecii…" the phrase closes the sentence.
 */
function isTimePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let p = to - 1; p >= from && p >= to - 5; p--) {
    const t = tokens[p]!;
    if (TIME_PREPOSITIONS.has(matchKey(t.text))) {
      if (t.kind !== 'word') return false;
      const before = p > from ? tokens[p - 1]! : undefined;
      return (
        before === undefined ||
        isOpener(before) ||
        CLAUSE_BREAKS.has(before.text) ||
        (before.kind === 'word' && CLAUSE_OPENERS.has(matchKey(before.text)))
      );
    }
    if (t.kind === 'punct' || t.kind === 'symbol' || (startsUpper(t) && !isRoman(t))) return false;
  }
  return false;
}

/**
 * Whether the candidate end at tokens[k] is a sentence end, given `next`, the
 * first token after the closing cluster and any opening quotes or dashes, and
 * `from`, the index of the current sentence's first token.
 */
function endsSentence(tokens: readonly Token[], k: number, next: Token, from: number): boolean {
  const t = tokens[k]!;
  const upper = startsUpper(next);
  const prev = k > from ? tokens[k - 1] : undefined;
  // A letter glued to a symbol or number is a unit ("38,5 °C."), not an initial.
  const unit = prev !== undefined && prev.end === t.start && (prev.kind === 'symbol' || prev.kind === 'number');
  if (t.kind === 'abbreviation' && !(unit && t.text.length === 2)) {
    if (abbreviationKind(t) === 'never') return false;
    if (!upper || isRoman(next)) return false;
    if (isDatingAbbreviation(t.text) && isTimePhrase(tokens, from, k)) {
      return SENTENCE_STARTERS.has(matchKey(next.text));
    }
    return true;
  }
  if (isEllipsis(t)) {
    // "(…)" and "[...]" mark an omission inside a quotation; a leading "…" opens one.
    if (prev === undefined || isOpener(prev)) return false;
    return upper;
  }
  if (t.text === '.') {
    if (prev !== undefined && prev.end === t.start && isLabel(tokens, from, k)) return false;
    // "a avut loc. 5 oameni" reads as a sentence, but "cap. 3" is far likelier than "din cap. 3 oameni".
    if (prev !== undefined && prev.kind === 'word' && isHomograph(prev.text)) {
      return upper;
    }
  }
  return upper || startsWithDigit(next);
}

/**
 * Splits one paragraph into sentences by Romanian rules. Spans are trimmed (no
 * white space at either end) and carry offsets into `paragraph`. Text without a
 * sentence end is one span; white space alone gives none.
 *
 * Never splits after the non-breaking abbreviations (nr. art. alin. dr. prof.
 * univ. dl. str. …, either case), after initials (A. Popescu, I.L. Caragiale),
 * inside letter-dot chains (S.U.A., î.Hr.) or numbers (2,5 · 10.30 ·
 * 10.10.2025), nor after a numbered label ("Art. 5. – (1) …", "II. Obiectul").
 * After etc. ș.a. ș.a.m.d. a.c. n.r. n.tr. S.U.A. it splits only before a capital
 * that is not a Roman numeral; after the dating ones (î.Hr. d.Hr. a.c. sec. and
 * the months) not when they close a time phrase that opens a clause ("În 44
 * î.Hr. Cezar…" and "Se știe că în 44 î.Hr. Cezar…" stay whole, "…a fost
 * asasinat în 44 î.Hr. Moartea lui…" splits).
 * An ellipsis ends a sentence before a capital, except as an omission mark "(…)".
 */
export function splitSentences(paragraph: string): TextSpan[] {
  const tokens = tokenize(paragraph);
  const spans: TextSpan[] = [];
  if (tokens.length === 0) return spans;
  let from = 0;
  const push = (a: number, b: number): void => {
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    spans.push({ text: paragraph.slice(start, end), start, end });
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'abbreviation' && !isTerminator(t)) continue;
    let e = k;
    while (e + 1 < tokens.length) {
      const u = tokens[e + 1]!;
      if (u.start !== tokens[e]!.end || !(isTerminator(u) || isCloser(u))) break;
      e++;
    }
    const after = tokens[e + 1];
    if (after === undefined) break;
    if (after.start === tokens[e]!.end) {
      k = e;
      continue;
    }
    let f = e + 1;
    while (f < tokens.length && isOpener(tokens[f]!)) f++;
    const next = tokens[f];
    if (next !== undefined && endsSentence(tokens, k, next, from)) {
      push(from, e);
      from = e + 1;
    }
    k = e;
  }
  push(from, tokens.length - 1);
  return spans;
}

/**
 * Splits a document into paragraphs and sentences. Plain text: each non-blank
 * line is a paragraph (a blank line and a single line break both separate
 * paragraphs: news copy puts one paragraph on a line). Markdown
 * (`opts.markdown`): blank lines separate paragraphs, wrapped lines are joined,
 * and headings, list items, table rows and quotations are paragraphs of their
 * own, with their block markup outside the segments (see markdownParagraphs).
 * Paragraphs are numbered from 0 in document order.
 */
export function segmentDocument(text: string, opts?: SegmentOptions): DocSegment[] {
  const paragraphs = opts?.markdown === true ? markdownParagraphs(text) : plainParagraphs(text);
  const out: DocSegment[] = [];
  let paragraph = 0;
  for (const p of paragraphs) {
    const spans = splitSentences(p.text);
    if (spans.length === 0) continue;
    for (const s of spans) out.push({ paragraph, text: s.text, start: p.start + s.start, end: p.start + s.end });
    paragraph++;
  }
  return out;
}
