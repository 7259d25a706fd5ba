import { foldDiacritics } from './normalize.js';

/** One possible reading of a date mention; absent fields were not written. */
export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday?: number;
}

/** How a date was written, so that a fix can keep the writer's style. */
export type DateStyle = 'dmy' | 'mdy' | 'monthYear' | 'month' | 'numeric' | 'weekday';

/** A date (or weekday) written in a text, with every reading it allows. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Ambiguous English numeric dates (10/11/2025) have two readings. */
  readings: DateValue[];
  style: DateStyle;
  /**
   * May match but is never reported when unmatched: English mentions that a
   * Romanian ambiguous word could stand behind ("in May" for "în mai",
   * "Monday" for "luni").
   */
  soft: boolean;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

// Romanian month names are ASCII; abbreviations per ro-en-notes.md.
const RO_MONTHS: [string, number][] = [
  ['ianuarie', 1],
  ['februarie', 2],
  ['martie', 3],
  ['aprilie', 4],
  ['mai', 5],
  ['iunie', 6],
  ['iulie', 7],
  ['august', 8],
  ['septembrie', 9],
  ['octombrie', 10],
  ['noiembrie', 11],
  ['decembrie', 12],
  ['ian.', 1],
  ['feb.', 2],
  ['febr.', 2],
  ['mar.', 3],
  ['apr.', 4],
  ['iun.', 6],
  ['iul.', 7],
  ['aug.', 8],
  ['sept.', 9],
  ['sep.', 9],
  ['oct.', 10],
  ['nov.', 11],
  ['dec.', 12],
];
const EN_MONTHS: [string, number][] = [
  ['January', 1],
  ['February', 2],
  ['March', 3],
  ['April', 4],
  ['May', 5],
  ['June', 6],
  ['July', 7],
  ['August', 8],
  ['September', 9],
  ['October', 10],
  ['November', 11],
  ['December', 12],
  ['Jan.', 1],
  ['Feb.', 2],
  ['Mar.', 3],
  ['Apr.', 4],
  ['Jun.', 6],
  ['Jul.', 7],
  ['Aug.', 8],
  ['Sept.', 9],
  ['Sep.', 9],
  ['Oct.', 10],
  ['Nov.', 11],
  ['Dec.', 12],
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sept', 9],
  ['Sep', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
];
/** Weekdays, folded (no diacritics), with their articled forms ("lunea", "duminica"). */
const RO_WEEKDAYS: Record<string, number> = {
  luni: 1,
  lunea: 1,
  marti: 2,
  martea: 2,
  miercuri: 3,
  miercurea: 3,
  joi: 4,
  joia: 4,
  vineri: 5,
  vinerea: 5,
  sambata: 6,
  sambetei: 6,
  duminica: 7,
  duminicii: 7,
};
const EN_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** January … December, as English writes them. */
export const ENGLISH_MONTH_NAMES = EN_MONTHS.slice(0, 12).map(([name]) => name);
/** Monday … Sunday, as English writes them. */
export const ENGLISH_WEEKDAY_NAMES = EN_WEEKDAYS.map((w) => w[0]!.toUpperCase() + w.slice(1));

const alt = (list: [string, number][]) =>
  list
    .map(([n]) => n.replace('.', '\\.'))
    .sort((a, b) => b.length - a.length)
    .join('|');
const RO_MONTH = `(${alt(RO_MONTHS)})`;
const EN_MONTH = `(${alt(EN_MONTHS)})`;
const DAY = '(\\d{1,2})';
const YEAR = '(\\d{4})';
const ORD = '(?:st|nd|rd|th)?';

const roMonth = (s: string) => RO_MONTHS.find(([n]) => n === s.toLowerCase())?.[1];
const enMonth = (s: string) => EN_MONTHS.find(([n]) => n.toLowerCase() === s.toLowerCase())?.[1];

/** A rule's reading of a match; `span` when it covers only part of the match (one date of a range). */
type Built = Omit<DateMention, 'start' | 'end' | 'text'> & { span?: [number, number] };

interface Rule {
  re: RegExp;
  /**
   * A cheap test without look-behind that every match passes: when it fails,
   * the rule cannot match and is skipped. Rules needing a digit skip digit-less text first.
   */
  quick?: RegExp;
  build(m: RegExpExecArray, text: string): Built | Built[] | undefined;
}

// Pre-tests of the rules that join a day and a month: the shape that every
// match holds (a digit, spaces, a month name, or the reverse), without the
// look-behind that makes the full pattern try every position. Same 'iu' flags.
const RO_DAY_MONTH = new RegExp(`\\d\\s+${RO_MONTH}`, 'iu');
const EN_MONTH_DAY = new RegExp(`${EN_MONTH}\\s+\\d`, 'iu');
const EN_DAY_MONTH = new RegExp(`\\d${ORD}\\s+(?:of\\s+)?${EN_MONTH}`, 'iu');

/** Between two days of one month: "24-26", "7 și 8", "7, 8", "24 to 26", "7 and 8". */
const RO_DAY_LINK = '\\s*(?:[-–]|,|și(?:\\s+pe)?)\\s*';
const EN_DAY_LINK = '\\s*(?:[-–]|,|to|and|through)\\s*';

/** Two days of one month, each a mention of its own, so that each is compared. */
function dayRange(
  m: RegExpExecArray,
  first: string,
  second: string,
  month: number | undefined,
  year: string | undefined,
  style: DateStyle,
): Built[] | undefined {
  const a = dated(Number(first), month, year, style);
  const b = dated(Number(second), month, year, style);
  if (!a || !b || Number(second) <= Number(first)) return undefined;
  const at1 = m.index + m[0].indexOf(first);
  const at2 = m.index + m[0].indexOf(second, at1 - m.index + first.length);
  // The first mention runs from the match start to its day, the second from its day to the end.
  return [
    { ...a, span: [m.index, at1 + first.length] },
    { ...b, span: [at2, m.index + m[0].length] },
  ];
}

const RO_RULES: Rule[] = [
  {
    // 24-26 aprilie, 7 și 8 septembrie 2025: a range or a pair of days.
    re: new RegExp(`${B}${DAY}${RO_DAY_LINK}${DAY}\\s+${RO_MONTH}(?:\\s+${YEAR})?${E}`, 'giu'),
    quick: RO_DAY_MONTH,
    build: (m) => dayRange(m, m[1]!, m[2]!, roMonth(m[3]!), m[4], 'dmy'),
  },
  {
    // 10 octombrie 2025, 1 mai, 3 oct. 2024 — "mai" is a month only here, after a day.
    re: new RegExp(`${B}${DAY}\\s+${RO_MONTH}(?:\\s+${YEAR})?${E}`, 'giu'),
    quick: RO_DAY_MONTH,
    build: (m) => dated(Number(m[1]), roMonth(m[2]!), m[3], 'dmy'),
  },
  {
    // 10.10.2025, 1/3/2024: day first in Romanian.
    re: new RegExp(`${B}${DAY}([./-])(\\d{1,2})\\2${YEAR}${E}`, 'gu'),
    quick: /\d[./-]\d/,
    build: (m) => dated(Number(m[1]), Number(m[3]), m[4], 'numeric'),
  },
  {
    // "din 10.03": day and month, unless a time ("ora 10.03"). Soft: it may still be a time or a decimal.
    re: new RegExp(`${B}${DAY}\\.(\\d{2})${E}(?!\\.\\d)`, 'gu'),
    quick: /\d\.\d/,
    build: (m, text) => {
      if (/(?:ora|orele)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
      const built = dated(Number(m[1]), Number(m[2]), undefined, 'numeric');
      return built && { ...built, soft: true };
    },
  },
  {
    // octombrie 2025
    re: new RegExp(`${B}${RO_MONTH}\\s+${YEAR}${E}`, 'giu'),
    quick: new RegExp(`${RO_MONTH}\\s+\\d{4}`, 'iu'),
    build: (m) => monthOnly(roMonth(m[1]!), m[2], false),
  },
  {
    // "în octombrie": lower-case full names only, never "mai" (= "more").
    re: /(?<![\p{L}\p{N}])(ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)(?![\p{L}\p{N}])/gu,
    quick: /ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie/,
    build: (m) => monthOnly(roMonth(m[1]!), undefined, false),
  },
  {
    re: /(?<![\p{L}\p{N}])(luni|lunea|mar[țţt]i|mar[țţt]ea|miercuri|miercurea|joi|joia|vineri|vinerea|s[âa]mb[ăa]t[ăa]|s[âa]mbetei|duminic[ăa]|duminicii)(?![\p{L}\p{N}])/giu,
    quick: /luni|mar[țţt]|miercur|joi|viner|s[âa]mb|duminic/i,
    build: (m, text) => roWeekday(m, text),
  },
];

const EN_RULES: Rule[] = [
  {
    // April 24 to 26, September 7 and 8, 2025
    re: new RegExp(`${B}${EN_MONTH}\\s+${DAY}${ORD}${EN_DAY_LINK}${DAY}${ORD}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    quick: EN_MONTH_DAY,
    build: (m) => dayRange(m, m[2]!, m[3]!, enMonth(m[1]!), m[4], 'mdy'),
  },
  {
    // 24 to 26 April, 7 and 8 September
    re: new RegExp(`${B}${DAY}${ORD}${EN_DAY_LINK}${DAY}${ORD}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    quick: EN_DAY_MONTH,
    build: (m) => dayRange(m, m[1]!, m[2]!, enMonth(m[3]!), m[4], 'dmy'),
  },
  {
    // October 10, 2025 · Oct. 10 · October 10th 2025
    re: new RegExp(`${B}${EN_MONTH}\\s+${DAY}${ORD}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    quick: EN_MONTH_DAY,
    build: (m) => dated(Number(m[2]), enMonth(m[1]!), m[3], 'mdy'),
  },
  {
    // 10 October 2025 · 10th of October, 2025
    re: new RegExp(`${B}${DAY}${ORD}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'),
    quick: EN_DAY_MONTH,
    build: (m) => dated(Number(m[1]), enMonth(m[2]!), m[3], 'dmy'),
  },
  {
    // 2025-10-10
    re: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, 'gu'),
    quick: /\d-\d/,
    build: (m) => dated(Number(m[3]), Number(m[2]), m[1], 'numeric'),
  },
  {
    // 10/11/2025 is 10 November or October 11: keep both readings. 10.11.2025 is day first.
    re: new RegExp(`${B}${DAY}([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`, 'gu'),
    quick: /\d[/.]\d/,
    build: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = m[4]!.length === 2 ? `20${m[4]}` : m[4];
      const dmy = dated(a, b, year, 'numeric');
      const mdy = m[2] === '/' ? dated(b, a, year, 'numeric') : undefined;
      const readings = [...(dmy?.readings ?? []), ...(mdy?.readings ?? [])];
      return readings.length ? { readings, style: 'numeric', soft: false } : undefined;
    },
  },
  {
    // October 2025
    re: new RegExp(`${B}${EN_MONTH}\\s+${YEAR}${E}`, 'gu'),
    quick: new RegExp(`${EN_MONTH}\\s+\\d{4}`, 'iu'),
    build: (m) => monthOnly(enMonth(m[1]!), m[2], false),
  },
  {
    // "in October"; "May" only after a preposition, and soft, since "în mai" is not read as a month.
    re: /(?<![\p{L}\p{N}])(January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}\p{N}])/gu,
    quick: /January|February|March|April|May|June|July|August|September|October|November|December/,
    build: (m, text) => {
      const month = enMonth(m[1]!);
      if (
        month === 5 &&
        !/(?:^|\s)(?:in|since|until|till|by|from|of|early|late|mid-|last|next|this)\s+$/i.test(
          text.slice(Math.max(0, m.index - 8), m.index),
        )
      )
        return undefined;
      return monthOnly(month, undefined, month === 5);
    },
  },
  {
    re: /(?<![\p{L}\p{N}])(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?![\p{L}\p{N}])/giu,
    quick: /monday|tuesday|wednesday|thursday|friday|saturday|sunday/i,
    build: (m, text) => {
      // Black Friday, Cyber Monday, Good Friday: names of days, not weekdays to compare.
      if (DAY_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return undefined;
      const weekday = EN_WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1;
      return { readings: [{ weekday }], style: 'weekday', soft: weekday === 1 };
    },
  },
];

const DAY_NAME_BEFORE = /(?:Black|Cyber|Good|Holy|Easter|Palm|Ash|Maundy|Super|Bloody|Giving)\s+$/;

function dated(day: number, month: number | undefined, year: string | undefined, style: DateStyle) {
  if (!month || month > 12 || day < 1 || day > 31) return undefined;
  const value: DateValue = { day, month };
  if (year) value.year = Number(year);
  return { readings: [value], style, soft: false };
}

function monthOnly(month: number | undefined, year: string | undefined, soft: boolean) {
  if (!month) return undefined;
  const value: DateValue = { month };
  if (year) value.year = Number(year);
  return { readings: [value], style: year ? ('monthYear' as const) : ('month' as const), soft };
}

const MONTHS_BEFORE =
  /(?:\d|(?<![\p{L}])(?:ultimele|ultimii|următoarele|urmatoarele|primele|câteva|cateva|multe|aceste|acele|două|doua|trei|patru|cinci|șase|sase|șapte|sapte|opt|nouă|noua|zece|unsprezece|doisprezece|câte|cate|unele|timp))\s+(?:de\s+)?$/iu;

/**
 * Romanian weekdays. "luni" is also "months" (trei luni = three months): it
 * counts as Monday only at the start of a sentence, before a comma, a day
 * number or a part of the day ("luni seara").
 */
function roWeekday(m: RegExpExecArray, text: string) {
  const word = foldDiacritics(m[1]!.toLowerCase());
  const weekday = RO_WEEKDAYS[word];
  if (!weekday) return undefined;
  const after = text.slice(m.index + m[0].length);
  const before = text.slice(0, m.index);
  // "Vinerea Neagră" (Black Friday), "Vinerea Mare" (Good Friday): names of days.
  if (/^\s+(?:Neagr[ăa]|Mare|Sf[âa]nt[ăa])(?![\p{L}])/u.test(after)) return undefined;
  if (weekday === 1) {
    // "luni" after a number or a quantifier is "months": "35 de luni", "ultimele luni", "câteva luni".
    if (MONTHS_BEFORE.test(before)) return undefined;
    const monday =
      /^\s*,/.test(after) ||
      /^\s+\d{1,2}\s/.test(after) ||
      /^\s+(seara|dimineața|dimineata|după-amiază|dupa-amiaza|noaptea|la prânz|la pranz)(?![\p{L}])/u.test(after) ||
      /(?:^|[.!?„"«(]\s*)$/u.test(before);
    if (!monday) return undefined;
  }
  return { readings: [{ weekday }], style: 'weekday' as const, soft: false };
}

/** Per rule, whether its pattern needs a digit; worked out once, not per text. */
const NEEDS_DIGIT = new Map<Rule, boolean>([...RO_RULES, ...EN_RULES].map((r) => [r, /\\d/.test(r.re.source)]));

/**
 * The month names alone, without the look-behind and look-ahead that make the
 * full patterns try every position of the text: a text none of them occurs in
 * skips every rule that needs a month (most segments). Same flags as the
 * rules ('iu'), so that it accepts everything they accept.
 */
const RO_MONTH_ANYWHERE = new RegExp(RO_MONTH, 'iu');
const EN_MONTH_ANYWHERE = new RegExp(EN_MONTH, 'iu');
/** Per rule, the month test it needs first, if its pattern has a month. */
const NEEDS_MONTH = new Map<Rule, RegExp | undefined>([
  ...RO_RULES.map((r): [Rule, RegExp | undefined] => [
    r,
    r.re.source.includes(RO_MONTH) ? RO_MONTH_ANYWHERE : undefined,
  ]),
  ...EN_RULES.map((r): [Rule, RegExp | undefined] => [
    r,
    r.re.source.includes(EN_MONTH) ? EN_MONTH_ANYWHERE : undefined,
  ]),
]);

function scan(text: string, rules: Rule[]): DateMention[] {
  const found: DateMention[] = [];
  const digits = /\d/.test(text);
  // Tested once per text, at the first rule that needs it.
  let months: boolean | undefined;
  for (const rule of rules) {
    if (!digits && NEEDS_DIGIT.get(rule)) continue;
    const month = NEEDS_MONTH.get(rule);
    if (month && !(months ??= month.test(text))) continue;
    if (rule.quick && !rule.quick.test(text)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Earlier rules are the more specific ones: a span they took is not read again.
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const built = rule.build(m, text);
      if (!built) continue;
      for (const { span, ...b } of Array.isArray(built) ? built : [built]) {
        const [s, e] = span ?? [start, end];
        found.push({ start: s, end: e, text: text.slice(s, e), ...b });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Dates and weekdays in Romanian text, with spans. */
export function findDatesRo(text: string): DateMention[] {
  return scan(text, RO_RULES);
}

/** Dates and weekdays in English text, with spans. */
export function findDatesEn(text: string): DateMention[] {
  return scan(text, EN_RULES);
}

/** Two readings agree: same month; same day or neither has one; same year when both have one. */
export function sameDate(a: DateValue, b: DateValue): boolean {
  if (a.weekday !== undefined || b.weekday !== undefined) return a.weekday === b.weekday && a.month === b.month;
  if (a.month !== b.month) return false;
  if (a.day !== b.day) return false;
  return a.year === undefined || b.year === undefined || a.year === b.year;
}

/** A date written in English, in the given style ("October 10, 2025", "10 October 2025"). */
export function formatEnglishDate(v: DateValue, style: DateStyle): string | undefined {
  if (v.weekday) return ENGLISH_WEEKDAY_NAMES[v.weekday - 1];
  if (!v.month) return undefined;
  const month = ENGLISH_MONTH_NAMES[v.month - 1]!;
  const year = v.year === undefined ? '' : String(v.year);
  if (v.day === undefined) return year ? `${month} ${year}` : month;
  if (style === 'dmy') return `${v.day} ${month}${year ? ` ${year}` : ''}`;
  if (style === 'numeric') return undefined;
  return `${month} ${v.day}${year ? `, ${year}` : ''}`;
}
