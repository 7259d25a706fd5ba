import type { Token } from '../text/token.js';
import type { Check, CheckResult } from './check.js';

const ALWAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'april',
  'june',
  'july',
  'september',
  'october',
  'november',
  'december',
]);
/** Month names that are also ordinary words ("may", "march", "august"): a month only beside a day or a year. */
const NEXT_TO_NUMBER = new Set(['may', 'march', 'august']);
const LOWER_START = /^\p{Ll}/u;
/** Words written with a lower-case start on purpose: iPhone, eBay, mRNA. */
const INNER_CAPITAL = /^\p{Ll}+\p{Lu}/u;

/**
 * `capitalization`: English weekday and month names written in lower case
 * ("on monday", "10 october"; "may", "march", "august" only beside a day
 * number or a year), and a target that starts with a lower-case letter when
 * the source starts with a capital. The fix is the capitalised word.
 */
export const capitalization: Check = {
  id: 'capitalization',
  defaultSeverity: 'warning',
  scope: 'segment',
  messageKeys: ['check.capitalization.calendarWord', 'check.capitalization.sentenceStart'],
  segment({ segment, targetTokens, sourceTokens }) {
    const out: CheckResult[] = [];
    const words = targetTokens;
    words.forEach((t, i) => {
      if (t.kind !== 'word' || !LOWER_START.test(t.text)) return;
      const lower = t.text;
      const calendar =
        ALWAYS.has(lower) || (NEXT_TO_NUMBER.has(lower) && (isDayOrYear(words[i - 1]) || isDayOrYear(words[i + 1])));
      if (calendar) out.push(capitalise(segment.id, t, 'calendarWord'));
    });
    const first = words.find(opensText);
    const sourceFirst = sourceTokens.find(opensText);
    if (
      first &&
      first.kind === 'word' &&
      LOWER_START.test(first.text) &&
      !INNER_CAPITAL.test(first.text) &&
      sourceFirst &&
      !LOWER_START.test(sourceFirst.text) &&
      !out.some((f) => f.range?.start === first.start)
    ) {
      out.push(capitalise(segment.id, first, 'sentenceStart'));
    }
    return out;
  },
};

/** Quotes, brackets and dashes may precede the first word of a sentence. */
function opensText(t: Token): boolean {
  return t.kind !== 'punct' && t.kind !== 'symbol';
}

function isDayOrYear(t: Token | undefined): boolean {
  if (!t || t.kind !== 'number' || !/^\d+$/.test(t.text)) return false;
  const n = Number(t.text);
  return (n >= 1 && n <= 31) || (n >= 1000 && n <= 2999);
}

function capitalise(segmentId: string, t: Token, variant: string): CheckResult {
  const range = { start: t.start, end: t.end };
  const replacement = t.text[0]!.toUpperCase() + t.text.slice(1);
  return {
    segmentId,
    range,
    messageKey: `check.capitalization.${variant}`,
    params: { word: t.text, expected: replacement },
    fixes: [{ range, replacement, labelKey: 'fix.capitalise' }],
  };
}
