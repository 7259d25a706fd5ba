import { isAscii } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type NSpell from 'nspell';
import { parseFormList, type FormList } from '../shared/checks/formList.js';
import type { Speller, SpellingSupport } from '../shared/checks/spelling.js';
import { openSuggestionCache, SUGGESTION_CACHE_FILE, type SuggestionCache } from './suggestionCache.js';

// Not `require`: the bundle's banner (scripts/build.mjs) declares that name in every chunk.
const requireHere = createRequire(import.meta.url);

/** The file name of dictionary-en's form list, written into dist/ by scripts/build.mjs. */
export const ENGLISH_FORM_LIST = 'dictionary-en.forms';

/**
 * Where the form list may be: beside the bundle's chunks (dist/cli-chunks/ → dist/) when the
 * built CLI runs, or in dist/ when this file runs from source (tests, benches).
 */
const FORM_LIST_PLACES = [`../${ENGLISH_FORM_LIST}`, `../dist/${ENGLISH_FORM_LIST}`];

/** dictionary-en's folder: its package exports only index.js, which reads both files as it loads. */
function dictionaryDir(): string {
  return dirname(requireHere.resolve('dictionary-en'));
}

/**
 * Names the installed dictionary-en (version and file sizes) so that a form
 * list built from another version is rebuilt or ignored, never trusted.
 */
export function englishDictionaryKey(dir: string = dictionaryDir()): string {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const size = (name: string) => statSync(join(dir, name)).size;
  return `dictionary-en@${version} aff=${size('index.aff')} dic=${size('index.dic')}`;
}

/** dictionary-en's index.aff and index.dic as text. */
export function englishDictionaryFiles(dir: string = dictionaryDir()): { aff: string; dic: string } {
  return { aff: readFileSync(join(dir, 'index.aff'), 'utf8'), dic: readFileSync(join(dir, 'index.dic'), 'utf8') };
}

/** The built form list of the installed dictionary-en, or undefined when there is none or it is stale. */
function englishFormList(): FormList | undefined {
  const key = englishDictionaryKey();
  for (const place of FORM_LIST_PLACES) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(fileURLToPath(new URL(place, import.meta.url)));
    } catch {
      continue;
    }
    // Node 20 decodes 1.2 MB of UTF-8 in 25–45 ms; English forms are ASCII, read as Latin-1 in under 1 ms.
    const text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const list = parseFormList(text, key);
    if (list) return list;
  }
  return undefined;
}

let forms: FormList | null | undefined;
let full: NSpell | undefined;

/**
 * nspell over dictionary-en, built on first need (about a second of CPU):
 * suggestions always need it, accepting words only without a form list.
 * Synchronous because the spelling check asks for suggestions synchronously.
 */
function nspellNow(): NSpell {
  if (!full) {
    const nspell = requireHere('nspell') as typeof NSpell;
    full = nspell(englishDictionaryFiles());
  }
  return full;
}

/**
 * The English speller: words are accepted from the prebuilt form list (the
 * same answers as nspell, without expanding the dictionary at every start)
 * and nspell is built only for suggestions the cache does not have.
 */
function englishSpeller(cache: SuggestionCache, asked: Set<string>, limit: number): Speller {
  if (forms === undefined) forms = englishFormList() ?? null;
  const list = forms;
  return {
    correct: list ? (word) => list.correct(word) : (word) => nspellNow().correct(word),
    suggest(word) {
      // Counted over every word asked, cached or not, so the output does not depend on earlier runs.
      if (!asked.has(word)) {
        if (asked.size >= limit) return [];
        asked.add(word);
      }
      let found = cache.get(word);
      if (found === undefined) {
        found = nspellNow().suggest(word);
        cache.set(word, found);
      }
      return found;
    },
  };
}

/**
 * How many different words get suggestions in one run. nspell takes up to
 * half a second for an unknown capitalised word (a name), so a long document
 * full of names would otherwise spend minutes suggesting; past this many
 * words the findings carry no fix and the CLI says so.
 */
export const MAX_SUGGESTED_WORDS = 200;

/** Options of {@link loadSpelling}. */
export interface LoadSpellingOptions {
  /** Different words that get suggestions (default {@link MAX_SUGGESTED_WORDS}). */
  maxSuggestedWords?: number;
  /** false: findings carry no suggested fixes, so nspell is never built (the text output prints none). */
  fixes?: boolean;
  /** The CLI's cache folder: suggestions are kept there between runs ({@link SUGGESTION_CACHE_FILE}). */
  cacheDir?: string;
}

/** The spelling check's support, and a way to keep the suggestions it computed for the next run. */
export interface CliSpelling extends SpellingSupport {
  /** Saves new suggestions to the cache folder, if one was given. Never fails. */
  save(): Promise<void>;
  /** Whether some words got no suggestions because {@link LoadSpellingOptions.maxSuggestedWords} was reached. */
  capped(): boolean;
}

/** The spelling check's dictionary plus the project's own words (lower-cased). */
export async function loadSpelling(
  words: readonly string[] = [],
  options: LoadSpellingOptions = {},
): Promise<CliSpelling> {
  const file = options.cacheDir === undefined ? undefined : join(options.cacheDir, SUGGESTION_CACHE_FILE);
  // Without fixes nothing is suggested, so the cache file is not even read.
  const cache = await openSuggestionCache(options.fixes === false ? undefined : file, englishDictionaryKey());
  const asked = new Set<string>();
  const limit = options.maxSuggestedWords ?? MAX_SUGGESTED_WORDS;
  let capped = false;
  const speller = englishSpeller(cache, asked, limit);
  return {
    speller: {
      correct: (word) => speller.correct(word),
      suggest: (word) => {
        if (asked.size >= limit && !asked.has(word)) capped = true;
        return speller.suggest(word);
      },
    },
    capped: () => capped,
    words: new Set(words.map((w) => w.toLowerCase())),
    ...(options.fixes === false ? { fixes: false } : {}),
    save: () => cache.save(),
  };
}
