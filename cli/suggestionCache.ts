import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomically } from '../glossary/node/atomicWrite.js';

/**
 * nspell's suggestions for misspelt words, kept between runs in the CLI's
 * cache folder: `check --format json` carries them, and building nspell for
 * them costs about a second, while a document checked again (CI, a
 * translator's next pass) mostly has the same unknown words. A suggestion
 * list depends only on the dictionary, so the file is keyed by it
 * (cli/speller.ts, `englishDictionaryKey`); a file of another key, version or
 * shape is ignored and replaced, never trusted.
 */

const VERSION = 1;
/** Words kept at most: the oldest go first (a few hundred kB of JSON at most). */
const MAX_WORDS = 5000;

/** File name of the cache in the CLI's cache folder. */
export const SUGGESTION_CACHE_FILE = 'spelling-suggestions.json';

/** Suggestions by word, read from and saved to one file. */
export interface SuggestionCache {
  get(word: string): string[] | undefined;
  set(word: string, suggestions: string[]): void;
  /** Writes the file if anything was added (atomically; a failure leaves the cache as it was and is not an error). */
  save(): Promise<void>;
}

/** Opens the cache at `file` for dictionary `key`; without a file, a cache that lives as long as the process. */
export async function openSuggestionCache(file: string | undefined, key: string): Promise<SuggestionCache> {
  const words = new Map<string, string[]>();
  if (file) {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
      if (isCacheFile(data) && data.version === VERSION && data.key === key) {
        for (const [word, list] of Object.entries(data.words)) words.set(word, list);
      }
    } catch {
      // Missing, unreadable or not JSON: start empty; save() replaces it.
    }
  }
  let dirty = false;
  return {
    get: (word) => words.get(word),
    set(word, suggestions) {
      words.delete(word);
      words.set(word, suggestions);
      while (words.size > MAX_WORDS) words.delete(words.keys().next().value as string);
      dirty = true;
    },
    async save() {
      if (!file || !dirty) return;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomically(file, JSON.stringify({ version: VERSION, key, words: Object.fromEntries(words) }));
        dirty = false;
      } catch {
        // A cache that cannot be written (read-only home, full disk) only costs the next run time.
      }
    },
  };
}

interface CacheFile {
  version: number;
  key: string;
  words: Record<string, string[]>;
}

function isCacheFile(data: unknown): data is CacheFile {
  if (typeof data !== 'object' || data === null) return false;
  const r = data as Record<string, unknown>;
  const words = r['words'];
  return (
    typeof r['version'] === 'number' &&
    typeof r['key'] === 'string' &&
    typeof words === 'object' &&
    words !== null &&
    !Array.isArray(words) &&
    Object.values(words).every((list) => Array.isArray(list) && list.every((s) => typeof s === 'string'))
  );
}
