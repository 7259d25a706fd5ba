/**
 * The WorkbenchApi's glossary changes (add / edit / delete, with the base
 * the user saw) turned into concept operations on one file, three-way: an
 * edit or delete applies only where the concept on disk still has the
 * base's content; otherwise it is a conflict and is left out. Pure: the
 * store (glossary/node) and the fake API both plan with it, so the rules are
 * the same in tests, in the browser mode and in the desktop app.
 */
import type {
  ConceptWire,
  GlossaryChange,
  GlossaryConflict,
  NewConcept,
  TermWire,
} from '../../shared/api/workbenchApi.js';
import type { Concept, ConceptStamp, Glossary, Term } from '../../shared/model/glossary.js';
import { conceptFingerprint, conceptKeys, type ConceptOp } from './conceptEdit.js';

/** One applied change: where it was, and the concept as written (null for a delete). */
export interface PlannedChange {
  /** Index into the request's changes. */
  index: number;
  /** The concept's key before the change ('' for an add). */
  key: string;
  concept: Concept | null;
  /** The id of a deleted concept (a delete has no concept to read it from). */
  deletedId?: string;
}

/** What {@link planChanges} decided. */
export interface ChangePlan {
  /** The operations for applyConceptOps, one per touched concept, in request order. */
  ops: ConceptOp[];
  applied: PlannedChange[];
  conflicts: GlossaryConflict[];
}

function termFromWire(t: TermWire): Term {
  const term: Term = { text: t.text.normalize('NFC'), status: t.status };
  if (t.type !== undefined) term.type = t.type;
  if (t.partOfSpeech !== undefined) term.partOfSpeech = t.partOfSpeech;
  if (t.caseSensitive !== undefined) term.caseSensitive = t.caseSensitive;
  if (t.exact !== undefined) term.exact = t.exact;
  if (t.note !== undefined) term.note = t.note;
  return term;
}

/** The model of a concept sent over the wire. */
export function conceptFromWire(w: ConceptWire): Concept {
  const terms: Record<string, Term[]> = {};
  for (const [lang, list] of Object.entries(w.terms)) terms[lang] = list.map(termFromWire);
  const c: Concept = { id: w.id, terms };
  if (w.note !== undefined) c.note = w.note;
  if (w.definition !== undefined) c.definition = w.definition;
  if (w.subjectField !== undefined) c.subjectField = w.subjectField;
  if (w.created) c.created = { ...w.created };
  if (w.modified) c.modified = { ...w.modified };
  return c;
}

/** A concept as it goes over the wire (without the parser's generatedId flag). */
export function conceptToWire(c: Concept): ConceptWire {
  const terms: Record<string, TermWire[]> = {};
  for (const [lang, list] of Object.entries(c.terms)) {
    terms[lang] = list.map((t) => {
      const w: TermWire = { text: t.text, status: t.status };
      if (t.type !== undefined) w.type = t.type;
      if (t.partOfSpeech !== undefined) w.partOfSpeech = t.partOfSpeech;
      if (t.caseSensitive !== undefined) w.caseSensitive = t.caseSensitive;
      if (t.exact !== undefined) w.exact = t.exact;
      if (t.note !== undefined) w.note = t.note;
      return w;
    });
  }
  const w: ConceptWire = { id: c.id, terms };
  if (c.note !== undefined) w.note = c.note;
  if (c.definition !== undefined) w.definition = c.definition;
  if (c.subjectField !== undefined) w.subjectField = c.subjectField;
  if (c.created) w.created = { ...c.created };
  if (c.modified) w.modified = { ...c.modified };
  return w;
}

function termFromNew(t: NewConcept['ro'][number]): Term {
  const term: Term = { text: t.text.trim().normalize('NFC'), status: t.status };
  if (t.type) term.type = t.type;
  if (t.note) term.note = t.note;
  return term;
}

/** The glossary model of an entry from the add-term dialog (or `dragoman glossary add`). */
export function conceptFromNew(input: NewConcept, id: string): Concept {
  const concept: Concept = { id, terms: { ro: input.ro.map(termFromNew), en: input.en.map(termFromNew) } };
  if (input.note) concept.note = input.note;
  return concept;
}

/**
 * Decides which of `changes` apply to `g` (the file as it is on disk now)
 * and the operations that make them. Changes run in order, so a second edit
 * of one concept in the same request is judged against the first. A delete
 * of a concept that is already gone counts as applied (the user's wish
 * holds); an edit of one that is gone is a conflict with `theirs: null`.
 * New concepts get `created`, edited ones `modified` (= `stamp`); an edit
 * keeps the concept's id and its `created`. `newId` names added concepts.
 */
export function planChanges(
  g: Glossary,
  changes: readonly GlossaryChange[],
  stamp: ConceptStamp,
  newId: () => string,
): ChangePlan {
  const keys = conceptKeys(g);
  /** Each touched key's concept as the batch has left it so far (null = deleted). */
  const state = new Map<string, Concept | null>();
  const adds: { index: number; concept: Concept }[] = [];
  const usedIds = new Set(g.concepts.map((c) => c.id));
  const applied: PlannedChange[] = [];
  const conflicts: GlossaryConflict[] = [];
  const current = (key: string): Concept | null => {
    if (state.has(key)) return state.get(key) ?? null;
    const at = keys.indexOf(key);
    return at < 0 ? null : g.concepts[at]!;
  };
  changes.forEach((change, index) => {
    if (change.kind === 'add') {
      const concept: Concept = conceptFromNew(change.concept, newId());
      concept.created = { ...stamp };
      adds.push({ index, concept });
      applied.push({ index, key: '', concept });
      return;
    }
    if (change.kind === 'restore') {
      // Back with everything it had; a new id only when someone reused the old one meanwhile.
      const concept: Concept = conceptFromWire(change.concept);
      if (usedIds.has(concept.id)) concept.id = newId();
      usedIds.add(concept.id);
      concept.modified = { ...stamp };
      adds.push({ index, concept });
      applied.push({ index, key: '', concept });
      return;
    }
    const disk = current(change.key);
    const base = conceptFromWire(change.base);
    if (change.kind === 'delete') {
      if (disk === null) {
        applied.push({ index, key: change.key, concept: null, deletedId: change.base.id });
        return;
      }
      if (conceptFingerprint(disk) !== conceptFingerprint(base)) {
        conflicts.push({ index, key: change.key, mine: null, theirs: conceptToWire(disk) });
        return;
      }
      state.set(change.key, null);
      applied.push({ index, key: change.key, concept: null, deletedId: disk.id });
      return;
    }
    if (disk === null || conceptFingerprint(disk) !== conceptFingerprint(base)) {
      conflicts.push({ index, key: change.key, mine: change.next, theirs: disk && conceptToWire(disk) });
      return;
    }
    const next: Concept = { ...conceptFromWire(change.next), id: disk.id };
    if (disk.created) next.created = { ...disk.created };
    else delete next.created;
    if (disk.generatedId) next.generatedId = disk.generatedId;
    next.modified = { ...stamp };
    state.set(change.key, next);
    applied.push({ index, key: change.key, concept: next });
  });
  const ops: ConceptOp[] = [];
  for (const [key, concept] of state) {
    ops.push(concept === null ? { kind: 'remove', key } : { kind: 'replace', key, concept });
  }
  for (const a of adds) ops.push({ kind: 'add', concept: a.concept });
  return { ops, applied, conflicts };
}

/**
 * The key and id each applied change has in the file as written (`after`,
 * parsed): found by content, preferring the same id, so that files whose ids
 * the parser makes up (TSV line numbers) still answer with the right key.
 */
export function locateApplied(after: Glossary, applied: readonly PlannedChange[]): { key: string; id: string }[] {
  const keys = conceptKeys(after);
  const claimed = new Set<number>();
  const prints = after.concepts.map((c) => conceptFingerprint(c));
  return applied.map((a) => {
    if (a.concept === null) return { key: a.key, id: a.deletedId ?? '' };
    const print = conceptFingerprint(a.concept);
    let at = after.concepts.findIndex((c, i) => !claimed.has(i) && prints[i] === print && c.id === a.concept!.id);
    if (at < 0) at = prints.findIndex((p, i) => !claimed.has(i) && p === print);
    if (at < 0) return { key: a.key, id: a.concept.id };
    claimed.add(at);
    return { key: keys[at]!, id: after.concepts[at]!.id };
  });
}
