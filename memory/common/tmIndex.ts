import { align, scoreBound, scoreOf, wordDiff, type DiffOp } from './score.js';
import { adaptTarget } from './adapt.js';
import { exactKey, indexKeys, tmTokens, type TmToken } from './tmTokens.js';
import { UNIT_FIELDS, type TmUnit } from './tmUnit.js';

/** Bumped whenever the layout of {@link TmIndexData} or its keys change: older caches are rebuilt. */
export const TM_INDEX_VERSION = 1;

/**
 * A memory's index as plain typed arrays (so a cache file is these arrays
 * written one after another, and reading it back parses nothing):
 *
 * - the units' texts, UTF-8 in one blob; `fields[u * 6 + f]` is where field
 *   f of unit u starts (source, target, by, at, prev, next), the next entry
 *   where it ends;
 * - `wordCounts[u]`: the unit's index keys (words, numbers, tags);
 * - the vocabulary of source keys (`vocab`, "\n"-joined) and for each key
 *   the units whose source has it (`wordOffsets`/`wordPostings`);
 * - word trigrams hashed to `gramOffsets.length - 1` buckets, each with the
 *   units having a trigram of that bucket (`gramOffsets`/`gramPostings`).
 *   A collision only adds a candidate, which the edit distance then rejects;
 * - the target's words the same way (`targetVocab`, …) for the concordance.
 */
export interface TmIndexData {
  count: number;
  blob: Uint8Array;
  fields: Uint32Array;
  wordCounts: Uint16Array;
  vocab: string;
  wordOffsets: Uint32Array;
  wordPostings: Uint32Array;
  targetVocab: string;
  targetOffsets: Uint32Array;
  targetPostings: Uint32Array;
  gramOffsets: Uint32Array;
  gramPostings: Uint32Array;
}

const FIELD_COUNT = UNIT_FIELDS.length;

/** A growable typed array of unsigned 32-bit numbers. */
class U32List {
  data = new Uint32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A 32-bit hash of a word trigram (three vocabulary ids). */
function gramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1);
  h = Math.imul(h ^ (b + 1), 0x85ebca77);
  h = Math.imul(h ^ (c + 1), 0xc2b2ae3d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Inverted lists from (unit, key) pairs given per unit: CSR arrays, each unit once per key. */
function invert(
  keyCount: number,
  unitKeys: U32List,
  unitStarts: U32List,
): { offsets: Uint32Array; postings: Uint32Array } {
  const offsets = new Uint32Array(keyCount + 1);
  const keys = unitKeys.view();
  const starts = unitStarts.view();
  const units = starts.length - 1;
  // A unit listed once per key: the last unit counted for each key is remembered.
  const lastUnit = new Int32Array(keyCount).fill(-1);
  for (let u = 0; u < units; u++) {
    for (let k = starts[u]!; k < starts[u + 1]!; k++) {
      const key = keys[k]!;
      if (lastUnit[key] === u) continue;
      lastUnit[key] = u;
      offsets[key + 1]!++;
    }
  }
  for (let k = 0; k < keyCount; k++) offsets[k + 1]! += offsets[k]!;
  const postings = new Uint32Array(offsets[keyCount]!);
  const fill = offsets.slice(0, keyCount);
  lastUnit.fill(-1);
  for (let u = 0; u < units; u++) {
    for (let k = starts[u]!; k < starts[u + 1]!; k++) {
      const key = keys[k]!;
      if (lastUnit[key] === u) continue;
      lastUnit[key] = u;
      postings[fill[key]!++] = u;
    }
  }
  return { offsets, postings };
}

/** Builds a {@link TmIndexData} one unit at a time (a reader streams units into it). */
export class TmIndexBuilder {
  private blob = new Uint8Array(1 << 16);
  private blobLength = 0;
  private readonly fields = new U32List();
  private readonly wordCounts = new U32List();
  private readonly vocab = new Map<string, number>();
  private readonly targetVocab = new Map<string, number>();
  private readonly unitWords = new U32List();
  private readonly unitStarts = new U32List();
  private readonly targetWords = new U32List();
  private readonly targetStarts = new U32List();
  private readonly encoder = new TextEncoder();
  private count = 0;

  constructor() {
    this.unitStarts.push(0);
    this.targetStarts.push(0);
  }

  /** Units added so far. */
  get size(): number {
    return this.count;
  }

  private write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const need = this.blobLength + text.length * 3;
    if (need > this.blob.length) {
      let size = this.blob.length * 2;
      while (size < need) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.blob.subarray(0, this.blobLength));
      this.blob = next;
    }
    this.blobLength += this.encoder.encodeInto(text, this.blob.subarray(this.blobLength)).written;
  }

  private id(map: Map<string, number>, key: string): number {
    let id = map.get(key);
    if (id === undefined) {
      id = map.size;
      map.set(key, id);
    }
    return id;
  }

  /** Adds one unit. */
  add(unit: TmUnit): void {
    for (const f of UNIT_FIELDS) {
      this.fields.push(this.blobLength);
      this.write(unit[f] ?? '');
    }
    const keys = indexKeys(tmTokens(unit.source));
    for (const k of keys) this.unitWords.push(this.id(this.vocab, k));
    this.unitStarts.push(this.unitWords.length);
    this.wordCounts.push(Math.min(keys.length, 0xffff));
    for (const t of tmTokens(unit.target)) {
      if (t.kind === 'word') this.targetWords.push(this.id(this.targetVocab, t.key));
    }
    this.targetStarts.push(this.targetWords.length);
    this.count++;
  }

  /** The finished index. The builder must not be used afterwards. */
  finish(): TmIndexData {
    this.fields.push(this.blobLength);
    const words = invert(this.vocab.size, this.unitWords, this.unitStarts);
    const target = invert(this.targetVocab.size, this.targetWords, this.targetStarts);
    // Trigram buckets: about two grams per bucket, a power of two between 2^10 and 2^24.
    const ids = this.unitWords.view();
    const starts = this.unitStarts.view();
    let grams = 0;
    for (let u = 0; u < this.count; u++) grams += Math.max(0, starts[u + 1]! - starts[u]! - 2);
    let buckets = 1024;
    while (buckets < grams / 2 && buckets < 1 << 24) buckets *= 2;
    const gramKeys = new U32List();
    const gramStarts = new U32List();
    gramStarts.push(0);
    for (let u = 0; u < this.count; u++) {
      for (let k = starts[u]!; k + 2 < starts[u + 1]!; k++) {
        gramKeys.push(gramHash(ids[k]!, ids[k + 1]!, ids[k + 2]!) & (buckets - 1));
      }
      gramStarts.push(gramKeys.length);
    }
    const gram = invert(buckets, gramKeys, gramStarts);
    return {
      count: this.count,
      blob: this.blob.slice(0, this.blobLength),
      fields: this.fields.view().slice(),
      wordCounts: Uint16Array.from(this.wordCounts.view()),
      vocab: [...this.vocab.keys()].join('\n'),
      wordOffsets: words.offsets,
      wordPostings: words.postings,
      targetVocab: [...this.targetVocab.keys()].join('\n'),
      targetOffsets: target.offsets,
      targetPostings: target.postings,
      gramOffsets: gram.offsets,
      gramPostings: gram.postings,
    };
  }
}

/** Builds the index of a list of units. */
export function buildTmIndex(units: Iterable<TmUnit>): TmIndexData {
  const b = new TmIndexBuilder();
  for (const u of units) b.add(u);
  return b.finish();
}

/** A fuzzy match as the index reports it (the service adds the origin). */
export interface IndexMatch {
  unit: number;
  score: number;
  source: string;
  target: string;
  adapted: boolean;
  diff: DiffOp[];
  by?: string;
  at?: string;
}

/** What a lookup asks. */
export interface LookupQuery {
  source: string;
  prev?: string;
  next?: string;
  /** Lowest score returned (default 50). */
  min?: number;
  /** Most matches returned (default 5). */
  max?: number;
  /** Units to leave out (superseded in the project memory). */
  skip?: (unit: number) => boolean;
}

/** How many candidates the n-gram stage hands to the edit distance. */
const CANDIDATES = 48;

/**
 * A memory index ready for lookups: {@link TmIndexData} plus the vocabulary
 * maps and scratch arrays. Lookups: word trigrams of the query (numbers and
 * tags as one key each, so a changed number still finds the unit) pick
 * candidates from the bucket lists, ranked by shared trigrams over the
 * union; queries of fewer than three keys use the word lists instead. The
 * best {@link CANDIDATES} are then aligned word by word (score.ts).
 */
export class TmIndex {
  readonly data: TmIndexData;
  private readonly vocab: Map<string, number>;
  private readonly counts: Uint16Array;
  private readonly decoder = new TextDecoder();

  constructor(data: TmIndexData) {
    this.data = data;
    this.vocab = new Map();
    if (data.vocab !== '') data.vocab.split('\n').forEach((k, i) => this.vocab.set(k, i));
    this.counts = new Uint16Array(data.count);
  }

  /** Number of units. */
  get size(): number {
    return this.data.count;
  }

  /** Field `f` (0 source, 1 target, 2 by, 3 at, 4 prev, 5 next) of unit `u`. */
  field(u: number, f: number): string {
    const i = u * FIELD_COUNT + f;
    const start = this.data.fields[i]!;
    const end = this.data.fields[i + 1]!;
    return start === end ? '' : this.decoder.decode(this.data.blob.subarray(start, end));
  }

  /** Unit `u` as a {@link TmUnit}. */
  unit(u: number): TmUnit {
    const out: TmUnit = { source: this.field(u, 0), target: this.field(u, 1) };
    UNIT_FIELDS.forEach((name, f) => {
      if (f < 2) return;
      const v = this.field(u, f);
      if (v !== '') out[name as 'by'] = v;
    });
    return out;
  }

  /** The candidate units for a query's keys, most promising first. */
  candidates(keys: readonly string[], limit = CANDIDATES): number[] {
    const ids: number[] = keys.map((k) => this.vocab.get(k) ?? -1);
    const d = this.data;
    const lists: Array<[number, number]> = [];
    let queryGrams = 0;
    if (ids.length >= 3) {
      const buckets = d.gramOffsets.length - 1;
      const seen = new Set<number>();
      for (let k = 0; k + 2 < ids.length; k++) {
        queryGrams++;
        if (ids[k]! < 0 || ids[k + 1]! < 0 || ids[k + 2]! < 0) continue;
        const b = gramHash(ids[k]!, ids[k + 1]!, ids[k + 2]!) & (buckets - 1);
        if (seen.has(b)) continue;
        seen.add(b);
        lists.push([d.gramOffsets[b]!, d.gramOffsets[b + 1]!]);
      }
    }
    const useWords = ids.length < 3 || lists.length === 0;
    if (useWords) {
      const seen = new Set<number>();
      for (const id of ids) {
        if (id < 0 || seen.has(id)) continue;
        seen.add(id);
        lists.push([d.wordOffsets[id]!, d.wordOffsets[id + 1]!]);
      }
      queryGrams = ids.length;
    }
    const postings = useWords ? d.wordPostings : d.gramPostings;
    // Lists shared by more than a 64th of the memory ("de la #n", "și") say little and cost much:
    // they are skipped when rarer ones exist.
    const long = Math.max(1000, d.count >>> 6);
    const rare = lists.filter(([s, e]) => e - s <= long);
    const used = rare.length > 0 ? rare : lists;
    const counts = this.counts;
    const touched: number[] = [];
    for (const [s, e] of used) {
      for (let p = s; p < e; p++) {
        const u = postings[p]!;
        if (counts[u] === 0) touched.push(u);
        if (counts[u]! < 0xffff) counts[u]!++;
      }
    }
    // Rank by shared lists over the union of both sides' (Jaccard), keep the best `limit`.
    const best: Array<[number, number]> = [];
    let floor = -1;
    for (const u of touched) {
      const c = counts[u]!;
      counts[u] = 0;
      const unitGrams = useWords ? d.wordCounts[u]! : Math.max(1, d.wordCounts[u]! - 2);
      const r = c / (queryGrams + unitGrams - c);
      if (best.length >= limit && r <= floor) continue;
      best.push([r, u]);
      if (best.length >= limit * 2) {
        best.sort((x, y) => y[0] - x[0]);
        best.length = limit;
        floor = best[limit - 1]![0];
      }
    }
    best.sort((x, y) => y[0] - x[0]);
    return best.slice(0, limit).map(([, u]) => u);
  }

  /** Fuzzy matches of `query.source`, best first. */
  lookup(query: LookupQuery): IndexMatch[] {
    const min = query.min ?? 50;
    const max = query.max ?? 5;
    const bTokens = tmTokens(query.source);
    const keys = indexKeys(bTokens);
    // First the word alignment alone (cheap); adaptation, which reads numbers and dates, and the
    // diff only for the few best, since adapting can only lower a score (placeables it could not change).
    const prelim: Array<{ u: number; score: number }> = [];
    for (const u of this.candidates(keys)) {
      if (query.skip?.(u)) continue;
      if (scoreBound(this.data.wordCounts[u]!, keys.length) < min) continue;
      const score = scoreOf(align(tmTokens(this.field(u, 0)), bTokens));
      if (score >= min) prelim.push({ u, score });
    }
    prelim.sort((x, y) => y.score - x.score);
    const out: IndexMatch[] = [];
    for (const { u } of prelim.slice(0, max + 4)) {
      const m = this.matchUnit(u, query.source, bTokens, query);
      if (m.score >= min) out.push(m);
    }
    out.sort((x, y) => y.score - x.score || (y.at ?? '').localeCompare(x.at ?? ''));
    return out.slice(0, max);
  }

  /** Scores unit `u` against a new source already tokenised. */
  matchUnit(u: number, bText: string, b: readonly TmToken[], context: { prev?: string; next?: string }): IndexMatch {
    const unit = this.unit(u);
    const m = scoreUnit(unit, bText, b, context);
    return { unit: u, ...m };
  }
}

/**
 * The match of one unit against a new source: alignment, adaptation of the
 * target, score (101 for an exact match with the same neighbours) and diff.
 */
export function scoreUnit(
  unit: TmUnit,
  bText: string,
  b: readonly TmToken[],
  context: { prev?: string; next?: string } = {},
): Omit<IndexMatch, 'unit'> {
  const a = tmTokens(unit.source);
  const alignment = align(a, b);
  const adaptation = adaptTarget(unit.source, a, bText, b, unit.target, alignment);
  let score = scoreOf(alignment, adaptation.unadapted * 0.3);
  if (score === 100 && exactKey(unit.source) !== exactKey(bText)) score = 99;
  // A unit stored without any context (most TMX files) never scores 101; the first or last
  // segment of a text has an empty neighbour on that side, stored as nothing.
  if (
    score === 100 &&
    (context.prev !== undefined || context.next !== undefined) &&
    (unit.prev !== undefined || unit.next !== undefined) &&
    exactKey(unit.prev ?? '') === exactKey(context.prev ?? '') &&
    exactKey(unit.next ?? '') === exactKey(context.next ?? '')
  ) {
    score = 101;
  }
  return {
    score,
    source: unit.source,
    target: adaptation.target,
    adapted: adaptation.adapted,
    diff: wordDiff(unit.source, a, bText, b, alignment),
    ...(unit.by ? { by: unit.by } : {}),
    ...(unit.at ? { at: unit.at } : {}),
  };
}
