import type { Finding, Severity } from '../model/finding.js';
import type { Segment } from '../model/segment.js';
import type { Token } from '../text/token.js';
import type { SpellingSupport } from './spelling.js';
import type { SourceTermMatch, TargetTermMatch, TermLookup } from './termLookup.js';

/**
 * What a check hands back: a Finding without the check id, which the runner
 * stamps on. `severity` is a per-finding default (e.g. term-forbidden gives
 * `error` for forbidden and `warning` for deprecated terms); a severity set in
 * the project config wins over it.
 */
export type CheckResult = Omit<Finding, 'check' | 'severity'> & { severity?: Severity };

/**
 * Everything a check may read about one segment. Token and term lists are
 * computed lazily and cached by the runner, so a check pays only for what it
 * reads; the source side never changes while the user types.
 */
export interface SegmentContext {
  readonly segment: Segment;
  /**
   * The article the segment belongs to, counted from 0: one file often holds
   * several unrelated articles, and a new one starts at each headline (see
   * {@link articleNumbers} in articles.ts). Document-level checks that compare renderings
   * compare them within an article.
   */
  readonly article: number;
  /** The glossary, when the project has one. */
  readonly terms: TermLookup | undefined;
  /** The English dictionary and the user's words, once loaded (the spelling check waits for them). */
  readonly spelling: SpellingSupport | undefined;
  /** Glossary terms recognised in the source ([] without a glossary). */
  readonly sourceTerms: readonly SourceTermMatch[];
  readonly sourceTokens: readonly Token[];
  readonly targetTokens: readonly Token[];
  /** `terms.findTarget(target)`, cached ([] without a glossary). */
  readonly targetTerms: readonly TargetTermMatch[];
  /**
   * Computes a value from one side of the segment once and caches it: checks
   * that need the same derived data (dates, normalised text) share it, and a
   * source-side value survives edits of the target. `name` must identify
   * the computation. A method: call it on the context, do not destructure it.
   */
  memo<T>(side: 'source' | 'target', name: string, compute: (text: string) => T): T;
  /** `terms.findTargetFor(conceptId, target)`, cached per concept ([] without a glossary). A method: call it on the context. */
  targetTermsFor(conceptId: string): readonly TargetTermMatch[];
}

/**
 * One entry of a document-level index: segment-local evidence filed under
 * `key` (e.g. a concept id), with the `value` that must agree across the
 * document (e.g. the English term that rendered it).
 */
export interface IndexEntry {
  key: string;
  value: string;
  /** Where the value stands in the target, for the finding's range. */
  range?: { start: number; end: number };
  /** Shown to the user; `value` is the normalised comparison form. */
  display: string;
  /** The text as it stands at `range`, when the check needs its exact form for a fix. */
  surface?: string;
}

/** Index entries of one segment, as the runner hands them to `judge`. */
export interface IndexedEntry extends IndexEntry {
  segmentId: string;
  /** Document order of the segment, for deterministic results. */
  order: number;
}

/**
 * A check id with its default severity and up to three hooks, one per scope.
 * The runner re-runs `segment` for an edited segment only, `paragraph` for
 * that segment's paragraph only, and `judge` for the index keys the edit
 * touched only.
 */
export interface Check {
  /** Stable id from docs/checks.md. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** The widest scope the check looks at. */
  readonly scope: 'segment' | 'paragraph' | 'document';
  /** Every messageKey the check can produce (the i18n catalogue test reads this). */
  readonly messageKeys: readonly string[];
  /** Findings from one segment alone. */
  segment?(ctx: SegmentContext): CheckResult[];
  /** Findings that need a whole paragraph (segments in document order). */
  paragraph?(segments: readonly SegmentContext[]): CheckResult[];
  /** Document-level: this segment's index entries. */
  index?(ctx: SegmentContext): IndexEntry[];
  /** Document-level: findings for every segment filed under one key, entries in document order. */
  judge?(key: string, entries: readonly IndexedEntry[]): CheckResult[];
  /**
   * Document-level: promises that a key whose entries all have one value
   * yields no findings, so the runner can skip `judge` for it (a concept
   * rendered one way in thousands of segments costs nothing per keystroke).
   */
  readonly silentWhenUnanimous?: boolean;
}
