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
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string): number => {
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  const words = new WordList();
  const stamp = (s: ConceptStamp): void => {
    words.push(str(s.by), str(s.at));
  };
  words.push(glossary.concepts.length, glossary.origin === undefined ? 0 : C_ORIGIN);
  if (glossary.origin !== undefined) words.push(str(glossary.origin));
  for (const c of glossary.concepts) {
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
  const utf8 = new TextEncoder().encode(strings.join(''));
  const padded = (utf8.length + 3) & ~3;
  const out = new Uint8Array(4 + strings.length * 4 + 4 + padded + words.length * 4);
  const view = new DataView(out.buffer);
  let at = 0;
  view.setUint32(at, strings.length, true);
  at += 4;
  for (const s of strings) {
    view.setUint32(at, s.length, true);
    at += 4;
  }
  view.setUint32(at, utf8.length, true);
  at += 4;
  out.set(utf8, at);
  at += padded;
  // Little-endian words: copied as they are on little-endian machines (all that run the app), else one by one.
  const list = words.view();
  if (LITTLE_ENDIAN) out.set(new Uint8Array(list.buffer, list.byteOffset, list.byteLength), at);
  else {
    for (const w of list) {
      view.setUint32(at, w, true);
      at += 4;
    }
  }
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A growing list of u32 words: a 100,000-concept glossary writes millions, which a plain array holds at twice the size. */
class WordList {
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

  view(): Uint32Array {
    return this.#words.subarray(0, this.length);
  }
}

/**
 * Reads what {@link encodeGlossary} wrote. `data` must start at a multiple of
 * 4 bytes in its buffer. Throws {@link GlossaryBinaryError} on data that does
 * not add up.
 */
export function decodeGlossary(data: Uint8Array): Glossary {
  if (data.byteOffset % 4 !== 0) data = data.slice();
  const limit = data.byteLength >>> 2;
  const u32 = new Uint32Array(data.buffer, data.byteOffset, limit);
  let p = 0;
  const next = (): number => {
    if (p >= limit) throw new GlossaryBinaryError('it ends early');
    return u32[p++]!;
  };
  const count = next();
  if (count > limit) throw new GlossaryBinaryError('too many strings');
  const lengths = u32.subarray(p, p + count);
  p += count;
  const byteLength = next();
  const byteStart = p * 4;
  if (byteStart + byteLength > data.byteLength) throw new GlossaryBinaryError('the strings run past the end');
  // One string for all of them: each kept string is a slice of it, so nothing is stored twice.
  const all = new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(byteStart, byteStart + byteLength));
  p += (byteLength + 3) >>> 2;
  const strings: string[] = new Array<string>(count);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const end = from + lengths[i]!;
    if (end > all.length) throw new GlossaryBinaryError('a string runs past the end');
    strings[i] = all.slice(from, end);
    from = end;
  }
  if (from !== all.length) throw new GlossaryBinaryError('the string lengths do not add up');
  const str = (): string => {
    const i = next();
    if (i >= count) throw new GlossaryBinaryError('a string number is out of range');
    return strings[i]!;
  };
  const stamp = (): ConceptStamp => {
    const by = str();
    return { by, at: str() };
  };

  const n = next();
  if (n > limit) throw new GlossaryBinaryError('too many concepts');
  const glossaryFlags = next();
  const origin = glossaryFlags & C_ORIGIN ? str() : undefined;
  const concepts: Concept[] = new Array<Concept>(n);
  for (let k = 0; k < n; k++) {
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
    concepts[k] = c;
  }
  if (p !== limit) throw new GlossaryBinaryError('there is data after the last concept');
  return origin === undefined ? { concepts } : { concepts, origin };
}
