// Character classes for the hot loops of the tokeniser and the normaliser.
// Unicode property regexes are far too slow to run per character, so each BMP
// code unit is classified once, on first sight, and cached in a flat table.

/** Any \p{L}. */
export const LETTER = 1;
/** ASCII 0-9 only: the digits numbers are built from. */
export const DIGIT = 2;
/** \p{M} and the invisible format characters that live inside words (ZWJ, ZWNJ, soft hyphen). */
export const MARK = 4;
/** Whitespace, including NBSP, thin spaces, zero-width space and BOM; also stray control characters. */
export const SPACE = 8;
/** \p{P} except the few marks treated as symbols. */
export const PUNCT = 16;
/** \p{S}, % ‰ # & @ * § and anything unassigned or private. */
export const SYMBOL = 32;
/** \p{N} other than ASCII digits (², ½, Ⅻ): part of words, never numbers. */
export const OTHERNUM = 64;
/** A surrogate code unit: classify the whole code point with {@link codePointClass}. */
export const SURROGATE = 128;
/** Characters that may continue a word. */
export const WORDCH = LETTER | MARK | DIGIT | OTHERNUM;

const KNOWN = 256;
const table = new Uint16Array(0x10000);
const astral = new Map<number, number>();

const reLetter = /\p{L}/u;
const reMark = /\p{M}/u;
const reNumber = /\p{N}/u;
const reSpace = /\s/u;
const rePunct = /\p{P}/u;
const reSymbolLike = /[%‰‱#&@*§]/u;
const reControl = /\p{Cc}/u;
const reFormat = /\p{Cf}/u;

function classify(ch: string, cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return DIGIT;
  if (cp === 0x200b || cp === 0xfeff) return SPACE;
  if (reSpace.test(ch)) return SPACE;
  if (reLetter.test(ch)) return LETTER;
  if (reMark.test(ch)) return MARK;
  if (reNumber.test(ch)) return OTHERNUM;
  if (reSymbolLike.test(ch)) return SYMBOL;
  if (rePunct.test(ch)) return PUNCT;
  if (reControl.test(ch)) return SPACE;
  // Format characters (soft hyphen, ZWJ, LRM…) are invisible; inside a word they must not split it.
  if (reFormat.test(ch)) return MARK;
  return SYMBOL;
}

/** Class bits of one UTF-16 code unit; {@link SURROGATE} for either half of a pair. */
export function charClass(c: number): number {
  const v = table[c]!;
  if (v !== 0) return v & 0xff;
  const k = c >= 0xd800 && c <= 0xdfff ? SURROGATE : classify(String.fromCharCode(c), c);
  table[c] = k | KNOWN;
  return k;
}

/** Class bits of an astral code point (U+10000 and above). */
export function codePointClass(cp: number): number {
  let v = astral.get(cp);
  if (v === undefined) {
    v = classify(String.fromCodePoint(cp), cp);
    astral.set(cp, v);
  }
  return v;
}

/**
 * Class of the character starting at `i`, and its width in code units via {@link lastWidth}.
 * A lone surrogate is a one-unit symbol.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const k = charClass(c);
  if (k !== SURROGATE) {
    width = 1;
    return k;
  }
  const cp = text.codePointAt(i)!;
  if (cp > 0xffff) {
    width = 2;
    return codePointClass(cp);
  }
  width = 1;
  return SYMBOL;
}

let width = 1;

/** Width (1 or 2 code units) of the character last classified by {@link classAt}. */
export function lastWidth(): number {
  return width;
}
