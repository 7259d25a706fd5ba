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
