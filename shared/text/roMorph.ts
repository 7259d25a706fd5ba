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
import { foldDiacritics, lowerRo, matchKey, normalizeRo } from './normalize.js';

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
  /**
   * The stem in lower case with its diacritics (comma-below ș ț): where the
   * text is written with diacritics a word must spell its stem so (fată is not
   * față), up to the alternations t→ț, s→ș and a→ă of {@link diacriticsAgree}.
   */
  readonly dstem?: string;
  /** The glossary writes the word with a capital (a name): the text must too ("puțin" is not Putin). */
  readonly capital?: boolean;
  /**
   * Those of {@link endings} that are rare for the class (the neuter plural
   * -e of a consonant noun, stat → state): where one word is also a regular
   * form of another term (membre: membră, not membru), the other wins.
   */
  readonly weak?: ReadonlySet<string>;
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
const E_NOUN_CONSONANT = ['', 'ul', 'ului', 'i', 'ii', 'ilor', 'uri', 'urile', 'urilor'];
/** The neuter plural in -e (stat → state, raport → rapoarte): {@link StemRule.weak} endings. */
const E_NEUTER_E = ['e', 'ele', 'elor'];
const E_ADJ_CONSONANT = ['', 'ul', 'ului', 'i', 'ii', 'ilor', 'ă', 'a', 'ei', 'e', 'ele', 'elor'];
const E_U = ['u', 'ul', 'ului', 'i', 'ii', 'ile', 'ilor', 'uri', 'urile', 'urilor'];
const E_E = ['e', 'ele', 'elor', 'elui', 'ea', 'i', 'ii', 'ile', 'ilor'];
const E_ADJ_E = [...E_E, 'ă', 'a', 'ei'];
const E_IE = ['e', 'a', 'ei', 'i', 'ile', 'ilor'];
const E_A_SCHWA = ['ă', 'a', 'ei', 'e', 'ele', 'elor', 'i', 'ii', 'ile', 'ilor'];
const E_PLURAL_I = ['i', 'ii', 'ile', 'ilor', 'e', 'ea', 'ei', '', 'ul', 'ului'];
/**
 * Whole forms of the classes below: their endings (-iuri, -le, -lor, -aua…)
 * are kept out of the shared ending trie, which every text word walks; the
 * forms are index entries of their own instead.
 */
const F_PLURAL_I_URI = ['iul', 'iului', 'iuri', 'iurile', 'iurilor'];
/** Vowel + -ie (femeie, odaie, cheie): the stem keeps its i (femei, femeii, femeile, femeilor). */
const E_VOWEL_IE = ['e', 'a', '', 'i'];
const F_VOWEL_IE = ['le', 'lor'];
/** Stressed -ea (stea, cafea): steaua, stele, stelele, stelelor. */
const E_EA = ['a'];
const F_EA = ['aua', 'le', 'lei', 'lele', 'lelor'];
/** Feminine of a masculine agent noun (prizonier → prizonieră, student → studentă). */
const E_FEMININE_AGENT = ['ă', 'a', 'ei'];
/** Endings after an alternated stem (europen-e, școl-i, ser-i): only front-vowel ones. */
const E_FRONT = ['e', 'ei', 'ele', 'elor', 'i', 'ii', 'ile', 'ilor'];
const E_PROPER_CONSONANT = ['', 'ul', 'ului'];
const E_PROPER_A = ['a', 'ei'];
const E_PROPER_U = ['', 'l', 'lui'];
/** Names in -i, often plural in form: Iași → Iașului, Iașilor; Carpați → Carpații, Carpaților. */
const E_PROPER_I = ['', 'ul', 'ului', 'i'];
const F_PROPER_I = ['lor'];
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

const NEUTER_E = endingSet(E_NEUTER_E);
const VOWEL_IE_CLASS = endingSet(E_VOWEL_IE);
const EA_CLASS = endingSet(E_EA);
const FEMININE_AGENT = endingSet(E_FEMININE_AGENT, E_NEUTER_E);
// The classes with their weak endings, one set each, so that a stem stays one index entry.
const NOUN_CONSONANT_E = endingSet(E_NOUN_CONSONANT, E_NEUTER_E);
const NOUN_CONSONANT_U_E = endingSet(E_NOUN_CONSONANT, ['u'], E_NEUTER_E);
const NOUN_CONSONANT_AGENT = endingSet(E_NOUN_CONSONANT, E_FEMININE_AGENT, E_NEUTER_E);
const U_CLASS_E = endingSet(E_U, E_NEUTER_E);
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
    // Function words shaped like a noun form: peste (over) = pest-e, acele = ac-ele, celei = cel-ei.
    'peste',
    'acele',
    'acea',
    'celei',
    'celui',
    'unei',
    'unui',
    'mei',
    'tăi',
    'săi',
    'alte',
    'altei',
    'altor',
    'toate',
    'multe',
    'unele',
    'cere',
  ].map((w) => foldDiacritics(w)),
);

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

/**
 * Nouns whose paradigm no ending class describes (ro-en-notes.md, issue 11
 * cause 8): their stems and endings, written out. They replace the class
 * rules, so "cale" is no form of cal and "ore" none of oară.
 */
// lemma = stem: endings; stem: endings ("" written as nothing before a comma).
const IRREGULAR_TABLE = [
  'om = om: ,ul,ului; oamen: i,ii,ilor',
  'copil = copil: ,ul,ului; copi: i,ii,ilor',
  'cal = cal: ,ul,ului; ca: i,ii,ilor',
  'cuvânt = cuvânt: ,ul,ului; cuvint: e,ele,elor',
  'mână = mân: ă,a; mâin: ii,i,ile,ilor',
  'zi = zi: ,le,lei,lele,lelor; ziu: a',
  'noapte = noapt: e,ea; nopț: ii,i,ile,ilor',
  // "ori" is also a stop form (or): as a whole word it is the plural, and termContext.ts wants a count before it.
  'oară = oar: ă,a; ori: ',
  'tată = tat: ă,a,ăl,ălui; taț: i,ii,ilor',
  'soră = sor: ă,a,ei; suror: i,ile,ilor',
  'tânăr = tânăr: ,ul,ului,ă,a; tiner: i,ii,ilor,e,ele,elor',
  'sămânță = sămânț: ă,a,ei; semințe: ,le,lor',
  'fată = fat: ă,a; fet: ei,e,ele,elor',
  'an = an: ,ul,ului,i,ii,ilor',
  'ochi = ochi: ,ul,ului,i,lor',
  'leu = le: u,ul,ului,i,ii,ilor',
  'ou = ou: ,l,lui,ă,ăle,ălor',
];

/**
 * Nouns whose paradigm no ending class describes (ro-en-notes.md, issue 11
 * cause 8): their stems and endings, written out. They replace the class
 * rules, so "cale" is no form of cal and "ore" none of oară.
 */
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(
  IRREGULAR_TABLE.map((line) => {
    const [lemma, stems] = line.split(' = ') as [string, string];
    const forms = stems.split('; ').flatMap((part) => {
      const [stem, endings] = part.split(': ') as [string, string];
      return endings.split(',').map((e) => stem + e);
    });
    return [lemma, forms];
  }),
);
/** Irregular forms → lemma, as written (with diacritics) and folded. */
const IRREGULAR_BY_FORM = new Map<string, string>();
const IRREGULAR_BY_KEY = new Map<string, string>();
for (const [lemma, forms] of IRREGULAR) {
  for (const f of forms) {
    if (!IRREGULAR_BY_FORM.has(f)) IRREGULAR_BY_FORM.set(f, lemma);
    if (!IRREGULAR_BY_KEY.has(foldDiacritics(f))) IRREGULAR_BY_KEY.set(foldDiacritics(f), lemma);
  }
}

/**
 * The lemma of a form of one of the irregular nouns above (oamenilor → om,
 * copiii → copil, nopții → noapte).
 *
 * @param word lower case, with or without diacritics
 */
export function irregularLemma(word: string): string | undefined {
  const lower = lowerRo(normalizeRo(word));
  // Spelled with diacritics, the form must have the same ones: fața is no form of fată.
  return hasRoDiacritics(lower) ? IRREGULAR_BY_FORM.get(lower) : IRREGULAR_BY_KEY.get(foldDiacritics(lower));
}

/** Masculine agent nouns that have a feminine in -ă (prizonieră, studentă, deputată, francezei). */
const AGENT_SUFFIX = /(?:ier|ist|ant|ent|at|ut|ez|ean)$/;

/** Options for {@link paradigmOf}. */
export interface ParadigmOptions {
  role: WordRole;
  /** Keep the case of the stem as written (all-caps words, Term.caseSensitive). */
  caseSensitive?: boolean;
  /** The citation form may carry the definite article (first word of a multi-word term). */
  articled?: boolean;
  /** The glossary writes the word with a capital: only capitalised text matches ({@link StemRule.capital}). */
  capital?: boolean;
}

/**
 * Builds the paradigm of one glossary word (a single word, no spaces).
 *
 * @param word the word as written in the glossary, e.g. "Consiliul", "școală", "CSI"
 * @returns the stem rules; the word's own form is always accepted
 */
export function paradigmOf(word: string, opts: ParadigmOptions): Paradigm {
  const written = normalizeRo(word);
  const lower = lowerCase(written);
  const caseKey = opts.caseSensitive ? foldDiacritics(written) : undefined;
  const rules: StemRule[] = [];
  switch (opts.role) {
    case 'invariable':
      rules.push(ownForm(lower, caseKey));
      break;
    case 'acronym': {
      const dstem = lower.replace(/\./g, '');
      const stem = foldDiacritics(dstem);
      const caseBare = caseKey?.replace(/\./g, '');
      rules.push(
        caseBare !== undefined
          ? { stem, dstem, endings: ACRONYM, caseStem: caseBare }
          : { stem, dstem, endings: ACRONYM },
      );
      break;
    }
    case 'properName': {
      const last = lower[lower.length - 1] ?? '';
      if (last === 'a') addRule(rules, lower, 1, PROPER_A, caseKey);
      else if (last === 'u') addRule(rules, lower, 0, PROPER_U, caseKey);
      else if (last === 'i') {
        addRule(rules, lower, 0, PROPER_I, caseKey);
        addForms(rules, lower, F_PROPER_I, caseKey);
      } else if (isVowel(last) || !isCased(last)) addRule(rules, lower, 0, PROPER_OTHER, caseKey);
      else addRule(rules, lower, 0, PROPER_CONSONANT, caseKey);
      break;
    }
    case 'noun':
    case 'adjective': {
      const adjective = opts.role === 'adjective';
      const lemma = opts.articled ? deArticle(lower) : lower;
      const last = lemma[lemma.length - 1] ?? '';
      const irregular = adjective || caseKey ? undefined : IRREGULAR.get(lemma);
      if (irregular) {
        addForms(rules, '', irregular);
      } else if (/[aeiouăâî]ie$/.test(lemma)) {
        addRule(rules, lemma, 1, VOWEL_IE_CLASS, caseKey);
        if (!caseKey) addForms(rules, lemma.slice(0, -1), F_VOWEL_IE);
        // odaie → odăi, ploaie → ploi: the plural's stem alternates.
        const alt = lemma
          .slice(0, -1)
          .replace(/oa(i)$/, 'o$1')
          .replace(/a(i)$/, 'ă$1');
        if (!caseKey && alt !== lemma.slice(0, -1)) {
          rules.push({ stem: foldDiacritics(alt), dstem: alt, endings: VOWEL_IE_CLASS });
          addForms(rules, alt, F_VOWEL_IE);
        }
      } else if (lemma.endsWith('ie')) addRule(rules, lemma, 1, IE_CLASS, caseKey);
      else if (last === 'e') {
        addRule(rules, lemma, 1, adjective ? ADJ_E_CLASS : E_CLASS, caseKey);
        // scrisoare → scrisori, valoare → valorii: oa → o before -i.
        const stem = lemma.slice(0, -1);
        if (!caseKey && /oa[^aeiouăâî]+$/.test(stem)) addAlternations(rules, stem);
      } else if (last === 'a' && lemma.endsWith('ea') && lemma.length > 3 && !adjective) {
        addRule(rules, lemma, 1, EA_CLASS, caseKey);
        if (!caseKey) addForms(rules, lemma.slice(0, -1), F_EA);
      } else if (last === 'ă') {
        addRule(rules, lemma, 1, SCHWA_CLASS, caseKey);
        // An alternated stem changes letters inside the word; a case-sensitive word keeps its written stem only.
        if (!caseKey) addAlternations(rules, lemma.slice(0, -1));
      } else if (last === 'u') {
        // teatru → teatre, centru → centre; membru → membri, so the -e plural is weak.
        if (adjective) addRule(rules, lemma, 1, U_CLASS, caseKey);
        else addRule(rules, lemma, 1, U_CLASS_E, caseKey, NEUTER_E);
      } else if (last === 'i') {
        addRule(rules, lemma, 1, PLURAL_I_CLASS, caseKey);
        // unghi → unghiuri, ochi → ochiul
        if (!caseKey) addForms(rules, lemma.slice(0, -1), F_PLURAL_I_URI);
      } else if (last === 'a') addRule(rules, lemma, 1, SCHWA_CLASS, caseKey);
      else if (isVowel(last) || !isCased(last)) addRule(rules, lemma, 0, INVARIABLE, caseKey);
      else {
        if (adjective) addRule(rules, lemma, 0, ADJ_CONSONANT, caseKey);
        else if (AGENT_SUFFIX.test(lemma) && lemma.length > 4) {
          // A masculine agent noun names women too (prizoniera politică): weak readings, like the neuter -e.
          addRule(rules, lemma, 0, NOUN_CONSONANT_AGENT, caseKey, FEMININE_AGENT);
        } else {
          const u = U_FINAL_CLUSTER.test(lemma);
          addRule(rules, lemma, 0, u ? NOUN_CONSONANT_U_E : NOUN_CONSONANT_E, caseKey, NEUTER_E);
          // raport → rapoarte, picior → picioare: o → oa before the neuter -e.
          const oa = /(?:[^t]or|ort|on)$/.test(lemma) ? lemma.replace(/o([^aeiouăâî]+)$/, 'oa$1') : lemma;
          if (!caseKey && oa !== lemma)
            rules.push({ stem: foldDiacritics(oa), dstem: oa, endings: NEUTER_E, weak: NEUTER_E });
        }
        if (!caseKey) {
          addAlternations(rules, lemma);
          // -esc adjectives diphthongise in the feminine: românesc → românească.
          if (adjective && lemma.endsWith('esc')) {
            const dstem = lemma.slice(0, -3) + 'easc';
            rules.push({ stem: foldDiacritics(dstem), dstem, endings: FEMININE_SINGULAR });
          }
        }
      }
      // The citation form itself always matches, even when de-articling guessed wrong.
      const cited = foldDiacritics(lower);
      if (!paradigmAccepts(rules, cited, caseKey)) rules.push(ownForm(lower, caseKey));
      break;
    }
  }
  return opts.capital ? rules.map((r) => ({ ...r, capital: true })) : rules;
}

/** Lower case; plain ASCII skips the (much slower) locale-aware mapping, which gives the same result there. */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return lowerRo(s);
  return s.toLowerCase();
}

/** A letter with upper and lower case (every Romanian letter); digits and signs are not. */
function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** The stem `lemma` minus `cut` final letters, with its endings. */
function addRule(
  rules: StemRule[],
  lemma: string,
  cut: number,
  endings: ReadonlySet<string>,
  caseKey: string | undefined,
  weak?: ReadonlySet<string>,
): void {
  const dstem = cut === 0 ? lemma : lemma.slice(0, lemma.length - cut);
  const stem = foldDiacritics(dstem);
  const rule: StemRule = caseKey
    ? { stem, dstem, endings, caseStem: caseKey.slice(0, stem.length) }
    : { stem, dstem, endings };
  rules.push(weak ? { ...rule, weak } : rule);
}

/** Each `stem + suffix` as a whole form (ending ""), with the case of `caseKey` + suffix when case-sensitive. */
function addForms(rules: StemRule[], stem: string, suffixes: readonly string[], caseKey?: string): void {
  for (const suffix of suffixes) {
    const dstem = stem + suffix;
    const key = foldDiacritics(dstem);
    rules.push(
      caseKey
        ? { stem: key, dstem, endings: INVARIABLE, caseStem: caseKey + foldDiacritics(suffix) }
        : { stem: key, dstem, endings: INVARIABLE },
    );
  }
}

function addAlternations(rules: StemRule[], stem: string): void {
  for (const alt of alternatedStems(stem)) rules.push({ stem: foldDiacritics(alt), dstem: alt, endings: FRONT });
}

function ownForm(lower: string, caseKey: string | undefined): StemRule {
  const stem = foldDiacritics(lower);
  return caseKey
    ? { stem, dstem: lower, endings: INVARIABLE, caseStem: caseKey }
    : { stem, dstem: lower, endings: INVARIABLE };
}

/**
 * Whether a text word is a form of the paradigm.
 *
 * @param word the word as written in the text, or its match key (folding twice changes nothing)
 * @param caseKey the word with diacritics folded but case kept (or a function giving it);
 *   required for case-sensitive rules
 * @param strict the text is written with diacritics ({@link hasRoDiacritics}): the word must
 *   spell each stem with the glossary's diacritics, and `word` must be the word as written
 */
export function paradigmAccepts(paradigm: Paradigm, word: string, caseKey?: CaseKeySource, strict = false): boolean {
  let n = foldWord(word);
  if (n < 0) {
    word = word.normalize('NFC');
    n = foldWord(word);
  }
  if (n < 0) return false;
  let stop: boolean | undefined;
  let resolved: string | undefined;
  for (const rule of paradigm) {
    const stemLength = rule.stem.length;
    if (stemLength > n || !codesStartWith(rule.stem)) continue;
    const ending = endingBetween(stemLength, n);
    if (ending === undefined || !rule.endings.has(ending)) continue;
    if (ending !== '') {
      stop ??= isStopForm(n);
      if (stop) continue;
    }
    if (rule.capital && !startsWithCapital(word)) continue;
    if (strict && rule.dstem !== undefined && !currentAgrees(rule.dstem, rule.dstem === rule.stem, word, ending))
      continue;
    if (rule.caseStem === undefined) return true;
    if (caseKey === undefined) continue;
    resolved ??= typeof caseKey === 'string' ? caseKey : caseKey();
    if (resolved.startsWith(rule.caseStem)) return true;
  }
  return false;
}

/** Romanian letters with diacritics, both cases, comma-below and cedilla; the combining marks of decomposed text. */
const RO_DIACRITIC_CODES: ReadonlySet<number> = new Set(
  [...'ăâîșțşţĂÂÎȘȚŞŢ\u0302\u0306\u0326\u0327'].map((c) => c.charCodeAt(0)),
);

/**
 * Whether a text is written with Romanian diacritics (ă â î ș ț, cedilla ş ţ
 * included, precomposed or not). Such a text spells its words with them, so a
 * word without them is another word ("tara" is not "țara"); a text with none
 * at all is typed without them and is matched with diacritics folded.
 */
export function hasRoDiacritics(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && RO_DIACRITIC_CODES.has(c)) return true;
  }
  return false;
}

/** Whether the word's first letter is a capital (Putin, PUTIN; not puțin). */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = word[0]!;
  return ch !== ch.toLowerCase();
}

// Per code unit: lower case with diacritics kept, cedilla → comma-below, hyphen look-alikes → "-" (0 = not computed).
const DKEY_CODE = new Uint16Array(0x10000);

function dkeyCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  let k = DKEY_CODE[c]!;
  if (k === 0) {
    const key = c === 0x2010 || c === 0x2011 || c === 0x2013 ? '-' : lowerRo(normalizeRo(String.fromCharCode(c)));
    k = key.length === 1 ? key.charCodeAt(0) : c;
    DKEY_CODE[c] = k;
  }
  return k;
}

const isVowelCode = (c: number): boolean => VOWELS.includes(String.fromCharCode(c));

/**
 * Whether NFC `word` spells the stem `dstem` with its diacritics, soft hyphens
 * skipped. The folded key already matched, so only ă/â/a, î/i, ș/s and ț/t can
 * differ. Allowed: the paradigm's own alternations before an ending in -i
 * (student → studenți, ministru → miniștri, pas → pași) and a → ă in the last
 * syllable before -i or -uri (carte → cărți, sare → săruri).
 */
function diacriticsAgree(dstem: string, word: string, ending: string): boolean {
  const n = dstem.length;
  const e0 = ending.charCodeAt(0);
  const front = e0 === 0x69;
  const vowelAlt = front || e0 === 0x75;
  let lastVowel = -1;
  if (vowelAlt) for (let i = n - 1; i >= 0 && lastVowel < 0; i--) if (isVowelCode(dstem.charCodeAt(i))) lastVowel = i;
  let j = 0;
  for (let i = 0; i < n; i++, j++) {
    let c = word.charCodeAt(j);
    while (c === 0xad) c = word.charCodeAt(++j);
    const t = dkeyCode(c);
    const s = dstem.charCodeAt(i);
    if (t === s) continue;
    if (front && i >= n - 3 && ((s === 0x74 && t === 0x21b) || (s === 0x73 && t === 0x219))) continue;
    if (i === lastVowel && s === 0x61 && t === 0x103) continue;
    return false;
  }
  return true;
}

/** The ending spelled by folded code units [from, to) of the current word, if it is a known ending. */
function endingBetween(from: number, to: number): string | undefined {
  let node: EndingNode | undefined = ENDING_TRIE;
  for (let j = to - 1; j >= from && node; j--) {
    const c = codes[j]!;
    node = c < 128 ? node.next[c] : undefined;
  }
  return node?.ending;
}

/** Whether the current folded word (length `n`) is a stop form. */
function isStopForm(n: number): boolean {
  return STOP_HASHES.has(prefixHash[n]!) && STOP_FORMS.has(String.fromCharCode(...codes.subarray(0, n)));
}

/** A node of the endings trie, read from the end of a word backwards. */
interface EndingNode {
  /** The ending spelled by the path to this node, when it is one. */
  ending?: string;
  /** Children by character code; endings are ASCII once folded, so 128 slots suffice. */
  next: (EndingNode | undefined)[];
}

/** Every ending, reversed into a trie, so a lookup walks the word's tail once without slicing. */
const ENDING_TRIE: EndingNode = { ending: '', next: new Array<EndingNode | undefined>(128).fill(undefined) };
for (const e of allEndings) {
  let node = ENDING_TRIE;
  for (let i = e.length - 1; i >= 0; i--) {
    const c = e.charCodeAt(i);
    if (c >= 128) throw new Error(`roMorph: ending "${e}" is not ASCII after folding`);
    let child = node.next[c];
    if (!child) {
      child = { next: new Array<EndingNode | undefined>(128).fill(undefined) };
      node.next[c] = child;
    }
    node = child;
  }
  node.ending = e;
}

/** The case key of a word, or a function computing it only when a case-sensitive rule needs it. */
export type CaseKeySource = string | (() => string);

/** 32-bit polynomial hash of a key string, equal to the one {@link foldWord} computes for the same key. */
export function stemHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

const FILTER_BITS = 22;
const FILTER_WORDS = 1 << (FILTER_BITS - 5);

/** The filter bit of a stem hash: its bits mixed so that similar stems spread. */
function filterBit(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) & ((1 << FILTER_BITS) - 1);
}

/** Hashes of the stop forms, so a lookup can test a word without building its key string. */
const STOP_HASHES: ReadonlySet<number> = new Set([...STOP_FORMS].map(stemHash));

// Per code unit, what matchKey turns it into (0 = not computed yet). Derived from matchKey
// itself, one character at a time, so that there is still one definition of the key.
const KEY_CODE = new Uint16Array(0x10000);

function keyCode(c: number): number {
  let k = KEY_CODE[c]!;
  if (k === 0) {
    // Inside a word an en dash always stands between letters (US–Belarus), where matchKey makes it "-".
    const key = c === 0x2013 ? '-' : matchKey(String.fromCharCode(c));
    k = key.length === 1 ? key.charCodeAt(0) : c;
    KEY_CODE[c] = k;
  }
  return k;
}

/** Where the current word's first non-ASCII code unit is (its length if none): before it, folding changed nothing. */
let firstNonAscii = 0;

/**
 * {@link diacriticsAgree} for the current word, skipping the letter-by-letter
 * test where the stem's part of the word is plain ASCII: then it agrees
 * exactly when the glossary's stem has no diacritics either.
 */
function currentAgrees(dstem: string, plain: boolean, word: string, ending: string): boolean {
  if (firstNonAscii >= dstem.length) return plain;
  return diacriticsAgree(dstem, word, ending);
}

// Reused buffers for the word being looked up: its key as code units, and the hash of every prefix.
let codes = new Uint16Array(64);
let prefixHash = new Int32Array(65);

/**
 * Folds `word` into {@link codes} and {@link prefixHash} without building a
 * string: the hot path of term recognition. Returns the key length (soft
 * hyphens dropped), or -1 when the word holds combining marks (not NFC), which
 * needs the string path.
 */
function foldWord(word: string): number {
  const n = word.length;
  if (codes.length < n) {
    codes = new Uint16Array(n * 2);
    prefixHash = new Int32Array(n * 2 + 1);
  }
  let h = 0;
  let m = 0;
  firstNonAscii = n;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    let k: number;
    if (c < 0x80) k = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    else {
      if (firstNonAscii === n) firstNonAscii = i;
      if (c >= 0x300 && c <= 0x36f) return -1;
      // A soft hyphen is an invisible break opportunity: Lukașen\u00ADko is Lukașenko.
      if (c === 0xad) continue;
      k = keyCode(c);
    }
    codes[m++] = k;
    h = (Math.imul(h, 31) + k) | 0;
    prefixHash[m] = h;
  }
  return m;
}

/** Whether the first `stem.length` folded code units of the current word spell `stem`. */
function codesStartWith(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (codes[i] !== stem.charCodeAt(i)) return false;
  return true;
}

/**
 * Map from stems to values, answering "which values' paradigms accept this
 * word?" with a handful of Map lookups: one per known ending the word ends
 * with, never one per glossary entry. Stems are keyed by a numeric hash, and
 * the word is folded code unit by code unit, so a lookup builds no strings; a
 * hash hit is confirmed against the stem itself.
 */
export class ParadigmIndex<T> {
  // Most stems belong to one word: such a bucket is the entry itself, not a one-element array.
  readonly #byStem = new Map<number, StemEntry<T> | StemEntry<T>[]>();
  /**
   * One bit per stem hash (4 Mbit, 512 KB): most probes of a big glossary's
   * Map miss, and this table answers them from the CPU cache instead.
   */
  readonly #filter: Int32Array;
  /** Where a restored index reads the stems it has not met yet; undefined for a built one. */
  readonly #store: StemStore<T> | undefined;

  /**
   * An empty index to {@link add} to, or one restored from stored stems
   * (the glossary cache): its stems are read from `store` when a word first
   * probes them, so opening a big glossary builds nothing up front.
   */
  constructor(store?: StemStore<T>) {
    this.#store = store;
    if (store && store.filter.length !== FILTER_WORDS) throw new Error('roMorph: a stored filter of the wrong size');
    this.#filter = store ? store.filter : new Int32Array(FILTER_WORDS);
  }

  /** The filter bits, for storing beside the stems ({@link StemStore.filter}); not to be changed. */
  get filterBits(): Int32Array {
    return this.#filter;
  }

  /** Calls `fn` with every stem rule added and its value (a restored index: those read so far). */
  forEachStem(fn: (hash: number, rule: StemRule, value: T) => void): void {
    for (const [hash, bucket] of this.#byStem) {
      // An entry holds every field of its rule: it is passed as the rule, so that a big index is walked without copies.
      if (!Array.isArray(bucket)) fn(hash, bucket, bucket.value);
      else for (const e of bucket) fn(hash, e, e.value);
    }
  }

  /** The bucket of a stem hash, read from the store the first time when the index was restored. */
  #restore(hash: number): StemEntry<T> | StemEntry<T>[] | undefined {
    const stored = this.#store?.stems(hash);
    // A miss is remembered too: the filter lets a few unrelated hashes through, again and again.
    const bucket = (stored ?? []).map((s) => stemEntry(s.rule, s.value));
    this.#byStem.set(hash, bucket);
    return bucket.length === 0 ? undefined : bucket;
  }

  /** Registers `value` under every stem of `paradigm`. */
  add(paradigm: Paradigm, value: T): void {
    if (this.#store) throw new Error('roMorph: a restored ParadigmIndex is read-only');
    for (const rule of paradigm) {
      const entry = stemEntry(rule, value);
      const h = stemHash(rule.stem);
      const bit = filterBit(h);
      this.#filter[bit >>> 5]! |= 1 << (bit & 31);
      const bucket = this.#byStem.get(h);
      if (bucket === undefined) this.#byStem.set(h, entry);
      else if (Array.isArray(bucket)) bucket.push(entry);
      else this.#byStem.set(h, [bucket, entry]);
    }
  }

  /**
   * Appends to `out` every value whose paradigm accepts the word; a value
   * registered under several stems that all accept it is appended once per stem.
   *
   * @param word the word as written in the text (any case, ș/ş/s, hyphen look-alikes);
   *   a dotted abbreviation without its dots
   * @param caseKey the word folded with case kept (or a function giving it); when
   *   absent, case-sensitive rules never match
   * @param strict the text is written with diacritics ({@link hasRoDiacritics}): stems must
   *   be spelled with the glossary's diacritics
   * @param weak when given, receives for each value appended whether it came through
   *   one of its rule's {@link StemRule.weak} endings
   * @returns the number of values appended
   */
  collect(word: string, out: T[], caseKey?: CaseKeySource, strict = false, weak?: boolean[]): number {
    let n = foldWord(word);
    if (n < 0) {
      word = word.normalize('NFC');
      n = foldWord(word);
    }
    if (n < 0) return 0;
    const before = out.length;
    const byStem = this.#byStem;
    const filter = this.#filter;
    resolvedCaseKey = undefined;
    currentWord = word;
    currentStrict = strict;
    currentWeak = weak;
    let bit = filterBit(prefixHash[n]!);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
      let whole = byStem.get(prefixHash[n]!);
      if (whole === undefined && this.#store) whole = this.#restore(prefixHash[n]!);
      if (whole) addMatching(whole, n, '', out, caseKey);
    }
    let stop: boolean | undefined;
    let node: EndingNode | undefined = ENDING_TRIE;
    for (let j = n - 1; j > 0; j--) {
      const c = codes[j]!;
      node = c < 128 ? node.next[c] : undefined;
      if (!node) break;
      if (node.ending === undefined) continue;
      bit = filterBit(prefixHash[j]!);
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let bucket = byStem.get(prefixHash[j]!);
      if (bucket === undefined && this.#store) bucket = this.#restore(prefixHash[j]!);
      if (!bucket) continue;
      // A stop form is only ever itself: no cuts. Checked only on a hit.
      stop ??= isStopForm(n);
      if (stop) break;
      addMatching(bucket, j, node.ending, out, caseKey);
    }
    return out.length - before;
  }

  /** Number of distinct stems (for diagnostics; stems whose hashes collide count once). */
  get stemCount(): number {
    return this.#byStem.size;
  }
}

/** A stem rule and the value registered under it, as a {@link StemStore} gives them back. */
export interface StoredStem<T> {
  rule: StemRule;
  value: T;
}

/** Where a restored {@link ParadigmIndex} reads its stems (glossary/common/termIndexBinary.ts). */
export interface StemStore<T> {
  /** The index's filter bits as {@link ParadigmIndex.filterBits} gave them. */
  readonly filter: Int32Array;
  /** The rules stored under a stem hash ({@link stemHash} of the stem), with their values; none when absent. */
  stems(hash: number): readonly StoredStem<T>[] | undefined;
}

function stemEntry<T>(rule: StemRule, value: T): StemEntry<T> {
  return {
    stemLength: rule.stem.length,
    endings: rule.endings,
    stem: rule.stem,
    caseStem: rule.caseStem,
    dstem: rule.dstem,
    plain: rule.dstem === rule.stem,
    capital: rule.capital === true,
    weak: rule.weak,
    value,
  };
}

/** A stem rule flattened with its value: one object to touch per probe, not three. */
interface StemEntry<T> {
  readonly stemLength: number;
  readonly endings: ReadonlySet<string>;
  readonly stem: string;
  readonly caseStem: string | undefined;
  readonly dstem: string | undefined;
  /** The stem has no diacritics (dstem === stem). */
  readonly plain: boolean;
  readonly capital: boolean;
  readonly weak: ReadonlySet<string> | undefined;
  readonly value: T;
}

function addMatching<T>(
  bucket: StemEntry<T> | readonly StemEntry<T>[],
  stemLength: number,
  ending: string,
  out: T[],
  caseKey: CaseKeySource | undefined,
): void {
  if (!Array.isArray(bucket)) {
    addIfMatching(bucket as StemEntry<T>, stemLength, ending, out, caseKey);
    return;
  }
  for (const entry of bucket) addIfMatching(entry, stemLength, ending, out, caseKey);
}

/** The case key of the word being collected, once computed (collect is synchronous and not re-entered). */
let resolvedCaseKey: string | undefined;
/** The word being collected (NFC) and whether its text is written with diacritics. */
let currentWord = '';
let currentStrict = false;
let currentWeak: boolean[] | undefined;

function addIfMatching<T>(
  entry: StemEntry<T>,
  stemLength: number,
  ending: string,
  out: T[],
  caseKey: CaseKeySource | undefined,
): void {
  // The hash matched; the stem itself must too. Cheapest test first: the ending sets are few and shared.
  if (entry.stemLength !== stemLength || !entry.endings.has(ending) || !codesStartWith(entry.stem)) return;
  if (entry.capital && !startsWithCapital(currentWord)) return;
  if (currentStrict && entry.dstem !== undefined && !currentAgrees(entry.dstem, entry.plain, currentWord, ending))
    return;
  if (entry.caseStem !== undefined) {
    if (caseKey === undefined) return;
    resolvedCaseKey ??= typeof caseKey === 'string' ? caseKey : caseKey();
    if (!resolvedCaseKey.startsWith(entry.caseStem)) return;
  }
  out.push(entry.value);
  currentWeak?.push(entry.weak !== undefined && entry.weak.has(ending));
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
  const key = matchKey(word);
  return key.length > 4 && (key.endsWith('lor') || key.endsWith('ului'));
}
