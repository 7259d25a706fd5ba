// Paragraph finding for segmentDocument: plain text and a pragmatic subset of
// Markdown (CommonMark block structure only; inline markup is left alone).

/**
 * A paragraph of the input. `text` has exactly the length of
 * `input.slice(start, end)` and text[i] stands for input[start + i]; only the
 * Markdown markers of continuation lines (the "> " of a wrapped quotation) are
 * blanked to spaces, so sentence offsets stay offsets into the input.
 */
export interface ParagraphSpan {
  text: string;
  start: number;
  end: number;
}

interface Line {
  /** Start and end of the line, without its line break. */
  start: number;
  end: number;
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let start = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: input.length });
  return lines;
}

function isBlank(input: string, line: Line): boolean {
  return /^\s*$/.test(input.slice(line.start, line.end));
}

/**
 * Plain-text paragraphs: every non-blank line is a paragraph. A blank line
 * separates paragraphs, and so does a single line break, because news copy and
 * most exported text put one paragraph on one line; a hard-wrapped plain-text
 * file should be read as Markdown, which joins wrapped lines.
 */
export function plainParagraphs(input: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  for (const line of splitLines(input)) {
    if (!isBlank(input, line)) out.push({ text: input.slice(line.start, line.end), start: line.start, end: line.end });
  }
  return out;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const HEADING_CLOSE = /[ \t]+#+[ \t]*$/;
// Any indentation: nested items are items of their own, not continuation text.
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const QUOTE = /^(?: {0,3}>[ \t]?)+/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A content piece of one line: where the text after the block markup starts and ends. */
interface Piece {
  start: number;
  end: number;
}

type Block = 'paragraph' | 'quote' | 'item';

/**
 * Markdown paragraphs. Blank lines separate paragraphs; soft-wrapped lines of
 * one paragraph, list item or quotation are joined. A heading, a list item, a
 * table row and the start of a quotation each open a paragraph of their own.
 * Markup is kept out of the text a translator sees: the "#", list marker and
 * ">" that open a block fall outside the span, ">" markers of continuation
 * lines are blanked, closing "#"s of a heading are dropped. Fenced code,
 * thematic breaks, setext underlines, table delimiter rows and YAML front
 * matter are skipped. Inline markup (**bold**, [links](…), `code`) stays in the
 * text, since the translation must carry it.
 */
export function markdownParagraphs(input: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  const lines = splitLines(input);
  let pieces: Piece[] = [];
  let block: Block = 'paragraph';
  let fence: string | undefined;

  const flush = (): void => {
    if (pieces.length === 0) return;
    const start = pieces[0]!.start;
    const end = pieces[pieces.length - 1]!.end;
    let text = '';
    let at = start;
    for (const p of pieces) {
      // Everything between two pieces is a line break plus markup: blank the markup.
      text += input.slice(at, p.start).replace(/[^\r\n\u2028\u2029]/g, ' ') + input.slice(p.start, p.end);
      at = p.end;
    }
    out.push({ text, start, end });
    pieces = [];
  };

  let first = 0;
  if (lines.length > 1 && /^---[ \t]*$/.test(input.slice(lines[0]!.start, lines[0]!.end))) {
    const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(input.slice(l.start, l.end)));
    if (close > 0) first = close + 1;
  }

  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!;
    const s = input.slice(line.start, line.end);
    if (fence !== undefined) {
      if (s.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    const f = FENCE.exec(s);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    if (/^\s*$/.test(s)) {
      flush();
      continue;
    }
    if (RULE.test(s)) {
      // A thematic break, or a setext underline that makes the lines above a heading.
      flush();
      continue;
    }
    const piece = (offset: number, end = line.end): Piece => ({ start: line.start + offset, end });
    const heading = HEADING.exec(s);
    if (heading) {
      flush();
      const close = HEADING_CLOSE.exec(s);
      const end = close && close.index >= heading[0].length ? line.start + close.index : line.end;
      if (end > line.start + heading[0].length) {
        pieces.push(piece(heading[0].length, end));
        flush();
      }
      continue;
    }
    const quote = QUOTE.exec(s);
    if (quote) {
      if (block !== 'quote') flush();
      block = 'quote';
      if (quote[0].length === s.length || /^\s*$/.test(s.slice(quote[0].length))) flush();
      else pieces.push(piece(quote[0].length));
      continue;
    }
    if (TABLE_DELIMITER.test(s) && s.includes('-') && s.includes('|')) continue;
    if (/^ {0,3}\|/.test(s)) {
      flush();
      pieces.push(piece(s.indexOf('|')));
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(s);
    if (item) {
      flush();
      block = 'item';
      if (item[0].length < s.length) pieces.push(piece(item[0].length));
      continue;
    }
    // A lazy continuation line joins whatever block is open; otherwise it starts a paragraph.
    if (pieces.length === 0) block = 'paragraph';
    pieces.push(piece(s.length - s.trimStart().length));
  }
  flush();
  return out;
}
