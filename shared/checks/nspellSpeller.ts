import nspell from 'nspell';
import type { Speller } from './spelling.js';

/**
 * A Speller over a Hunspell dictionary (nspell): `aff` and `dic` are the
 * texts of dictionary-en's index.aff and index.dic. Building it takes about
 * two seconds of CPU for English, so callers build it once, lazily, off the
 * UI thread (the check worker) and hand it to the runner when it is ready.
 */
export function spellerFrom(aff: string, dic: string): Speller {
  const spell = nspell({ aff, dic });
  return { correct: (word) => spell.correct(word), suggest: (word) => spell.suggest(word) };
}
