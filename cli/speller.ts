import { spellerFrom } from '../shared/checks/nspellSpeller.js';
import type { Speller, SpellingSupport } from '../shared/checks/spelling.js';

let english: Promise<Speller> | undefined;

/** The English dictionary (dictionary-en), loaded once per process. */
function englishSpeller(): Promise<Speller> {
  english ??= import('dictionary-en').then(({ default: dictionary }) =>
    spellerFrom(new TextDecoder().decode(dictionary.aff), new TextDecoder().decode(dictionary.dic)),
  );
  return english;
}

/** The spelling check's dictionary plus the project's own words (lower-cased). */
export async function loadSpelling(words: readonly string[] = []): Promise<SpellingSupport> {
  return { speller: await englishSpeller(), words: new Set(words.map((w) => w.toLowerCase())) };
}
