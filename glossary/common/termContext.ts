/**
 * Cheap context rules for Romanian term recognition (issue 11, cause 8): a
 * word that is a form of a noun term but, by the word before it, cannot be a
 * noun there. Paradigms alone cannot tell these homographs apart; a tagger
 * could, but costs far more than a look at one neighbour.
 *
 * - after "să" comes a verb (să plece ≠ placă, să acorde ≠ acord);
 * - after "a" comes an infinitive, a participle or a genitive (a cere ≠ cer,
 *   a răspuns ≠ răspuns; a țării stays);
 * - after a perfect or passive auxiliary a participle-shaped word is the
 *   participle (au produs, au fost scrise);
 * - "mai" is the month only after a day number or "luna", or before a year
 *   (15 mai, luna mai, mai 2024), "ori" the plural of oară only after a count
 *   (de două ori, de multe ori);
 * - a bare form of a common noun/adjective homograph (mare, general, român,
 *   militar) right after a content word is the adjective (o casă mare,
 *   secretar general, poporul român).
 */
import { foldDiacritics, matchKey, normalizeRo } from '../../shared/text/normalize.js';
import type { Token } from '../../shared/text/token.js';

/** Perfect and passive auxiliaries, conditional and future markers, match keys. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'am',
  'ai',
  'au',
  'ati',
  'ar',
  'as',
  'fi',
  'fost',
  'fiind',
  's-a',
  's-au',
  'si-a',
  'si-au',
  'l-a',
  'l-au',
  'i-a',
  'i-au',
  'le-a',
  'le-au',
  'ne-a',
  'v-a',
  'm-a',
  'te-a',
  'o-a',
  'n-a',
  'n-au',
  'nu-i',
]);

/** A participle or a form agreeing like one: produs, scrise, rezultat, început, răspunsă. */
const PARTICIPLE_SHAPE = /(?:[aâ]t|ut|it|[^e]s|pt|ct)(?:a|ă|e|i)?$/i;

/** Genitive/dative endings after the genitive article "a" (a țării, a statelor, a Consiliului). */
const GENITIVE = /(?:ului|lui|ei|ii|lor)$/i;

/** Words that count things: "de două ori", "de multe ori", "de 3 ori". Match keys. */
const COUNTS: ReadonlySet<string> = new Set([
  'doua',
  'trei',
  'patru',
  'cinci',
  'sase',
  'sapte',
  'opt',
  'noua',
  'zece',
  'multe',
  'cateva',
  'cate',
  'atatea',
  'nenumarate',
  'mii',
  'sute',
  'zeci',
  'putine',
]);

const MONTH_BEFORE: ReadonlySet<string> = new Set(['luna', 'lunii', 'lunile', 'lunilor']);

/**
 * Nouns that are as often adjectives of the same form (match keys of their
 * bare forms): after a content word they are the adjective.
 */
const NOUN_ADJECTIVE_FORMS = [
  'mare mari',
  'general generală generale generali',
  'român română române români',
  'militar militară militare militari',
  'prezent prezentă prezente prezenți',
  'viitor viitoare viitori',
  'mediu medie medii',
  'lung lungă lungi',
  'maxim maximă maxime maximi',
  'minim minimă minime minimi',
  'material materială materiale materiali',
  'personal personală personale personali',
  'politic politică politice politici',
  'străin străină străine străini',
  'interior interioară interioare interiori',
  'exterior exterioară exterioare exteriori',
  'principal principală principale principali',
  'oficial oficială oficiale oficiali',
  'civil civilă civile civili',
  'lichid lichidă lichide lichizi',
  'rus rusă ruse ruși',
  'american americană americane americani',
  'european europeană europene europeni',
  'francez franceză franceze francezi',
  'german germană germane germani',
  'specialist specialistă specialiste specialiști',
  'tânăr tânără tinere tineri',
  'bătrân bătrână bătrâne bătrâni',
  'bolnav bolnavă bolnave bolnavi',
  'sărac săracă sărace săraci',
  'bogat bogată bogate bogați',
  'mort moartă moarte morți',
  'drept dreaptă drepte drepți',
  'total totală totale totali',
  'final finală finale finali',
  'normal normală normale normali',
  'negru neagră negre negri',
  'alb albă albe albi',
  'roșu roșie roșii',
  'verde verzi',
]
  .join(' ')
  .split(' ');

/**
 * Nouns that are as often adjectives of the same form (mare, general, român):
 * after a content word their bare forms are the adjective. Written with
 * diacritics, for text that has them (politica, the policy, is no adjective
 * politică), and folded, for text that has none.
 */
const NOUN_ADJECTIVES: ReadonlySet<string> = new Set(NOUN_ADJECTIVE_FORMS);
const NOUN_ADJECTIVES_FOLDED: ReadonlySet<string> = new Set(NOUN_ADJECTIVE_FORMS.map((w) => foldDiacritics(w)));

/** "prezentul regulament", "prezenta directivă": the adjective before its noun, in every legal text. */
const PRENOMINAL = /^prezent(?:ul|ului|a|ei|ele|elor)$/;

/**
 * Words after which a noun/adjective homograph is still a noun: prepositions,
 * articles and determiners, numerals, conjunctions and the verbs "to be".
 */
const NOUN_INTRODUCERS: ReadonlySet<string> = new Set([
  'un',
  'o',
  'niste',
  'unui',
  'unei',
  'unor',
  'al',
  'ai',
  'ale',
  'acest',
  'aceasta',
  'acesti',
  'aceste',
  'acel',
  'acea',
  'acei',
  'acele',
  'fiecare',
  'orice',
  'niciun',
  'nicio',
  'vreun',
  'vreo',
  'alt',
  'alta',
  'alti',
  'alte',
  'cel',
  'cea',
  'cei',
  'cele',
  'de',
  'din',
  'la',
  'cu',
  'in',
  'pe',
  'pentru',
  'prin',
  'sub',
  'spre',
  'fara',
  'intre',
  'despre',
  'dupa',
  'catre',
  'pana',
  'langa',
  'peste',
  'spre',
  'si',
  'sau',
  'ori',
  'dar',
  'iar',
  'ca',
  'este',
  'e',
  'sunt',
  'era',
  'erau',
  'fost',
  'fi',
  'devine',
  'devenit',
  'doi',
  'doua',
  'trei',
  'multi',
  'multe',
  'putini',
  'putine',
  'cativa',
  'cateva',
  'primul',
  'prima',
  'ultimul',
  'ultima',
]);

/** Whether a glossary word is one of the noun/adjective homographs whose bare forms the context decides (mare, general, român). */
export function isAdjectiveHomograph(word: string): boolean {
  return NOUN_ADJECTIVES_FOLDED.has(matchKey(word));
}

const isWord = (t: Token | undefined): t is Token =>
  t !== undefined && (t.kind === 'word' || t.kind === 'abbreviation');

/** The longest word of the sets above that a neighbour is compared with, and of the adjective forms. */
const MAX_PREV_LENGTH = Math.max(
  ...[...AUXILIARIES, ...NOUN_INTRODUCERS, ...COUNTS, ...MONTH_BEFORE, 'sa', 'a'].map((w) => w.length),
);
const MAX_ADJECTIVE_LENGTH = Math.max(...NOUN_ADJECTIVE_FORMS.map((w) => w.length));

/**
 * Whether token `i`, the first word of a candidate term match, cannot be that
 * noun in this context (see the file header). This runs for every word that
 * hits the glossary, so it reads lengths and raw text first and computes a
 * match key only for the short words the rules name.
 *
 * @param key the match key of token `j` (lower-case, folded; cached by the caller)
 * @param strict the text is written with diacritics, so the adjective list is read with them
 * @param homograph a term found here is a noun/adjective homograph ({@link isAdjectiveHomograph})
 */
export function rejectedByContext(
  tokens: readonly Token[],
  key: (j: number) => string,
  i: number,
  strict: boolean,
  homograph: boolean,
): boolean {
  const tok = tokens[i]!;
  const text = tok.text;
  const before = tokens[i - 1];
  if (text.length === 3) {
    const self = key(i);
    if (self === 'mai' || self === 'ori') {
      if (before?.kind === 'number') return false;
      if (self === 'mai' && tokens[i + 1]?.kind === 'number') return false;
      const prev = isWord(before) && before.text.length <= MAX_PREV_LENGTH ? key(i - 1) : '';
      return !(self === 'mai' ? MONTH_BEFORE : COUNTS).has(prev);
    }
  }
  if (homograph && PRENOMINAL.test(key(i)) && isWord(tokens[i + 1])) return true;
  if (!isWord(before)) return false;
  const prev = before.text.length <= MAX_PREV_LENGTH ? key(i - 1) : undefined;
  if (prev !== undefined) {
    // "să" (and "sa" where the text has no diacritics) is followed by a verb.
    if (prev === 'sa') return true;
    if (prev === 'a') {
      // A name is invariable, so "a" before it proves nothing (a NATO, a lui).
      const c = text[0]!;
      return c === c.toLowerCase() && !GENITIVE.test(text);
    }
    if (AUXILIARIES.has(prev) && PARTICIPLE_SHAPE.test(text)) return true;
    if (NOUN_INTRODUCERS.has(prev)) return false;
  }
  if (!homograph || text.length > MAX_ADJECTIVE_LENGTH || !NOUN_ADJECTIVES_FOLDED.has(key(i))) return false;
  // With diacritics, politica (the policy) is no adjective politică.
  return !strict || NOUN_ADJECTIVES.has(normalizeRo(text).toLocaleLowerCase('ro'));
}
