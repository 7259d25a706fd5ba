import type { Check, CheckResult } from './check.js';

/** Doubled words that English grammar allows ("he had had enough", "that that"). */
const ALLOWED = new Set(['had', 'that']);
const GAP = /^[ \u00A0\t]+$/;

/**
 * `repeated-word`: the same word twice in a row in the target, separated by
 * spaces only ("the the", "The the"); the fix deletes the second copy.
 * Leaves alone "had had", "that that", numbers and words split by
 * punctuation ("no, no").
 */
export const repeatedWord: Check = {
  id: 'repeated-word',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.repeated-word.repeated'],
  segment({ segment, targetTokens }) {
    const out: CheckResult[] = [];
    const text = segment.target;
    for (let i = 1; i < targetTokens.length; i++) {
      const a = targetTokens[i - 1]!;
      const b = targetTokens[i]!;
      if (a.kind !== 'word' || b.kind !== 'word') continue;
      const word = a.text.toLowerCase();
      if (word !== b.text.toLowerCase() || ALLOWED.has(word)) continue;
      if (!GAP.test(text.slice(a.end, b.start))) continue;
      const range = { start: a.end, end: b.end };
      out.push({
        segmentId: segment.id,
        range: { start: b.start, end: b.end },
        messageKey: 'check.repeated-word.repeated',
        params: { word: b.text },
        fixes: [{ range, replacement: '', labelKey: 'fix.remove' }],
      });
    }
    return out;
  },
};
