import type { Check, CheckResult } from './check.js';
import { findDatesEn, findDatesRo, formatEnglishDate, sameDate } from '../text/dates.js';
import { pairUp } from './pairUp.js';

/**
 * `date-mismatch`: dates and weekdays of the source and the target compared
 * by value (10 octombrie 2025 = October 10, 2025 = 10 October 2025 =
 * Oct. 10, 2025; 10.10.2025 = 10/10/2025, an ambiguous English numeric date
 * matching either reading; marți = Tuesday). A year left out on one side is
 * tolerated. "mai" is read as May only after a day number, "luni" as Monday
 * only where it cannot mean "months". A changed date gets a fix in the
 * target's own style.
 */
export const dateMismatch: Check = {
  id: 'date-mismatch',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: ['check.date-mismatch.differs', 'check.date-mismatch.missing', 'check.date-mismatch.extra'],
  segment(ctx) {
    const { segment } = ctx;
    if (segment.target.trim() === '') return [];
    const source = ctx.memo('source', 'dates', findDatesRo);
    const target = ctx.memo('target', 'dates', findDatesEn);
    if (source.length === 0 && target.length === 0) return [];
    const { lost, stray } = pairUp(source, target, (a, b) =>
      a.readings.some((x) => b.readings.some((y) => sameDate(x, y))),
    );
    const out: CheckResult[] = [];
    const id = segment.id;
    if (lost.length > 0 && lost.length === stray.length) {
      lost.forEach((s, i) => {
        const t = stray[i]!;
        const range = { start: t.start, end: t.end };
        const expected = formatEnglishDate(s.readings[0]!, t.style);
        const result: CheckResult = {
          segmentId: id,
          range,
          sourceRange: { start: s.start, end: s.end },
          messageKey: 'check.date-mismatch.differs',
          params: { source: s.text, found: t.text },
        };
        if (expected) {
          result.fixes = [{ range, replacement: expected, labelKey: 'fix.replace' }];
        }
        out.push(result);
      });
      return out;
    }
    for (const s of lost)
      if (!s.soft)
        out.push({
          segmentId: id,
          sourceRange: { start: s.start, end: s.end },
          messageKey: 'check.date-mismatch.missing',
          params: { source: s.text },
        });
    for (const t of stray)
      if (!t.soft)
        out.push({
          segmentId: id,
          range: { start: t.start, end: t.end },
          messageKey: 'check.date-mismatch.extra',
          params: { found: t.text },
        });
    return out;
  },
};
