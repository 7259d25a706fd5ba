import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { mergeGlossaries } from './codec.js';

/**
 * What a concept says, for "is it already there?": its terms (text in NFC,
 * status, type, part of speech, match options, note), note, definition and
 * subject; not its id, which a CSV or XLSX without an id column makes up
 * from the row number.
 */
// TODO(#9): use conceptFingerprint from glossary/common/conceptEdit.ts once the integrator lands it on main.
function contentKey(c: Concept): string {
  const langs = Object.keys(c.terms).sort();
  return JSON.stringify([
    langs.map((l) => [
      l,
      (c.terms[l] ?? []).map((t) => [
        t.text.normalize('NFC'),
        t.status,
        t.type,
        t.partOfSpeech,
        t.caseSensitive,
        t.exact,
        t.note,
      ]),
    ]),
    c.note,
    c.definition,
    c.subjectField,
  ]);
}

/**
 * The concepts of `incoming` to add to `current` on an import: those whose
 * content `current` does not hold yet (so importing the same file twice adds
 * nothing the second time), each once, with ids `current` does not use
 * (`id`, else `id-2`, `id-3` …).
 */
export function conceptsToImport(current: Glossary, incoming: readonly Concept[]): Concept[] {
  const seen = new Set(current.concepts.map(contentKey));
  const fresh: Concept[] = [];
  for (const c of incoming) {
    const key = contentKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(c);
  }
  return mergeGlossaries([current, { concepts: fresh }]).concepts.slice(current.concepts.length);
}
