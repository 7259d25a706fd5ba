import type { Check, CheckResult } from './check.js';
import type { DateMention } from '../text/dates.js';
import { findDatesEn, findDatesRo } from '../text/dates.js';
import type { NumberMention } from '../text/numbers.js';
import { findNumbersEn, findNumbersRo, formatEnglishNumber } from '../text/numbers.js';
import { pairUp } from './pairUp.js';

/**
 * Numbers inside certain dates belong to date-mismatch; inside a date that
 * may be something else ("10.03": 10 March or 10:03) they stay, but soft.
 */
function outsideDates(numbers: NumberMention[], dates: readonly DateMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of numbers) {
    const date = dates.find((d) => d.start < m.end && m.start < d.end);
    if (!date) out.push(m);
    else if (date.soft) out.push({ ...m, soft: true });
  }
  return out;
}

function hardFirst(list: readonly NumberMention[]): NumberMention[] {
  return [...list.filter((m) => !m.soft), ...list.filter((m) => m.soft)];
}

const byStart = (a: NumberMention, b: NumberMention): number => a.start - b.start;

/**
 * `number-mismatch`: numbers of the source and the target compared by value,
 * each read in its own locale (1.234,56 = 1,234.56; "1.234" in Romanian is
 * 1234; 2,5 milioane = 2.5 million; 3 mld. = 3 billion; bilion = trillion;
 * al 3-lea = 3rd; două = two; ora 10.30 = 10:30). Numbers inside dates are
 * date-mismatch's. One number replaced by another gets a fix with the
 * source number in English format; a Romanian-format numeral in the target
 * ("2,5 million") gets a fix to the English form.
 */
export const numberMismatch: Check = {
  id: 'number-mismatch',
  defaultSeverity: 'error',
  scope: 'segment',
  messageKeys: [
    'check.number-mismatch.differs',
    'check.number-mismatch.missing',
    'check.number-mismatch.extra',
    'check.number-mismatch.format',
  ],
  segment(ctx) {
    const { segment, sourceTokens, targetTokens } = ctx;
    if (segment.target.trim() === '') return [];
    const sourceDates = ctx.memo('source', 'dates', findDatesRo);
    const targetDates = ctx.memo('target', 'dates', findDatesEn);
    const source = ctx.memo('source', 'numbers', (text) =>
      outsideDates(findNumbersRo(text, sourceTokens), sourceDates),
    );
    const target = outsideDates(findNumbersEn(segment.target, targetTokens), targetDates);
    // Hard mentions pair first, so that a soft word ("Prima" Sport, "third") does not take a number from a hard one.
    const paired = pairUp(hardFirst(source), hardFirst(target), (a: NumberMention, b: NumberMention) =>
      a.readings.some((r) => b.readings.includes(r)),
    );
    const { matched } = paired;
    const lost = paired.lost.sort(byStart);
    const stray = paired.stray.sort(byStart);
    const out: CheckResult[] = [];
    const id = segment.id;
    for (const [, t] of matched) {
      if (!t.localeSlip) continue;
      const range = { start: t.start, end: t.start + t.text.split(/\s/)[0]!.length };
      out.push({
        segmentId: id,
        range,
        messageKey: 'check.number-mismatch.format',
        params: { found: segment.target.slice(range.start, range.end), expected: t.localeSlip },
        fixes: [{ range, replacement: t.localeSlip, labelKey: 'fix.replace' }],
      });
    }
    const hardLost = lost.filter((m) => !m.soft);
    const hardStray = stray.filter((m) => !m.soft);
    // A soft source word ("nouă": nine or new) pairs with a stray target number when the counts say so.
    const pairable = hardStray.length > 0 && lost.length === hardStray.length ? lost : hardLost;
    if (pairable.length > 0 && pairable.length === hardStray.length) {
      pairable.forEach((s, i) => {
        const t = hardStray[i]!;
        const range = { start: t.start, end: t.end };
        const english = formatEnglishNumber(s);
        // A number word opening the sentence keeps its capital: "Three" → "Two".
        const expected = /^\p{Lu}/u.test(t.text) ? english[0]!.toUpperCase() + english.slice(1) : english;
        out.push({
          segmentId: id,
          range,
          sourceRange: { start: s.start, end: s.end },
          messageKey: 'check.number-mismatch.differs',
          params: { source: s.text, found: t.text, expected },
          fixes: [{ range, replacement: expected, labelKey: 'fix.replace' }],
        });
      });
    } else {
      for (const s of hardLost)
        out.push({
          segmentId: id,
          sourceRange: { start: s.start, end: s.end },
          messageKey: 'check.number-mismatch.missing',
          params: { source: s.text, expected: formatEnglishNumber(s) },
        });
      for (const t of hardStray)
        out.push({
          segmentId: id,
          range: { start: t.start, end: t.end },
          messageKey: 'check.number-mismatch.extra',
          params: { found: t.text },
        });
    }
    return out;
  },
};
