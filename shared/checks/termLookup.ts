import type { Concept, TermStatus } from '../model/glossary.js';
import type { Token } from '../text/token.js';

/** A glossary term recognised in Romanian source text. */
export interface SourceTermMatch {
  conceptId: string;
  /** UTF-16 offsets into the source string. */
  start: number;
  end: number;
  /** The text as it stands in the source ("Minskului"). */
  surface: string;
  /** The glossary's Romanian term that matched ("Minsk"). */
  term: string;
}

/** An English term of some concept found in target text. */
export interface TargetTermMatch {
  conceptId: string;
  start: number;
  end: number;
  surface: string;
  /** The glossary's English term that matched. */
  term: string;
  status: TermStatus;
}

/**
 * What the checks need from the glossary. glossary/common implements it;
 * checks receive it as an argument, so shared/ never imports glossary/.
 */
export interface TermLookup {
  /**
   * Romanian terms in `text`: whole words, inflected forms, longest match wins, no overlaps.
   * `tokens`, when given, must be `tokenize(text)`: the runner has them already.
   */
  findSource(text: string, tokens?: readonly Token[]): SourceTermMatch[];
  /** Every English term (any status) of any concept occurring in `text`, in any of its forms. `tokens` as above. */
  findTarget(text: string, tokens?: readonly Token[]): TargetTermMatch[];
  /** English terms of one concept occurring in `text`. `tokens` as above. */
  findTargetFor(conceptId: string, text: string, tokens?: readonly Token[]): TargetTermMatch[];
  concept(conceptId: string): Concept | undefined;
}
