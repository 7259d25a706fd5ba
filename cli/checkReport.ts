import type { Finding, Severity } from '../shared/model/finding.js';
import type { BilingualDocument } from '../shared/model/segment.js';
import type { Translate } from './render.js';
import { findingId } from '../shared/checks/findingId.js';

/** One finding placed in the input: its segment's 1-based position and its words. */
export interface LocatedFinding {
  /** 1-based position of the segment in the input. */
  index: number;
  segmentId: string;
  finding: Finding;
  message: string;
}

/** How findings are located in text output. */
export type Locator =
  /** Two aligned text files: `EN.txt:LINE:COLUMN`, one segment per line. */
  | { kind: 'lines'; file: string; lineOf: (index: number) => number }
  /** A bilingual file: `FILE.xlf#INDEX[ID]:COLUMN`. */
  | { kind: 'segments'; file: string };

/** The result of `dragoman check`, ready to print. */
export interface CheckReport {
  segments: number;
  findings: LocatedFinding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Places the runner's findings in document order (segment, then target
 * offset, then check id) with their messages in the translator's language.
 */
export function buildReport(doc: BilingualDocument, findings: readonly Finding[], translate: Translate): CheckReport {
  const position = new Map(doc.segments.map((s, i) => [s.id, i + 1]));
  const located = findings.map((finding) => ({
    index: position.get(finding.segmentId) ?? 0,
    segmentId: finding.segmentId,
    finding,
    message: translate(finding.messageKey, finding.params),
  }));
  located.sort(
    (a, b) =>
      a.index - b.index ||
      (a.finding.range?.start ?? -1) - (b.finding.range?.start ?? -1) ||
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      a.finding.check.localeCompare(b.finding.check),
  );
  return { segments: doc.segments.length, findings: located };
}

function location(locator: Locator, item: LocatedFinding): string {
  const column = item.finding.range ? `:${item.finding.range.start + 1}` : '';
  if (locator.kind === 'lines') return `${locator.file}:${locator.lineOf(item.index)}${column}`;
  return `${locator.file}#${item.index}[${item.segmentId}]${column}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Counts by severity, e.g. "1 error, 3 warnings, 0 info". */
export function severityCounts(report: CheckReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const item of report.findings) counts[item.finding.severity] += 1;
  return counts;
}

/**
 * Human-readable output: one finding per line,
 * `article.en.txt:7:15 warning term-missing  “CSI” should be rendered “CIS”`,
 * then a summary line with the counts by severity.
 */
export function formatText(report: CheckReport, locator: Locator): string {
  const lines = report.findings.map(
    (item) => `${location(locator, item)} ${item.finding.severity} ${item.finding.check}  ${item.message}`,
  );
  const counts = severityCounts(report);
  const checked = `${plural(report.segments, 'segment', 'segments')} checked`;
  lines.push(
    report.findings.length === 0
      ? `${locator.file}: no findings, ${checked}`
      : `${locator.file}: ${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info; ${checked}`,
  );
  return lines.join('\n') + '\n';
}

/** One finding in the JSON output (version 1; see `dragoman check --help`). */
export interface JsonFinding {
  index: number;
  /** The finding's stable id (shared/checks/findingId.ts): the same on every run, for scripts' ignore lists. */
  id: string;
  /** The segment's own id (XLIFF unit/segment id; for aligned text the line number). */
  segmentId: string;
  check: string;
  severity: Severity;
  message: string;
  target: { start: number; end: number } | null;
  suggestion: string | null;
}

/**
 * Machine-readable output, a contract with users' scripts:
 * `{"version":1,"segments":N,"findings":[{index,id,segmentId,check,severity,message,target,suggestion}]}`.
 * `target` and `suggestion` are null when the finding has no range or no fix.
 */
export function formatJson(report: CheckReport): string {
  const findings: JsonFinding[] = report.findings.map((item) => ({
    index: item.index,
    id: findingId(item.finding),
    segmentId: item.segmentId,
    check: item.finding.check,
    severity: item.finding.severity,
    message: item.message,
    target: item.finding.range ? { start: item.finding.range.start, end: item.finding.range.end } : null,
    suggestion: item.finding.fixes?.[0]?.replacement ?? null,
  }));
  return JSON.stringify({ version: 1, segments: report.segments, findings }, null, 2) + '\n';
}

/** `--fail-on` threshold. */
export type FailOn = 'error' | 'warning' | 'never';

/** True when the report holds a finding at or above the threshold. */
export function failsAt(report: CheckReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = SEVERITY_ORDER[failOn];
  return report.findings.some((item) => SEVERITY_ORDER[item.finding.severity] <= limit);
}
