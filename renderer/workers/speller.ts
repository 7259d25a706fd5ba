/**
 * The English dictionary for the spelling check, built inside the check
 * worker. Loaded with a dynamic import when the first document opens, so
 * neither nspell nor the 550 kB dictionary is part of the worker's start-up.
 */
import { spellerFrom } from '../../shared/checks/nspellSpeller.js';
import type { Speller } from '../../shared/checks/spelling.js';

// dictionary-en's own entry reads the files with node:fs; the worker fetches them as assets (Vite copies them).
const AFF = new URL('../../node_modules/dictionary-en/index.aff', import.meta.url);
const DIC = new URL('../../node_modules/dictionary-en/index.dic', import.meta.url);

/** Fetches dictionary-en's index.aff and index.dic and builds a speller over them. */
export async function loadEnglishSpeller(fetchText: (url: URL) => Promise<string> = defaultFetch): Promise<Speller> {
  const [aff, dic] = await Promise.all([fetchText(AFF), fetchText(DIC)]);
  return spellerFrom(aff, dic);
}

async function defaultFetch(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}
