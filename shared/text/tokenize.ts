// The tokeniser: one forward scan over UTF-16 code units, classifying each
// character through the cached table of charClass.ts. Regular expressions run
// only where a rare shape has already been spotted (an '@', a URL prefix, a dot
// glued between two words), so the common path allocates nothing but tokens.

import { knownAbbreviation } from './abbreviations.js';
import {
  charClass,
  classAt,
  DIGIT,
  lastWidth,
  LETTER,
  MARK,
  OTHERNUM,
  PUNCT,
  SPACE,
  SURROGATE,
  WORDCH,
} from './charClass.js';
import type { Token, TokenKind } from './token.js';

const DOT = 0x2e;
const MAX_CHAIN = 8;
/** An e-mail local part has at most 64 characters (RFC 5321), which bounds each attempt. */
const MAX_LOCAL_PART = 64;

const EMAIL_RE =
  /[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+/uy;

// A bare domain glued to a word by a dot ("Digi24.ro", "g4media.ro/stiri"): a
// lower-case top-level domain from a short list, so that S.U.A. or a.c. never match.
// Label counts are bounded so that a long dotted run cannot make the scan quadratic.
const DOMAIN_RE =
  /[\p{L}\p{N}][\p{L}\p{N}-]+(?:\.[\p{L}\p{N}][\p{L}\p{N}-]*){0,6}\.(?:ro|md|eu|com|org|net|info|gov|edu|int|io|uk|de|fr|it|es|ru|ua|by|tv|news|biz)(?![\p{L}\p{N}-])(?:\/[^\s<>"„“”«»]*)?/uy;

/** Characters that end a URL outright: white space is handled by the class table. */
function stopsUrl(c: number): boolean {
  return (
    c === 0x22 || // "
    c === 0x3c || // <
    c === 0x3e || // >
    c === 0x201e || // „
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0xab || // «
    c === 0xbb // »
  );
}

/** Punctuation that may end a sentence around a URL but is rarely its last character. */
function isTrailingUrlPunct(c: number): boolean {
  return (
    c === DOT ||
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x27 || // '
    c === 0x2019 || // ’
    c === 0x2026 || // …
    c === 0x29 || // )
    c === 0x5d // ]
  );
}

function startsWithAsciiCI(text: string, i: number, lowerPrefix: string): boolean {
  if (i + lowerPrefix.length > text.length) return false;
  for (let k = 0; k < lowerPrefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== lowerPrefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Drops sentence punctuation from the end of a URL, keeping a ")" that closes a "(" inside it. */
function trimUrlEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (!isTrailingUrlPunct(c)) break;
    if (c === 0x29 || c === 0x5d) {
      const open = c === 0x29 ? 0x28 : 0x5b;
      let balance = 0;
      for (let k = start; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === open) balance++;
        else if (d === c) balance--;
      }
      if (balance >= 0) break;
    }
    end--;
  }
  return end;
}

/** End of a URL starting at `i` (http://, https://, ftp://, www.), or -1. */
function scanUrl(text: string, i: number): number {
  let p: number;
  if (startsWithAsciiCI(text, i, 'https://')) p = i + 8;
  else if (startsWithAsciiCI(text, i, 'http://')) p = i + 7;
  else if (startsWithAsciiCI(text, i, 'ftp://')) p = i + 6;
  else if (startsWithAsciiCI(text, i, 'www.')) p = i + 4;
  else return -1;
  if (p >= text.length || (charClass(text.charCodeAt(p)) & (LETTER | DIGIT)) === 0) return -1;
  const n = text.length;
  while (p < n) {
    const c = text.charCodeAt(p);
    if ((charClass(c) & SPACE) !== 0 || stopsUrl(c)) break;
    p++;
  }
  return trimUrlEnd(text, i, p);
}

function scanSticky(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex : -1;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/**
 * End of the word whose characters start at `i`: letters, marks and digits,
 * joined across a hyphen followed by a letter or digit (s-a, CSI-ului, COVID-19),
 * an en dash between letters (US–Belarus) and an apostrophe between letters (O’Neill).
 */
function scanWordBody(text: string, i: number, n: number): number {
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    let cl = charClass(c);
    if (cl === SURROGATE) {
      cl = classAt(text, j);
      if ((cl & WORDCH) === 0) break;
      j += lastWidth();
      continue;
    }
    if ((cl & WORDCH) !== 0) {
      j++;
      continue;
    }
    if (j === i || j + 1 >= n) break;
    const next = charClass(text.charCodeAt(j + 1));
    if (isHyphen(c)) {
      if ((next & (LETTER | DIGIT | OTHERNUM)) === 0) break;
    } else if (c === 0x2013 || isApostrophe(c)) {
      if ((next & LETTER) === 0 || (charClass(text.charCodeAt(j - 1)) & (LETTER | MARK)) === 0) break;
    } else {
      break;
    }
    j++;
  }
  return j;
}

/** True if text[i, end) is letters and marks only, with 1 to 3 letters: a possible chain segment. */
function isShortLetterRun(text: string, i: number, end: number): boolean {
  let letters = 0;
  for (let k = i; k < end; k++) {
    const cl = charClass(text.charCodeAt(k));
    if ((cl & LETTER) !== 0) letters++;
    else if ((cl & MARK) === 0) return false;
  }
  return letters >= 1 && letters <= 3;
}

/**
 * A letter-dot chain (S.U.A., î.Hr., ș.a.m.d., M.Ap.N., I.L.) whose first segment
 * is text[i, firstEnd) and text[firstEnd] is '.': each segment has 1–3 letters and
 * at least two segments. Returns its end, including a final dot, or -1.
 */
function scanChain(text: string, firstEnd: number, n: number): number {
  let j = firstEnd;
  let segments = 1;
  while (j < n && text.charCodeAt(j) === DOT) {
    let k = j + 1;
    let letters = 0;
    while (k < n) {
      const cl = charClass(text.charCodeAt(k));
      if ((cl & LETTER) !== 0) {
        if (++letters > 3) return -1;
      } else if ((cl & MARK) === 0 || letters === 0) break;
      k++;
    }
    if (letters === 0) return segments >= 2 ? j + 1 : -1;
    if (k < n && (charClass(text.charCodeAt(k)) & WORDCH) !== 0) return -1;
    // No real chain is this long (ș.a.m.d. has four); the cap keeps "a.a.a.a…" linear.
    if (++segments > MAX_CHAIN) return -1;
    j = k;
  }
  return segments >= 2 ? j : -1;
}

function isSingleLetter(text: string, i: number, end: number): boolean {
  if ((charClass(text.charCodeAt(i)) & LETTER) === 0) return false;
  for (let k = i + 1; k < end; k++) if ((charClass(text.charCodeAt(k)) & MARK) === 0) return false;
  return true;
}

function push(out: Token[], text: string, kind: TokenKind, start: number, end: number): void {
  out.push({ kind, text: text.slice(start, end), start, end });
}

/**
 * Emits the word text[i, end) and returns where scanning resumes. A word glued
 * to a following dot becomes a URL (Digi24.ro), a letter-dot chain (S.U.A.), or
 * an abbreviation token with its dot when it is a known abbreviation (nr., dl.,
 * etc.) or a single letter (the initial in "A. Popescu"); otherwise the dot is
 * left for a punct token.
 */
function emitWord(out: Token[], text: string, i: number, end: number, n: number): number {
  if (end >= n || text.charCodeAt(end) !== DOT) {
    push(out, text, 'word', i, end);
    return end;
  }
  const after = end + 1 < n ? text.charCodeAt(end + 1) : 0;
  if (after !== 0 && (charClass(after) & LETTER) !== 0) {
    const d = scanSticky(DOMAIN_RE, text, i);
    if (d > 0) {
      const e = trimUrlEnd(text, i, d);
      push(out, text, 'url', i, e);
      return e;
    }
    if (isShortLetterRun(text, i, end)) {
      const c = scanChain(text, end, n);
      if (c > 0) {
        push(out, text, 'abbreviation', i, c);
        return c;
      }
    }
  }
  if (after !== DOT && (isSingleLetter(text, i, end) || knownAbbreviation(text.slice(i, end)) !== undefined)) {
    push(out, text, 'abbreviation', i, end + 1);
    return end + 1;
  }
  push(out, text, 'word', i, end);
  return end;
}

function isDigitAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 0x30 && c <= 0x39;
}

function isGroupSpace(c: number): boolean {
  return c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/**
 * Scans a numeral from `i` and emits it. Digits joined by . , : or / between
 * digits form one number in either locale (1.234,56 · 1,234.56 · 10.30 · 10:30 ·
 * 10.10.2025 · 123/2020); groups of three after a no-break or thin space join too
 * (1 234 567). A trailing dot or comma is never taken ("în 2025." → "2025" + ".").
 * Digits glued to letters (3-lea, 3rd, 5G, 10km) make one word instead.
 */
function emitNumber(out: Token[], text: string, i: number, n: number): number {
  let j = i;
  while (j < n && isDigitAt(text, j)) j++;
  let group = j - i;
  let separated = false;
  while (j + 1 < n) {
    const c = text.charCodeAt(j);
    if ((c === DOT || c === 0x2c || c === 0x3a || c === 0x2f) && isDigitAt(text, j + 1)) {
      const g = ++j;
      while (j < n && isDigitAt(text, j)) j++;
      group = j - g;
      separated = true;
    } else if (
      isGroupSpace(c) &&
      group <= 3 &&
      j + 3 < n &&
      isDigitAt(text, j + 1) &&
      isDigitAt(text, j + 2) &&
      isDigitAt(text, j + 3) &&
      (j + 4 >= n || !isDigitAt(text, j + 4))
    ) {
      j += 4;
      group = 3;
      separated = true;
    } else {
      break;
    }
  }
  if (!separated && j < n) {
    const c = text.charCodeAt(j);
    const glued =
      (charClass(c) & (LETTER | OTHERNUM)) !== 0 ||
      (isHyphen(c) && j + 1 < n && (charClass(text.charCodeAt(j + 1)) & LETTER) !== 0);
    if (glued) return emitWord(out, text, i, scanWordBody(text, i, n), n);
  }
  push(out, text, 'number', i, j);
  return j;
}

/**
 * Splits `text` into tokens with UTF-16 offsets into it (`token.text ===
 * text.slice(token.start, token.end)`); white space is skipped, never a token.
 *
 * - word: letters, marks and digits, with hyphenated Romanian forms (s-a, într-o,
 *   CSI-ului, aliat-cheie, Bruxelles-ul), English compounds (US-led, US–Belarus
 *   with an en dash between letters), apostrophes between letters (O’Neill,
 *   Russia’s), ordinals and digit-letter mixes (3-lea, XX-lea, 5G).
 * - abbreviation: a word with its dot when known (nr., dl., etc., sept.), a
 *   single-letter initial (A.), or a letter-dot chain (S.U.A., î.Hr., ș.a.m.d.).
 *   Any other word followed by '.' is a word and a punct token.
 * - number: see the numeral rules above. `%` is a separate symbol token, so
 *   "2,5%" and "2,5 %" tokenise alike.
 * - url: http(s)://…, ftp://…, www.…, bare domains on common TLDs (Digi24.ro);
 *   email: name@domain.tld. Sentence punctuation after them is not included.
 * - punct: one \p{P} character, except that a run of dots ("...") is one token.
 * - symbol: \p{S}, % ‰ # & @ * §, emoji and anything else.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let nextAt = text.indexOf('@');
  const hasUrl = text.indexOf('://') !== -1 || text.indexOf('www.') !== -1 || text.indexOf('WWW.') !== -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cl = charClass(c);
    let w = 1;
    if (cl === SURROGATE) {
      cl = classAt(text, i);
      w = lastWidth();
    }
    if ((cl & SPACE) !== 0) {
      i += w;
      continue;
    }
    if ((cl & (LETTER | DIGIT)) !== 0) {
      if (hasUrl) {
        const e = scanUrl(text, i);
        if (e > i) {
          push(out, text, 'url', i, e);
          i = e;
          continue;
        }
      }
      if (nextAt !== -1 && nextAt < i) nextAt = text.indexOf('@', i);
      if (nextAt !== -1 && nextAt - i <= MAX_LOCAL_PART) {
        const e = scanSticky(EMAIL_RE, text, i);
        if (e > i) {
          push(out, text, 'email', i, e);
          i = e;
          continue;
        }
      }
    }
    if ((cl & DIGIT) !== 0) {
      i = emitNumber(out, text, i, n);
    } else if ((cl & (LETTER | OTHERNUM)) !== 0) {
      i = emitWord(out, text, i, scanWordBody(text, i, n), n);
    } else if (c === DOT) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === DOT) j++;
      push(out, text, 'punct', i, j);
      i = j;
    } else if ((cl & PUNCT) !== 0) {
      push(out, text, 'punct', i, i + w);
      i += w;
    } else {
      // Symbols and stray marks; combining marks after a symbol (emoji variation selectors) stay with it.
      let j = i + w;
      while (j < n && (charClass(text.charCodeAt(j)) & MARK) !== 0) j++;
      push(out, text, 'symbol', i, j);
      i = j;
    }
  }
  return out;
}
