import type { Finding } from '../model/finding.js';

/**
 * A stable id for a finding: the same finding on the same text gets the same
 * id in every run (the CLI prints it, CI scripts may keep lists of them).
 * Built from the check, the segment, the target range and a hash of the
 * message key and parameters, so two findings of one check on one range
 * differ when they say different things.
 */
export function findingId(f: Finding): string {
  const range = f.range
    ? `${f.range.start}-${f.range.end}`
    : f.sourceRange
      ? `s${f.sourceRange.start}-${f.sourceRange.end}`
      : 'seg';
  const params = Object.keys(f.params)
    .sort()
    .map((k) => `${k}=${String(f.params[k])}`)
    .join('\u0001');
  return `${f.check}:${f.segmentId}:${range}:${fnv1a(`${f.messageKey}\u0000${params}`)}`;
}

/** 32-bit FNV-1a, base 36: short, deterministic, good enough to tell messages apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
