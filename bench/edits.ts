import type { BilingualDocument } from '../shared/model/segment.js';
import { pick, type Rng } from './prng.js';

/** One draft change: the segment and its whole new target. */
export interface Edit {
  segmentId: string;
  target: string;
  kind: EditKind;
}

/** What the translator did, in rough proportion to how often it happens while drafting. */
export type EditKind = 'type-letter' | 'delete-word' | 'replace-word' | 'clear' | 'restore';

const KINDS: ReadonlyArray<[EditKind, number]> = [
  ['type-letter', 0.5],
  ['delete-word', 0.2],
  ['replace-word', 0.2],
  ['clear', 0.05],
  ['restore', 0.05],
];

function pickKind(rng: Rng): EditKind {
  let roll = rng();
  for (const [kind, share] of KINDS) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'type-letter';
}

const WORDS = ['the', 'matter', 'report', 'council', 'agreement', 'said', 'again', 'Minsk', 'US'];

/**
 * A sequence of `count` edits on segments drawn at random, each applied to
 * the segment's target as left by the previous edits, so that replaying them
 * in order is a plausible editing session. Computed ahead of timing so that
 * the random draws are not measured.
 */
export function planEdits(rng: Rng, doc: BilingualDocument, count: number): Edit[] {
  const original = new Map(doc.segments.map((s) => [s.id, s.target]));
  const current = new Map(original);
  const ids = doc.segments.map((s) => s.id);
  const edits: Edit[] = [];
  while (edits.length < count) {
    const segmentId = pick(rng, ids);
    const before = current.get(segmentId)!;
    const kind = pickKind(rng);
    let target: string;
    const words = before.split(' ');
    switch (kind) {
      case 'type-letter': {
        const at = Math.floor(rng() * (before.length + 1));
        target = before.slice(0, at) + pick(rng, [...'etaoinsr ']) + before.slice(at);
        break;
      }
      case 'delete-word':
        if (words.length < 2) continue;
        words.splice(Math.floor(rng() * words.length), 1);
        target = words.join(' ');
        break;
      case 'replace-word':
        if (words.length < 1 || before === '') continue;
        words[Math.floor(rng() * words.length)] = pick(rng, WORDS);
        target = words.join(' ');
        break;
      case 'clear':
        target = '';
        break;
      case 'restore':
        target = original.get(segmentId)!;
        break;
    }
    // An edit that changes nothing is a no-op for the runner and would flatter the numbers.
    if (target === before) continue;
    current.set(segmentId, target);
    edits.push({ segmentId, target, kind });
  }
  return edits;
}
