import { chance, pick, type Rng } from './prng.js';

/** A person's surname as Romanian and English press write it. */
export interface NamePair {
  ro: string;
  en: string;
  /** Another English spelling house styles use (Lukashenka beside Lukashenko). */
  enVariant?: string;
}

const SLAVIC_ONSETS = [
  'B',
  'D',
  'G',
  'K',
  'L',
  'M',
  'N',
  'P',
  'R',
  'S',
  'T',
  'V',
  'Z',
  'Ș',
  'J',
  'H',
  'Ci',
  'Kr',
  'Gr',
];
const SLAVIC_MIDDLES = ['a', 'o', 'e', 'u', 'i', 'ale', 'oro', 'ușe', 'ijo', 'ara', 'ole', 'ima', 'ețe', 'uho', 'ibi'];
const SLAVIC_CODAS = ['v', 'k', 'ș', 'ț', 'r', 'l', 'n', 'd', 'h', 'j', 'ci', 'gh'];
const SLAVIC_ENDINGS = ['enko', 'ov', 'ev', 'ovici', 'ski', 'in', 'uk', 'ciuk', 'ețki', 'ișin'];

/**
 * Mechanical Romanian → English press re-transliteration, the same mapping
 * ro-en-notes.md describes. Good enough for generated names: real names need a
 * glossary, which is exactly why these land in one.
 */
function toEnglish(ro: string): string {
  // Order matters: h → kh must run before the rules that write an h themselves.
  return ro
    .replace(/ski$/u, 'sky')
    .replace(/ețki$/u, 'etsky')
    .replace(/ovici$/u, 'ovich')
    .replace(/gh/gu, 'g')
    .replace(/H/gu, 'Kh')
    .replace(/h/gu, 'kh')
    .replace(/Ci/gu, 'Ch')
    .replace(/ci(?=[aeiou]|$)/gu, 'ch')
    .replace(/Ș/gu, 'Sh')
    .replace(/ș/gu, 'sh')
    .replace(/ț/gu, 'ts')
    .replace(/J/gu, 'Zh')
    .replace(/j/gu, 'zh');
}

/** A Slavic surname in Romanian spelling with its English press form. */
export function makeSlavicName(rng: Rng): NamePair {
  let ro = pick(rng, SLAVIC_ONSETS) + pick(rng, SLAVIC_MIDDLES);
  if (chance(rng, 0.6)) ro += pick(rng, SLAVIC_CODAS) + pick(rng, SLAVIC_MIDDLES);
  ro += pick(rng, SLAVIC_CODAS) + pick(rng, SLAVIC_ENDINGS);
  const en = toEnglish(ro);
  // Belarusian-style -a beside -o, as in Lukashenka/Lukashenko.
  const enVariant = en.endsWith('enko') && chance(rng, 0.5) ? en.slice(0, -1) + 'a' : undefined;
  return enVariant ? { ro, en, enVariant } : { ro, en };
}

const RO_NAME_STEMS = [
  'Pop',
  'Ion',
  'Dumitr',
  'Vas',
  'Mar',
  'Stan',
  'Rad',
  'Nic',
  'Tud',
  'Luc',
  'Olt',
  'Barb',
  'Mih',
  'Cost',
];
const RO_NAME_MIDDLES = ['', 'al', 'or', 'in', 'ov', 'ar', 'ul', 'el', 'ir', 'ic'];

/** A Romanian surname (-escu, -eanu): spelt the same in English. Few exist, so callers must expect repeats. */
export function makeRomanianName(rng: Rng): NamePair {
  const ro = pick(rng, RO_NAME_STEMS) + pick(rng, RO_NAME_MIDDLES) + pick(rng, ['escu', 'eanu', 'ici', 'aru']);
  return { ro, en: ro };
}
