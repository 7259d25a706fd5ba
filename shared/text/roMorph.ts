/**
 * Romanian inflection by paradigm (ro-en-notes.md, "Stemmers do not work…").
 *
 * A glossary word is turned once into a {@link Paradigm}: a few stems, each
 * with the closed list of inflectional endings it may take. Recognising a
 * text word is then the reverse: cut every known ending off the word's match
 * key and look the rest up in a Map ({@link ParadigmIndex}). Derivational
 * suffixes (-at, -are, -ie, -er, -ut …) are on no list, which is what keeps
 * acord ≠ acordat, președinte ≠ președinție, consiliu ≠ consilier, stat ≠ statut.
 *
 * All stems and endings are match keys (lower-case, diacritics folded), so the
 * ț/t, ș/s, ă/a and â/î stem alternations need no rule of their own.
 */
import { foldDiacritics, lowerRo, normalizeRo } from './normalize.js';

/** One stem of a paradigm and the endings it accepts ("" = the stem alone). */
export interface StemRule {
  /** Match key of the stem (lower-case, folded). */
  readonly stem: string;
  /** Match keys of the accepted endings; shared, never mutate. */
  readonly endings: ReadonlySet<string>;
  /**
   * For case-sensitive words: the stem as written (diacritics folded, case kept).
   * The word matches only if the text spells its stem with exactly this case.
   */
  readonly caseStem?: string;
}

/** Every form of one word: the union of its stem rules. */
export type Paradigm = readonly StemRule[];

/**
 * How a glossary word inflects.
 * - `noun`, `adjective`: by the class of their ending (consonant, -u, -e, -ie, -ă, -a, plural -i).
 * - `properName`: place and person names: article endings only (Minskului, Rusiei); no plural.
 * - `acronym`: invariable, or with a hyphenated article (CSI-ului, ONG-urile).
 * - `invariable`: this form only (function words, exact terms, verbs).
 */
export type WordRole = 'noun' | 'adjective' | 'properName' | 'acronym' | 'invariable';

// Endings are written here with their diacritics for the reader; they are folded on load.
const E_NOUN_CONSONANT = ['', 'ul', 'ului', 'i', 'ii', 'ilor', 'uri', 'urile', 'urilor', 'e', 'ele', 'elor'];
const E_ADJ_CONSONANT = ['', 'ul', 'ului', 'i', 'ii', 'ilor', 'ă', 'a', 'ei', 'e', 'ele', 'elor'];
const E_U = ['u', 'ul', 'ului', 'i', 'ii', 'ile', 'ilor', 'e', 'ele', 'elor', 'uri', 'urile', 'urilor'];
const E_E = ['e', 'ele', 'elor', 'elui', 'ea', 'i', 'ii', 'ile', 'ilor'];
const E_ADJ_E = [...E_E, 'ă', 'a', 'ei'];
const E_IE = ['e', 'a', 'ei', 'i', 'ile', 'ilor'];
const E_A_SCHWA = ['ă', 'a', 'ei', 'e', 'ele', 'elor', 'i', 'ii', 'ile', 'ilor'];
const E_PLURAL_I = ['i', 'ii', 'ile', 'ilor', 'e', 'ea', 'ei', '', 'ul', 'ului'];
/** Endings after an alternated stem (europen-e, școl-i, ser-i): only front-vowel ones. */
const E_FRONT = ['e', 'ei', 'ele', 'elor', 'i', 'ii', 'ile', 'ilor'];
const E_PROPER_CONSONANT = ['', 'ul', 'ului'];
const E_PROPER_A = ['a', 'ei'];
const E_PROPER_U = ['', 'l', 'lui'];
const E_PROPER_I = ['', 'ul', 'ului'];
/** Article and plural endings written after a hyphen: CSI-ului, NATO-ul, Bruxelles-ul, ONG-urile. */
const E_HYPHEN = [
  '-ul',
  '-ului',
  '-lui',
  '-a',
  '-ei',
  '-le',
  '-lor',
  '-uri',
  '-urile',
  '-urilor',
  '-i',
  '-ii',
  '-ilor',
];
const E_NONE = [''];
const E_FEMININE_SINGULAR = ['ă', 'a'];

const allEndings = new Set<string>();
function endingSet(list: readonly string[], ...more: (readonly string[])[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const e of [...list, ...more.flat()]) {
    const key = foldDiacritics(e);
    set.add(key);
    allEndings.add(key);
  }
  return set;
}

const NOUN_CONSONANT = endingSet(E_NOUN_CONSONANT);
const NOUN_CONSONANT_U = endingSet(E_NOUN_CONSONANT, ['u']);
const ADJ_CONSONANT = endingSet(E_ADJ_CONSONANT);
const U_CLASS = endingSet(E_U);
const E_CLASS = endingSet(E_E);
const ADJ_E_CLASS = endingSet(E_ADJ_E);
const IE_CLASS = endingSet(E_IE);
const SCHWA_CLASS = endingSet(E_A_SCHWA);
const PLURAL_I_CLASS = endingSet(E_PLURAL_I);
const FRONT = endingSet(E_FRONT);
const FEMININE_SINGULAR = endingSet(E_FEMININE_SINGULAR);
const PROPER_CONSONANT = endingSet(E_PROPER_CONSONANT, E_HYPHEN);
const PROPER_A = endingSet(E_PROPER_A, E_HYPHEN);
const PROPER_U = endingSet(E_PROPER_U, E_HYPHEN);
const PROPER_I = endingSet(E_PROPER_I, E_HYPHEN);
const PROPER_OTHER = endingSet(E_NONE, E_HYPHEN);
const ACRONYM = endingSet(E_NONE, E_HYPHEN);
const INVARIABLE = endingSet(E_NONE);

/**
 * Very frequent words that happen to look like a short stem plus an ending
 * (este = est + e, care = car + e, sunt, are): never accepted as an inflected
 * form, only when they are the glossary word itself. Match keys.
 */
const STOP_FORMS: ReadonlySet<string> = new Set(
  [
    'este',
    'ești',
    'care',
    'sunt',
    'fie',
    'are',
    'cele',
    'ale',
    'unde',
    'pare',
    'sale',
    'tale',
    'mele',
    'lui',
    'lor',
    'ele',
    'ori',
    'cate',
    'mai',
    'dar',
    'bine',
  ].map((w) => foldDiacritics(w)),
);

/** Ending lengths that occur, longest first, so a lookup tries few cuts. */
const ENDING_LENGTHS: readonly number[] = [...new Set([...allEndings].map((e) => e.length))].sort((a, b) => b - a);

const VOWELS = 'aeiouăâî';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
/** Consonant clusters that cannot end a Romanian word, so their lemma ends in -u (ministru, membru). */
const U_FINAL_CLUSTER = /(?:[bcdfgptv][rl])$/;

/**
 * Undoes the definite article of a citation form that carries it
 * (Consiliul → consiliu, Uniunea → uniune, Federația → federație, Republica → republică).
 * `w` is lower-case with diacritics.
 */
function deArticle(w: string): string {
  if (w.length > 3 && w.endsWith('ul')) {
    const before = w[w.length - 3];
    // consiliul, muzeul, flăcăul keep their -u; statul, acordul drop -ul.
    return isVowel(before) ? w.slice(0, -1) : w.slice(0, -2);
  }
  // Plural citation forms: Statele (Unite) → state, alegerile → alegeri.
  if (w.length > 4 && (w.endsWith('ele') || w.endsWith('ile'))) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('ea')) return w.slice(0, -1);
  if (w.length > 3 && w.endsWith('ia')) return w.slice(0, -1) + 'e';
  if (w.length > 2 && w.endsWith('a') && !isVowel(w[w.length - 2])) return w.slice(0, -1) + 'ă';
  return w;
}

/**
 * Stems the inflection alternates into before front-vowel endings:
 * ea→e, oa→o, a/ă→e in the last syllable (europeană/europene, școală/școli,
 * seară/seri), sc→șt and d→z at the end (românesc/românești, brad/brazi).
 * ț/t and ș/s need no rule: folding makes them equal.
 */
function alternatedStems(stem: string): string[] {
  const vowelAlt = stem.replace(/(ea|oa|[aă])([^aeiouăâî]+)$/, (_m, v: string, tail: string) => {
    if (v === 'ea') return 'e' + tail;
    if (v === 'oa') return 'o' + tail;
    return 'e' + tail;
  });
  const consonantAlt = (s: string): string => s.replace(/sc$/, 'șt').replace(/d$/, 'z');
  const out = new Set([vowelAlt, consonantAlt(stem), consonantAlt(vowelAlt)]);
  out.delete(stem);
  return [...out];
}

/** Options for {@link paradigmOf}. */
export interface ParadigmOptions {
  role: WordRole;
  /** Keep the case of the stem as written (all-caps words, Term.caseSensitive). */
  caseSensitive?: boolean;
  /** The citation form may carry the definite article (first word of a multi-word term). */
  articled?: boolean;
}

/**
 * Builds the paradigm of one glossary word (a single word, no spaces).
 *
 * @param word the word as written in the glossary, e.g. "Consiliul", "școală", "CSI"
 * @returns the stem rules; the word's own form is always accepted
 */
export function paradigmOf(word: string, opts: ParadigmOptions): Paradigm {
  const written = normalizeRo(word);
  const lower = lowerRo(written);
  const caseKey = opts.caseSensitive ? foldDiacritics(written) : undefined;
  const rules: StemRule[] = [];
  const add = (lemmaLower: string, cut: number, endings: ReadonlySet<string>): void => {
    const stemLower = lemmaLower.slice(0, lemmaLower.length - cut);
    const stem = foldDiacritics(stemLower);
    const rule: StemRule = caseKey ? { stem, endings, caseStem: caseKey.slice(0, stem.length) } : { stem, endings };
    rules.push(rule);
  };
  const addAlternations = (stemLower: string): void => {
    // An alternated stem changes letters inside the word; a case-sensitive word keeps its written stem only.
    if (caseKey) return;
    for (const alt of alternatedStems(stemLower)) rules.push({ stem: foldDiacritics(alt), endings: FRONT });
  };
  const own = (): StemRule =>
    caseKey
      ? { stem: foldDiacritics(lower), endings: INVARIABLE, caseStem: caseKey }
      : { stem: foldDiacritics(lower), endings: INVARIABLE };

  switch (opts.role) {
    case 'invariable':
      return [own()];
    case 'acronym': {
      const bare = lower.replace(/\./g, '');
      const caseBare = caseKey?.replace(/\./g, '');
      const stem = foldDiacritics(bare);
      return [caseBare !== undefined ? { stem, endings: ACRONYM, caseStem: caseBare } : { stem, endings: ACRONYM }];
    }
    case 'properName': {
      const last = lower[lower.length - 1] ?? '';
      if (last === 'a') add(lower, 1, PROPER_A);
      else if (last === 'u') add(lower, 0, PROPER_U);
      else if (last === 'i') add(lower, 0, PROPER_I);
      else if (isVowel(last) || !/\p{L}/u.test(last)) add(lower, 0, PROPER_OTHER);
      else add(lower, 0, PROPER_CONSONANT);
      break;
    }
    case 'noun':
    case 'adjective': {
      const adjective = opts.role === 'adjective';
      const lemma = opts.articled ? deArticle(lower) : lower;
      const last = lemma[lemma.length - 1] ?? '';
      const cited = foldDiacritics(lower);
      if (lemma.endsWith('ie')) add(lemma, 1, IE_CLASS);
      else if (last === 'e') add(lemma, 1, adjective ? ADJ_E_CLASS : E_CLASS);
      else if (last === 'ă') {
        add(lemma, 1, SCHWA_CLASS);
        addAlternations(lemma.slice(0, -1));
      } else if (last === 'u') add(lemma, 1, U_CLASS);
      else if (last === 'i') add(lemma, 1, PLURAL_I_CLASS);
      else if (last === 'a') add(lemma, 1, SCHWA_CLASS);
      else if (isVowel(last) || !/\p{L}/u.test(last)) add(lemma, 0, INVARIABLE);
      else {
        add(lemma, 0, adjective ? ADJ_CONSONANT : U_FINAL_CLUSTER.test(lemma) ? NOUN_CONSONANT_U : NOUN_CONSONANT);
        addAlternations(lemma);
        // -esc adjectives diphthongise in the feminine: românesc → românească.
        if (adjective && lemma.endsWith('esc') && !caseKey) {
          rules.push({ stem: foldDiacritics(lemma.slice(0, -3) + 'easc'), endings: FEMININE_SINGULAR });
        }
      }
      // The citation form itself always matches, even when de-articling guessed wrong.
      if (!rules.some((r) => acceptsRule(r, cited))) rules.push(own());
      break;
    }
  }
  return rules;
}

function acceptsRule(rule: StemRule, key: string): boolean {
  if (!key.startsWith(rule.stem)) return false;
  const ending = key.slice(rule.stem.length);
  return rule.endings.has(ending) && (ending === '' || !STOP_FORMS.has(key));
}

/**
 * Whether a text word is a form of the paradigm.
 *
 * @param key the word's match key (`matchKey` from normalize.ts)
 * @param caseKey the word with diacritics folded but case kept; required for case-sensitive rules
 */
export function paradigmAccepts(paradigm: Paradigm, key: string, caseKey?: string): boolean {
  for (const rule of paradigm) {
    if (!acceptsRule(rule, key)) continue;
    if (rule.caseStem === undefined) return true;
    if (caseKey !== undefined && caseKey.startsWith(rule.caseStem)) return true;
  }
  return false;
}

/**
 * Map from stems to values, answering "which values' paradigms accept this
 * word?" with a handful of Map lookups: one per known ending the word ends
 * with, never one per glossary entry.
 */
export class ParadigmIndex<T> {
  readonly #byStem = new Map<string, { rule: StemRule; value: T }[]>();

  /** Registers `value` under every stem of `paradigm`. */
  add(paradigm: Paradigm, value: T): void {
    for (const rule of paradigm) {
      const bucket = this.#byStem.get(rule.stem);
      if (bucket) bucket.push({ rule, value });
      else this.#byStem.set(rule.stem, [{ rule, value }]);
    }
  }

  /**
   * Calls `visit` once for every (value, stem rule) whose paradigm accepts the word.
   * A value registered with several stems that all accept the word is visited once per stem.
   *
   * @param key the word's match key
   * @param caseKey the word folded with case kept; when absent, case-sensitive rules never match
   */
  lookup(key: string, visit: (value: T) => void, caseKey?: string): void {
    const n = key.length;
    // A stop form is only ever itself: skip every cut.
    const lengths = STOP_FORMS.has(key) ? [] : ENDING_LENGTHS;
    for (const len of lengths) {
      if (len >= n) continue;
      const ending = key.slice(n - len);
      if (!allEndings.has(ending)) continue;
      const bucket = this.#byStem.get(key.slice(0, n - len));
      if (bucket) visitBucket(bucket, ending, visit, caseKey);
    }
    const whole = this.#byStem.get(key);
    if (whole) visitBucket(whole, '', visit, caseKey);
  }

  /** Number of distinct stems (for diagnostics). */
  get stemCount(): number {
    return this.#byStem.size;
  }
}

function visitBucket<T>(
  bucket: readonly { rule: StemRule; value: T }[],
  ending: string,
  visit: (value: T) => void,
  caseKey: string | undefined,
): void {
  for (const { rule, value } of bucket) {
    if (!rule.endings.has(ending)) continue;
    if (rule.caseStem !== undefined && (caseKey === undefined || !caseKey.startsWith(rule.caseStem))) continue;
    visit(value);
  }
}

/**
 * Romanian words that never inflect inside a multi-word term and after which
 * the rest of the term stays as written (Consiliul de Securitate → Consiliului
 * de Securitate). Match keys.
 */
export const RO_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'de',
    'din',
    'la',
    'cu',
    'în',
    'pe',
    'pentru',
    'prin',
    'sub',
    'spre',
    'fără',
    'între',
    'despre',
    'după',
    'asupra',
    'contra',
    'împotriva',
    'către',
    'până',
    'privind',
    'a',
    'al',
    'ai',
    'ale',
    'și',
    'sau',
    'ori',
  ].map((w) => foldDiacritics(w)),
);

/** Whether a word of a term is in the genitive (Statelor, Afacerilor, Ministerului), so it and what follows stay as written. */
export function looksGenitive(word: string): boolean {
  const key = foldDiacritics(lowerRo(normalizeRo(word)));
  return key.length > 4 && (key.endsWith('lor') || key.endsWith('ului'));
}
