/**
 * Writes dictionary-en's form list (shared/checks/formList.ts) for the CLI's
 * spelling check. Not part of the CLI: scripts/build.mjs bundles this file
 * on its own and calls {@link writeEnglishFormList} with dist/'s path, so
 * that `dragoman check` never expands the dictionary at start-up.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../glossary/node/atomicWrite.js';
import { parseFormList } from '../shared/checks/formList.js';
import { formListFrom } from '../shared/checks/nspellSpeller.js';
import { englishDictionaryFiles, englishDictionaryKey } from './speller.js';

/**
 * Writes the form list of the installed dictionary-en to `path`, unless the
 * file there is already the list of this very dictionary (a rebuild then
 * costs nothing). Returns whether it wrote.
 */
export async function writeEnglishFormList(path: string): Promise<boolean> {
  const key = englishDictionaryKey();
  try {
    if (parseFormList(readFileSync(path, 'utf8'), key)) return false;
  } catch {
    // Missing or unreadable: written below.
  }
  const { aff, dic } = englishDictionaryFiles();
  await writeFileAtomically(path, formListFrom(aff, dic, key));
  return true;
}
