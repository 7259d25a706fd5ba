import { chance, intBetween, pick, type Rng } from './prng.js';

const EN_SYLLABLES = [
  'bar',
  'cor',
  'den',
  'fal',
  'gar',
  'hel',
  'jon',
  'kel',
  'lam',
  'mor',
  'nel',
  'pol',
  'quin',
  'ros',
  'sel',
  'tam',
  'ver',
  'wil',
  'yor',
  'zan',
  'bri',
  'cla',
  'dro',
  'fen',
  'glo',
  'har',
  'lin',
  'mar',
  'nor',
  'pen',
  'ral',
  'sto',
  'tor',
  'val',
  'win',
  'ash',
  'ent',
  'ob',
  'ul',
  'ex',
];
const EN_SUFFIXES = [
  'ment',
  'tion',
  'ance',
  'ity',
  'er',
  'ure',
  'age',
  'ism',
  'ness',
  'ship',
  'ard',
  'ock',
  'et',
  'on',
];
const EN_ADJ_SUFFIXES = ['al', 'ic', 'ive', 'ary', 'ous', 'ful', 'ish'];

/** An invented English noun ("morvalment"). */
export function makeEnNoun(rng: Rng): string {
  let out = '';
  // Mostly three syllables: shorter words run out of distinct spellings long before 100,000 concepts.
  const n = rng() < 0.2 ? 2 : 3;
  for (let i = 0; i < n; i++) out += pick(rng, EN_SYLLABLES);
  return out + pick(rng, EN_SUFFIXES);
}

/** An invented English adjective ("corlinal"). */
export function makeEnAdjective(rng: Rng): string {
  return pick(rng, EN_SYLLABLES) + pick(rng, EN_SYLLABLES) + pick(rng, EN_ADJ_SUFFIXES);
}

/** Regular English plural of a phrase: the last word takes -s, -es or -ies. */
export function pluralise(phrase: string): string {
  if (/(s|x|z|ch|sh)$/u.test(phrase)) return phrase + 'es';
  if (/[^aeiou]y$/u.test(phrase)) return phrase.slice(0, -1) + 'ies';
  return phrase + 's';
}

/** An English rendering with some lexical variety: one word, adjective + noun, or noun + of + noun. */
export function makeEnTerm(rng: Rng, words: 1 | 2): string {
  if (words === 1) return makeEnNoun(rng);
  return chance(rng, 0.75) ? `${makeEnAdjective(rng)} ${makeEnNoun(rng)}` : `${makeEnNoun(rng)} of ${makeEnNoun(rng)}`;
}

const CAPS = 'ABCDEFGHIJKLMNOPRSTUVZ';

/** An all-caps acronym of 2 to 5 letters. */
export function makeAcronym(rng: Rng): string {
  let out = '';
  const n = intBetween(rng, 2, 5);
  while (out.length < n) {
    const letter = pick(rng, [...CAPS]);
    // No doubled letters: they make unpleasant or real-word acronyms more likely.
    if (!out.endsWith(letter)) out += letter;
  }
  return out;
}
