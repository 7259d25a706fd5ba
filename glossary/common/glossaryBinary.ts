/**
 * A compact binary form of a parsed glossary, for the glossary cache
 * (glossary/node/glossaryCache.ts): decoding it is a fraction of the cost of
 * parsing the TBX again, and it allocates only what the glossary keeps.
 *
 * Layout (all integers little-endian u32):
 * - the number of distinct strings, then their UTF-16 lengths;
 * - their UTF-8 bytes, concatenated, padded to a multiple of 4;
 * - the record stream: per concept its id, a flag word and the optional
 *   fields the flags announce, then per language its tag and terms, per term
 *   its text, a code word (status, type, flags) and the optional fields.
 * Strings are numbered once (a subject field or part of speech repeated
 * 100,000 times is one string in the file and one in memory). Decoding
 * checks every index and count against the data and throws on anything out
 * of place: a damaged cache is rebuilt by the caller, never trusted.
 * Pure: no Node import, so the app's worker can decode what the backend sends.
 */
import type { Concept, ConceptStamp, Glossary, Term, TermStatus, TermType } from '../../shared/model/glossary.js';

const STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
const TYPES: readonly (TermType | undefined)[] = [
  undefined,
  'fullForm',
  'acronym',
  'abbreviation',
  'properName',
  'variant',
  'phrase',
];

// Concept flags.
const C_GENERATED = 1;
const C_CREATED = 2;
const C_MODIFIED = 4;
const C_DEFINITION = 8;
const C_NOTE = 16;
const C_SUBJECT = 32;
const C_ORIGIN = 64;

// Term code word: status in bits 0-1, type in bits 2-4, then flags.
const T_POS = 1 << 5;
const T_NOTE = 1 << 6;
const T_CASE_SET = 1 << 7;
const T_CASE = 1 << 8;
const T_EXACT_SET = 1 << 9;
const T_EXACT = 1 << 10;

/** The data is not a glossary this codec wrote: the caller rebuilds. */
export class GlossaryBinaryError extends Error {
  constructor(problem: string) {
    super(`damaged glossary data: ${problem}`);
    this.name = 'GlossaryBinaryError';
  }
}

/** Writes `glossary` in the binary form; {@link decodeGlossary} gives back an equal glossary. */
export function encodeGlossary(glossary: Glossary): Uint8Array {
  return encodeGlossaryAt(glossary).bytes;
}

/**
 * {@link encodeGlossary}, and where each concept's record starts (in u32
 * words from the start of the bytes), so that one concept can be read alone
 * ({@link GlossaryReader.conceptAt}).
 */
export function encodeGlossaryAt(glossary: Glossary): { bytes: Uint8Array; offsets: Uint32Array } {
  const strings = new StringList();
  const str = (s: string): number => strings.id(s);
  const words = new WordList();
  const stamp = (s: ConceptStamp): void => {
    words.push(str(s.by), str(s.at));
  };
  const starts = new Uint32Array(glossary.concepts.length);
  words.push(glossary.concepts.length, glossary.origin === undefined ? 0 : C_ORIGIN);
  if (glossary.origin !== undefined) words.push(str(glossary.origin));
  let k = 0;
  for (const c of glossary.concepts) {
    starts[k++] = words.length;
    let flags = 0;
    if (c.generatedId) flags |= C_GENERATED;
    if (c.created) flags |= C_CREATED;
    if (c.modified) flags |= C_MODIFIED;
    if (c.definition !== undefined) flags |= C_DEFINITION;
    if (c.note !== undefined) flags |= C_NOTE;
    if (c.subjectField !== undefined) flags |= C_SUBJECT;
    words.push(str(c.id), flags);
    if (c.created) stamp(c.created);
    if (c.modified) stamp(c.modified);
    if (c.definition !== undefined) words.push(str(c.definition));
    if (c.note !== undefined) words.push(str(c.note));
    if (c.subjectField !== undefined) words.push(str(c.subjectField));
    const langs = Object.keys(c.terms);
    words.push(langs.length);
    for (const lang of langs) {
      const terms = c.terms[lang]!;
      words.push(str(lang), terms.length);
      for (const t of terms) {
        let code = STATUSES.indexOf(t.status) | (Math.max(0, TYPES.indexOf(t.type)) << 2);
        if (t.partOfSpeech !== undefined) code |= T_POS;
        if (t.note !== undefined) code |= T_NOTE;
        if (t.caseSensitive !== undefined) code |= T_CASE_SET | (t.caseSensitive ? T_CASE : 0);
        if (t.exact !== undefined) code |= T_EXACT_SET | (t.exact ? T_EXACT : 0);
        words.push(str(t.text), code);
        if (t.partOfSpeech !== undefined) words.push(str(t.partOfSpeech));
        if (t.note !== undefined) words.push(str(t.note));
      }
    }
  }
  const { bytes, wordsAt } = encodeStringsAndWords(strings, words);
  for (let j = 0; j < starts.length; j++) starts[j] = starts[j]! + wordsAt;
  return { bytes, offsets: starts };
}

/** Strings numbered in the order they are first met, each once. */
export class StringList {
  readonly #ids = new Map<string, number>();
  readonly list: string[] = [];

  /**
   * A new number for `s`, without looking for an earlier one: for strings
   * that rarely repeat, where the look-up would cost more than the copy.
   */
  add(s: string): number {
    this.list.push(s);
    return this.list.length - 1;
  }

  /** The number of `s`, given it one if it is new. */
  id(s: string): number {
    let i = this.#ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.#ids.set(s, i);
    }
    return i;
  }
}

/**
 * The string table then the words, as {@link readStrings} reads them back;
 * `wordsAt` is where the words start, in u32 words.
 */
export function encodeStringsAndWords(strings: StringList, words: WordList): { bytes: Uint8Array; wordsAt: number } {
  const list = strings.list;
  const utf8 = new TextEncoder().encode(list.join(''));
  const padded = (utf8.length + 3) & ~3;
  const out = new Uint8Array(4 + list.length * 4 + 4 + padded + words.length * 4);
  const view = new DataView(out.buffer);
  let at = 0;
  view.setUint32(at, list.length, true);
  at += 4;
  if (LITTLE_ENDIAN) {
    // Millions of lengths on a big glossary: written through a word view, not a call per length.
    const lengths = new Uint32Array(out.buffer, 4, list.length);
    for (let i = 0; i < list.length; i++) lengths[i] = list[i]!.length;
    at += list.length * 4;
  } else {
    for (const s of list) {
      view.setUint32(at, s.length, true);
      at += 4;
    }
  }
  view.setUint32(at, utf8.length, true);
  at += 4;
  out.set(utf8, at);
  at += padded;
  const wordsAt = at >>> 2;
  // Little-endian words: copied as they are on little-endian machines (all that run the app), else one by one.
  const w = words.view();
  if (LITTLE_ENDIAN) out.set(new Uint8Array(w.buffer, w.byteOffset, w.byteLength), at);
  else {
    for (const x of w) {
      view.setUint32(at, x, true);
      at += 4;
    }
  }
  return { bytes: out, wordsAt };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A growing list of u32 words: a 100,000-concept glossary writes millions, which a plain array holds at twice the size. */
export class WordList {
  #words = new Uint32Array(1 << 16);
  length = 0;

  /** Appends one or two words (no rest parameter: that would allocate an array per call). */
  push(a: number, b?: number): void {
    if (this.length + 2 > this.#words.length) {
      const bigger = new Uint32Array(this.#words.length * 2);
      bigger.set(this.#words);
      this.#words = bigger;
    }
    this.#words[this.length++] = a;
    if (b !== undefined) this.#words[this.length++] = b;
  }

  /** Appends every word of `list`. */
  pushAll(list: ArrayLike<number>): void {
    for (let i = 0; i < list.length; i++) this.push(list[i]!);
  }

  /** Overwrites the word at `at` (a count known only once what it counts is written). */
  set(at: number, value: number): void {
    this.#words[at] = value;
  }

  view(): Uint32Array {
    return this.#words.subarray(0, this.length);
  }
}

/**
 * The string table of data written by {@link encodeStringsAndWords}: every
 * string is cut from one decoded text the first time it is asked for, so a
 * reader that needs a few of a million strings makes a few.
 */
export class StringTable {
  readonly #all: string;
  /** Where each string starts in #all; one more entry than strings. */
  readonly #starts: Uint32Array;
  readonly #made: (string | undefined)[];
  readonly count: number;

  constructor(all: string, starts: Uint32Array) {
    this.#all = all;
    this.#starts = starts;
    this.count = starts.length - 1;
    this.#made = new Array<string | undefined>(this.count);
  }

  /** String number `i`; throws on a number out of range. */
  get(i: number): string {
    if (i >= this.count) throw new GlossaryBinaryError('a string number is out of range');
    let s = this.#made[i];
    if (s === undefined) {
      s = this.#all.slice(this.#starts[i]!, this.#starts[i + 1]!);
      this.#made[i] = s;
    }
    return s;
  }
}

/** The u32 words of `data`, which must start at a multiple of 4 bytes (copied when it does not). */
export function wordsOf(data: Uint8Array): { data: Uint8Array; u32: Uint32Array } {
  if (data.byteOffset % 4 !== 0) data = data.slice();
  return { data, u32: new Uint32Array(data.buffer, data.byteOffset, data.byteLength >>> 2) };
}

/** Reads the string table at the start of `data`; `wordsAt` is where the words after it begin. */
export function readStrings(data: Uint8Array, u32: Uint32Array): { strings: StringTable; wordsAt: number } {
  const limit = u32.length;
  if (limit < 2) throw new GlossaryBinaryError('it ends early');
  const count = u32[0]!;
  if (count + 2 > limit) throw new GlossaryBinaryError('too many strings');
  const byteLength = u32[1 + count]!;
  const byteStart = (2 + count) * 4;
  if (byteStart + byteLength > data.byteLength) throw new GlossaryBinaryError('the strings run past the end');
  // One string for all of them: each kept string is a slice of it, so nothing is stored twice.
  const all = new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(byteStart, byteStart + byteLength));
  const starts = new Uint32Array(count + 1);
  let from = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = from;
    from += u32[1 + i]!;
  }
  starts[count] = from;
  if (from !== all.length) throw new GlossaryBinaryError('the string lengths do not add up');
  return { strings: new StringTable(all, starts), wordsAt: 2 + count + ((byteLength + 3) >>> 2) };
}

/**
 * Reads what {@link encodeGlossary} wrote. `data` must start at a multiple of
 * 4 bytes in its buffer. Throws {@link GlossaryBinaryError} on data that does
 * not add up.
 */
export function decodeGlossary(data: Uint8Array): Glossary {
  return new GlossaryReader(data).glossary();
}

/**
 * A glossary in the binary form, read whole ({@link glossary}) or one concept
 * at a time ({@link conceptAt}), the way a term index restored from the cache
 * reads only the concepts a text names.
 */
export class GlossaryReader {
  readonly #u32: Uint32Array;
  readonly #strings: StringTable;
  readonly #first: number;
  /** Number of concepts. */
  readonly size: number;
  /** Where the glossary came from, as written. */
  readonly origin: string | undefined;

  constructor(bytes: Uint8Array) {
    const { data, u32 } = wordsOf(bytes);
    const { strings, wordsAt } = readStrings(data, u32);
    this.#u32 = u32;
    this.#strings = strings;
    let p = wordsAt;
    if (p + 2 > u32.length) throw new GlossaryBinaryError('it ends early');
    this.size = u32[p++]!;
    if (this.size > u32.length) throw new GlossaryBinaryError('too many concepts');
    const flags = u32[p++]!;
    this.origin = flags & C_ORIGIN ? this.#str(p++) : undefined;
    this.#first = p;
  }

  #word(p: number): number {
    if (p >= this.#u32.length) throw new GlossaryBinaryError('it ends early');
    return this.#u32[p]!;
  }

  #str(p: number): string {
    return this.#strings.get(this.#word(p));
  }

  /** Every concept, checking that the data ends with the last one. */
  glossary(): Glossary {
    const concepts: Concept[] = new Array<Concept>(this.size);
    let p = this.#first;
    for (let k = 0; k < this.size; k++) {
      const read = this.#concept(p);
      concepts[k] = read.concept;
      p = read.next;
    }
    if (p !== this.#u32.length) throw new GlossaryBinaryError('there is data after the last concept');
    return this.origin === undefined ? { concepts } : { concepts, origin: this.origin };
  }

  /** The id of the concept whose record starts at word `p` (an offset from {@link encodeGlossaryAt}). */
  idAt(p: number): string {
    return this.#str(p);
  }

  /** The concept whose record starts at word `p` (an offset from {@link encodeGlossaryAt}). */
  conceptAt(p: number): Concept {
    return this.#concept(p).concept;
  }

  #concept(start: number): { concept: Concept; next: number } {
    let p = start;
    const limit = this.#u32.length;
    const next = (): number => this.#word(p++);
    const str = (): string => this.#str(p++);
    const stamp = (): ConceptStamp => {
      const by = str();
      return { by, at: str() };
    };
    const id = str();
    const flags = next();
    const c: Concept = { id, terms: {} };
    if (flags & C_GENERATED) c.generatedId = true;
    if (flags & C_CREATED) c.created = stamp();
    if (flags & C_MODIFIED) c.modified = stamp();
    if (flags & C_DEFINITION) c.definition = str();
    if (flags & C_NOTE) c.note = str();
    if (flags & C_SUBJECT) c.subjectField = str();
    const langs = next();
    for (let l = 0; l < langs; l++) {
      const lang = str();
      const m = next();
      if (m > limit) throw new GlossaryBinaryError('too many terms');
      const terms: Term[] = new Array<Term>(m);
      for (let j = 0; j < m; j++) {
        const text = str();
        const code = next();
        const type = TYPES[(code >>> 2) & 7];
        if (code >>> 11 !== 0 || ((code >>> 2) & 7) >= TYPES.length)
          throw new GlossaryBinaryError('a term code is unknown');
        const t: Term = { text, status: STATUSES[code & 3]! };
        if (type !== undefined) t.type = type;
        if (code & T_POS) t.partOfSpeech = str();
        if (code & T_CASE_SET) t.caseSensitive = (code & T_CASE) !== 0;
        if (code & T_EXACT_SET) t.exact = (code & T_EXACT) !== 0;
        if (code & T_NOTE) t.note = str();
        terms[j] = t;
      }
      c.terms[lang] = terms;
    }
    return { concept: c, next: p };
  }
}
