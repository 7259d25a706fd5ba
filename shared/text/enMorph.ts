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
  const out: EnglishBase[] = [{ base: key, prefix: key.length }];
  let w = key;
  const n = key.length;
  if (n > 2 && key[n - 1] === 's' && APOSTROPHES.includes(key[n - 2] ?? '')) {
    w = key.slice(0, -2);
    out.push({ base: w, prefix: w.length });
  } else if (n > 2 && APOSTROPHES.includes(key[n - 1] ?? '') && key[n - 2] === 's') {
    w = key.slice(0, -1);
    out.push({ base: w, prefix: w.length });
  }
  const m = w.length;
  if (m > 3 && w.endsWith('ies')) out.push({ base: w.slice(0, -3) + 'y', prefix: -1 });
  if (m > 3 && w.endsWith('es')) {
    out.push({ base: w.slice(0, -2), prefix: m - 2 });
    out.push({ base: w.slice(0, -2) + 'is', prefix: -1 });
  }
  if (m > 1 && w.endsWith('s') && !w.endsWith('ss')) out.push({ base: w.slice(0, -1), prefix: m - 1 });
  if (m > 4 && w.endsWith('men')) out.push({ base: w.slice(0, -3) + 'man', prefix: -1 });
  return out;
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
