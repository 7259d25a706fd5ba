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

export interface Concept {
  id: string;
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
