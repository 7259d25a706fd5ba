import { matchKey, normalizeRo } from '../../shared/text/normalize.js';
import { PLACEHOLDER_PATTERN } from '../../shared/text/placeholders.js';
import { tokenize } from '../../shared/text/tokenize.js';

/**
 * What a token is to the memory: a word, a placeable (a number or an inline
 * tag, which a match adapts rather than counts as a different word), or
 * punctuation (which costs little).
 */
export type TmTokenKind = 'word' | 'number' | 'tag' | 'punct';

/** One token of a memory or segment source, with UTF-16 offsets into the original text. */
export interface TmToken {
  kind: TmTokenKind;
  /** The text as written. */
  text: string;
  /**
   * The retrieval key: for words the match key (NFC, ș for ş, lower case,
   * diacritics folded: "Ţara", "ȚARA" and "tara" agree), `#n` for every
   * number and `#t` for every tag, so a changed number or tag still finds the unit.
   */
  key: string;
  start: number;
  end: number;
}

/** The key every number shares in the index. */
export const NUMBER_KEY = '#n';
/** The key every inline tag shares in the index. */
export const TAG_KEY = '#t';

function pushTokens(out: TmToken[], text: string, from: number, to: number): void {
  if (from >= to) return;
  const piece = text.slice(from, to);
  for (const t of tokenize(piece)) {
    const start = from + t.start;
    const end = from + t.end;
    switch (t.kind) {
      case 'number':
        out.push({ kind: 'number', text: t.text, key: NUMBER_KEY, start, end });
        break;
      case 'punct':
      case 'symbol':
        // "%" and "$" go with the number they qualify but are not worth a word.
        out.push({ kind: 'punct', text: t.text, key: t.text, start, end });
        break;
      default:
        out.push({ kind: 'word', text: t.text, key: matchKey(t.text), start, end });
    }
  }
}

/**
 * The tokens of a source or target text: placeholders (`<b1>`, `</b1>`,
 * `<x2/>`, shared/text/placeholders.ts) as tags, the rest through the
 * shared tokeniser. Whitespace is never a token.
 */
export function tmTokens(text: string): TmToken[] {
  const out: TmToken[] = [];
  let last = 0;
  if (text.indexOf('<') !== -1) {
    for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
      pushTokens(out, text, last, m.index);
      out.push({ kind: 'tag', text: m[0], key: TAG_KEY, start: m.index, end: m.index + m[0].length });
      last = m.index + m[0].length;
    }
  }
  pushTokens(out, text, last, text.length);
  return out;
}

/** The keys the index stores for a text: words, numbers and tags, without punctuation. */
export function indexKeys(tokens: readonly TmToken[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.kind !== 'punct') out.push(t.key);
  return out;
}

/**
 * The exact-match key of a source: NFC with ș for ş and runs of whitespace
 * made one space, trimmed. Two sources with the same key are the same text
 * for a 100% match (cedilla and comma-below are one letter in Romanian).
 */
export function exactKey(text: string): string {
  return normalizeRo(text).replace(/\s+/g, ' ').trim();
}
