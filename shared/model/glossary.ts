/**
 * Plain data shapes of a glossary (concept → terms per language). They live
 * in shared/ so that checks can read them; the index, matcher and codecs that
 * work on them live in glossary/common.
 */

/** TBX administrativeStatus, simplified to the four states a translator uses. */
export type TermStatus = 'preferred' | 'admitted' | 'deprecated' | 'forbidden';

/** TBX termType, simplified. */
export type TermType = 'fullForm' | 'acronym' | 'abbreviation' | 'properName' | 'variant' | 'phrase';

export interface Term {
  text: string;
  status: TermStatus;
  type?: TermType;
  /** TBX partOfSpeech, e.g. "noun", "properNoun". */
  partOfSpeech?: string;
  /** Match only with this exact letter case (all-caps terms behave so by default). */
  caseSensitive?: boolean;
  /** Match this exact form only: no inflection, no plural. */
  exact?: boolean;
  note?: string;
}

/** Who changed a concept and when: TBX `transacGrp`; CSV columns only where the file has them. */
export interface ConceptStamp {
  /** The user's name as the OS reports it, or as the file gives it. */
  by: string;
  /** ISO 8601 date or date-time. */
  at: string;
}

export interface Concept {
  id: string;
  /**
   * True when the reader made the id up (TSV lines, a CSV without an id
   * column, a TBX entry without an id): such ids change when lines move, so
   * they cannot identify the concept across edits (glossary/common/conceptEdit.ts).
   */
  generatedId?: boolean;
  /** When and by whom the concept was first written. */
  created?: ConceptStamp;
  /** When and by whom it was last changed. */
  modified?: ConceptStamp;
  definition?: string;
  note?: string;
  subjectField?: string;
  /** Terms keyed by primary language subtag ("ro", "en"). */
  terms: Record<string, Term[]>;
}

export interface Glossary {
  concepts: Concept[];
  /** Where it came from, for messages ("glossary.tbx"). */
  origin?: string;
}
