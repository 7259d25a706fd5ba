import type { Check, CheckResult, IndexEntry, IndexedEntry } from './check.js';
import { isApproved, plausibleSourceMatch, reshape } from './englishTerms.js';

/**
 * `term-inconsistent` (document level): one concept rendered with two or
 * more different approved English terms across one article of the document
 * (a file may hold several unrelated articles; a headline starts a new one) ("Kyiv" here,
 * "Kiev" there when both are admitted). The most frequent rendering (the
 * first one on a tie) is taken as the document's choice; every segment using
 * another gets a finding with a fix to that choice. Deprecated and forbidden
 * renderings are term-forbidden's business and do not count here.
 */
export const termInconsistent: Check = {
  id: 'term-inconsistent',
  defaultSeverity: 'warning',
  scope: 'document',
  silentWhenUnanimous: true,
  messageKeys: ['check.term-inconsistent.differs'],
  index(ctx) {
    const { segment, terms, sourceTerms } = ctx;
    if (!terms || segment.target.trim() === '' || sourceTerms.length === 0) return [];
    const out: IndexEntry[] = [];
    const concepts = new Set(sourceTerms.filter(plausibleSourceMatch).map((m) => m.conceptId));
    for (const conceptId of concepts) {
      const seen = new Set<string>();
      for (const m of ctx.targetTermsFor(conceptId)) {
        if (!isApproved(m.status)) continue;
        const value = m.term.toLowerCase();
        if (seen.has(value)) continue;
        seen.add(value);
        // Per article: "UK" in one article and "Britain" in an unrelated one is no inconsistency.
        out.push({
          key: `${ctx.article}\u0000${conceptId}`,
          value,
          display: m.term,
          surface: m.surface,
          range: { start: m.start, end: m.end },
        });
      }
    }
    return out;
  },
  judge(_key, entries) {
    // The common case, one rendering throughout, costs one pass and no allocation.
    if (entries.every((e) => e.value === entries[0]!.value)) return [];
    const bySegment = new Map<string, Set<string>>();
    for (const e of entries) bySegment.set(e.segmentId, (bySegment.get(e.segmentId) ?? new Set()).add(e.value));
    const counts = new Map<string, { n: number; first: IndexedEntry }>();
    for (const e of entries) {
      const c = counts.get(e.value);
      if (c) c.n++;
      else counts.set(e.value, { n: 1, first: e });
    }
    if (counts.size < 2) return [];
    let main: { n: number; first: IndexedEntry } | undefined;
    for (const c of counts.values())
      if (!main || c.n > main.n || (c.n === main.n && c.first.order < main.first.order)) main = c;
    const chosen = main!.first;
    const out: CheckResult[] = [];
    for (const e of entries) {
      if (e.value === chosen.value) continue;
      // A segment that also uses the chosen rendering is explaining, not wavering ("Kyiv (Kiev)").
      if (bySegment.get(e.segmentId)?.has(chosen.value)) continue;
      const result: CheckResult = {
        segmentId: e.segmentId,
        messageKey: 'check.term-inconsistent.differs',
        params: { found: e.display, term: chosen.display },
      };
      if (e.range) {
        result.range = e.range;
        result.fixes = [
          {
            range: e.range,
            replacement: reshape(e.surface ?? e.display, e.display, chosen.display),
            labelKey: 'fix.useTerm',
          },
        ];
      }
      out.push(result);
    }
    return out;
  },
};
