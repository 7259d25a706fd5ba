/**
 * English forms of a target term, generated rather than stemmed
 * (ro-en-notes.md, "English side"): a stemmer would conflate prisoner/prison,
 * president/presidency and state/stated. A text word is mapped back to the few
 * bases it could be an inflected form of (plural -s/-es/-ies, possessive 's ’s
 * s' s’), and a term matches when one of those bases is the term word.
 */

/** A base a word form may come from. */
export interface EnglishBase {
  /** Lower-case base, e.g. "prisoner" for "prisoners’". */
  readonly base: string;
  /**
   * How many leading characters of the word spell the base unchanged; -1 when
   * the base was rebuilt (countries → country), which case-sensitive terms never accept.
   */
  readonly prefix: number;
}

const APOSTROPHES = "'’";

/**
 * The bases an English word (one hyphen-free part, lower-case) may be a form of,
 * the word itself first. No derivation: "prisoner" never yields "prison",
 * "presidency" never "president", "stated" never "state".
 */
export function englishBases(key: string): EnglishBase[] {
  const bases: string[] = [];
  const prefixes: number[] = [];
  const n = englishBasesInto(key, bases, prefixes);
  const out: EnglishBase[] = [];
  for (let i = 0; i < n; i++) out.push({ base: bases[i]!, prefix: prefixes[i]! });
  return out;
}

/**
 * {@link englishBases} without allocating result objects, for the hot path:
 * writes the bases and their prefixes into the given arrays from index 0.
 *
 * @returns how many were written
 */
export function englishBasesInto(key: string, bases: string[], prefixes: number[]): number {
  bases[0] = key;
  prefixes[0] = key.length;
  const n = key.length;
  const last = key.charCodeAt(n - 1);
  // Most words end in none of s ' ’ n: they are only themselves.
  if (last !== 0x73 && last !== 0x27 && last !== 0x2019 && last !== 0x6e) return 1;
  let k = 1;
  let w = key;
  if (n > 2 && last === 0x73 && APOSTROPHES.includes(key[n - 2] ?? '')) {
    w = key.slice(0, -2);
    k = put(bases, prefixes, k, w, w.length);
  } else if (n > 2 && APOSTROPHES.includes(key[n - 1] ?? '') && key[n - 2] === 's') {
    w = key.slice(0, -1);
    k = put(bases, prefixes, k, w, w.length);
  }
  const m = w.length;
  if (m > 3 && w.endsWith('ies')) k = put(bases, prefixes, k, w.slice(0, -3) + 'y', -1);
  if (m > 3 && w.endsWith('es')) {
    k = put(bases, prefixes, k, w.slice(0, -2), m - 2);
    k = put(bases, prefixes, k, w.slice(0, -2) + 'is', -1);
  }
  if (m > 1 && w.endsWith('s') && !w.endsWith('ss')) k = put(bases, prefixes, k, w.slice(0, -1), m - 1);
  if (m > 4 && w.endsWith('men')) k = put(bases, prefixes, k, w.slice(0, -3) + 'man', -1);
  return k;
}

function put(bases: string[], prefixes: number[], k: number, base: string, prefix: number): number {
  bases[k] = base;
  prefixes[k] = prefix;
  return k + 1;
}

/**
 * Whether an English text word is a form of one term word.
 *
 * @param termKey the term word, lower-case
 * @param termCase the term word as written, when the term is case-sensitive (all-caps "US")
 * @param key the text word, lower-case (match key)
 * @param caseText the text word as written (same length as `key`)
 * @param exact accept the term word's own form only
 */
export function englishWordAccepts(
  termKey: string,
  termCase: string | undefined,
  key: string,
  caseText: string,
  exact = false,
): boolean {
  if (exact) return key === termKey && (termCase === undefined || caseText === termCase);
  for (const b of englishBases(key)) {
    if (b.base !== termKey) continue;
    if (termCase === undefined) return true;
    if (b.prefix === termCase.length && caseText.startsWith(termCase)) return true;
  }
  return false;
}

/**
 * Whether a word is written in capitals (US, CIS, NATO, CSI-ului's CSI): such
 * terms are case-sensitive by default so that "us" never renders "US".
 * Needs at least two letters; dots and digits are ignored (S.U.A., G7).
 */
export function isAllCaps(word: string): boolean {
  // Case mapping instead of a Unicode regex per character: this runs once per glossary word.
  const c0 = word.charCodeAt(0);
  if (c0 >= 0x61 && c0 <= 0x7a) return false;
  const upper = word.toUpperCase();
  if (word !== upper) return false;
  const lower = word.toLowerCase();
  let letters = 0;
  for (let i = 0; i < word.length && letters < 2; i++) if (upper[i] !== lower[i]) letters++;
  return letters >= 2;
}
