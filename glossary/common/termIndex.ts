/**
 * The glossary's term index: Romanian term recognition by paradigm and
 * English-side presence by generated forms (issue 2, section 3).
 *
 * Speed is the design constraint: a text is tokenised once, each word's match
 * key is cut at the few endings it could carry and the remainder looked up in
 * a Map. No per-term regular expressions, no scan over the glossary.
 */
import type { Concept, Glossary, Term, TermStatus } from '../../shared/model/glossary.js';
import type { SourceTermMatch, TargetTermMatch, TermLookup } from '../../shared/checks/termLookup.js';
import type { Token } from '../../shared/text/token.js';
import { tokenize } from '../../shared/text/tokenize.js';
import { foldDiacritics, matchKey, normalizeRo } from '../../shared/text/normalize.js';
import type { Paradigm } from '../../shared/text/roMorph.js';
import { hasRoDiacritics, ParadigmIndex, paradigmAccepts } from '../../shared/text/roMorph.js';
import { englishBasesInto, englishWordAccepts, isAllCaps } from '../../shared/text/enMorph.js';
import { termWordParadigms } from './termParadigms.js';
import { isAdjectiveHomograph, rejectedByContext } from './termContext.js';

/** Options of {@link buildTermIndex}. */
export interface TermIndexOptions {
  /** Source language tag; its primary subtag selects the terms ("ro-RO" → "ro"). Default "ro". */
  sourceLang?: string;
  /** Target language tag, likewise. Default "en". */
  targetLang?: string;
}

/** A Romanian word that is (a form of) a one-word glossary term. */
export interface SourceWordHit {
  conceptId: string;
  /** The glossary's Romanian term. */
  term: string;
  status: TermStatus;
}

/** A Romanian term as the index keeps it: under the stems of its first word. */
export interface SourcePattern {
  readonly conceptId: string;
  /** The term; only its text and status are read. */
  readonly term: Pick<Term, 'text' | 'status'>;
  /** Paradigms of the words after the first. */
  readonly rest: readonly Paradigm[];
  /** Glossary order, to break ties deterministically. */
  readonly order: number;
  /** The term's first word is also a common adjective (mare, general): its bare forms need a look at the context. */
  readonly homograph: boolean;
}

/** An English term as the index keeps it: under the match key of its first word. */
export interface TargetPattern {
  readonly conceptId: string;
  /** The term; only its text and status are read. */
  readonly term: Pick<Term, 'text' | 'status'>;
  /** Lower-case keys of the term's words. */
  readonly words: readonly string[];
  /** Per word: the spelling it must have when case-sensitive. */
  readonly cases: readonly (string | undefined)[];
  readonly exact: boolean;
  readonly order: number;
}

/** A match before overlap resolution: token span plus what it is. */
interface Candidate<M> {
  first: number;
  last: number;
  order: number;
  match: M;
}

const primaryCache = new Map<string, string>();

/** Primary language subtag, lower-case: "ro-RO" → "ro". */
function primary(tag: string | undefined, fallback: string): string {
  const t = tag ?? fallback;
  let p = primaryCache.get(t);
  if (p === undefined) {
    p = t.split(/[-_]/)[0]!.toLowerCase();
    primaryCache.set(t, p);
  }
  return p;
}

/** The words of a term as written, split on whitespace. */
function splitWords(text: string): string[] {
  const t = text.trim();
  return t.length === 0 ? [] : t.split(/\s+/);
}

const isWordish = (t: Token): boolean => t.kind === 'word' || t.kind === 'abbreviation';

/**
 * The keys of a text's tokens, computed once per token and only when asked.
 * matchKey and foldDiacritics return plain lower-case ASCII words as they are,
 * so most tokens cost no new string.
 */
class TokenKeys {
  readonly #tokens: readonly Token[];
  readonly #keys: (string | undefined)[] = [];
  readonly #caseKeys: (string | undefined)[] = [];

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  /** Match key; for NFC text the same length as the token. Dotted abbreviations lose their dots (S.U.A. → sua). */
  key(i: number): string {
    let k = this.#keys[i];
    if (k === undefined) {
      const t = this.#tokens[i]!;
      k = matchKey(t.text);
      if (t.kind === 'abbreviation') k = k.replace(/\./g, '');
      this.#keys[i] = k;
    }
    return k;
  }

  /** The token as written; a dotted abbreviation without its dots (S.U.A. → SUA). */
  word(i: number): string {
    const t = this.#tokens[i]!;
    return t.kind === 'abbreviation' ? t.text.replace(/\./g, '') : t.text;
  }

  /** Diacritics folded, case kept; same length as {@link key}. */
  caseKey(i: number): string {
    let k = this.#caseKeys[i];
    if (k === undefined) {
      const t = this.#tokens[i]!;
      k = foldDiacritics(normalizeRo(t.text));
      if (t.kind === 'abbreviation') k = k.replace(/\./g, '');
      this.#caseKeys[i] = k;
    }
    return k;
  }
}

/** A one-word term with a dot between letters: "n.r.", "S.U.A.", "ș.a.m.d." (not "dr.", not "Ed."). */
function isDotted(text: string): boolean {
  const t = text.trim();
  return !/\s/.test(t) && /\p{L}\.\p{L}/u.test(t);
}

/** Lower case, folded, with a final dot: "N.R" and "n.r." meet. */
function dottedKey(text: string): string {
  const k = foldDiacritics(normalizeRo(text)).toLowerCase();
  return k.endsWith('.') ? k : `${k}.`;
}

/**
 * Keeps the longest matches (in tokens), then the earliest, dropping any that
 * overlap one already kept; matches with exactly the same span all stay (one
 * term form shared by several concepts). Returns them in text order.
 */
function resolveOverlaps<M>(cands: Candidate<M>[]): Candidate<M>[] {
  let overlapping = false;
  for (let k = 1; k < cands.length; k++) {
    const a = cands[k - 1]!;
    const b = cands[k]!;
    if (b.first <= a.last && !(b.first === a.first && b.last === a.last)) {
      overlapping = true;
      break;
    }
  }
  if (!overlapping) return cands;
  const bySize = [...cands].sort(
    (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first || a.order - b.order,
  );
  const kept: Candidate<M>[] = [];
  for (const c of bySize) {
    const clash = kept.some(
      (k) => c.first <= k.last && k.first <= c.last && !(c.first === k.first && c.last === k.last),
    );
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.first - b.first || a.order - b.order);
}

/** A bucket of English patterns: one pattern is the pattern itself (most first words belong to one term). */
export type TargetBucket = TargetPattern | TargetPattern[];

/**
 * What a term index is made of: what {@link TermIndex} builds from a
 * glossary, or what glossary/common/termIndexBinary.ts restores from the
 * glossary cache without building anything (its parts read the stored data
 * when first asked).
 */
export interface TermIndexParts {
  /** Primary subtags of the indexed languages. */
  sourceLang: string;
  targetLang: string;
  concepts: { get(id: string): Concept | undefined; readonly size: number };
  source: ParadigmIndex<SourcePattern>;
  /** One-word dotted abbreviations ("n.r.", "ș.a."), by their dotted key: they match that form only, never "nr.". */
  dotted: Map<string, SourcePattern[]>;
  /** English patterns by the match key of their first word. */
  target: { get(key: string): TargetBucket | undefined };
  sourceTerms: number;
  targetTerms: number;
}

/**
 * A glossary indexed for recognition. Implements {@link TermLookup} for the
 * checks and answers the UI's word-level questions.
 */
export class TermIndex implements TermLookup {
  readonly #concepts: TermIndexParts['concepts'];
  readonly #source: ParadigmIndex<SourcePattern>;
  readonly #dotted: Map<string, SourcePattern[]>;
  readonly #target: TermIndexParts['target'];
  readonly #sourceLang: string;
  readonly #targetLang: string;
  #sourceTerms = 0;
  #targetTerms = 0;
  // The text findSource is scanning and its current word, read by the two callbacks below.
  // They are made once per index, not per call: findSource is synchronous and never re-entered,
  // and a closure made per call (and named, under tsx) cost about a tenth of recognition.
  #scanKeys: TokenKeys | undefined;
  #scanAt = 0;
  readonly #caseOfCurrent = (): string => this.#scanKeys!.caseKey(this.#scanAt);
  readonly #keyOf = (j: number): string => this.#scanKeys!.key(j);
  /** The text the last target scan read, and what it found (see #targetCandidates). */
  #lastTarget: string | undefined;
  #lastTargetCands: readonly Candidate<TargetTermMatch>[] | undefined;

  /** Prefer {@link buildTermIndex}; `parts` are an index restored by termIndexBinary.ts. */
  constructor(glossary: Glossary | TermIndexParts, opts: TermIndexOptions = {}) {
    if ('source' in glossary) {
      this.#sourceLang = glossary.sourceLang;
      this.#targetLang = glossary.targetLang;
      this.#concepts = glossary.concepts;
      this.#source = glossary.source;
      this.#dotted = glossary.dotted;
      this.#target = glossary.target;
      this.#sourceTerms = glossary.sourceTerms;
      this.#targetTerms = glossary.targetTerms;
      return;
    }
    this.#sourceLang = primary(opts.sourceLang, 'ro');
    this.#targetLang = primary(opts.targetLang, 'en');
    const concepts = new Map<string, Concept>();
    this.#concepts = concepts;
    this.#source = new ParadigmIndex<SourcePattern>();
    this.#dotted = new Map();
    this.#target = new Map<string, TargetBucket>();
    let order = 0;
    for (const concept of glossary.concepts) {
      concepts.set(concept.id, concept);
      for (const [lang, terms] of Object.entries(concept.terms)) {
        const l = primary(lang, lang);
        if (l === this.#sourceLang) for (const term of terms) this.#addSource(concept.id, term, order++);
        else if (l === this.#targetLang) for (const term of terms) this.#addTarget(concept.id, term, order++);
      }
    }
  }

  #addSource(conceptId: string, term: Term, order: number): void {
    if (isDotted(term.text)) {
      const key = dottedKey(term.text.trim());
      this.#dotted.set(key, [...(this.#dotted.get(key) ?? []), { conceptId, term, rest: [], order, homograph: false }]);
      this.#sourceTerms++;
      return;
    }
    const paradigms = termWordParadigms(term);
    const [first, ...rest] = paradigms;
    if (!first) return;
    const homograph = isAdjectiveHomograph(term.text.trim().split(/\s/u)[0] ?? '');
    this.#source.add(first, { conceptId, term, rest, order, homograph });
    this.#sourceTerms++;
  }

  #addTarget(conceptId: string, term: Term, order: number): void {
    // Dots go, as they do from abbreviation tokens in running text (TokenKeys): "Ed." must meet "Ed.".
    const written = splitWords(term.text)
      .map((w) => (w.length > 1 ? w.replace(/\./g, '') : w))
      .filter((w) => w.length > 0);
    if (written.length === 0) return;
    const words = written.map((w) => matchKey(w));
    const cases = written.map((w) =>
      (term.caseSensitive ?? isAllCaps(w)) ? foldDiacritics(normalizeRo(w)) : undefined,
    );
    const pattern: TargetPattern = { conceptId, term, words, cases, exact: term.exact === true, order };
    const first = words[0]!;
    const target = this.#target as Map<string, TargetBucket>;
    const bucket = target.get(first);
    if (bucket === undefined) target.set(first, pattern);
    else if (Array.isArray(bucket)) bucket.push(pattern);
    else target.set(first, [bucket, pattern]);
    this.#targetTerms++;
  }

  /**
   * The parts of a built index, for termIndexBinary.ts to store. Not to be
   * changed; a restored index gives back what it was restored from.
   */
  parts(): TermIndexParts {
    return {
      sourceLang: this.#sourceLang,
      targetLang: this.#targetLang,
      concepts: this.#concepts,
      source: this.#source,
      dotted: this.#dotted,
      target: this.#target,
      sourceTerms: this.#sourceTerms,
      targetTerms: this.#targetTerms,
    };
  }

  /** Number of concepts. */
  get size(): number {
    return this.#concepts.size;
  }

  /** Number of indexed source-language terms. */
  get sourceTermCount(): number {
    return this.#sourceTerms;
  }

  /** Number of indexed target-language terms. */
  get targetTermCount(): number {
    return this.#targetTerms;
  }

  /** The concept with this id, if the glossary has it. */
  concept(conceptId: string): Concept | undefined {
    return this.#concepts.get(conceptId);
  }

  /**
   * Which one-word Romanian terms this word is a form of ("Minskului" → Minsk),
   * in glossary order. Multi-word terms are found by {@link findSource}.
   */
  lookupSourceWord(word: string): SourceWordHit[] {
    // A dotted abbreviation (S.U.A.) is looked up without its dots, as in running text.
    const found: SourcePattern[] = isDotted(word) ? [...(this.#dotted.get(dottedKey(word.trim())) ?? [])] : [];
    const w = word.trim().replace(/\./g, '');
    // One word is its own passage: with diacritics it must match them, without any it is folded.
    this.#source.collect(w, found, () => foldDiacritics(normalizeRo(w)), hasRoDiacritics(w));
    const hits: SourceWordHit[] = [];
    for (const p of found.sort((x, y) => x.order - y.order)) {
      if (p.rest.length === 0 && !hits.some((h) => h.conceptId === p.conceptId && h.term === p.term.text))
        hits.push({ conceptId: p.conceptId, term: p.term.text, status: p.term.status });
    }
    return hits;
  }

  /**
   * Romanian terms in `text`: whole words, any inflected form; the longest
   * match wins and results never overlap. Deprecated and forbidden Romanian
   * terms are recognised too (they still name the concept). A text written
   * with diacritics must spell a term with the same ones (ș and ş alike:
   * "fată" is not "față", "tara" is not "țara"); a text with none at all
   * matches with diacritics folded. A term written with a capital matches
   * only capitalised words.
   */
  findSource(text: string, tokens: readonly Token[] = tokenize(text)): SourceTermMatch[] {
    const strict = hasRoDiacritics(text);
    const keys = new TokenKeys(tokens);
    const cands: Candidate<SourcePattern>[] = [];
    const found: SourcePattern[] = [];
    const weak: boolean[] = [];
    // The case key is computed only if a case-sensitive stem is hit.
    this.#scanKeys = keys;
    const caseOfCurrent = this.#caseOfCurrent;
    const keyOf = this.#keyOf;
    for (let i = 0; i < tokens.length; i++) {
      const kind = tokens[i]!.kind;
      if (kind !== 'word' && kind !== 'abbreviation') continue;
      this.#scanAt = i;
      if (this.#dotted.size > 0 && kind === 'abbreviation') {
        for (const p of this.#dotted.get(dottedKey(tokens[i]!.text)) ?? [])
          cands.push({ first: i, last: i, order: p.order, match: p });
      }
      // `found` is emptied only after a hit: most words hit nothing, and resizing an array is not free.
      if (this.#source.collect(keys.word(i), found, caseOfCurrent, strict, weak) === 0) continue;
      // A word that cannot be a noun here (să plece, a cere, o casă mare) starts no term.
      let homograph = false;
      for (const p of found) homograph ||= p.homograph;
      if (rejectedByContext(tokens, keyOf, i, strict, homograph)) {
        found.length = 0;
        weak.length = 0;
        continue;
      }
      // A word that is a regular form of one term and only a rare form of another is the first's (membre: membră).
      if (found.length > 1 && weak.includes(true) && weak.includes(false)) dropWeak(found, weak);
      weak.length = 0;
      if (found.length === 1) {
        const p = found[0]!;
        found.length = 0;
        if (this.#restMatches(p, tokens, keys, i, strict))
          cands.push({ first: i, last: i + p.rest.length, order: p.order, match: p });
        continue;
      }
      const best: SourcePattern[] = [];
      let bestLast = -1;
      for (const p of found) {
        const last = i + p.rest.length;
        if (last < bestLast || !this.#restMatches(p, tokens, keys, i, strict)) continue;
        if (last > bestLast) {
          best.length = 0;
          bestLast = last;
        }
        if (!best.some((b) => b.conceptId === p.conceptId)) best.push(p);
      }
      found.length = 0;
      best.sort((x, y) => x.order - y.order);
      for (const p of best) cands.push({ first: i, last: bestLast, order: p.order, match: p });
    }
    this.#scanKeys = undefined;
    return resolveOverlaps(cands).map((c) => {
      const start = tokens[c.first]!.start;
      const end = tokens[c.last]!.end;
      return { conceptId: c.match.conceptId, start, end, surface: text.slice(start, end), term: c.match.term.text };
    });
  }

  /** Whether the words after token `i` are forms of the pattern's remaining words. */
  #restMatches(p: SourcePattern, tokens: readonly Token[], keys: TokenKeys, i: number, strict: boolean): boolean {
    for (let k = 0; k < p.rest.length; k++) {
      const j = i + 1 + k;
      const t = tokens[j];
      if (!t || !isWordish(t) || !paradigmAccepts(p.rest[k]!, keys.word(j), () => keys.caseKey(j), strict))
        return false;
    }
    return true;
  }

  /** Every target-language term of any concept and status in `text`, in any of its forms; no overlaps. */
  findTarget(text: string, tokens?: readonly Token[]): TargetTermMatch[] {
    const cands = this.#targetCandidates(text, tokens);
    return resolveOverlaps([...cands].sort((x, y) => x.first - y.first || x.order - y.order)).map((c) => c.match);
  }

  /**
   * The target-language terms of one concept in `text`. Terms of other
   * concepts do not hide them: "council" is found inside "Security Council".
   */
  findTargetFor(conceptId: string, text: string, tokens?: readonly Token[]): TargetTermMatch[] {
    const mine: Candidate<TargetTermMatch>[] = [];
    for (const c of this.#targetCandidates(text, tokens)) if (c.match.conceptId === conceptId) mine.push(c);
    return longestPerStart(mine);
  }

  /**
   * Every target term of every concept at every token of `text`, before
   * overlaps are resolved, in token order. The checks ask about one target
   * several times in a row (all its terms, then each source concept's), so
   * the last text's candidates are kept: one scan answers them all. Filtering
   * them by concept gives exactly what a scan for that concept alone finds,
   * since the duplicate test compares the concept too. Callers copy before sorting.
   */
  #targetCandidates(text: string, tokens: readonly Token[] | undefined): readonly Candidate<TargetTermMatch>[] {
    if (this.#lastTarget === text && this.#lastTargetCands) return this.#lastTargetCands;
    const cands = this.#scanTarget(text, tokens ?? tokenize(text));
    this.#lastTarget = text;
    this.#lastTargetCands = cands;
    return cands;
  }

  #scanTarget(text: string, tokens: readonly Token[]): Candidate<TargetTermMatch>[] {
    const keys = new TokenKeys(tokens);
    const cands: Candidate<TargetTermMatch>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const kind = tokens[i]!.kind;
      if (kind !== 'word' && kind !== 'abbreviation') continue;
      const key = keys.key(i);
      const before = cands.length;
      this.#matchPart(text, tokens, keys, i, key, 0, key.length, cands, before);
      // Each part of a hyphen or dash compound too (US-led, US–Belarus).
      if (key.includes('-')) {
        let from = 0;
        for (let p = key.indexOf('-'); from <= key.length; p = key.indexOf('-', from)) {
          const end = p === -1 ? key.length : p;
          if (end > from) this.#matchPart(text, tokens, keys, i, key, from, end, cands, before);
          if (p === -1) break;
          from = p + 1;
        }
      }
    }
    return cands;
  }

  /**
   * Target terms whose first word is `key[a, b)` of token `i` in any form; pushes them to `cands`.
   * `since` is where this token's candidates begin, so one term is reported once per token.
   */
  #matchPart(
    text: string,
    tokens: readonly Token[],
    keys: TokenKeys,
    i: number,
    key: string,
    a: number,
    b: number,
    cands: Candidate<TargetTermMatch>[],
    since: number,
  ): void {
    const tok = tokens[i]!;
    const pk = a === 0 && b === key.length ? key : key.slice(a, b);
    const n = englishBasesInto(pk, BASES, PREFIXES);
    for (let bi = 0; bi < n; bi++) {
      const bucket = this.#target.get(BASES[bi]!);
      if (!bucket) continue;
      for (const p of Array.isArray(bucket) ? bucket : [bucket]) {
        if (!englishWordAccepts(p.words[0]!, p.cases[0], pk, keys.caseKey(i).slice(a, b), p.exact)) continue;
        // A multi-word term starts at a whole word or at the last part of a compound.
        if (p.words.length > 1 && b !== key.length) continue;
        if (!this.#targetRestMatches(p, tokens, keys, i)) continue;
        const last = i + p.words.length - 1;
        const single = p.words.length === 1;
        const aligned = key.length === tok.end - tok.start;
        const start = single && aligned ? tok.start + a : tok.start;
        const end = single ? (aligned ? tok.start + b : tok.end) : tokens[last]!.end;
        let dup = false;
        for (let c = since; c < cands.length && !dup; c++) {
          const m = cands[c]!.match;
          dup = m.term === p.term.text && m.conceptId === p.conceptId && m.start === start && m.end === end;
        }
        if (dup) continue;
        const match: TargetTermMatch = {
          conceptId: p.conceptId,
          start,
          end,
          surface: text.slice(start, end),
          term: p.term.text,
          status: p.term.status,
        };
        cands.push({ first: i, last, order: p.order, match });
      }
    }
  }

  /** Whether the words after token `i` are forms of the English pattern's remaining words. */
  #targetRestMatches(p: TargetPattern, tokens: readonly Token[], keys: TokenKeys, i: number): boolean {
    for (let k = 1; k < p.words.length; k++) {
      const j = i + k;
      const t = tokens[j];
      if (!t || !isWordish(t)) return false;
      if (!englishWordAccepts(p.words[k]!, p.cases[k], keys.key(j), keys.caseKey(j), p.exact)) return false;
    }
    return true;
  }
}

/**
 * Drops the one-word patterns found through a weak rule when another one-word
 * pattern was found through a regular one (`weak[j]` tells for `found[j]`).
 * Multi-word patterns stay: their other words decide.
 */
function dropWeak(found: SourcePattern[], weak: readonly boolean[]): void {
  let strong = false;
  for (let j = 0; j < found.length; j++) if (!weak[j] && found[j]!.rest.length === 0) strong = true;
  if (!strong) return;
  let k = 0;
  for (let j = 0; j < found.length; j++) if (!weak[j] || found[j]!.rest.length > 0) found[k++] = found[j]!;
  found.length = k;
}

// Reused by #matchPart: the bases of the word part being looked up.
const BASES: string[] = [];
const PREFIXES: number[] = [];

/** One concept's matches: where two of its terms overlap, the longer stays. */
function longestPerStart(cands: Candidate<TargetTermMatch>[]): TargetTermMatch[] {
  const sorted = cands.sort((x, y) => x.match.start - y.match.start || y.match.end - x.match.end);
  const out: TargetTermMatch[] = [];
  let reach = -1;
  for (const c of sorted) {
    if (c.match.start < reach) continue;
    out.push(c.match);
    reach = c.match.end;
  }
  return out;
}

/**
 * Indexes a glossary for recognition in both languages. Builds in time linear
 * in the number of terms (100,000 entries well under two seconds).
 */
export function buildTermIndex(glossary: Glossary, opts?: TermIndexOptions): TermIndex {
  return new TermIndex(glossary, opts);
}
