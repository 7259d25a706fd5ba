/**
 * The term index in the binary form of the glossary cache (issue 12): a
 * 100,000-concept glossary opens without building its index, and without
 * making its concepts. The stored index is read where a text probes it: a
 * stem's rules when a word of the text first hashes to that stem, an English
 * bucket when a word first looks it up, a concept when a match names it.
 * Building the index (paradigms of every term, a Map entry per stem) costs
 * more than parsing the TBX; restoring it costs a few array views.
 *
 * Layout: a string table as glossaryBinary.ts writes it, then u32 words:
 * - a tag, the languages, the term and concept counts, and where each
 *   concept's record starts in the glossary's own binary form;
 * - the ending sets the stem rules share, once each;
 * - the stem filter bits of {@link ParadigmIndex};
 * - the Romanian patterns (offset table, then records), the stem rules
 *   (seven words each) and an open-addressing table from stem hash to them;
 * - the dotted abbreviations;
 * - the English patterns and a table from the hash of their first word.
 * Restoring checks that the sections fit and the counts agree; the payload's
 * CRC (glossary/node/glossaryCache.ts) answers for the rest. Pure: no Node
 * import, so the app's worker can restore what the backend sends.
 */
import type { Concept, TermStatus } from '../../shared/model/glossary.js';
import type { StemRule, StoredStem } from '../../shared/text/roMorph.js';
import { ParadigmIndex } from '../../shared/text/roMorph.js';
import {
  encodeStringsAndWords,
  GlossaryBinaryError,
  type GlossaryReader,
  readStrings,
  StringList,
  WordList,
  wordsOf,
} from './glossaryBinary.js';
import type { SourcePattern, TargetBucket, TargetPattern, TermIndexParts } from './termIndex.js';
import { TermIndex } from './termIndex.js';

const TAG = 0x58444954; // "TIDX"
const STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
const RULE_WORDS = 6;
const STEM_WORDS = RULE_WORDS + 1;

/**
 * Writes a built index. `conceptOffsets[k]` is where concept k of the glossary
 * the index was built from starts in that glossary's binary form
 * (encodeGlossaryAt), in the same order.
 */
export function encodeTermIndex(index: TermIndex, conceptOffsets: Uint32Array): Uint8Array {
  const parts = index.parts();
  const strings = new StringList();
  const str = (s: string): number => strings.id(s);
  // Stems, words, ids and term texts hardly repeat: numbered without a look-up (a Map of a million strings
  // cost most of the encoding), at the price of a few repeated strings in the file.
  const add = (s: string): number => strings.add(s);
  const opt = (s: string | undefined): number => (s === undefined ? 0 : strings.add(s) + 1);
  const words = new WordList();

  words.push(TAG, str(parts.sourceLang));
  words.push(str(parts.targetLang), parts.sourceTerms);
  words.push(parts.targetTerms, parts.concepts.size);
  words.push(conceptOffsets.length);
  words.pushAll(conceptOffsets);

  // Ending sets are shared objects in roMorph: numbered by identity, restored as one Set each.
  const sets = new Map<ReadonlySet<string>, number>();
  const setList: ReadonlySet<string>[] = [];
  const setId = (s: ReadonlySet<string>): number => {
    let i = sets.get(s);
    if (i === undefined) {
      i = setList.length;
      setList.push(s);
      sets.set(s, i);
    }
    return i;
  };
  // Parallel lists, not an object per stem: a 100,000-concept glossary has several hundred thousand.
  const stemHashes: number[] = [];
  const stemRules: StemRule[] = [];
  const stemPatterns: SourcePattern[] = [];
  parts.source.forEachStem((hash, rule, pattern) => {
    stemHashes.push(hash);
    stemRules.push(rule);
    stemPatterns.push(pattern);
  });
  const patterns = new Map<SourcePattern, number>();
  const patternList: SourcePattern[] = [];
  const patternId = (p: SourcePattern): number => {
    let i = patterns.get(p);
    if (i === undefined) {
      i = patternList.length;
      patternList.push(p);
      patterns.set(p, i);
    }
    return i;
  };
  for (const p of stemPatterns) patternId(p);
  const dotted: [string, number][] = [];
  for (const [key, list] of parts.dotted) for (const p of list) dotted.push([key, patternId(p)]);
  for (const r of stemRules) setIds(r);
  for (const p of patternList) for (const para of p.rest) for (const r of para) setIds(r);
  function setIds(r: StemRule): void {
    setId(r.endings);
    if (r.weak) setId(r.weak);
  }
  words.push(setList.length);
  for (const s of setList) {
    words.push(s.size);
    for (const e of s) words.push(str(e));
  }

  const rule = (r: StemRule): void => {
    words.push(add(r.stem), setId(r.endings));
    // Most stems have no diacritics, so their diacritic stem is the stem itself: 1 says so without a string look-up.
    words.push(opt(r.caseStem), r.dstem === undefined ? 0 : r.dstem === r.stem ? 1 : strings.add(r.dstem) + 2);
    words.push(r.capital ? 1 : 0, r.weak ? setId(r.weak) + 1 : 0);
  };

  const filter = parts.source.filterBits;
  words.push(filter.length);
  words.pushAll(new Uint32Array(filter.buffer, filter.byteOffset, filter.length));

  // Romanian patterns: an offset table, then the records.
  words.push(patternList.length);
  const table = words.length;
  for (let i = 0; i < patternList.length; i++) words.push(0);
  patternList.forEach((p, i) => {
    words.set(table + i, words.length);
    words.push(add(p.conceptId), add(p.term.text));
    words.push(STATUSES.indexOf(p.term.status), p.order);
    words.push(p.homograph ? 1 : 0, p.rest.length);
    for (const para of p.rest) {
      words.push(para.length);
      for (const r of para) rule(r);
    }
  });

  words.push(stemRules.length);
  for (let i = 0; i < stemRules.length; i++) {
    rule(stemRules[i]!);
    words.push(patterns.get(stemPatterns[i]!)!);
  }
  hashGroups(words, stemHashes);

  words.push(dotted.length);
  for (const [key, p] of dotted) words.push(str(key), p);

  // English patterns, by first word; within a first word in the order they were added.
  const targets: TargetPattern[] = [];
  if (parts.target instanceof Map) {
    for (const bucket of (parts.target as Map<string, TargetBucket>).values())
      for (const p of Array.isArray(bucket) ? bucket : [bucket]) targets.push(p);
  } else throw new Error('encodeTermIndex: the index was restored, not built');
  words.push(targets.length);
  const ttable = words.length;
  for (let i = 0; i < targets.length; i++) words.push(0);
  targets.forEach((p, i) => {
    words.set(ttable + i, words.length);
    words.push(add(p.conceptId), add(p.term.text));
    words.push(STATUSES.indexOf(p.term.status), p.exact ? 1 : 0);
    words.push(p.order, p.words.length);
    for (const w of p.words) words.push(add(w));
    for (const c of p.cases) words.push(opt(c));
  });
  hashGroups(
    words,
    targets.map((p) => keyHash(p.words[0]!)),
  );
  return encodeStringsAndWords(strings, words).bytes;
}

/** Hash of an English first-word key for the stored table (not roMorph's stem hash: any spread will do). */
function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A slot of a table of `size` (a power of two) for a hash. */
function slotOf(hash: number, size: number): number {
  const x = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 15)) & (size - 1);
}

/**
 * Writes an open-addressing table from hashes to the items carrying them:
 * its size, per slot the hash and its group number + 1 (0 = empty), where
 * each group starts in the item list, then the item numbers, a group's in
 * the order given.
 */
function hashGroups(words: WordList, hashes: readonly number[]): void {
  const groups = new Map<number, number[]>();
  hashes.forEach((h, i) => {
    const u = h >>> 0;
    const g = groups.get(u);
    if (g) g.push(i);
    else groups.set(u, [i]);
  });
  let size = 1;
  while (size < groups.size * 2) size *= 2;
  const slots = new Uint32Array(size * 2);
  let g = 0;
  for (const hash of groups.keys()) {
    let s = slotOf(hash, size);
    while (slots[s * 2 + 1] !== 0) s = (s + 1) & (size - 1);
    slots[s * 2] = hash;
    slots[s * 2 + 1] = ++g;
  }
  words.push(size);
  words.pushAll(slots);
  words.push(groups.size);
  let at = 0;
  for (const list of groups.values()) {
    words.push(at);
    at += list.length;
  }
  words.push(at);
  for (const list of groups.values()) words.pushAll(list);
}

/** A table {@link hashGroups} wrote, read in place. */
class HashGroups {
  readonly #u32: Uint32Array;
  readonly #size: number;
  readonly #slots: number;
  readonly #starts: number;
  readonly #items: number;
  /** Where the words after the table begin. */
  readonly end: number;

  constructor(u32: Uint32Array, at: number, itemCount: number) {
    const size = word(u32, at);
    if (size === 0 || (size & (size - 1)) !== 0) throw new GlossaryBinaryError('a table size is not a power of two');
    this.#u32 = u32;
    this.#size = size;
    this.#slots = at + 1;
    const groups = word(u32, this.#slots + size * 2);
    this.#starts = this.#slots + size * 2 + 1;
    this.#items = this.#starts + groups + 1;
    if (word(u32, this.#items - 1) !== itemCount) throw new GlossaryBinaryError('a table does not add up');
    this.end = this.#items + itemCount;
    if (this.end > u32.length) throw new GlossaryBinaryError('a table runs past the end');
  }

  /** The item numbers stored under `hash`, as [from, to) into {@link item}; undefined for none. */
  range(hash: number): [number, number] | undefined {
    const u32 = this.#u32;
    const h = hash >>> 0;
    for (let s = slotOf(h, this.#size); ; s = (s + 1) & (this.#size - 1)) {
      const g = u32[this.#slots + s * 2 + 1]!;
      if (g === 0) return undefined;
      if (u32[this.#slots + s * 2] === h) return [u32[this.#starts + g - 1]!, u32[this.#starts + g]!];
    }
  }

  item(i: number): number {
    return word(this.#u32, this.#items + i);
  }
}

function word(u32: Uint32Array, p: number): number {
  if (p >= u32.length) throw new GlossaryBinaryError('it ends early');
  return u32[p]!;
}

/**
 * The index {@link encodeTermIndex} wrote, ready to match at once: nothing
 * is built until a text needs it. `glossary` reads the concepts of the
 * glossary the index was built from. Throws GlossaryBinaryError on data
 * whose sections do not fit together.
 */
export function restoreTermIndexParts(bytes: Uint8Array, glossary: GlossaryReader): TermIndexParts {
  const { data, u32 } = wordsOf(bytes);
  const { strings, wordsAt } = readStrings(data, u32);
  let p = wordsAt;
  const next = (): number => word(u32, p++);
  const str = (i: number): string => strings.get(i);
  if (next() !== TAG) throw new GlossaryBinaryError('not a term index');
  const sourceLang = str(next());
  const targetLang = str(next());
  const sourceTerms = next();
  const targetTerms = next();
  const conceptsSize = next();
  const conceptCount = next();
  if (conceptCount !== glossary.size || p + conceptCount > u32.length)
    throw new GlossaryBinaryError('the index names another glossary');
  const offsets = u32.subarray(p, p + conceptCount);
  p += conceptCount;

  const setCount = next();
  const sets: ReadonlySet<string>[] = [];
  for (let i = 0; i < setCount; i++) {
    const n = next();
    const s = new Set<string>();
    for (let k = 0; k < n; k++) s.add(str(next()));
    sets.push(s);
  }
  const set = (i: number): ReadonlySet<string> => {
    const s = sets[i];
    if (!s) throw new GlossaryBinaryError('an ending set number is out of range');
    return s;
  };
  const rule = (at: number): StemRule => {
    const caseStem = word(u32, at + 2);
    const dstem = word(u32, at + 3);
    const weak = word(u32, at + 5);
    const stem = str(word(u32, at));
    return {
      stem,
      endings: set(word(u32, at + 1)),
      caseStem: caseStem === 0 ? undefined : str(caseStem - 1),
      dstem: dstem === 0 ? undefined : dstem === 1 ? stem : str(dstem - 2),
      capital: word(u32, at + 4) === 1,
      weak: weak === 0 ? undefined : set(weak - 1),
    };
  };

  const filterWords = next();
  if (p + filterWords > u32.length) throw new GlossaryBinaryError('the filter runs past the end');
  const filter = new Int32Array(u32.buffer, u32.byteOffset + p * 4, filterWords);
  p += filterWords;

  const patternCount = next();
  const patternTable = p;
  if (p + patternCount > u32.length) throw new GlossaryBinaryError('the patterns run past the end');
  p += patternCount;
  const sourcePatterns = new Array<SourcePattern | undefined>(patternCount);
  const sourcePattern = (i: number): SourcePattern => {
    if (i >= patternCount) throw new GlossaryBinaryError('a pattern number is out of range');
    let pat = sourcePatterns[i];
    if (pat === undefined) {
      let at = wordsAt + u32[patternTable + i]!;
      const conceptId = str(word(u32, at));
      const text = str(word(u32, at + 1));
      const status = STATUSES[word(u32, at + 2)];
      if (!status) throw new GlossaryBinaryError('a term status is unknown');
      const order = word(u32, at + 3);
      const homograph = word(u32, at + 4) === 1;
      const restCount = word(u32, at + 5);
      at += 6;
      const rest: StemRule[][] = [];
      for (let k = 0; k < restCount; k++) {
        const n = word(u32, at++);
        const para: StemRule[] = [];
        for (let r = 0; r < n; r++, at += RULE_WORDS) para.push(rule(at));
        rest.push(para);
      }
      pat = { conceptId, term: { text, status }, rest, order, homograph };
      sourcePatterns[i] = pat;
    }
    return pat;
  };
  // The records follow the table; the stems follow the last record, which only a walk finds: the
  // stem count is therefore looked for after the records, whose end the last offset tells.
  p = patternCount === 0 ? p : endOfSourceRecord(u32, wordsAt + u32[patternTable + patternCount - 1]!);
  const stemCount = next();
  const stemsAt = p;
  p += stemCount * STEM_WORDS;
  const stemTable = new HashGroups(u32, p, stemCount);
  p = stemTable.end;
  const store = {
    filter,
    stems(hash: number): StoredStem<SourcePattern>[] | undefined {
      const range = stemTable.range(hash);
      if (!range) return undefined;
      const out: StoredStem<SourcePattern>[] = [];
      for (let i = range[0]; i < range[1]; i++) {
        const at = stemsAt + stemTable.item(i) * STEM_WORDS;
        out.push({ rule: rule(at), value: sourcePattern(word(u32, at + RULE_WORDS)) });
      }
      return out;
    },
  };

  const dotted = new Map<string, SourcePattern[]>();
  const dottedCount = next();
  for (let i = 0; i < dottedCount; i++) {
    const key = str(next());
    const pat = sourcePattern(next());
    const list = dotted.get(key);
    if (list) list.push(pat);
    else dotted.set(key, [pat]);
  }

  const targetCount = next();
  const targetTable = p;
  if (p + targetCount > u32.length) throw new GlossaryBinaryError('the English patterns run past the end');
  p += targetCount;
  const targetPattern = (i: number): TargetPattern => {
    if (i >= targetCount) throw new GlossaryBinaryError('a pattern number is out of range');
    const at = wordsAt + u32[targetTable + i]!;
    const n = word(u32, at + 5);
    const status = STATUSES[word(u32, at + 2)];
    if (!status) throw new GlossaryBinaryError('a term status is unknown');
    const words: string[] = [];
    const cases: (string | undefined)[] = [];
    for (let k = 0; k < n; k++) {
      words.push(str(word(u32, at + 6 + k)));
      const c = word(u32, at + 6 + n + k);
      cases.push(c === 0 ? undefined : str(c - 1));
    }
    return {
      conceptId: str(word(u32, at)),
      term: { text: str(word(u32, at + 1)), status },
      exact: word(u32, at + 3) === 1,
      order: word(u32, at + 4),
      words,
      cases,
    };
  };
  p = targetCount === 0 ? p : endOfTargetRecord(u32, wordsAt + u32[targetTable + targetCount - 1]!);
  const targetGroups = new HashGroups(u32, p, targetCount);
  if (targetGroups.end !== u32.length) throw new GlossaryBinaryError('there is data after the index');
  const buckets = new Map<string, TargetBucket | null>();
  const target = {
    get(key: string): TargetBucket | undefined {
      let bucket = buckets.get(key);
      if (bucket === undefined) {
        bucket = null;
        const range = targetGroups.range(keyHash(key));
        if (range) {
          const found: TargetPattern[] = [];
          for (let i = range[0]; i < range[1]; i++) {
            const pat = targetPattern(targetGroups.item(i));
            if (pat.words[0] === key) found.push(pat);
          }
          if (found.length > 0) bucket = found.length === 1 ? found[0]! : found;
        }
        buckets.set(key, bucket);
      }
      return bucket ?? undefined;
    },
  };

  return {
    sourceLang,
    targetLang,
    concepts: new StoredConcepts(glossary, offsets, conceptsSize),
    source: new ParadigmIndex<SourcePattern>(store),
    dotted,
    target,
    sourceTerms,
    targetTerms,
  };
}

/** {@link restoreTermIndexParts} as a ready {@link TermIndex}. */
export function restoreTermIndex(bytes: Uint8Array, glossary: GlossaryReader): TermIndex {
  return new TermIndex(restoreTermIndexParts(bytes, glossary));
}

/** Where the Romanian pattern record starting at `at` ends. */
function endOfSourceRecord(u32: Uint32Array, at: number): number {
  const restCount = word(u32, at + 5);
  let p = at + 6;
  for (let k = 0; k < restCount; k++) p += 1 + word(u32, p) * RULE_WORDS;
  return p;
}

/** Where the English pattern record starting at `at` ends. */
function endOfTargetRecord(u32: Uint32Array, at: number): number {
  return at + 6 + 2 * word(u32, at + 5);
}

/**
 * The concepts of a restored index, made when a match names them. The first
 * look-up of an id builds the id → record map (ids only: a 100,000-concept
 * glossary makes 100,000 strings, not their terms); a repeated id is the
 * glossary's last concept with it, as when the index was built.
 */
class StoredConcepts {
  readonly #glossary: GlossaryReader;
  readonly #offsets: Uint32Array;
  #byId: Map<string, number> | undefined;
  readonly #made = new Map<string, Concept>();
  readonly size: number;

  constructor(glossary: GlossaryReader, offsets: Uint32Array, size: number) {
    this.#glossary = glossary;
    this.#offsets = offsets;
    this.size = size;
  }

  get(id: string): Concept | undefined {
    let c = this.#made.get(id);
    if (c === undefined) {
      if (!this.#byId) {
        this.#byId = new Map();
        for (const at of this.#offsets) this.#byId.set(this.#glossary.idAt(at), at);
      }
      const at = this.#byId.get(id);
      if (at === undefined) return undefined;
      c = this.#glossary.conceptAt(at);
      this.#made.set(id, c);
    }
    return c;
  }
}
