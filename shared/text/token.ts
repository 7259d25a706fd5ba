/** Kinds of token the tokeniser emits (whitespace is not a token). */
export type TokenKind = 'word' | 'number' | 'abbreviation' | 'url' | 'email' | 'punct' | 'symbol';

/** A token with UTF-16 offsets into the original, unnormalised string. */
export interface Token {
  kind: TokenKind;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}
