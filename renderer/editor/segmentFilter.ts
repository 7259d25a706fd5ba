/**
 * The segment filter (issue 13): which segments the panes show, by status, by
 * findings and by match type. Pure: the editor turns the answer into Monaco
 * hidden areas (both panes hide the same lines, so line N stays segment N) and
 * moves each shown line's alignment filler to the zone Monaco still shows.
 */
import type { SegmentStatus } from '../../shared/model/segment.js';

/** Status choices: one status, or "not confirmed" (untranslated or draft). */
export type StatusFilter = 'all' | 'unconfirmed' | SegmentStatus;
/** Findings choices. */
export type FindingsFilter = 'all' | 'error' | 'warning' | 'none';
/** Match type choices. */
export type MatchFilter = 'all' | 'exact' | 'fuzzy' | 'repetition' | 'none';

/** What the user chose in the filter bar. */
export interface FilterChoice {
  status: StatusFilter;
  findings: FindingsFilter;
  match: MatchFilter;
}

/** No filter: every segment shown. */
export const NO_FILTER: FilterChoice = { status: 'all', findings: 'all', match: 'all' };

/** Whether a choice filters anything. */
export function isFiltering(c: FilterChoice): boolean {
  return c.status !== 'all' || c.findings !== 'all' || c.match !== 'all';
}

/** What the filter knows about one segment. */
export interface FilterFacts {
  status: SegmentStatus;
  /** The worst open finding's severity, or undefined when it has none. */
  worst: 'error' | 'warning' | 'info' | undefined;
  /** The best memory match known for it ('exact' = 100 or 101). */
  match: 'exact' | 'fuzzy' | 'none';
  /** Whether another segment of the project has the same source. */
  repetition: boolean;
}

/** Whether one segment passes the filter. */
export function passes(c: FilterChoice, f: FilterFacts): boolean {
  if (
    c.status === 'unconfirmed'
      ? f.status !== 'untranslated' && f.status !== 'draft'
      : c.status !== 'all' && f.status !== c.status
  )
    return false;
  if (c.findings === 'error' && f.worst !== 'error') return false;
  // "Warnings" means at least a warning: an error is worse than one, not a different kind.
  if (c.findings === 'warning' && f.worst !== 'error' && f.worst !== 'warning') return false;
  if (c.findings === 'none' && (f.worst === 'error' || f.worst === 'warning')) return false;
  if (c.match === 'repetition') return f.repetition;
  if (c.match === 'none') return f.match === 'none' && !f.repetition;
  if (c.match !== 'all' && f.match !== c.match) return false;
  return true;
}

/** Runs of hidden lines, 1-based and inclusive, as Monaco's hidden areas take them. */
export function hiddenRuns(shown: readonly boolean[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= shown.length; i++) {
    const hidden = i < shown.length && !shown[i];
    if (hidden && start < 0) start = i;
    else if (!hidden && start >= 0) {
      runs.push({ start: start + 1, end: i });
      start = -1;
    }
  }
  return runs;
}

/**
 * Where each shown line's filler goes. Monaco draws the zone after line i only
 * when line i+1 is shown, so a shown line followed by hidden ones has its
 * filler drawn after the last hidden line before the next shown one. Returns,
 * per 0-based line i, the shown line whose filler the zone after i carries,
 * or -1 when that zone is hidden (or carries nothing).
 */
export function zoneOwners(shown: readonly boolean[]): Int32Array {
  const owners = new Int32Array(shown.length).fill(-1);
  let last = -1;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i]) last = i;
    const nextShown = i + 1 < shown.length ? shown[i + 1] : shown[i];
    if (nextShown && last >= 0) owners[i] = last;
  }
  return owners;
}

/** The next shown line after `line` (1-based) in a direction, or `line` itself when there is none. */
export function nextShown(shown: readonly boolean[] | null, line: number, dir: 1 | -1, count: number): number {
  if (!shown) return Math.min(count, Math.max(1, line + dir));
  for (let l = line + dir; l >= 1 && l <= count; l += dir) if (shown[l - 1]) return l;
  return line;
}
