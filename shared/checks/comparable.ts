import { normalizeRo } from '../text/normalize.js';

/**
 * The form in which two segment texts count as "the same": normalised
 * (NFC, ș/ț, hyphens), lower-cased, with whitespace runs collapsed and the
 * ends trimmed. Diacritics are kept: "fata" and "fața" are different words.
 */
export function comparable(text: string): string {
  // toLowerCase, not lowerRo: the same for every Romanian and English letter, and far faster on a keystroke path.
  return normalizeRo(text).toLowerCase().replace(/\s+/gu, ' ').trim();
}
