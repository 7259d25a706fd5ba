/**
 * TEMPORARY stand-ins for glossary/common/conceptEdit.ts, which the
 * integrator is writing on main (spec: "Shared building blocks"). Same
 * signatures; simpler behaviour (keys are always `id:<id>`, edits rewrite the
 * whole file). Deleted as soon as conceptEdit.ts lands and callers import it.
 */
import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { appendConcepts } from './appendEntries.js';
import { parseGlossary, serializeGlossary } from './codec.js';

export type ConceptOp =
  | { kind: 'add'; concept: Concept }
  | { kind: 'replace'; key: string; concept: Concept }
  | { kind: 'remove'; key: string };

/** A stable identity of each concept within one file, parallel to g.concepts. */
export function conceptKeys(g: Glossary): string[] {
  return g.concepts.map((c) => `id:${c.id}`);
}

/** The concept at `key`, if the file has it. */
export function findConcept(g: Glossary, key: string): Concept | undefined {
  const keys = conceptKeys(g);
  const at = keys.indexOf(key);
  return at < 0 ? undefined : g.concepts[at];
}

/** Canonical content of a concept: terms, notes, definition, subject; not id or stamps. */
export function conceptFingerprint(c: Concept): string {
  const terms = Object.keys(c.terms)
    .sort()
    .map((lang) => [lang, (c.terms[lang] ?? []).map((t) => ({ ...t, text: t.text.normalize('NFC') }))]);
  return JSON.stringify([terms, c.note ?? '', c.definition ?? '', c.subjectField ?? '']);
}

/** The file's new text with the ops applied. */
export function applyConceptOps(text: string, file: string, ops: readonly ConceptOp[]): string {
  const g = parseGlossary(text, file);
  if (ops.every((o) => o.kind === 'add')) {
    const added = ops.map((o) => o.concept);
    const appended = appendConcepts(text, file, added);
    if (appended !== null) return appended;
  }
  const keys = conceptKeys(g);
  let concepts: (Concept | null)[] = [...g.concepts];
  for (const op of ops) {
    if (op.kind === 'add') {
      concepts.push(op.concept);
      continue;
    }
    const at = keys.indexOf(op.key);
    if (at < 0) throw new Error(`${file}: no concept ${op.key}`);
    concepts[at] = op.kind === 'remove' ? null : op.concept;
  }
  concepts = concepts.filter((c) => c !== null);
  return serializeGlossary({ ...g, concepts: concepts as Concept[] }, file);
}
