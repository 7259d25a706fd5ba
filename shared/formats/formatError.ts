/** Where in a file a problem is, and what the user can do about it. */
export interface FormatErrorOptions {
  /** 1-based line. */
  line?: number;
  /** 1-based column (Unicode characters); only meaningful with `line`. */
  column?: number;
  /** What the user should do, as a sentence ("Save the file as UTF-8."). */
  hint?: string;
  cause?: unknown;
}

/**
 * A file the user gave us cannot be read as the format it claims to be. The
 * message reads `glossary.tbx:12:5: <what is wrong>. <what to do>` so that
 * editors and terminals can jump to the spot.
 */
export class FormatError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** The problem alone, without location or hint. */
  readonly problem: string;
  readonly hint?: string;

  constructor(file: string, problem: string, options: FormatErrorOptions = {}) {
    super(formatMessage(file, problem, options), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FormatError';
    this.file = file;
    this.problem = problem;
    if (options.line !== undefined) this.line = options.line;
    if (options.line !== undefined && options.column !== undefined) this.column = options.column;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function formatMessage(file: string, problem: string, { line, column, hint }: FormatErrorOptions): string {
  let where = file;
  if (line !== undefined) {
    where += `:${line}`;
    if (column !== undefined) where += `:${column}`;
  }
  return `${where}: ${sentence(problem)}${hint ? ` ${sentence(hint)}` : ''}`;
}

/**
 * 1-based line and column (in UTF-16 code units) of `offset` in `text`.
 * Counts \n, \r\n and lone \r as line breaks.
 */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * {@link positionAt} for many offsets into one text: the line starts are
 * found once (same line breaks: \n, \r\n, lone \r), then each lookup is a
 * binary search, so reporting n positions in a text of length m costs
 * O(m + n log m) instead of O(n·m).
 */
export function positionIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    // The last line start at or before `end`. A start equal to `end` counts only when a break ends before it,
    // which is what positionAt does (it stops counting at `end`).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - starts[lo]! + 1 };
  };
}
