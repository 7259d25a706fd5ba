/** How serious a finding is. `error` and `warning` fail `--fail-on warning`. */
export type Severity = 'error' | 'warning' | 'info';

/** Half-open UTF-16 offsets [start, end) into one segment's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A suggested edit: replace `range` of the target with `replacement`. */
export interface Fix {
  range: TextRange;
  replacement: string;
  /** i18n key naming the fix in a quick-fix menu, e.g. "fix.useTerm". */
  labelKey?: string;
}

/**
 * What a check reports: plain data, no user text. The UI and the CLI turn
 * `messageKey` + `params` into words (design.md, Findings).
 */
export interface Finding {
  /** Stable check id from docs/checks.md, e.g. "term-missing". */
  check: string;
  severity: Severity;
  segmentId: string;
  /** Target range; absent when the finding is about the whole segment. */
  range?: TextRange;
  /** Range in the source the finding refers to (e.g. the recognised term). */
  sourceRange?: TextRange;
  messageKey: string;
  params: Record<string, string | number>;
  fixes?: Fix[];
}
