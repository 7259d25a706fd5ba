// Romanian normalisation (ro-en-notes.md, "Letters and normalisation").
// What the user sees is only ever NFC + comma-below; lower-casing, diacritic
// folding and hyphen unification exist to compare text, never to display it.

import { charClass, LETTER, MARK } from './charClass.js';

const CEDILLA_RE = /[\u015E\u015F\u0162\u0163]/g;
const CEDILLA_TO_COMMA: Readonly<Record<string, string>> = {
  '\u015E': '\u0218',
  '\u015F': '\u0219',
  '\u0162': '\u021A',
  '\u0163': '\u021B',
};

/** Folding of the Romanian letters, upper and lower case, precomposed (NFC) forms. */
const FOLD: ReadonlyMap<number, number> = new Map([
  [0x0103, 0x61], // ă
  [0x0102, 0x41], // Ă
  [0x00e2, 0x61], // â
  [0x00c2, 0x41], // Â
  [0x00ee, 0x69], // î
  [0x00ce, 0x49], // Î
  [0x0219, 0x73], // ș
  [0x0218, 0x53], // Ș
  [0x015f, 0x73], // ş
  [0x015e, 0x53], // Ş
  [0x021b, 0x74], // ț
  [0x021a, 0x54], // Ț
  [0x0163, 0x74], // ţ
  [0x0162, 0x54], // Ţ
]);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * True if every code unit of `s` is one that NFC leaves alone whatever stands
 * beside it (below U+0300: Latin, the Romanian letters, Latin-1 punctuation;
 * U+2010–U+2027 and U+2030–U+205E: dashes, quotes, ellipsis; checked for every
 * pair by brute force) and none is a cedilla ş ţ. Such a text is its own
 * normalizeRo: most Romanian text, which then skips `String.normalize` (ICU,
 * and a copy) on the check and term-matching paths.
 */
function alreadyNormalRo(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x300) {
      if (c === 0x15e || c === 0x15f || c === 0x162 || c === 0x163) return false;
      continue;
    }
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) continue;
    return false;
  }
  return true;
}

/** True if `s` holds a combining diacritic, i.e. may not be NFC. */
function hasCombiningMark(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0300 && c <= 0x036f) return true;
  }
  return false;
}

/**
 * NFC, then the legacy cedilla letters ş Ş ţ Ţ (precomposed, or s/t + U+0327)
 * become the standard comma-below ș Ș ț Ț. Safe for display; length may shrink
 * only where the input was decomposed.
 */
export function normalizeRo(s: string): string {
  if (alreadyNormalRo(s)) return s;
  // NFC composes s/t + U+0327 into ş/ţ, so one replacement handles both spellings.
  const n = s.normalize('NFC');
  CEDILLA_RE.lastIndex = 0;
  if (!CEDILLA_RE.test(n)) return n;
  CEDILLA_RE.lastIndex = 0;
  return n.replace(CEDILLA_RE, (ch) => CEDILLA_TO_COMMA[ch]!);
}

/** Lower case with Romanian locale rules (`toLocaleLowerCase('ro')`). */
export function lowerRo(s: string): string {
  return s.toLocaleLowerCase('ro');
}

/**
 * ă â → a, î → i, ș ş → s, ț ţ → t, keeping case (Ă → A …). For comparison only:
 * folded text must never reach the user. Decomposed input is composed first.
 */
export function foldDiacritics(s: string): string {
  if (isAscii(s)) return s;
  if (hasCombiningMark(s, 0)) s = s.normalize('NFC');
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const f = FOLD.get(s.charCodeAt(i));
    if (f !== undefined) {
      out += s.slice(last, i) + String.fromCharCode(f);
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function isLetterLike(c: number): boolean {
  return (charClass(c) & (LETTER | MARK)) !== 0;
}

/** An en dash joins two words only when it stands between letters ("US–Belarus"), not as a spaced dash. */
function isJoiningEnDash(s: string, i: number): boolean {
  return i > 0 && i + 1 < s.length && isLetterLike(s.charCodeAt(i - 1)) && isLetterLike(s.charCodeAt(i + 1));
}

/**
 * Hyphen look-alikes → "-": U+2010 hyphen, U+2011 non-breaking hyphen and
 * U+2013 en dash between two letters, one character for one. U+00AD soft
 * hyphen is only an invisible break opportunity, so it is dropped
 * ("Lukașen\u00ADko" is "Lukașenko"): offsets are unchanged unless the text has one.
 */
export function normalizeHyphens(s: string): string {
  if (isAscii(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x00ad) {
      out += s.slice(last, i);
      last = i + 1;
    } else if (c === 0x2010 || c === 0x2011 || (c === 0x2013 && isJoiningEnDash(s, i))) {
      out += s.slice(last, i) + '-';
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

// matchKey's per-code-unit mapping, filled lazily: 0 = not computed yet.
const KEY = new Uint16Array(0x10000);

function computeKey(c: number): number {
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLocaleLowerCase('ro');
  // A few letters (İ) lower-case to two code units; keeping them as they are keeps the key char-for-char.
  const l = lower.length === 1 ? lower.charCodeAt(0) : c;
  return FOLD.get(l) ?? l;
}

let buf = new Uint16Array(256);

function fromCodes(codes: Uint16Array, n: number): string {
  let out = '';
  // apply() takes at most a few tens of thousands of arguments; chunk long inputs.
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * The comparison key: `foldDiacritics(lowerRo(normalizeHyphens(normalizeRo(s))))`.
 * Cedilla and comma-below, upper and lower case, with and without diacritics and
 * all hyphen look-alikes compare equal ("Lukaşenko", "LUKAȘENKO" and "lukasenko"
 * all give "lukasenko").
 *
 * Soft hyphens (U+00AD) are dropped. For NFC input (anything without combining
 * marks U+0300–U+036F) and without soft hyphens the key has exactly the input's
 * length and key[i] stands for s[i], so offsets found in the key are offsets in
 * the original. Decomposed input is composed first and then that no longer holds. Called once per token: pure-ASCII input takes a fast path,
 * everything else one table-driven pass.
 */
export function matchKey(s: string): string {
  let n = s.length;
  let i = 0;
  let upper = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) break;
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  if (i === n) return upper ? s.toLowerCase() : s;
  if (hasCombiningMark(s, i)) {
    s = s.normalize('NFC');
    n = s.length;
  }
  if (buf.length < n) buf = new Uint16Array(Math.max(n, buf.length * 2));
  let changed = false;
  let m = 0;
  for (let j = 0; j < n; j++) {
    const c = s.charCodeAt(j);
    let k: number;
    if (c === 0x00ad) {
      changed = true;
      continue;
    } else if (c < 0x80) {
      k = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    } else if (c === 0x2013) {
      k = isJoiningEnDash(s, j) ? 0x2d : c;
    } else {
      k = KEY[c]!;
      if (k === 0) {
        k = computeKey(c);
        KEY[c] = k;
      }
    }
    if (k !== c) changed = true;
    buf[m++] = k;
  }
  return changed ? fromCodes(buf, m) : s;
}
