/**
 * Repetitions: segments of one project whose Romanian source is the same
 * sentence. "The same" ignores what a translator would not call a
 * difference: Unicode composition (NFC), the legacy cedilla letters (ş ţ →
 * ș ț) and runs of white space. Case and punctuation still count: "Art. 5"
 * and "art. 5" may need different English.
 */
import { normalizeRo } from '../text/normalize.js';
import type { SegmentStatus } from './segment.js';

/** The key two repeated sources share. */
export function repetitionKey(source: string): string {
  return normalizeRo(source).trim().replace(/\s+/gu, ' ');
}

/** The part of a segment repetition logic reads. */
export interface RepetitionSegment {
  id: string;
  source: string;
  target: string;
  status: SegmentStatus;
}

/**
 * The repetition groups of a project: for every segment that has at least one
 * repetition, the ids of its whole group in document order (itself included).
 * Segments with an empty source are never repetitions of each other.
 */
export function repetitionGroups(segments: readonly Pick<RepetitionSegment, 'id' | 'source'>[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const s of segments) {
    const key = repetitionKey(s.source);
    if (key === '') continue;
    const group = byKey.get(key);
    if (group) group.push(s.id);
    else byKey.set(key, [s.id]);
  }
  const out = new Map<string, string[]>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const id of group) out.set(id, group);
  }
  return out;
}

/** Where a segment's draft came from when the user did not type it. */
export interface SegmentOriginMark {
  kind: 'tm' | 'repetition';
  score?: number;
  from?: string;
}

/** One draft a repetition fill writes. */
export interface RepetitionFill {
  id: string;
  target: string;
  origin: SegmentOriginMark & { kind: 'repetition'; from: string };
}

/**
 * The drafts confirming segment `confirmedId` with `target` would give its
 * repetitions: every repetition not confirmed yet whose draft is empty or was
 * itself filled by a machine (memory or an earlier repetition). A draft the
 * user typed is never overwritten, nor one that already says the same.
 */
export function repetitionFills(
  segments: readonly RepetitionSegment[],
  groups: ReadonlyMap<string, readonly string[]>,
  confirmedId: string,
  target: string,
  originOf: (id: string) => SegmentOriginMark | undefined,
): RepetitionFill[] {
  const group = groups.get(confirmedId);
  if (!group || target.trim() === '') return [];
  const byId = new Map(segments.map((s) => [s.id, s]));
  const out: RepetitionFill[] = [];
  for (const id of group) {
    if (id === confirmedId) continue;
    const s = byId.get(id);
    if (!s || s.status === 'translated' || s.status === 'reviewed' || s.target === target) continue;
    if (s.target.trim() !== '' && originOf(id) === undefined) continue;
    out.push({ id, target, origin: { kind: 'repetition', from: confirmedId } });
  }
  return out;
}
