/**
 * The glossary view's edits as WorkbenchApi.changeGlossary changes, and the
 * three ways out of a conflict (issue 9, §2). Pure: the queue that sends
 * them is glossaryEdits.ts, the rows that show them GlossaryView.tsx.
 *
 * A conflict is the answer to an edit or a delete whose base (the concept as
 * the view showed it) is no longer what is on disk: `mine` is what the user
 * wanted (null: delete), `theirs` what is on disk now (null: a colleague
 * deleted it).
 */
import type {
  ApiInput,
  ApiOutput,
  ConceptWire,
  GlossaryChange,
  GlossaryConflict,
} from '../../shared/api/workbenchApi.js';
import type { Concept, Term, TermStatus } from '../../shared/model/glossary.js';
import { matchKey } from '../../shared/text/normalize.js';
import { conceptToWire } from '../../glossary/common/glossaryChanges.js';

export type { ConceptWire, GlossaryChange, GlossaryConflict };
/** changeGlossary's input. */
export type ChangeGlossaryInput = ApiInput<'changeGlossary'>;
/** changeGlossary's answer. */
export type ChangeGlossaryOutput = ApiOutput<'changeGlossary'>;

/** What the user picked in a conflicting row. */
export type Resolution =
  /** Keep mine (also "add mine again" when a colleague deleted the concept, "delete anyway" for a delete). */
  | 'mine'
  /** Keep theirs: drop my change. */
  | 'theirs'
  /** Keep both versions' terms (an edit against an edit only). */
  | 'both';

/** Terms are the same term when their texts are, up to case, diacritics and spacing. */
function termKey(t: Term): string {
  return matchKey(t.text.trim().replace(/\s+/g, ' '));
}

/**
 * "Keep both terms": theirs, plus every term of mine they lack. A term both
 * have keeps my status where I changed it from the base, theirs otherwise;
 * notes and other fields likewise (mine where I changed them).
 */
export function unionConcept(base: Concept, mine: Concept, theirs: Concept): Concept {
  const terms: Record<string, Term[]> = {};
  for (const lang of new Set([...Object.keys(theirs.terms), ...Object.keys(mine.terms)])) {
    const baseBy = new Map((base.terms[lang] ?? []).map((t) => [termKey(t), t]));
    const out = (theirs.terms[lang] ?? []).map((t) => ({ ...t }));
    const at = new Map(out.map((t, i) => [termKey(t), i]));
    for (const m of mine.terms[lang] ?? []) {
      const k = termKey(m);
      const i = at.get(k);
      if (i === undefined) {
        at.set(k, out.length);
        out.push({ ...m });
        continue;
      }
      const b = baseBy.get(k);
      if (!b || b.status !== m.status) out[i]!.status = m.status as TermStatus;
      if (b && b.note !== m.note) {
        if (m.note === undefined) delete out[i]!.note;
        else out[i]!.note = m.note;
      }
    }
    if (out.length > 0) terms[lang] = out;
  }
  const next: Concept = { ...theirs, terms };
  for (const field of ['note', 'definition', 'subjectField'] as const) {
    if (mine[field] === base[field]) continue;
    if (mine[field] === undefined) delete next[field];
    else next[field] = mine[field];
  }
  return next;
}

/**
 * The change that carries out a resolution, or null when nothing is to be
 * sent (keep theirs, or both sides deleted). `base` is what the view showed
 * before the user's change; the resent change's base is theirs, so it
 * applies unless the concept changed again meanwhile.
 */
export function resolveConflict(
  conflict: Pick<GlossaryConflict, 'key' | 'mine' | 'theirs'>,
  base: Concept | null,
  choice: Resolution,
): GlossaryChange | null {
  const { key, mine, theirs } = conflict;
  if (choice === 'theirs' || (mine === null && theirs === null)) return null;
  if (theirs === null) {
    // A colleague deleted it while I edited: "add mine again", whole.
    return { kind: 'restore', concept: mine! };
  }
  if (mine === null) return { kind: 'delete', key, base: theirs };
  if (choice === 'both' && base)
    return { kind: 'edit', key, base: theirs, next: conceptToWire(unionConcept(base, mine, theirs)) };
  return { kind: 'edit', key, base: theirs, next: mine };
}
