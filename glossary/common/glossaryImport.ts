import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { mergeGlossaries } from './codec.js';
import { conceptFingerprint } from './conceptEdit.js';

/**
 * The concepts of `incoming` to add to `current` on an import: those whose
 * content (conceptFingerprint: terms, notes, definition, subject; not the id,
 * which a CSV or XLSX without an id column makes up from the row number)
 * `current` does not hold yet, so importing the same file twice adds nothing
 * the second time; each once, with ids `current` does not use (`id`, else
 * `id-2`, `id-3` …).
 */
export function conceptsToImport(current: Glossary, incoming: readonly Concept[]): Concept[] {
  const seen = new Set(current.concepts.map(conceptFingerprint));
  const fresh: Concept[] = [];
  for (const c of incoming) {
    const key = conceptFingerprint(c);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(c);
  }
  return mergeGlossaries([current, { concepts: fresh }]).concepts.slice(current.concepts.length);
}
