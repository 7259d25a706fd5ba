import type { Token } from '../text/token.js';
import { foldDiacritics } from '../text/normalize.js';
import type { Check, CheckResult } from './check.js';

/**
 * A spelling dictionary: nspell over dictionary-en in the worker, a prebuilt
 * form list with nspell for suggestions in the CLI
 * (renderer/workers/speller.ts, cli/speller.ts), a word list in tests.
 * shared/ never loads one: the caller hands it to the runner when it is ready.
 */
export interface Speller {
  /** Whether the dictionary knows the word as written (case matters for names). */
  correct(word: string): boolean;
  /** Replacements, best first. May be slow (nspell: up to a second for a long name). */
  suggest(word: string): string[];
}

/** What the spelling check accepts beyond the dictionary: the user's and the project's own words. */
export interface SpellingSupport {
  speller: Speller;
  /** Words added with "Add to dictionary", per project and per user; compared case-insensitively. */
  words: ReadonlySet<string>;
  /**
   * false: findings carry no suggested fixes, and `speller.suggest` is never
   * called. The CLI's text output prints no suggestion, and computing them is
   * what needs the full nspell (built lazily: cli/speller.ts). Default true.
   */
  fixes?: boolean;
}

/** At most this many suggestions become quick fixes. */
const MAX_FIXES = 3;
/** Suggestions are computed for words this long at most: nspell's time grows fast with length. */
const MAX_SUGGEST_LENGTH = 15;
const SUGGESTIONS = new Map<string, string[]>();
const MAX_CACHED = 2000;

/**
 * British spellings that dictionary-en (US) lacks, as rules to the US form:
 * centre → center, defence → defense, organisation → organization,
 * colour → color, travelled → traveled, analyse → analyze, catalogue → catalog.
 */
const BRITISH: [RegExp, string][] = [
  [/tre(s?)$/, 'ter$1'],
  [/ence(s?)$/, 'ense$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s?|ed|ing|ful|ite|ites|able)$/, 'or$1'],
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
];

function known(speller: Speller, word: string, sentenceStart: boolean): boolean {
  if (speller.correct(word)) return true;
  // "The" at a sentence start, "Photo:" in a caption: the lower-case word is the dictionary's.
  const lower = word.toLowerCase();
  if (lower !== word && (sentenceStart || word.slice(1) === lower.slice(1)) && speller.correct(lower)) return true;
  for (const [re, us] of BRITISH) {
    if (!re.test(lower)) continue;
    const american = lower.replace(re, us);
    if (american !== lower && speller.correct(american)) return true;
  }
  return false;
}

/**
 * The replacements a spelling finding on `word` offers (at most three; the
 * dictionary's order). None for long or capitalised words: nspell takes
 * seconds on those (names, mostly). Remembered per word.
 */
export function spellingSuggestions(speller: Speller, word: string): string[] {
  if (word.length > MAX_SUGGEST_LENGTH || /^\p{Lu}/u.test(word)) return [];
  let found = SUGGESTIONS.get(word);
  if (found === undefined) {
    found = speller.suggest(word).slice(0, MAX_FIXES);
    if (SUGGESTIONS.size >= MAX_CACHED) SUGGESTIONS.delete(SUGGESTIONS.keys().next().value as string);
    SUGGESTIONS.set(word, found);
  }
  return found;
}

/** Folded, lower-case words of the source: a capitalised target word found here is a name from the source. */
function sourceWords(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') for (const part of t.text.split('-')) out.add(fold(part));
  return out;
}

const fold = (w: string): string => foldDiacritics(w.toLowerCase());

/**
 * Whether a capitalised word renders a word of the source: the same letters
 * ("Blajut" for "Blăjuț"), the start of a Romanian derivative ("Cluj" for
 * "clujeană"), or a transliteration a couple of letters away ("Terekhov" for
 * "Terehov", "Shor" for "Șor", "Zelensky" for "Zelenski").
 */
function nameFromSource(word: string, source: ReadonlySet<string>): boolean {
  const w = fold(word);
  if (source.has(w)) return true;
  if (w.length < 4) return false;
  for (const s of source) {
    if (s.length > w.length && s.startsWith(w)) return true;
    if (Math.abs(s.length - w.length) <= 2 && s[0] !== undefined && within(s, w, w.length >= 6 ? 2 : 1)) return true;
  }
  return false;
}

/** Levenshtein distance of a and b is at most `max` (rows cut off early). */
function within(a: string, b: string, max: number): boolean {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}
const ROMANIAN_LETTER = /[ăâîșțşţĂÂÎȘȚŞŢ]/u;

/**
 * `spelling` (info): an English word the dictionary does not know. Accepts
 * glossary terms, names found in the source (a capitalised word the source
 * has too, diacritics aside: "Blajut" for "Blăjuț"), numbers and words with
 * digits, URLs and e-mails (not words), all-caps acronyms, British spellings
 * of US dictionary words, and the user's own words. Words with Romanian
 * letters are source-spelling's. The fixes are the dictionary's first
 * suggestions; none for a capitalised or long word, or for the last word of
 * a draft that does not end yet (the one being typed): nspell's suggestions
 * cost up to seconds for a capitalised word.
 */
export const spelling: Check = {
  id: 'spelling',
  defaultSeverity: 'info',
  scope: 'segment',
  messageKeys: ['check.spelling.unknown'],
  segment(ctx) {
    const support = ctx.spelling;
    const { segment, targetTokens } = ctx;
    if (!support || segment.target.trim() === '') return [];
    const target = segment.target;
    const terms = ctx.targetTerms;
    let source: Set<string> | undefined;
    const out: CheckResult[] = [];
    const typing = !/[\s.!?…:;,)"”’]$/u.test(target);
    let sentenceStart = true;
    for (let i = 0; i < targetTokens.length; i++) {
      const t = targetTokens[i]!;
      if (t.kind === 'punct' && /[.!?…:]/.test(t.text)) sentenceStart = true;
      if (t.kind !== 'word') {
        if (t.kind !== 'punct') sentenceStart = false;
        continue;
      }
      const first = sentenceStart;
      sentenceStart = false;
      if (ROMANIAN_LETTER.test(t.text) || /\d/.test(t.text)) continue;
      if (terms.some((m) => m.start <= t.start && m.end >= t.end)) continue;
      let offset = 0;
      for (const raw of t.text.split('-')) {
        const start = t.start + offset;
        offset += raw.length + 1;
        const word = raw.replace(/['’]s?$/u, '');
        if (word.length < 2 || !/^\p{L}+(?:['’]\p{L}+)?$/u.test(word)) continue;
        // Acronyms (NATO) and brands with an inner capital (eMAG, iPhone).
        if (word === word.toUpperCase() || /\p{Lu}/u.test(word.slice(1))) continue;
        if (support.words.has(word.toLowerCase())) continue;
        if (known(support.speller, word.replace(/’/g, "'"), first && start === t.start)) continue;
        if (/^\p{Lu}/u.test(word) && nameFromSource(word, (source ??= sourceWords(ctx.sourceTokens)))) continue;
        const range = { start, end: start + word.length };
        const last = range.end === target.trimEnd().length;
        const result: CheckResult = {
          segmentId: segment.id,
          range,
          messageKey: 'check.spelling.unknown',
          params: { word },
        };
        const wanted = support.fixes !== false && !(typing && last);
        if (wanted) {
          const fixes = spellingSuggestions(support.speller, word).map((s) => ({
            range,
            replacement: s,
            labelKey: 'fix.replace',
          }));
          if (fixes.length) result.fixes = fixes;
        }
        out.push(result);
      }
    }
    return out;
  },
};
