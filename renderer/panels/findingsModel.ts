/**
 * What the findings panel shows, computed from the worker's findings without
 * React: groups by check in catalogue order, counts per severity, filters.
 * Everything here is linear or n·log n in the number of findings, because a
 * long document with a broken glossary can report tens of thousands of them
 * and the panel recomputes this as the translator types.
 */
import { checkIds } from '../../shared/checks/registry.js';
import type { Severity } from '../../shared/model/finding.js';
import type { IdentifiedFinding } from '../workers/protocol.js';

/** Severities, most serious first: the order of the header counts and of the filter toggles. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** How many findings there are of each severity. */
export type SeverityCounts = Record<Severity, number>;

/** Which findings to show. An absent set means "all". */
export interface FindingsFilter {
  severities?: ReadonlySet<Severity>;
  checks?: ReadonlySet<string>;
}

/** One check's findings that pass the filter, in document order. */
export interface FindingGroup {
  check: string;
  /** Counts of the findings shown in this group. */
  counts: SeverityCounts;
  findings: IdentifiedFinding[];
}

/** Per-check counts over the whole document, for the check filter. */
export interface CheckCount {
  check: string;
  counts: SeverityCounts;
  total: number;
}

/** The panel's view of the document's findings. */
export interface FindingsSummary {
  /** Counts over the whole document, whatever the filter. */
  counts: SeverityCounts;
  total: number;
  /** Every check that has findings, in catalogue order, with its counts (unfiltered). */
  checks: CheckCount[];
  /** Groups with at least one finding passing the filter, in catalogue order. */
  groups: FindingGroup[];
  /** How many findings pass the filter. */
  shown: number;
}

/** Zero counts. */
export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0 };
}

/** The sum of `counts` over the severities in `only` (all when absent). */
export function countOf(counts: SeverityCounts, only?: ReadonlySet<Severity>): number {
  let n = 0;
  for (const s of SEVERITIES) if (!only || only.has(s)) n += counts[s];
  return n;
}

/**
 * Summarises findings for the panel.
 *
 * @param findings every finding of the document, in any order
 * @param segmentNumber the 1-based position of a segment in the document; a
 *   segment it does not know (≤ 0 or NaN) sorts after all known ones
 * @param filter which findings the groups keep
 * @param order the check catalogue order (shared/checks/registry.ts); checks
 *   not in it follow, alphabetically
 */
export function summarizeFindings(
  findings: readonly IdentifiedFinding[],
  segmentNumber: (segmentId: string) => number,
  filter: FindingsFilter = {},
  order: readonly string[] = checkIds,
): FindingsSummary {
  // Segment numbers are looked up once per segment, not once per comparison.
  const segNo = new Map<string, number>();
  const numberOf = (id: string): number => {
    let n = segNo.get(id);
    if (n === undefined) {
      const raw = segmentNumber(id);
      n = raw > 0 ? raw : Number.MAX_SAFE_INTEGER;
      segNo.set(id, n);
    }
    return n;
  };

  const byCheck = new Map<string, { counts: SeverityCounts; all: number[] }>();
  const counts = emptyCounts();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as IdentifiedFinding;
    counts[f.severity]++;
    let entry = byCheck.get(f.check);
    if (!entry) {
      entry = { counts: emptyCounts(), all: [] };
      byCheck.set(f.check, entry);
    }
    entry.counts[f.severity]++;
    entry.all.push(i);
  }

  const rank = new Map(order.map((id, i) => [id, i]));
  const ids = [...byCheck.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });

  const checks: CheckCount[] = [];
  const groups: FindingGroup[] = [];
  let shown = 0;
  for (const check of ids) {
    const entry = byCheck.get(check);
    if (!entry) continue;
    checks.push({ check, counts: entry.counts, total: countOf(entry.counts) });
    if (filter.checks && !filter.checks.has(check)) continue;
    const keep = filter.severities
      ? entry.all.filter((i) => filter.severities?.has((findings[i] as IdentifiedFinding).severity))
      : entry.all;
    if (keep.length === 0) continue;
    // Document order: segment, then position in the draft (whole-segment
    // findings first), then the order the worker gave — a stable sort.
    const seg = keep.map((i) => numberOf((findings[i] as IdentifiedFinding).segmentId));
    const pos = keep.map((i) => (findings[i] as IdentifiedFinding).range?.start ?? -1);
    const idx = keep.map((_, k) => k);
    idx.sort((a, b) => (seg[a] as number) - (seg[b] as number) || (pos[a] as number) - (pos[b] as number) || a - b);
    const list = idx.map((k) => findings[keep[k] as number] as IdentifiedFinding);
    const groupCounts = filter.severities ? emptyCounts() : { ...entry.counts };
    if (filter.severities) for (const f of list) groupCounts[f.severity]++;
    groups.push({ check, counts: groupCounts, findings: list });
    shown += list.length;
  }

  return { counts, total: findings.length, checks, groups, shown };
}
