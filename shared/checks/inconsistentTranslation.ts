import type { Check, CheckResult, IndexEntry } from './check.js';
import { comparable } from './comparable.js';

const CONTENT = /\p{L}/u;
const SAME_SOURCE = 'src\u0000';
const SAME_TARGET = 'tgt\u0000';

/**
 * `inconsistent-translation` (document level): one source sentence
 * translated in two different ways (`warning`), and one English sentence
 * standing for two different sources (`info`: often legitimate, worth a
 * look). Texts are compared normalised (case, spacing, ș/ş); segments without
 * letters or without a translation do not take part.
 */
export const inconsistentTranslation: Check = {
  id: 'inconsistent-translation',
  defaultSeverity: 'warning',
  scope: 'document',
  silentWhenUnanimous: true,
  messageKeys: ['check.inconsistent-translation.sameSource', 'check.inconsistent-translation.sameTarget'],
  index(ctx) {
    const { segment } = ctx;
    if (segment.target.trim() === '' || !CONTENT.test(segment.source) || !CONTENT.test(segment.target)) return [];
    const source = SAME_SOURCE + ctx.memo('source', 'comparable', comparable);
    const target = SAME_TARGET + ctx.memo('target', 'comparable', comparable);
    // Each value is the other entry's key: equal exactly when the texts are, and the
    // index keeps two strings a segment instead of four (they were a third of a loaded project).
    const entries: IndexEntry[] = [
      { key: source, value: target, display: segment.target.trim() },
      { key: target, value: source, display: segment.source.trim() },
    ];
    return entries;
  },
  judge(key, entries) {
    if (entries.every((e) => e.value === entries[0]!.value)) return [];
    const sameSource = key.startsWith(SAME_SOURCE);
    const out: CheckResult[] = [];
    for (const e of entries) {
      const other = entries.find((o) => o.value !== e.value)!;
      out.push({
        segmentId: e.segmentId,
        messageKey: sameSource
          ? 'check.inconsistent-translation.sameSource'
          : 'check.inconsistent-translation.sameTarget',
        params: { other: other.display },
        ...(sameSource ? {} : { severity: 'info' as const }),
      });
    }
    return out;
  },
};
