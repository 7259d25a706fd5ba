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
import { foldDiacritics, normalizeRo } from '../../shared/text/normalize.js';
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
const PARTICIPLE_SHAPE = /(?:at|ut|it|[^e]s|pt|ct)(?:a|e|i)?$/;

/** Genitive/dative endings after the genitive article "a" (a țării, a statelor, a Consiliului). */
const GENITIVE = /(?:ului|lui|ei|ii|lor)$/;

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

/** The neighbours of a candidate: match keys of the word tokens right before and after it, if adjacent. */
export interface TermContext {
  /** Match key of the word before (undefined after punctuation or at the start). */
  prev: string | undefined;
  /** The word before as written, lower-case with diacritics (tells "să" from possessive "sa"). */
  prevText: string | undefined;
  /** Whether the token before is a number (15 mai, de 3 ori). */
  prevNumber: boolean;
  /** Whether the token after is a number (mai 2024). */
  nextNumber: boolean;
  /** Whether a word follows right after. */
  nextWord: boolean;
  /** The candidate word, lower-case with diacritics where the text has them, else its match key. */
  self: string;
  /** The text is written with diacritics. */
  strict: boolean;
}

/** The context of token `i`: its neighbours, read from the tokens and their match keys. */
export function contextOf(
  tokens: readonly Token[],
  key: (j: number) => string,
  i: number,
  last: number,
  strict: boolean,
): TermContext {
  const before = tokens[i - 1];
  const after = tokens[last + 1];
  const prevWord = before !== undefined && isWord(before);
  return {
    prev: prevWord ? key(i - 1) : undefined,
    prevText: prevWord ? before.text.toLocaleLowerCase('ro') : undefined,
    prevNumber: before?.kind === 'number',
    nextNumber: after?.kind === 'number',
    nextWord: after !== undefined && isWord(after),
    self: strict ? normalizeRo(tokens[i]!.text).toLocaleLowerCase('ro') : key(i),
    strict,
  };
}

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'abbreviation';

/**
 * Whether the word `word` (match key `key`), the first of a candidate term
 * match, cannot be that noun in this context (see the file header).
 *
 * @param capitalised the word starts with a capital (a name: invariable, so "a" before it proves nothing)
 */
export function rejectedByContext(key: string, capitalised: boolean, ctx: TermContext): boolean {
  if (key === 'mai')
    return !(ctx.prevNumber || ctx.nextNumber || (ctx.prev !== undefined && MONTH_BEFORE.has(ctx.prev)));
  if (key === 'ori') return !(ctx.prevNumber || (ctx.prev !== undefined && COUNTS.has(ctx.prev)));
  if (ctx.nextWord && PRENOMINAL.test(key)) return true;
  const prev = ctx.prev;
  if (prev === undefined) return false;
  if (ctx.prevText === 'să' || ctx.prevText === 'sa') return true;
  if (prev === 'a') return !capitalised && !GENITIVE.test(key);
  if (AUXILIARIES.has(prev) && PARTICIPLE_SHAPE.test(key)) return true;
  const adjective = ctx.strict ? NOUN_ADJECTIVES.has(ctx.self) : NOUN_ADJECTIVES_FOLDED.has(key);
  return adjective && !NOUN_INTRODUCERS.has(prev);
}
