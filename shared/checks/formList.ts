/**
 * A prebuilt list of every word form a Hunspell dictionary accepts, so that
 * "is this word right?" needs no affix expansion at start-up (issue #12:
 * building nspell over dictionary-en expands ~124k forms, most of the CLI's
 * `check` time). The list is written from nspell's own expansion
 * (nspellSpeller.ts, `formListFrom`) and answers exactly as nspell's
 * `correct` does; suggestions still need nspell.
 *
 * Format, version 1 (UTF-8 text):
 *   line 1  `dragoman-forms 1`
 *   line 2  JSON {@link FormListHeader}
 *   then    every form nspell knows, one a line, sorted by UTF-16 code unit
 *           (JavaScript's `<`), so a lookup is a binary search over the text
 *           itself: no Set of 124k strings to build (that cost more than nspell's
 *           start-up saved) and no table of where the lines start.
 */

/** The first line of a form list; a file that does not start with it is not one. */
export const FORM_LIST_MAGIC = 'dragoman-forms 1';

/** Line 2 of a form list: what the forms alone do not say. */
export interface FormListHeader {
  /** Which dictionary the forms come from (package, version, file sizes): a stale list is rebuilt, not trusted. */
  key: string;
  /** Hunspell COMPOUNDMIN: compound rules apply to words at least this long. */
  compoundMin: number;
  /** nspell's compound rules (English: ordinals such as "21st") as [source, flags] of a RegExp. */
  compoundRules: [string, string][];
  /** ICONV input conversions (English: ’ → '), applied in order before the lookup. */
  conversions: [string, string][];
  /** Forms known only inside compounds (ONLYINCOMPOUND): not words by themselves. */
  onlyInCompound: string[];
  /** FORBIDDENWORD forms: wrong even though listed. */
  forbidden: string[];
  /** KEEPCASE forms: their capitalised or upper-case spelling is wrong. */
  keepCase: string[];
}

/** The accepting half of a Speller, answered from a form list. */
export interface FormList {
  /** The header's key: which dictionary the list was built from. */
  readonly key: string;
  /** Whether the dictionary accepts the word as written: the same answer as nspell's `correct`. */
  correct(word: string): boolean;
}

/** Lookups by binary search before the list builds a Set of its forms. */
const SEARCHES_BEFORE_SET = 5000;

/** Options of {@link parseFormList}. */
export interface FormListOptions {
  /** How many lookups search the text before a Set of all forms is built (default 5000). */
  setAfter?: number;
}

/** Writes a form list (the inverse of {@link parseFormList}); `forms` in any order, without duplicates. */
export function formatFormList(header: FormListHeader, forms: Iterable<string>): string {
  const sorted = [...forms].sort();
  for (const f of sorted)
    if (f === '' || f.includes('\n')) throw new Error(`form list: unusable form ${JSON.stringify(f)}`);
  return `${FORM_LIST_MAGIC}\n${JSON.stringify(header)}\n${sorted.join('\n')}\n`;
}

/**
 * Reads a form list. Returns undefined when the text is not a form list of
 * this version, its header does not parse, or its key is not `expectedKey`
 * (when given): the caller then falls back to building nspell.
 */
export function parseFormList(text: string, expectedKey?: string, options: FormListOptions = {}): FormList | undefined {
  if (!text.startsWith(`${FORM_LIST_MAGIC}\n`)) return undefined;
  const headerEnd = text.indexOf('\n', FORM_LIST_MAGIC.length + 1);
  if (headerEnd < 0 || !text.endsWith('\n')) return undefined;
  let header: FormListHeader;
  try {
    header = JSON.parse(text.slice(FORM_LIST_MAGIC.length + 1, headerEnd)) as FormListHeader;
  } catch {
    return undefined;
  }
  if (!validHeader(header) || (expectedKey !== undefined && header.key !== expectedKey)) return undefined;

  // A binary search over the text itself, between line starts `lo` and `hi`: nothing is built at
  // load time, not even an offset table. That suits a few hundred words (a CLI check of an
  // article); a long document asks hundreds of thousands of times (~3 µs each), and after
  // `setAfter` searches a Set of all forms (~20 ms to build) pays for itself.
  const bodyStart = headerEnd + 1;
  const setAfter = options.setAfter ?? SEARCHES_BEFORE_SET;
  let searches = 0;
  let all: Set<string> | undefined;
  const listed = (word: string): boolean => {
    if (all) return all.has(word);
    if (++searches > setAfter) {
      all = new Set(bodyStart < text.length ? text.slice(bodyStart, -1).split('\n') : []);
      return all.has(word);
    }
    let lo = bodyStart;
    let hi = text.length;
    while (lo < hi) {
      // A line within [lo, hi): the one holding the character before the middle one.
      const start = text.lastIndexOf('\n', ((lo + hi) >>> 1) - 1) + 1;
      const end = text.indexOf('\n', start);
      const form = text.slice(start, end);
      if (form === word) return true;
      if (form < word) lo = end + 1;
      else hi = start;
    }
    return false;
  };
  const onlyInCompound = new Set(header.onlyInCompound);
  const forbidden = new Set(header.forbidden);
  const keepCase = new Set(header.keepCase);
  const rules = header.compoundRules.map(([source, flags]) => new RegExp(source, flags));
  const conversions = header.conversions.map(([from, to]) => [new RegExp(from, 'g'), to] as const);

  // nspell's util/exact.js: a listed form (unless compound-only), else a compound by its rules.
  const exact = (word: string): boolean => {
    if (listed(word)) return !onlyInCompound.has(word);
    return word.length >= header.compoundMin && rules.some((r) => r.test(word));
  };
  const blocks = (w: string) => keepCase.has(w) || forbidden.has(w);
  // nspell's util/form.js with `all` false: the word as written, then (for a word in capitals)
  // its sentence case, then its lower case; a KEEPCASE or forbidden form ends the search.
  const correct = (value: string): boolean => {
    let word = value.trim();
    if (word === '') return false;
    for (const [from, to] of conversions) word = word.replace(from, to);
    if (exact(word)) return !forbidden.has(word);
    if (word.toUpperCase() === word) {
      const sentence = word.charAt(0) + word.slice(1).toLowerCase();
      if (blocks(sentence)) return false;
      if (exact(sentence)) return true;
    }
    const lower = word.toLowerCase();
    if (lower !== word) {
      if (blocks(lower)) return false;
      if (exact(lower)) return true;
    }
    return false;
  };
  return { key: header.key, correct };
}

function validHeader(h: unknown): h is FormListHeader {
  if (typeof h !== 'object' || h === null) return false;
  const r = h as Record<string, unknown>;
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const pairs = (v: unknown) => Array.isArray(v) && v.every((p) => Array.isArray(p) && p.length === 2 && strings(p));
  return (
    typeof r['key'] === 'string' &&
    typeof r['compoundMin'] === 'number' &&
    pairs(r['compoundRules']) &&
    pairs(r['conversions']) &&
    strings(r['onlyInCompound']) &&
    strings(r['forbidden']) &&
    strings(r['keepCase'])
  );
}
