// Abbreviations written with a final dot, and how a sentence may end after them
// (ro-en-notes.md, "Sentence segmentation"; M. Avram, Ortografie pentru toți).

import { matchKey } from './normalize.js';

/**
 * How a following capital is read:
 * - `never`: the dot never ends a sentence (nr. 5, Prof. univ. dr. Popescu, str. Lipscani);
 * - `conditional`: it ends one only before a capital that starts a new sentence
 *   (etc., ș.a.m.d., î.Hr., month abbreviations, S.U.A.).
 */
export type AbbreviationKind = 'never' | 'conditional';

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

// Keys are matchKey() forms without the final dot (so "șos", "sos" and "ŞOS" meet).
const NEVER = words(`
  nr art alin lit pct par cap vol pag p pp fig tab str bd sos sect jud mun com loc bl sc ap et tel
  dr prof univ conf lect asist acad ing ec av pr gen col lt cpt mr dl dlui dna dnei d-na d-l dvs dv
  pt cca ex cf v mil mld sf st
  drd arh ed eds coord trad op fasc crt cal intr aprox vs
  gh th ch chr fl
  mrs ms sen rep gov capt sgt
`); // the ro-en-notes.md list; academic and legal register; first-name initials (Gh. Th.); English titles

const CONDITIONAL = words(`
  etc s.a s.a.m.d s.u i.hr d.hr i.e.n e.n a.c n.r n.tr n.red sec id ibid cit al a.m p.m
  ian feb febr mar mart apr iun iul aug sep sept oct nov dec
  s.u.a u.e r.m s.r.l i.e e.g inc ltd corp co jr sr jan
`); // then months; then acronyms written with dots, which may close a sentence ("a plecat în S.U.A. Apoi…")

/**
 * Abbreviations that are also ordinary Romanian words ("a avut loc.", "de acest gen.",
 * "din cap.", "un cal."): in lower case they are read as the word and the dot is a
 * full stop; capitalised ("Gen. Gerasimov", "Cal. Victoriei") they are abbreviations.
 */
const HOMOGRAPHS: ReadonlySet<string> = new Set(['loc', 'gen', 'cap', 'par', 'cal']);

/** Chain abbreviations where a dot ends a date phrase rather than a noun (used by the segmenter). */
const DATING: ReadonlySet<string> = new Set(
  words('i.hr d.hr i.e.n e.n a.c sec ian feb febr mar mart apr iun iul aug sep sept oct nov dec'),
);

const TABLE = new Map<string, AbbreviationKind>();
for (const k of NEVER) TABLE.set(k, 'never');
for (const k of CONDITIONAL) TABLE.set(k, 'conditional');

function stripFinalDot(s: string): string {
  return s.charCodeAt(s.length - 1) === 0x2e ? s.slice(0, -1) : s;
}

/**
 * The kind of a known abbreviation, given with or without its final dot
 * ("nr.", "ș.a.m.d", "Î.Hr."), in any case, with ș/ş or without diacritics.
 * A lower-case homograph of an ordinary word (loc, gen, cap, par, cal) is not an abbreviation.
 */
export function knownAbbreviation(word: string): AbbreviationKind | undefined {
  const bare = stripFinalDot(word);
  const key = matchKey(bare);
  const kind = TABLE.get(key);
  if (kind === undefined) return undefined;
  if (HOMOGRAPHS.has(key) && bare === key) return undefined;
  // "et al." may close a sentence; capitalised "Al." is a first name (Al. Rosetti).
  if (key === 'al' && bare !== key) return 'never';
  return kind;
}

/** True for the lower-case words (exactly as written) that double as abbreviations when capitalised (loc, gen, cap, par, cal). */
export function isHomograph(word: string): boolean {
  return HOMOGRAPHS.has(word);
}

/** True for î.Hr., d.Hr., a.c., sec. and the month abbreviations: dots that close a date. */
export function isDatingAbbreviation(word: string): boolean {
  return DATING.has(matchKey(stripFinalDot(word)));
}
