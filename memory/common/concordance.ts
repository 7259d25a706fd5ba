import { hasRoDiacritics, paradigmAccepts, paradigmOf, type Paradigm } from '../../shared/text/roMorph.js';
import { matchKey } from '../../shared/text/normalize.js';
import { baseForm } from '../../shared/text/roLemma.js';
import type { TmIndex } from './tmIndex.js';
import { tmTokens, type TmToken } from './tmTokens.js';

/** Which side a concordance searches. */
export type ConcordanceSide = 'source' | 'target' | 'both';

/** One concordance hit in one index. */
export interface ConcordanceHit {
  unit: number;
  source: string;
  target: string;
  by?: string;
  at?: string;
  ranges: Array<{ side: 'source' | 'target'; start: number; end: number }>;
}

/** A query word and how a text word is tested against it. */
interface QueryWord {
  key: string;
  accepts: (token: TmToken) => boolean;
}

/** English forms of a query word: the word, -s, -es, 's and ’s (ro-en-notes.md: generate, never stem). */
function englishWord(key: string): QueryWord {
  const forms = new Set([key, `${key}s`, `${key}es`, `${key}'s`, `${key}’s`, `${key}s'`]);
  if (key.endsWith('y')) forms.add(`${key.slice(0, -1)}ies`);
  return { key, accepts: (t) => t.kind === 'word' && forms.has(t.key) };
}

/**
 * A Romanian query word: any inflected form of it, as the term matcher
 * accepts them (shared/text/roMorph.ts paradigms: "acord" finds
 * "acordului" and "acorduri" but not "acordat"). A word typed with
 * diacritics finds only forms with the same diacritics; one typed without
 * them finds both.
 */
function romanianWord(word: string, lemma: string): QueryWord {
  const paradigms: Paradigm[] = [...new Set([word, lemma])].map((w) => {
    const acronym = w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w);
    return paradigmOf(w, { role: acronym ? 'acronym' : 'noun' });
  });
  const strict = hasRoDiacritics(word);
  const key = matchKey(word);
  return {
    key,
    accepts: (t) =>
      t.kind === 'word' &&
      (t.key === key ||
        paradigms.some((p) => paradigmAccepts(p, t.text, undefined, strict && hasRoDiacritics(t.text)))),
  };
}

/**
 * The Romanian query words, each with its base form (shared/text/roLemma.ts):
 * a query typed or selected inflected ("acordului", "Uniunii Europene")
 * finds every form of its lemma, not only the forms of the inflected word.
 */
function romanianWords(query: readonly TmToken[], text: string): QueryWord[] {
  const lemmaWords = tmTokens(baseForm(text)).filter((t) => t.kind === 'word' || t.kind === 'number');
  const aligned = lemmaWords.length === query.length;
  return query.map((t, i) => romanianWord(t.text, aligned ? lemmaWords[i]!.text : t.text));
}

/**
 * Where the query's words stand in `tokens`: every run of consecutive words
 * (punctuation between them ignored) that the query's words accept in
 * order. Empty when the query does not occur as a phrase.
 */
function phraseRanges(tokens: readonly TmToken[], words: readonly QueryWord[]): Array<{ start: number; end: number }> {
  const list = tokens.filter((t) => t.kind !== 'punct');
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + words.length <= list.length; i++) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = words[k]!.accepts(list[i + k]!);
    if (ok) {
      for (let k = 0; k < words.length; k++) out.push({ start: list[i + k]!.start, end: list[i + k]!.end });
      i += words.length - 1;
    }
  }
  return out;
}

/** Vocabulary ids the query word accepts: found by a scan of the keys sharing its first letters. */
function acceptedIds(vocab: readonly string[], word: QueryWord): number[] {
  const prefix = word.key.slice(0, Math.min(3, word.key.length));
  const out: number[] = [];
  for (let i = 0; i < vocab.length; i++) {
    const k = vocab[i]!;
    if (!k.startsWith(prefix)) continue;
    // The key stands for a written word here: the paradigm works on keys as well (folding twice changes nothing).
    if (word.accepts({ kind: 'word', text: k, key: k, start: 0, end: k.length })) out.push(i);
  }
  return out;
}

/** Units whose lists (offsets/postings) hold any of `ids`. */
function unitsOf(ids: readonly number[], offsets: Uint32Array, postings: Uint32Array): Set<number> {
  const out = new Set<number>();
  for (const id of ids) for (let p = offsets[id]!; p < offsets[id + 1]!; p++) out.add(postings[p]!);
  return out;
}

const vocabCache = new WeakMap<TmIndex, { source: string[]; target: string[] }>();

function vocabularies(index: TmIndex): { source: string[]; target: string[] } {
  let v = vocabCache.get(index);
  if (!v) {
    v = {
      source: index.data.vocab === '' ? [] : index.data.vocab.split('\n'),
      target: index.data.targetVocab === '' ? [] : index.data.targetVocab.split('\n'),
    };
    vocabCache.set(index, v);
  }
  return v;
}

/**
 * Searches an index's sources (Romanian, inflection-aware), targets
 * (English forms) or both for `query` as a phrase. Candidate units come
 * from the word lists of the query's rarest word; each is then checked on
 * its text, so the ranges are exact.
 */
export function concordance(index: TmIndex, query: string, side: ConcordanceSide, limit = 50): ConcordanceHit[] {
  const qTokens = tmTokens(query).filter((t) => t.kind === 'word' || t.kind === 'number');
  if (qTokens.length === 0) return [];
  const vocab = vocabularies(index);
  const d = index.data;
  const sides: Array<'source' | 'target'> = side === 'both' ? ['source', 'target'] : [side];
  const hits = new Map<number, ConcordanceHit>();
  for (const s of sides) {
    const words = s === 'source' ? romanianWords(qTokens, query) : qTokens.map((t) => englishWord(t.key));
    const v = s === 'source' ? vocab.source : vocab.target;
    const offsets = s === 'source' ? d.wordOffsets : d.targetOffsets;
    const postings = s === 'source' ? d.wordPostings : d.targetPostings;
    // Numbers are one key (#n) in the source lists; words narrow the candidates.
    const narrowing = words.filter((_, i) => qTokens[i]!.kind === 'word');
    if (narrowing.length === 0) continue;
    let candidates: Set<number> | undefined;
    for (const w of narrowing) {
      const units = unitsOf(acceptedIds(v, w), offsets, postings);
      candidates = candidates ? new Set([...candidates].filter((u) => units.has(u))) : units;
      if (candidates.size === 0) break;
    }
    for (const u of [...(candidates ?? [])].sort((x, y) => x - y)) {
      if (hits.size >= limit && !hits.has(u)) break;
      const text = index.field(u, s === 'source' ? 0 : 1);
      const ranges = phraseRanges(tmTokens(text), words);
      if (ranges.length === 0) continue;
      let hit = hits.get(u);
      if (!hit) {
        const unit = index.unit(u);
        hit = {
          unit: u,
          source: unit.source,
          target: unit.target,
          ...(unit.by ? { by: unit.by } : {}),
          ...(unit.at ? { at: unit.at } : {}),
          ranges: [],
        };
        hits.set(u, hit);
      }
      for (const r of ranges) hit.ranges.push({ side: s, ...r });
    }
  }
  return [...hits.values()].slice(0, limit);
}
