import { foldDiacritics, lowerRo, normalizeRo } from '../../shared/text/normalize.js';
import type { TmToken } from './tmTokens.js';

/**
 * Word-level Levenshtein with placeables, the way OmegaT and Trados score
 * fuzzy matches, with costs that say how much work a difference leaves the
 * translator:
 *
 * - a different, inserted or deleted word: 1
 * - a number or tag that differs (adapted in the target, see adapt.ts): 0.2
 * - the same word without its diacritics ("tara" for "țara"): 0.2
 * - the same word in another case: 0.1
 * - cedilla ş ţ for comma-below ș ț: 0 (one letter, two encodings)
 * - punctuation that differs, is added or is missing: 0.3
 *
 * The score is 100 × (1 − cost / length), where length counts words,
 * numbers and tags as 1 and punctuation as 0.3, over the longer of the two
 * texts; any difference keeps it at 99 or below.
 */
export const COSTS = {
  word: 1,
  placeable: 0.2,
  diacritics: 0.2,
  case: 0.1,
  punct: 0.3,
} as const;

/** How much a token weighs in the length of its text. */
function weight(t: TmToken): number {
  return t.kind === 'punct' ? COSTS.punct : 1;
}

/** The cost of putting `b` (new source) where `a` (memory source) stands. */
export function substitutionCost(a: TmToken, b: TmToken): number {
  if (a.text === b.text) return 0;
  if (a.kind === 'punct' || b.kind === 'punct') {
    return a.kind === b.kind ? COSTS.punct : Math.max(weight(a), weight(b));
  }
  if (a.kind !== b.kind) return COSTS.word;
  if (a.kind === 'number' || a.kind === 'tag') return COSTS.placeable;
  if (a.key !== b.key) return COSTS.word;
  const na = normalizeRo(a.text);
  const nb = normalizeRo(b.text);
  if (na === nb) return 0;
  const la = lowerRo(na);
  const lb = lowerRo(nb);
  if (la === lb) return COSTS.case;
  // Same key, different letters once lower-cased: the diacritics differ (and perhaps the case too).
  return foldDiacritics(na) === foldDiacritics(nb) ? COSTS.diacritics : COSTS.diacritics + COSTS.case;
}

/** One step of the alignment of the memory source (a) with the new source (b). */
export type AlignStep =
  | { op: 'equal' | 'substitute'; a: number; b: number; cost: number }
  | { op: 'delete'; a: number }
  | { op: 'insert'; b: number };

/** The result of aligning two token lists. */
export interface Alignment {
  cost: number;
  steps: AlignStep[];
  /** Total weight of each side (words 1, punctuation 0.3). */
  weightA: number;
  weightB: number;
}

/**
 * The cheapest alignment of `a` with `b` (weighted Levenshtein over tokens).
 * O(|a|·|b|) time; one Float64Array of that size for the trace back.
 */
export function align(a: readonly TmToken[], b: readonly TmToken[]): Alignment {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + weight(b[j - 1]!);
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1]!;
    const wa = weight(ai);
    const row = i * w;
    d[row] = d[row - w]! + wa;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1]!;
      const sub = d[row - w + j - 1]! + substitutionCost(ai, bj);
      const del = d[row - w + j]! + wa;
      const ins = d[row + j - 1]! + weight(bj);
      d[row + j] = sub <= del ? (sub <= ins ? sub : ins) : del <= ins ? del : ins;
    }
  }
  const steps: AlignStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j]!;
    if (i > 0 && j > 0) {
      const c = substitutionCost(a[i - 1]!, b[j - 1]!);
      if (Math.abs(d[(i - 1) * w + j - 1]! + c - here) < 1e-9) {
        steps.push({ op: c === 0 ? 'equal' : 'substitute', a: i - 1, b: j - 1, cost: c });
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && Math.abs(d[(i - 1) * w + j]! + weight(a[i - 1]!) - here) < 1e-9) {
      steps.push({ op: 'delete', a: i - 1 });
      i--;
    } else {
      steps.push({ op: 'insert', b: j - 1 });
      j--;
    }
  }
  steps.reverse();
  let weightA = 0;
  for (const t of a) weightA += weight(t);
  let weightB = 0;
  for (const t of b) weightB += weight(t);
  return { cost: d[n * w + m]!, steps, weightA, weightB };
}

/** The 0–100 score of an alignment plus any extra cost (placeables that could not be adapted). */
export function scoreOf(alignment: Alignment, extraCost = 0): number {
  const length = Math.max(alignment.weightA, alignment.weightB);
  const cost = alignment.cost + extraCost;
  if (length === 0) return cost === 0 ? 100 : 0;
  const score = Math.round(100 * (1 - cost / length));
  if (cost > 0) return Math.max(0, Math.min(99, score));
  return 100;
}

/** The highest score a text of `wa` words can reach against one of `wb` words: for pruning before aligning. */
export function scoreBound(wa: number, wb: number): number {
  const longer = Math.max(wa, wb);
  if (longer === 0) return 100;
  return Math.floor((100 * Math.min(wa, wb)) / longer) + 1;
}

/** One step of a word-level diff, as tmMatchSchema's `diff` carries it. */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * The diff from the memory's source `aText` to the new source `bText` at
 * word level: substituted words are a delete and an insert. Each token
 * carries the whitespace before it, so joining the equal and insert texts
 * gives `bText` back exactly, and the equal and delete texts give `aText`
 * up to whitespace (equal parts are shown as the new source spaces them).
 */
export function wordDiff(
  aText: string,
  a: readonly TmToken[],
  bText: string,
  b: readonly TmToken[],
  alignment: Alignment,
): DiffOp[] {
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  // The text of token k of a side, with the whitespace (or untokenised text) since the previous token.
  const piece = (text: string, toks: readonly TmToken[], k: number): string => {
    const from = k === 0 ? 0 : toks[k - 1]!.end;
    const to = k === toks.length - 1 ? text.length : toks[k]!.end;
    return text.slice(from, to);
  };
  for (const s of alignment.steps) {
    if (s.op === 'equal') {
      push('equal', piece(bText, b, s.b));
    } else if (s.op === 'substitute') {
      push('delete', piece(aText, a, s.a));
      push('insert', piece(bText, b, s.b));
    } else if (s.op === 'delete') {
      push('delete', piece(aText, a, s.a));
    } else {
      push('insert', piece(bText, b, s.b));
    }
  }
  if (b.length === 0) push('equal', bText);
  if (a.length === 0 && aText !== '' && b.length > 0) push('delete', aText);
  return out;
}
