/**
 * Re-transliteration of Romanian spellings of Slavic names into the English
 * press form (ro-en-notes.md, "Names from Cyrillic"): Lukașenko → Lukashenko,
 * Șoigu → Shoigu, Prigojin → Prigozhin. It is right for about two names in
 * three and is only ever a suggestion: where the glossary has an entry, the
 * glossary wins (Gorbaciov → Gorbachev, Elțin → Yeltsin, Kiev → Kyiv).
 */
import { lowerRo, normalizeRo } from './normalize.js';

const VOWELS = 'aeiouăâîy';
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);

/** One word, lower-case, comma-below letters. */
function transliterateWord(w: string): string {
  let out = '';
  let i = 0;
  while (i < w.length) {
    const c = w[i] ?? '';
    const n = w[i + 1];
    const n2 = w[i + 2];
    if (c === 'ș' && n === 'c') {
      // щ: Romanian șc, with the same silent e/i before a vowel as after c (Hrușciov).
      out += 'shch';
      i += 2;
      if ((w[i] === 'i' || w[i] === 'e') && isVowel(w[i + 1])) i++;
      continue;
    }
    if (c === 'd' && n === 'j') {
      out += 'j';
      i += 2;
      continue;
    }
    if ((c === 'c' || c === 'g') && n === 'h' && (n2 === 'e' || n2 === 'i')) {
      // Romanian che/chi, ghe/ghi spell hard k/g.
      out += c === 'c' ? 'k' : 'g';
      i += 2;
      continue;
    }
    if (c === 'c' && (n === 'e' || n === 'i')) {
      // ч: ce/ci; before a vowel or at the end the e/i only marks the sound (Gorbaciov, Ianukovici).
      out += 'ch';
      i += isVowel(n2) || (n === 'i' && n2 === undefined) ? 2 : 1;
      continue;
    }
    if (c === 'i' && (n === 'a' || n === 'u' || n === 'o' || n === 'e') && (i === 0 || isVowel(w[i - 1]))) {
      // я ю ё е at the start or after a vowel (Ianukovici, Iulia, Dostoievski, Tihanovskaia).
      out += 'y';
      i++;
      continue;
    }
    switch (c) {
      case 'ș':
        out += 'sh';
        break;
      case 'ț':
        out += 'ts';
        break;
      case 'j':
        out += 'zh';
        break;
      case 'h':
        out += 'kh';
        break;
      case 'î':
      case 'â':
        out += 'y';
        break;
      case 'ă':
        out += 'a';
        break;
      default:
        out += c;
    }
    i++;
  }
  // -ий / -ый / -ский endings: Dmitrii → Dmitry, Navalnîi → Navalny, Zelenski → Zelensky, Tolstoi → Tolstoy.
  return out
    .replace(/(?:ii|yi)$/, 'y')
    .replace(/ski$/, 'sky')
    .replace(/oi$/, 'oy');
}

function restoreCase(original: string, result: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase('ro')) return result.toLocaleUpperCase('en');
  const first = original[0] ?? '';
  if (first !== first.toLocaleLowerCase('ro')) return (result[0] ?? '').toLocaleUpperCase('en') + result.slice(1);
  return result;
}

/**
 * Suggests the English press spelling of a Slavic name written the Romanian way.
 * Works word by word on names of several words or hyphenated parts
 * ("Iulia Navalnaia" → "Yulia Navalnaya") and keeps their capitalisation;
 * cedilla spellings (Lukaşenko) are read as comma-below.
 *
 * @param roSpelling the name as it appears in Romanian text
 * @returns the suggestion; unchanged letters pass through (Medvedev → Medvedev)
 */
export function transliterateName(roSpelling: string): string {
  const text = normalizeRo(roSpelling);
  return text.replace(/\p{L}+/gu, (word) => restoreCase(word, transliterateWord(lowerRo(word))));
}

// Romanian names: endings and beginnings that transliterated Slavic names do not have.
const ROMANIAN_NAME =
  /(?:escu|eanu|anu|ești|esti|eni|ani|ași|iși|eș|aș|uș|oș|iș|ița|uța|uț|iță|ică|ața|eța|oara|șan|șanu|ețu|țiu|ciu|ea|eanca|ean|eata|ita|ia)$|^(?:ște|ști|șe|ți|țe)/u;
/** Romanian places and names with a Slavic-looking ending (Brașov is Romanian, -ov or not). */
const ROMANIAN_EXCEPTIONS = new Set(['brașov', 'bașcov', 'ișalnița']);
// Transliterated Russian, Ukrainian and Belarusian names: endings and letter sequences (ro-en-notes.md, "Names from Cyrillic").
const SLAVIC_NAME =
  /(?:enko|enka|enco|ov|ova|ev|eva|iov|iova|in|ina|îi|ii|ski|skii|skaia|țki|țkaia|aia|ici|ovici|evici|uk|iuk|ciuk|ciuc|ko|ețki|ițki)$|șc[ie]|îi|nb|np|^ș(?![aeiouăâît])|[bcdfghklmnprstvz]j|^ș[ou]|^ț[aeiou]|[^aeiouăâî]î|ia$/u;

/**
 * Whether a capitalised word written with Romanian letters (ș ț î) looks like a
 * Slavic name in Romanian transliteration (Lukașenko, Hrușciov, Șoigu,
 * Tihanovskaia, Navalnîi) rather than a Romanian one (Iași, Blăjuț, Țăranu,
 * Costică, Năstase, Brașov). Only the former are re-transliterated; the
 * English press writes Romanian names with their diacritics or without them.
 * Letters ă and â never occur in transliterated Cyrillic, Romanian endings
 * (-escu, -eanu, -ești, -ița, -uț, -ică …) decide next, then Slavic endings
 * and sequences (-enko, -ov/-ev/-in(a), -ski/-skaia, -ici, -uk, șci/șce, j or î after a
 * consonant, nb).
 */
export function looksSlavic(word: string): boolean {
  const w = lowerRo(normalizeRo(word));
  if (/[ăâ]/u.test(w)) return false;
  if (ROMANIAN_EXCEPTIONS.has(w)) return false;
  if (SLAVIC_NAME.test(w) && !/(?:escu|eanu|ești|ița|uț|ică)$/u.test(w))
    return !ROMANIAN_NAME.test(w) || /(?:enko|ski|skii|skaia|ovici|evici)$|șc[ie]/u.test(w);
  return false;
}
