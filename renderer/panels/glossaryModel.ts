/**
 * What the glossary panel lists for the active segment, and what Alt+1…9
 * insert. Kept apart from the component so the numbering the user sees and
 * the text the shortcut inserts come from one function.
 */
import type { TermStatus } from '../../shared/model/glossary.js';
import type { ConceptView, SegmentTerm, TermView } from '../workers/protocol.js';

/** How many glossary terms have a number (Alt+1 … Alt+9). */
export const MAX_NUMBERED = 9;

/** One concept of the active segment as the panel lists it. */
export interface SegmentEntry {
  /** Every Romanian surface of the concept in the segment, in text order ("Minskului", "Minsk"). */
  surfaces: string[];
  concept: ConceptView;
  /** The English term a click on the entry (or its shortcut) inserts; absent when the concept has none approved. */
  insert?: string;
  /** 1…9 when the entry has a shortcut. */
  n?: number;
}

/** Statuses a translator may insert. */
export function isApproved(status: TermStatus): boolean {
  return status === 'preferred' || status === 'admitted';
}

/** The term to insert for a concept: its first preferred English term, else its first admitted one. */
export function preferredEnglish(concept: ConceptView): TermView | undefined {
  return concept.en.find((t) => t.status === 'preferred') ?? concept.en.find((t) => t.status === 'admitted');
}

/**
 * The active segment's concepts in the order they first occur in the source
 * (a longer term first where two start together), one entry per concept
 * however often it occurs. Entries with an insertable term are numbered
 * 1…9 in that order; entries without one take no number.
 */
export function segmentEntries(activeTerms: readonly SegmentTerm[]): SegmentEntry[] {
  const sorted = [...activeTerms].sort((a, b) => a.start - b.start || b.end - a.end);
  const byConcept = new Map<string, SegmentEntry>();
  for (const term of sorted) {
    const seen = byConcept.get(term.concept.id);
    if (seen) {
      if (!seen.surfaces.includes(term.surface)) seen.surfaces.push(term.surface);
      continue;
    }
    const insert = preferredEnglish(term.concept)?.text;
    byConcept.set(term.concept.id, { surfaces: [term.surface], concept: term.concept, ...(insert ? { insert } : {}) });
  }
  let n = 0;
  const entries = [...byConcept.values()];
  for (const e of entries) if (e.insert !== undefined && n < MAX_NUMBERED) e.n = ++n;
  return entries;
}

/**
 * What Alt+n inserts: element n−1 of the result (at most nine). The same
 * numbering the glossary panel shows next to the active segment's terms.
 */
export function insertCandidates(activeTerms: readonly SegmentTerm[]): string[] {
  const out: string[] = [];
  for (const e of segmentEntries(activeTerms)) if (e.n !== undefined && e.insert !== undefined) out.push(e.insert);
  return out;
}

/** The file name of a path, for lists where the full path is too long (the full path goes in a tooltip). */
export function fileName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}
