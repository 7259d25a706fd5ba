import type { Token } from './token.js';
import { foldDiacritics } from './normalize.js';

/**
 * A number written in a text, with every value it can stand for. Values are
 * comparison keys: "n:1234.56" for quantities (scale applied: "2,5 milioane"
 * is n:2500000), "t:10:30" for times of day. Ordinals carry their number
 * ("al 3-lea" is n:3, as is "3rd").
 */
export interface NumberMention {
  start: number;
  end: number;
  /** The text at [start, end), including a scale word ("2,5 milioane"). */
  text: string;
  readings: string[];
  kind: 'cardinal' | 'ordinal' | 'time' | 'word';
  /**
   * A mention that may match but is never reported when unmatched: words
   * that are also something else ("one", "un", "nouă" = new).
   */
  soft: boolean;
  /** The number before any scale word, as a value. */
  mantissa: number;
  /** 1, 1e3, 1e6 … */
  scale: number;
  /** Written with thousands separators (1.234 / 1,234). */
  grouped: boolean;
  /** English target written in Romanian number format ("2,5", "1.234,56"): the English form. */
  localeSlip?: string;
}

type Lang = 'ro' | 'en';

const RO_WORDS = new Map<string, number>([
  ['trei', 3],
  ['patru', 4],
  ['cinci', 5],
  ['sase', 6],
  ['sapte', 7],
  ['opt', 8],
  ['zece', 10],
  ['unsprezece', 11],
  ['doisprezece', 12],
  ['douasprezece', 12],
  ['treisprezece', 13],
  ['paisprezece', 14],
  ['cincisprezece', 15],
  ['saisprezece', 16],
  ['saptesprezece', 17],
  ['optsprezece', 18],
  ['nouasprezece', 19],
  ['douazeci', 20],
  ['treizeci', 30],
  ['patruzeci', 40],
  ['cincizeci', 50],
  ['saizeci', 60],
  ['saptezeci', 70],
  ['optzeci', 80],
  ['nouazeci', 90],
  // Ordinal words: "al patrulea an", "a treia oară". "al doilea" / "a doua" are second, read below as soft.
  ['treilea', 3],
  ['treia', 3],
  ['patrulea', 4],
  ['patra', 4],
  ['cincilea', 5],
  ['cincea', 5],
  ['saselea', 6],
  ['sasea', 6],
  ['saptelea', 7],
  ['saptea', 7],
  ['optulea', 8],
  ['noualea', 9],
  ['zecelea', 10],
  ['zecea', 10],
]);
/** Units that follow a tens word after "și": "cincizeci și cinci" = 55. */
const RO_UNITS = new Map<string, number>([
  ['unu', 1],
  ['una', 1],
  ['doi', 2],
  ['doua', 2],
  ['trei', 3],
  ['patru', 4],
  ['cinci', 5],
  ['sase', 6],
  ['sapte', 7],
  ['opt', 8],
  ['noua', 9],
]);
// Maps, not object literals: a word like "constructor" must not find Object.prototype.
/**
 * May match, never reported alone: "unu/una"; "nouă" (also "new"); "doi/două",
 * which English often says otherwise ("cei doi" = both, "de două ori" = twice).
 */
const RO_SOFT = new Map<string, number>([
  ['unu', 1],
  ['una', 1],
  ['doi', 2],
  ['doua', 2],
  ['noua', 9],
  ['doilea', 2],
  ['primul', 1],
  ['prima', 1],
  // Also the verb "a opta" (to opt).
  ['opta', 8],
]);
/** "un", "o" are articles: a number only before a scale word ("un milion"). */
const RO_ARTICLE = new Set(['un', 'o']);
const EN_WORDS = new Map<string, number>([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
const EN_UNITS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
]);
/** Scale letters glued to an English number: "2.5m", "3bn", "40k". */
const EN_GLUED = new Map<string, number>([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
]);
/**
 * May match, never reported alone: "one"; ordinal words, which Romanian often
 * says with a cardinal ("trimestrul patru" = the fourth quarter, "locul trei"
 * = third) or not at all; words that hold a number loosely ("a dozen" for
 * doisprezece, "a decade" for 10 ani, "tripled" for "de trei ori").
 */
const EN_SOFT = new Map<string, number>([
  ['one', 1],
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['dozen', 12],
  ['decade', 10],
  ['twice', 2],
  ['double', 2],
  ['doubled', 2],
  ['triple', 3],
  ['tripled', 3],
  ['trebled', 3],
  ['quadrupled', 4],
]);
const EN_ARTICLE = new Set(['a', 'an', 'one']);

const RO_SCALE = new Map<string, number>([
  ['mie', 1e3],
  ['mii', 1e3],
  ['milion', 1e6],
  ['milioane', 1e6],
  ['mil', 1e6],
  ['miliard', 1e9],
  ['miliarde', 1e9],
  ['mld', 1e9],
  ['bilion', 1e12],
  ['bilioane', 1e12],
  ['trilion', 1e18],
  ['trilioane', 1e18],
]);
const EN_SCALE = new Map<string, number>([
  ['thousand', 1e3],
  ['thousands', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['trillion', 1e12],
  ['trillions', 1e12],
  ['tn', 1e12],
]);
const ENGLISH_SCALE_NAMES: [number, string][] = [
  [1e18, 'quintillion'],
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];
const ENGLISH_NUMBER_WORDS = ['zero', 'one', ...EN_WORDS.keys()];

const ROMAN = /^[IVXLC]+$/;

/** First letters (ASCII, lower case) of the words a language's numbers are looked up by. */
const FIRST_LETTERS: Record<Lang, ReadonlySet<number>> = {
  ro: initials(RO_WORDS.keys(), RO_SOFT.keys(), RO_ARTICLE),
  en: initials(EN_WORDS.keys(), EN_SOFT.keys(), EN_ARTICLE),
};

function initials(...lists: Iterable<string>[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const list of lists) for (const w of list) out.add(w.charCodeAt(0));
  return out;
}

/** Numbers in Romanian text (day-first, decimal comma, "mld.", "al 3-lea", "două"). */
export function findNumbersRo(text: string, tokens: readonly Token[]): NumberMention[] {
  return findNumbers(text, tokens, 'ro');
}

/** Numbers in English text (decimal point, "billion", "3rd", "two"). */
export function findNumbersEn(text: string, tokens: readonly Token[]): NumberMention[] {
  return findNumbers(text, tokens, 'en');
}

function findNumbers(text: string, tokens: readonly Token[], lang: Lang): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let mention: NumberMention | undefined;
    let last = i;
    if (t.kind === 'number') {
      // Thousands groups split by a (no-break) space: "10 000", "1 234 567".
      let digits = t.text;
      while (
        /^\d{1,3}$/.test(t.text) &&
        /^\d{3}$/.test(tokens[last + 1]?.text ?? '') &&
        tokens[last + 1]!.kind === 'number' &&
        isSpaceGap(text, tokens[last]!.end, tokens[last + 1]!.start)
      ) {
        last++;
        digits += tokens[last]!.text;
      }
      const grouped = last > i;
      const ordinal = ordinalAfter(text, tokens, last, lang);
      if (ordinal) {
        mention = base(text, t.start, ordinal.end, 'ordinal', Number(digits));
        last = ordinal.last;
      } else {
        const slashed = grouped ? null : /^(\d+)\/(\d+)$/.exec(t.text);
        if (slashed) {
          // "nr. 245/2025": a number and a year that identify a law or a case; compared as written.
          mention = base(text, t.start, t.end, 'cardinal', Number(slashed[1]));
          mention.readings = [`id:${Number(slashed[1])}/${Number(slashed[2])}`];
          out.push(mention);
          continue;
        }
        const parsed = parseNumeral(grouped ? digits : t.text, lang);
        if (!parsed) continue;
        const clock = lang === 'en' && !grouped ? twelveHour(text, tokens, i, t.text) : undefined;
        if (clock) {
          mention = base(text, t.start, clock.end, 'time', clock.hour);
          mention.readings = [clock.reading];
          out.push(mention);
          i = clock.last;
          continue;
        }
        mention = base(text, t.start, tokens[last]!.end, parsed.time ? 'time' : 'cardinal', parsed.value);
        mention.readings = parsed.readings;
        mention.grouped = grouped || parsed.grouped;
        if (parsed.localeSlip) mention.localeSlip = parsed.localeSlip;
        // "la ora 20" is 20:00, which English writes "8pm"; "ora 8 seara" is 20:00 too.
        if (lang === 'ro' && !grouped && /^\d{1,2}$/.test(t.text)) mention.readings.push(...roClock(tokens, i));
      }
    } else if (t.kind === 'word' || t.kind === 'abbreviation') {
      const c = t.text.charCodeAt(0);
      const digitFirst = c >= 48 && c <= 57;
      // Cheap guards first: most words are neither ordinals nor glued scales.
      const ordinal = digitFirst || t.text.includes('-') ? wordOrdinal(t.text, lang) : undefined;
      const glued = lang === 'en' && digitFirst ? /^(\d+(?:\.\d+)?)(k|m|mn|bn|tn)$/i.exec(t.text) : null;
      const clock = lang === 'en' && digitFirst ? /^(\d{1,2})(?:[.:](\d{2}))?([ap])m$/i.exec(t.text) : null;
      const compound =
        ordinal === undefined && !clock && t.text.includes('-')
          ? compoundNumber(t.text, lang, isName(tokens, i))
          : undefined;
      if (ordinal !== undefined) {
        mention = base(text, t.start, t.end, 'ordinal', ordinal);
      } else if (clock) {
        // "5pm", "5.30pm": a 12-hour time glued to am/pm.
        const reading = clockReading(Number(clock[1]), clock[2] ?? '00', clock[3]!);
        if (!reading) continue;
        mention = base(text, t.start, t.end, 'time', Number(clock[1]));
        mention.readings = [reading];
        out.push(mention);
        continue;
      } else if (compound) {
        // A number inside a compound: "a 19-year-old", "five-year", "400-percent", "Fifty-five".
        mention = base(text, t.start, t.start + compound.length, 'cardinal', compound.value);
        mention.soft = compound.soft;
        out.push(mention);
        continue;
      } else if (glued) {
        mention = base(text, t.start, t.end, 'cardinal', Number(glued[1]));
        mention.scale = EN_GLUED.get(glued[2]!.toLowerCase())!;
        mention.readings = [key(mention.mantissa * mention.scale)];
        out.push(mention);
        continue;
      } else if (lang === 'en' && digitFirst && /^(?:\d{2}|\d{4})s$/.test(t.text)) {
        // Decades: "the 1990s" is "anii ’90" or "anii 1990".
        const year = Number(t.text.slice(0, -1));
        mention = base(text, t.start, t.end, 'cardinal', year);
        if (year >= 1000) mention.readings.push(key(year % 100));
        out.push(mention);
        continue;
      } else if (
        lang === 'en' &&
        (c === 0x6e || c === 0x4e || c === 0x6d || c === 0x4d) &&
        /^(?:noon|midday|midnight)$/i.test(t.text)
      ) {
        // "until noon" is "până la ora 12:00"; soft, since Romanian may say "la prânz".
        mention = base(text, t.start, t.end, 'time', t.text.toLowerCase() === 'midnight' ? 0 : 12);
        mention.readings = [t.text.toLowerCase() === 'midnight' ? 't:0:00' : 't:12:00'];
        mention.soft = true;
        out.push(mention);
        continue;
      } else if (c < 0x80 && !FIRST_LETTERS[lang].has(c | 0x20)) {
        // An ASCII initial no number word starts with: nothing to look up.
        continue;
      } else {
        // Plain toLowerCase: the keys hold no letter whose case the Romanian locale treats differently, and it is much faster.
        const lower = t.text.toLowerCase();
        const key = lang === 'ro' ? foldDiacritics(lower) : lower;
        const hard = (lang === 'ro' ? RO_WORDS : EN_WORDS).get(key);
        const soft = (lang === 'ro' ? RO_SOFT : EN_SOFT).get(key);
        const article = (lang === 'ro' ? RO_ARTICLE : EN_ARTICLE).has(key);
        const value = hard ?? soft ?? (article ? 1 : undefined);
        if (value === undefined) continue;
        // "a doua" is the ordinal "second", not the number two.
        if (lang === 'ro' && key === 'doua' && !/ă/i.test(t.text) && tokens[i - 1]?.text.toLowerCase() === 'a')
          continue;
        mention = base(text, t.start, t.end, 'word', value);
        mention.soft = hard === undefined || (lang === 'en' && isName(tokens, i));
        // "cincizeci și cinci" is 55.
        const unit = lang === 'ro' && value >= 20 && value % 10 === 0 ? roUnitAfter(tokens, i) : undefined;
        if (unit) {
          mention.mantissa = value + unit.value;
          mention.readings = [`n:${mention.mantissa}`];
          mention.end = tokens[unit.last]!.end;
          mention.text = text.slice(mention.start, mention.end);
          out.push(mention);
          i = unit.last;
          continue;
        }
        if (article && hard === undefined && soft === undefined && !scaleAfter(tokens, i, lang)) continue;
        // "ora zece seara" is 22:00, which English writes "10 p.m.".
        if (lang === 'ro' && hard !== undefined) mention.readings.push(...roClock(tokens, i, hard));
      }
    } else {
      continue;
    }
    // A scale word after the number multiplies it: "2,5 milioane", "3 mld.", "two billion".
    if (mention.kind !== 'time' && mention.kind !== 'ordinal') {
      const scale = scaleAfter(tokens, last, lang);
      if (scale) {
        mention.scale = scale.factor;
        mention.end = scale.end;
        mention.text = text.slice(mention.start, mention.end);
        mention.readings = mention.readings.map((r) =>
          r.startsWith('n:') ? key(Number(r.slice(2)) * scale.factor) : r,
        );
        mention.soft = false;
        last = scale.last;
      }
    }
    // "3 milioane și jumătate" is 3.5 million.
    if (
      lang === 'ro' &&
      mention.kind !== 'time' &&
      mention.kind !== 'ordinal' &&
      tokens[last + 1]?.text.toLowerCase() === 'și' &&
      /^jum[ăa]tate$/i.test(tokens[last + 2]?.text ?? '')
    ) {
      const half = (mention.mantissa + 0.5) * mention.scale;
      mention.end = tokens[last + 2]!.end;
      mention.text = text.slice(mention.start, mention.end);
      mention.readings = [key(half)];
      mention.mantissa += 0.5;
      mention.soft = false;
      last += 2;
    }
    out.push(mention);
    i = last;
  }
  return out;
}

/** A part of the day after a Romanian hour, and whether it puts the hour after noon. */
const RO_DAY_PARTS = new Map<string, boolean>([
  ['seara', true],
  ['noaptea', true],
  ['dupa-amiaza', true],
  ['dimineata', false],
]);

/**
 * The time readings of an hour after "ora"/"orele"/"orei" (token `i`, the
 * hour's value `hour`): "ora 20" → 20:00; "ora zece seara", "ora 10 seara"
 * → 22:00, since Romanian names the part of the day where English writes
 * "p.m."; none when no "ora" comes before it.
 */
function roClock(tokens: readonly Token[], i: number, hour = Number(tokens[i]!.text)): string[] {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) return [];
  if (!/^or(?:a|ele|ei)$/i.test(tokens[i - 1]?.text ?? '')) return [];
  const part = RO_DAY_PARTS.get(foldDiacritics((tokens[i + 1]?.text ?? '').toLowerCase()));
  if (part === true && hour >= 1 && hour <= 12) return [`t:${(hour % 12) + 12}:00`];
  return [`t:${hour}:00`];
}

/** "și" and a unit word after the tens word at `i`: "douăzeci și doi". */
function roUnitAfter(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  if (tokens[i + 1]?.text.toLowerCase() !== 'și') return undefined;
  const word = tokens[i + 2];
  if (!word || word.kind !== 'word') return undefined;
  const value = RO_UNITS.get(foldDiacritics(word.text.toLowerCase()));
  return value === undefined ? undefined : { value, last: i + 2 };
}

/**
 * Whether the word at `i` stands inside a name: capitalised, not the first
 * word of the sentence, next to another capitalised word ("Final Four",
 * "Channel Nine", "Ocean's Eleven"). Only spelled-out numbers ask this.
 */
function isName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.kind === 'punct' || prev.kind === 'number') return false;
  const next = tokens[i + 1];
  const upper = (x: Token | undefined) => x !== undefined && x.kind === 'word' && /^\p{Lu}/u.test(x.text);
  return upper(prev) || upper(next);
}

/** English fraction words: "two-thirds" holds no count. */
const FRACTIONS = /^(?:thirds?|quarters?|halves|half|fifths?|tenths?)$/i;

/**
 * The number at the start of a hyphen compound, and how many characters it
 * takes: "19-year-old" (19, 2), "five-year" (5, 4), "Fifty-five" (55, 10),
 * "twenty-five-year-old" (25, 11). English only; Romanian glues endings
 * ("3-lea") that are ordinals, read elsewhere.
 */
function compoundNumber(
  word: string,
  lang: Lang,
  name: boolean,
): { value: number; length: number; soft: boolean } | undefined {
  if (lang !== 'en') return undefined;
  const parts = word.split(/[-\u2010\u2011\u2013]/);
  if (parts.length < 2) return undefined;
  const first = parts[0]!;
  const rest = parts.slice(1);
  // Only a word after the number: "5-6" and "2020-2025" are ranges, "COVID-19" a name.
  if (!/^\p{L}/u.test(rest[0]!)) return undefined;
  const fraction = FRACTIONS.test(rest[0]!);
  if (/^\d+(?:\.\d+)?$/.test(first)) return { value: Number(first), length: first.length, soft: fraction };
  const lower = first.toLowerCase();
  const tens = EN_WORDS.get(lower);
  const unit = tens !== undefined && tens >= 20 && tens % 10 === 0 ? EN_UNITS.get(rest[0]!.toLowerCase()) : undefined;
  if (tens !== undefined && unit !== undefined)
    return { value: tens + unit, length: first.length + 1 + rest[0]!.length, soft: name };
  const value = tens ?? EN_SOFT.get(lower);
  if (value === undefined || (EN_SOFT.has(lower) && !EN_UNITS.has(lower))) return undefined;
  return { value, length: first.length, soft: name || fraction || tens === undefined };
}

/** The time key of a 12-hour time ("5", "30", "p" → t:17:30). */
function clockReading(hour: number, minutes: string, half: string): string | undefined {
  if (hour < 1 || hour > 12 || Number(minutes) > 59) return undefined;
  const h = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  return `t:${h}:${minutes}`;
}

/** A number token followed by am/pm ("5 pm", "8 p.m.", "5.30pm", "10:30 a.m."). */
function twelveHour(
  text: string,
  tokens: readonly Token[],
  i: number,
  written: string,
): { hour: number; reading: string; end: number; last: number } | undefined {
  const next = tokens[i + 1];
  if (!next || (next.kind !== 'word' && next.kind !== 'abbreviation') || next.start - tokens[i]!.end > 1)
    return undefined;
  const m = /^([ap])\.?m\.?$/i.exec(next.text);
  const time = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(written);
  if (!m || !time) return undefined;
  const reading = clockReading(Number(time[1]), time[2] ?? '00', m[1]!);
  if (!reading) return undefined;
  let last = i + 1;
  // "p.m" then a sentence-final dot the tokeniser split off.
  if (next.text.endsWith('m') && tokens[i + 2]?.text === '.' && tokens[i + 2]!.start === next.end) last++;
  return { hour: Number(time[1]), reading, end: tokens[last]!.end, last };
}

function base(text: string, start: number, end: number, kind: NumberMention['kind'], value: number): NumberMention {
  return {
    start,
    end,
    text: text.slice(start, end),
    readings: [key(value)],
    kind,
    soft: false,
    mantissa: value,
    scale: 1,
    grouped: false,
  };
}

function key(value: number): string {
  // Integers print exactly; fractions and products of scales are rounded to hide binary noise (2.5e6 → 2500000).
  if (Number.isSafeInteger(value)) return `n:${value}`;
  return `n:${Number(value.toPrecision(12))}`;
}

function isSpaceGap(text: string, from: number, to: number): boolean {
  return to - from === 1 && /[ \u00A0\u202F\u2009]/.test(text[from]!);
}

/** Per locale: a numeral written its own way, and one written the other locale's way. */
const NUMERALS: Record<Lang, { native: RegExp; foreign: RegExp }> = {
  ro: { native: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$/, foreign: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/ },
  en: { native: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d+$/, foreign: /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^\d+,\d+$/ },
};

interface Parsed {
  value: number;
  readings: string[];
  grouped: boolean;
  time: boolean;
  localeSlip?: string;
}

/** The values a numeral can have in one language's conventions. */
function parseNumeral(written: string, lang: Lang): Parsed | undefined {
  // Thousands groups split by (no-break, thin) spaces: "10 000", kept as one token by the tokeniser.
  const spaced = /^\d{1,3}(?:[\u00A0\u202F\u2009 ]\d{3})+(?!\d)/.test(written);
  const s = spaced ? written.replace(/[\u00A0\u202F\u2009 ]/g, '') : written;
  const parsed = parseCompact(s, lang);
  return parsed && spaced ? { ...parsed, grouped: true } : parsed;
}

/** The value of a numeral with grouping mark `g` and decimal mark `d`. */
function numeralValue(text: string, g: string, d: string): number {
  return Number(text.split(g).join('').replace(d, '.'));
}

/** True if every code unit of `s` is an ASCII digit (and there is one). */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function parseCompact(s: string, lang: Lang): Parsed | undefined {
  if (allDigits(s)) {
    const value = Number(s);
    return { value, readings: [key(value)], grouped: false, time: false };
  }
  const time = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  const isTime = time !== null && Number(time[1]) < 24 && Number(time[2]) < 60;
  const timeKey = isTime ? `t:${Number(time![1])}:${time![2]}` : '';
  if (isTime && s.includes(':')) return { value: Number(time![1]), readings: [timeKey], grouped: false, time: true };
  // Digits grouped by the language's thousands mark, optional decimals after its decimal mark.
  const [group, decimal] = lang === 'ro' ? ['.', ','] : [',', '.'];
  const { native, foreign } = NUMERALS[lang];
  if (native.test(s)) {
    const v = numeralValue(s, group, decimal);
    const readings = [key(v)];
    // "10.30" in English may also be a British time.
    if (isTime) readings.push(timeKey);
    return { value: v, readings, grouped: s.includes(group), time: false };
  }
  if (foreign.test(s)) {
    const v = numeralValue(s, decimal, group);
    if (lang === 'ro') {
      // An English-style numeral in Romanian: "10.30" is a time, "1.5" a slip for 1,5.
      const readings = isTime ? [timeKey, key(v)] : [key(v)];
      return { value: v, readings, grouped: false, time: isTime };
    }
    // Romanian format left in an English draft ("2,5", "1.234,56"): read it as meant, and say so.
    return {
      value: v,
      readings: [key(v)],
      grouped: s.includes(decimal),
      time: false,
      localeSlip: formatEnglishValue(v, s.includes(decimal)),
    };
  }
  return undefined;
}

/** "3-lea", "3-a" (ro) or "3rd" (en) right after the number token at `i`. */
function ordinalAfter(
  text: string,
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { end: number; last: number } | undefined {
  const t = tokens[i]!;
  // Most numbers are followed by a space or punctuation: rule them out before slicing and matching.
  const c = text.charCodeAt(t.end);
  if (lang === 'ro' ? c !== 0x2d : c !== 0x73 && c !== 0x6e && c !== 0x72 && c !== 0x74) return undefined;
  const rest = text.slice(t.end, t.end + 6);
  const m = lang === 'ro' ? /^-(lea|a)(?![\p{L}\p{N}])/u.exec(rest) : /^(st|nd|rd|th)(?![\p{L}\p{N}])/u.exec(rest);
  if (!m) return undefined;
  const end = t.end + m[0].length;
  let last = i;
  while (tokens[last + 1] && tokens[last + 1]!.start < end) last++;
  return { end, last };
}

/** Ordinals the tokeniser keeps as one word: "3-lea", "XX-lea", "3rd". */
function wordOrdinal(word: string, lang: Lang): number | undefined {
  if (lang === 'ro') {
    const m = /^(\d+|[IVXLC]+)-(lea|a)$/.exec(word);
    if (!m) return undefined;
    return ROMAN.test(m[1]!) ? roman(m[1]!) : Number(m[1]);
  }
  const m = /^(\d+)(st|nd|rd|th)$/i.exec(word);
  return m ? Number(m[1]) : undefined;
}

function roman(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** A scale word right after token `i` (spaces only between), with its trailing dot for "mld.". */
function scaleAfter(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { factor: number; end: number; last: number } | undefined {
  // Romanian puts "de" before the noun from twenty on, scale nouns included: "1.234 de miliarde".
  if (lang === 'ro' && tokens[i + 1]?.text.toLowerCase() === 'de' && tokens[i + 2]) {
    const word = tokens[i + 2]!.text.toLowerCase().replace(/\.$/, '');
    if (RO_SCALE.has(word)) i++;
  }
  const next = tokens[i + 1];
  if (!next || (next.kind !== 'word' && next.kind !== 'abbreviation')) return undefined;
  const word = next.text.toLowerCase().replace(/\.$/, '');
  const glued = lang === 'en' && next.start === tokens[i]!.end ? EN_GLUED.get(word) : undefined;
  const factor = glued ?? (lang === 'ro' ? RO_SCALE : EN_SCALE).get(word);
  if (!factor) return undefined;
  const dot = tokens[i + 2];
  if (dot && dot.kind === 'punct' && dot.text === '.' && dot.start === next.end && (word === 'mil' || word === 'mld')) {
    return { factor, end: dot.end, last: i + 2 };
  }
  return { factor, end: next.end, last: i + 1 };
}

// toLocaleString builds a new formatter on every call; the two it can need are built once.
const EN_GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10, useGrouping: true });
const EN_UNGROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10, useGrouping: false });

function formatEnglishValue(value: number, grouped: boolean): string {
  return (grouped || value >= 10000 ? EN_GROUPED : EN_UNGROUPED).format(value);
}

/**
 * A mention written the English way: "2,5 milioane" → "2.5 million",
 * "1.234,56" → "1,234.56", "al 3-lea" → "3rd", "două" → "two".
 */
export function formatEnglishNumber(m: NumberMention): string {
  if (m.kind === 'time') return m.readings[0]!.slice(2);
  if (m.kind === 'ordinal') return `${m.mantissa}${ordinalSuffix(m.mantissa)}`;
  if (m.kind === 'word' && m.scale === 1 && m.mantissa <= 20)
    return ENGLISH_NUMBER_WORDS[m.mantissa] ?? String(m.mantissa);
  const number =
    m.kind === 'word'
      ? (ENGLISH_NUMBER_WORDS[m.mantissa] ?? String(m.mantissa))
      : formatEnglishValue(m.mantissa, m.grouped);
  const scale = ENGLISH_SCALE_NAMES.find(([f]) => f === m.scale)?.[1];
  return scale ? `${number} ${scale}` : number;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
