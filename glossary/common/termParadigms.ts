import type { Term } from '../../shared/model/glossary.js';
import { isAllCaps } from '../../shared/text/enMorph.js';
import { matchKey } from '../../shared/text/normalize.js';
import type { Paradigm, WordRole } from '../../shared/text/roMorph.js';
import { looksGenitive, paradigmOf, RO_FUNCTION_WORDS } from '../../shared/text/roMorph.js';

const PROPER_POS = /proper/i;
const ADJ_POS = /^adj/i;
/** Parts of speech whose forms the noun/adjective paradigms do not describe: match as written. */
const FIXED_POS = /^(verb|adv|prep|conj|pron|num|interj)/i;

function startsUpper(w: string): boolean {
  const first = w[0] ?? '';
  return first !== first.toLowerCase();
}

/** Role of a one-word term, from its type, part of speech and spelling. */
function singleWordRole(term: Term, word: string): WordRole {
  if (term.type === 'acronym' || term.type === 'abbreviation' || isAllCaps(word)) return 'acronym';
  const pos = term.partOfSpeech ?? '';
  if (FIXED_POS.test(pos)) return 'invariable';
  if (term.type === 'properName' || PROPER_POS.test(pos)) return 'properName';
  if (ADJ_POS.test(pos)) return 'adjective';
  // Without a type or part of speech, a capital in the glossary says "name" (Minsk, Rusia).
  if (!term.type && !pos && startsUpper(word)) return 'properName';
  return 'noun';
}

/**
 * The paradigm of each word of a Romanian term, in order.
 *
 * One word: its class by type, part of speech and spelling (acronym, name,
 * noun, adjective). Several words: the first is the head noun, whose citation
 * form may carry the article (Consiliul, Uniunea); the following words agree
 * with it as adjectives (prizonier politic → prizonierilor politici) until a
 * preposition or genitive (de, a, Statelor), after which every word stays as
 * written (Consiliului de Securitate, Comunității Statelor Independente).
 * A word written with a capital matches only capitalised text ("Putin" is not
 * "puțin"). All-caps words are case-sensitive unless `term.caseSensitive === false`;
 * `term.caseSensitive === true` makes every word so; `term.exact` fixes every word.
 */
export function termWordParadigms(term: Term): Paradigm[] {
  const words = term.text
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  let frozen = false;
  return words.map((word, k) => {
    const caseSensitive = term.caseSensitive ?? isAllCaps(word);
    let role: WordRole;
    if (term.exact || frozen) role = 'invariable';
    else if (k > 0 && RO_FUNCTION_WORDS.has(matchKey(word))) {
      role = 'invariable';
      frozen = true;
    } else if (isAllCaps(word)) role = 'acronym';
    else if (words.length === 1) role = singleWordRole(term, word);
    else if (k === 0) role = 'noun';
    else if (looksGenitive(word)) {
      role = 'invariable';
      frozen = true;
    } else role = 'adjective';
    // A word the glossary writes with a capital is a name (or part of one): only capitalised text matches it.
    return paradigmOf(word, { role, caseSensitive, articled: words.length > 1 && k === 0, capital: startsUpper(word) });
  });
}
