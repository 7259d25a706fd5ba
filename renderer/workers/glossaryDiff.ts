/**
 * What changed in a glossary file between two loads, concept by concept
 * (issue 9, §4: "the changes made by colleagues … are announced"): concepts
 * are matched by their key in the file (conceptKeys) and compared by
 * conceptFingerprint, so a reformatted file or a new modified-date alone is
 * no change. The user's own edits from this app are subtracted: the UI
 * announces them before it sends them ({@link OwnChange}), and a difference
 * that one of them explains is not counted as a colleague's.
 */
import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { conceptFingerprint, conceptKeys } from '../../glossary/common/conceptEdit.js';

/** A file's concepts as last loaded: key → fingerprint. */
export type ConceptPrints = Map<string, string>;

/** How many concepts were added, changed and deleted. */
export interface DiffCounts {
  added: number;
  changed: number;
  deleted: number;
}

/**
 * A change this app is making to a file: the concept at `before` (a key; null
 * for an added concept) becomes `after` (null for a deletion).
 */
export interface OwnChange {
  before: string | null;
  after: Concept | null;
}

/** The key → fingerprint map of a parsed file. */
export function conceptPrints(g: Glossary): ConceptPrints {
  const keys = conceptKeys(g);
  return new Map(g.concepts.map((c, i) => [keys[i]!, conceptFingerprint(c)]));
}

/**
 * The concepts added, changed and deleted from `before` to `after`, leaving
 * out what `own` explains. Each own change explains at most one difference
 * and is removed from `own` when it does (the caller keeps the rest for a
 * later load, in case the write has not reached this one yet). An edit that
 * changed a concept's key (a file without ids, its first Romanian term
 * edited) shows as a deletion plus an addition; its own change explains both.
 */
export function diffConcepts(before: ConceptPrints, after: ConceptPrints, own: OwnChange[] = []): DiffCounts {
  const added = new Set<string>();
  const changed = new Set<string>();
  const deleted = new Set<string>();
  for (const [key, print] of after) {
    const old = before.get(key);
    if (old === undefined) added.add(key);
    else if (old !== print) changed.add(key);
  }
  for (const key of before.keys()) if (!after.has(key)) deleted.add(key);
  /** An added key whose concept is `print`, if any. */
  const addedAs = (print: string): string | undefined => {
    for (const key of added) if (after.get(key) === print) return key;
    return undefined;
  };
  for (let i = 0; i < own.length; i++) {
    const o = own[i]!;
    const print = o.after ? conceptFingerprint(o.after) : undefined;
    let explained = false;
    if (o.before !== null && print === undefined) {
      explained = deleted.delete(o.before);
    } else if (o.before !== null && print !== undefined) {
      if (changed.has(o.before) && after.get(o.before) === print) explained = changed.delete(o.before);
      else if (deleted.has(o.before)) {
        const moved = addedAs(print);
        if (moved !== undefined) {
          deleted.delete(o.before);
          explained = added.delete(moved);
        }
      }
    } else if (print !== undefined) {
      const key = addedAs(print);
      if (key !== undefined) explained = added.delete(key);
    }
    if (explained) own.splice(i--, 1);
  }
  return { added: added.size, changed: changed.size, deleted: deleted.size };
}
