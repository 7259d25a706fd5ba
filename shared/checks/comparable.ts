import { normalizeRo } from '../text/normalize.js';

/**
 * The form in which two segment texts count as "the same": normalised
 * (NFC, ș/ț, hyphens), lower-cased, with whitespace runs collapsed and the
 * ends trimmed. Diacritics are kept: "fata" and "fața" are different words.
 */
export function comparable(text: string): string {
  // toLowerCase, not lowerRo: the same for every Romanian and English letter, and far faster on a keystroke path.
  const lower = normalizeRo(text).toLowerCase();
  // Most texts are single-spaced already: then collapsing would only copy them.
  return (needsCollapse(lower) ? lower.replace(/\s+/gu, ' ') : lower).trim();
}

/** True if `s` holds whitespace other than lone U+0020 spaces, i.e. what `\s+` → " " would change. */
function needsCollapse(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) return true;
    } else if (isSpace(c)) return true;
  }
  return false;
}

/** Exactly the code units `\s` matches: ECMAScript white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
