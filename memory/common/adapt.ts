import { findDatesEn, findDatesRo, formatEnglishDate, sameDate, type DateMention } from '../../shared/text/dates.js';
import { findNumbersEn, findNumbersRo, formatEnglishNumber, type NumberMention } from '../../shared/text/numbers.js';
import { tokenize } from '../../shared/text/tokenize.js';
import type { Alignment } from './score.js';
import type { TmToken } from './tmTokens.js';

/** The memory's target made to fit the new source, and how many differing placeables could not be. */
export interface Adaptation {
  target: string;
  /** At least one number, date or tag of the target was changed. */
  adapted: boolean;
  /** Placeables that differ between the sources but could not be changed in the target unambiguously. */
  unadapted: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** The one mention of `list` that satisfies `same`, or undefined when there is none or more than one. */
function only<T>(list: readonly T[], same: (m: T) => boolean): T | undefined {
  let found: T | undefined;
  for (const m of list) {
    if (!same(m)) continue;
    if (found !== undefined) return undefined;
    found = m;
  }
  return found;
}

/**
 * Changes the numbers, dates and tags of the memory's target that differ
 * between the memory's source (`aText`) and the new source (`bText`), where
 * the alignment pairs them and the target holds the old value exactly once:
 * "2,5%" → "3,7%" in the source turns "2.5%" into "3.7%" in the target
 * (shared/text/numbers.ts reads the Romanian notation and writes the English
 * one). A value the target holds twice, or not at all, is left alone and
 * counted in `unadapted`, which the score charges.
 */
export function adaptTarget(
  aText: string,
  a: readonly TmToken[],
  bText: string,
  b: readonly TmToken[],
  target: string,
  alignment: Alignment,
): Adaptation {
  const pairs: Array<{ a: number; b: number }> = [];
  for (const s of alignment.steps) {
    if (s.op !== 'substitute') continue;
    const kind = a[s.a]!.kind;
    if (kind === b[s.b]!.kind && (kind === 'number' || kind === 'tag')) pairs.push({ a: s.a, b: s.b });
  }
  if (pairs.length === 0) return { target, adapted: false, unadapted: 0 };
  const edits: Edit[] = [];
  let unadapted = 0;
  const hasNumbers = pairs.some((p) => a[p.a]!.kind === 'number');
  let datesA: DateMention[] = [];
  let datesB: DateMention[] = [];
  let datesT: DateMention[] = [];
  let numsA: NumberMention[] = [];
  let numsB: NumberMention[] = [];
  let numsT: NumberMention[] = [];
  if (hasNumbers) {
    datesA = findDatesRo(aText);
    datesB = findDatesRo(bText);
    datesT = findDatesEn(target);
    numsA = findNumbersRo(aText, tokenize(aText));
    numsB = findNumbersRo(bText, tokenize(bText));
    numsT = findNumbersEn(target, tokenize(target));
  }
  const doneDates = new Set<DateMention>();
  for (const p of pairs) {
    const ta = a[p.a]!;
    const tb = b[p.b]!;
    if (ta.kind === 'tag') {
      // A tag is renumbered in the target only where the old one stands there once and the new one not yet.
      const at = target.indexOf(ta.text);
      if (at >= 0 && target.indexOf(ta.text, at + 1) < 0 && !target.includes(tb.text)) {
        edits.push({ start: at, end: at + ta.text.length, text: tb.text });
      } else unadapted++;
      continue;
    }
    const dateA = datesA.find((d) => overlaps(d, ta));
    if (dateA) {
      if (doneDates.has(dateA)) continue;
      doneDates.add(dateA);
      const dateB = datesB.find((d) => overlaps(d, tb));
      const inTarget = dateB && only(datesT, (t) => t.readings.some((x) => dateA.readings.some((y) => sameDate(x, y))));
      const text =
        inTarget && dateB.readings.length === 1 ? formatEnglishDate(dateB.readings[0]!, inTarget.style) : undefined;
      if (inTarget && text) edits.push({ start: inTarget.start, end: inTarget.end, text });
      else unadapted++;
      continue;
    }
    const numA = numsA.find((m) => overlaps(m, ta));
    const numB = numsB.find((m) => overlaps(m, tb));
    if (!numA || !numB || numA.kind !== numB.kind) {
      unadapted++;
      continue;
    }
    // Ambiguous when the memory's source has the old value twice: which target number is which?
    const twice = numsA.filter((m) => m.readings.some((r) => numA.readings.includes(r))).length > 1;
    const inTarget = twice ? undefined : only(numsT, (t) => t.readings.some((r) => numA.readings.includes(r)));
    if (!inTarget) {
      unadapted++;
      continue;
    }
    edits.push({ start: inTarget.start, end: inTarget.end, text: formatEnglishNumber(numB) });
  }
  edits.sort((x, y) => y.start - x.start);
  let out = target;
  let lastStart = Number.POSITIVE_INFINITY;
  let applied = 0;
  for (const e of edits) {
    if (e.end > lastStart) {
      unadapted++;
      continue;
    }
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    lastStart = e.start;
    applied++;
  }
  return { target: out, adapted: applied > 0 && out !== target, unadapted };
}
