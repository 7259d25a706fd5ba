/**
 * `node --import tsx bench/morphEval.ts [treebank.conllu …] [--errors N] [--folded] [--json]`
 *
 * Romanian morphology on real text (issue 11, causes 7–9), measured on a
 * Universal Dependencies treebank in CoNLL-U (UD Romanian-RRT, CC BY-SA 4.0;
 * use its dev or train split, never the test split the issue is judged on).
 * The treebank is not in the repository: fetch it and pass its path
 * (default /work/data/rrt/ro_rrt-ud-dev.conllu, or $MORPH_EVAL_CONLLU).
 *
 * `--lexicon` gives baseForm the dictionary-ro lexicon (roLexicon.ts).
 *
 * It reports
 * - **lemma accuracy** of `baseForm` (the "Add term" guess) on every NOUN token,
 *   all and plural forms separately, with and without sentence-start context;
 *   a guess is right when it equals the treebank's LEMMA, ignoring the case of
 *   the first letter (the UI keeps the case the user selected);
 * - **term matching** recall and precision of `TermIndex.findSource` on the
 *   running text with a glossary of every NOUN and PROPN lemma seen at least
 *   twice: a token is a gold occurrence of a term when its UPOS is NOUN or
 *   PROPN and its LEMMA is the term (case-insensitive for lower-case terms); a
 *   match over any other token is a false positive (an adjective "mare", a
 *   participle "răspuns", a "cale" taken for "cal"). `--folded` also scores
 *   the same text with every diacritic removed (a glossary with diacritics
 *   against text typed without them).
 */
import { readFileSync } from 'node:fs';
import { buildTermIndex } from '../glossary/common/termIndex.js';
import type { Concept, Glossary } from '../shared/model/glossary.js';
import { foldDiacritics, lowerRo } from '../shared/text/normalize.js';
import { baseForm, type BaseFormOptions } from '../shared/text/roLemma.js';
import { RoLexicon } from '../shared/text/roLexicon.js';

/** One syntactic word of the treebank with its offsets in the sentence text. */
interface UdToken {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  start: number;
  end: number;
}

interface UdSentence {
  text: string;
  tokens: UdToken[];
}

/** Reads CoNLL-U: `# text =` and the word lines; multiword-token ranges and empty nodes are skipped. */
export function parseConllu(src: string): UdSentence[] {
  const out: UdSentence[] = [];
  let text = '';
  let rows: string[][] = [];
  const flush = (): void => {
    if (text !== '' && rows.length > 0) out.push({ text, tokens: align(text, rows) });
    text = '';
    rows = [];
  };
  for (const line of src.split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice(9);
    else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0] ?? '')) rows.push(cols);
    }
  }
  flush();
  return out;
}

/** Finds each FORM in the sentence text, left to right. */
function align(text: string, rows: string[][]): UdToken[] {
  const tokens: UdToken[] = [];
  let at = 0;
  for (const cols of rows) {
    const form = cols[1]!;
    const i = text.indexOf(form, at);
    const start = i < 0 ? at : i;
    const end = i < 0 ? at : i + form.length;
    if (i >= 0) at = end;
    tokens.push({ form, lemma: cols[2]!, upos: cols[3]!, feats: cols[5]!, start, end });
  }
  return tokens;
}

const isUpper = (s: string): boolean => s !== '' && s[0] !== lowerRo(s[0]!);

/** Lemma equality ignoring the case of the first letter. */
function sameLemma(guess: string, lemma: string): boolean {
  return lowerRo(guess) === lowerRo(lemma);
}

interface LemmaScore {
  total: number;
  right: number;
  plural: number;
  pluralRight: number;
  errors: Map<string, number>;
}

function lemmaScore(sents: readonly UdSentence[], withContext: boolean, lexicon?: RoLexicon): LemmaScore {
  const s: LemmaScore = { total: 0, right: 0, plural: 0, pluralRight: 0, errors: new Map() };
  for (const sent of sents) {
    for (let k = 0; k < sent.tokens.length; k++) {
      const t = sent.tokens[k]!;
      if (t.upos !== 'NOUN' || !/\p{L}/u.test(t.form) || isAbbreviation(t)) continue;
      const opts: BaseFormOptions = withContext ? { sentenceStart: k === 0 } : {};
      if (lexicon) opts.lexicon = lexicon;
      const guess = baseForm(t.form, opts);
      const ok = sameLemma(guess, t.lemma);
      const plural = t.feats.includes('Number=Plur');
      s.total++;
      if (ok) s.right++;
      if (plural) {
        s.plural++;
        if (ok) s.pluralRight++;
      }
      if (!ok) {
        const key = `${t.form} → ${guess} (want ${t.lemma})`;
        s.errors.set(key, (s.errors.get(key) ?? 0) + 1);
      }
    }
  }
  return s;
}

/** The glossary: every NOUN/PROPN lemma seen at least `minCount` times; lower-case lemmas absorb capitalised twins. */
function lemmaGlossary(sents: readonly UdSentence[], minCount: number): Glossary {
  const counts = new Map<string, number>();
  for (const sent of sents)
    for (const t of sent.tokens)
      if ((t.upos === 'NOUN' || t.upos === 'PROPN') && !isAbbreviation(t) && /^\p{L}[\p{L}-]+$/u.test(t.lemma))
        counts.set(t.lemma, (counts.get(t.lemma) ?? 0) + 1);
  const lower = new Set([...counts.keys()].filter((l) => !isUpper(l)));
  const concepts: Concept[] = [];
  for (const [lemma, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (isUpper(lemma) && lower.has(lowerRo(lemma))) {
      counts.set(lowerRo(lemma), (counts.get(lowerRo(lemma)) ?? 0) + n);
      continue;
    }
  }
  for (const [lemma, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n < minCount || (isUpper(lemma) && lower.has(lowerRo(lemma)))) continue;
    concepts.push({ id: lemma, terms: { ro: [{ text: lemma, status: 'preferred' }], en: [] } });
  }
  return { concepts, origin: 'treebank lemmas' };
}

/**
 * An abbreviation or symbol tagged with its expansion as lemma (mg → miligram,
 * nr. → număr, CE → Comisia_Europeană): no inflection to recognise, so such
 * tokens are neither gold occurrences nor false positives, and such lemmas are no terms.
 */
function isAbbreviation(t: UdToken): boolean {
  if (t.form.includes('.') || t.lemma.includes('_')) return true;
  if (t.form.length <= 3 && t.lemma.length >= t.form.length + 3) return true;
  return t.form.length > 1 && t.form === t.form.toUpperCase() && t.lemma !== t.lemma.toUpperCase();
}

/** Whether token `t` is a gold occurrence of the term `id`. */
function isGold(t: UdToken, id: string): boolean {
  if ((t.upos !== 'NOUN' && t.upos !== 'PROPN') || isAbbreviation(t)) return false;
  return isUpper(id) ? t.lemma === id : lowerRo(t.lemma) === id;
}

interface MatchScore {
  tp: number;
  fp: number;
  fn: number;
  fpKinds: Map<string, number>;
  fnKinds: Map<string, number>;
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function matchScore(sents: readonly UdSentence[], glossary: Glossary, fold: boolean): MatchScore {
  const index = buildTermIndex(glossary);
  const ids = new Set(glossary.concepts.map((c) => c.id));
  const s: MatchScore = { tp: 0, fp: 0, fn: 0, fpKinds: new Map(), fnKinds: new Map() };
  for (const sent of sents) {
    // Folding keeps every offset (one letter for one).
    const text = fold ? foldDiacritics(sent.text) : sent.text;
    const matches = index.findSource(text);
    const found = new Set<string>();
    for (const m of matches) {
      // The tokens under the match: every one must be gold for a one-word term.
      const under = sent.tokens.filter((t) => t.start < m.end && m.start < t.end && t.end > t.start);
      const gold = under.find((t) => isGold(t, m.conceptId));
      if (!gold && under.some(isAbbreviation)) continue;
      if (gold) {
        s.tp++;
        found.add(`${m.conceptId}@${gold.start}`);
      } else {
        s.fp++;
        const t = under[0];
        bump(s.fpKinds, `${m.surface} [${t?.upos ?? '?'} ${t?.lemma ?? '?'}] ≠ ${m.conceptId}`);
      }
    }
    for (const t of sent.tokens) {
      if (t.end <= t.start) continue;
      const id = t.upos === 'NOUN' || t.upos === 'PROPN' ? (isUpper(t.lemma) ? t.lemma : lowerRo(t.lemma)) : '';
      const cid = ids.has(id) ? id : ids.has(lowerRo(id)) ? lowerRo(id) : undefined;
      if (cid === undefined || !isGold(t, cid)) continue;
      if (found.has(`${cid}@${t.start}`)) continue;
      s.fn++;
      bump(s.fnKinds, `${t.form} [${t.upos}] → ${cid}`);
    }
  }
  return s;
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

function top(m: Map<string, number>, n: number): string[] {
  return [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k, v]) => `  ${String(v).padStart(4)}  ${k}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const errorsAt = args.indexOf('--errors');
  const nErrors = errorsAt >= 0 ? Number(args[errorsAt + 1]) : 25;
  const files = args.filter((a, i) => !a.startsWith('--') && i !== errorsAt + 1);
  if (files.length === 0) files.push(process.env.MORPH_EVAL_CONLLU ?? '/work/data/rrt/ro_rrt-ud-dev.conllu');
  const sents = files.flatMap((f) => parseConllu(readFileSync(f, 'utf8')));
  let lexicon: RoLexicon | undefined;
  let lexiconMs = 0;
  if (args.includes('--lexicon')) {
    const l0 = performance.now();
    const dir = new URL('../node_modules/dictionary-ro/', import.meta.url);
    lexicon = new RoLexicon(
      readFileSync(new URL('index.aff', dir), 'utf8'),
      readFileSync(new URL('index.dic', dir), 'utf8'),
    );
    lexiconMs = performance.now() - l0;
  }
  const t0 = performance.now();
  const plain = lemmaScore(sents, false, lexicon);
  const ctx = lemmaScore(sents, true, lexicon);
  const lemmaMs = performance.now() - t0;
  const glossary = lemmaGlossary(sents, 2);
  const m = matchScore(sents, glossary, false);
  const folded = args.includes('--folded') ? matchScore(sents, glossary, true) : undefined;
  const result = {
    files,
    sentences: sents.length,
    lemma: {
      nouns: plain.total,
      accuracy: ratio(plain.right, plain.total),
      plural: plain.plural,
      pluralAccuracy: ratio(plain.pluralRight, plain.plural),
      withSentenceStart: ratio(ctx.right, ctx.total),
      pluralWithSentenceStart: ratio(ctx.pluralRight, ctx.plural),
      ms: Math.round(lemmaMs),
      lexicon: lexicon ? { headwords: lexicon.size, loadMs: Math.round(lexiconMs) } : 'none',
    },
    terms: {
      concepts: glossary.concepts.length,
      tp: m.tp,
      fp: m.fp,
      fn: m.fn,
      recall: ratio(m.tp, m.tp + m.fn),
      precision: ratio(m.tp, m.tp + m.fp),
      ...(folded
        ? {
            foldedRecall: ratio(folded.tp, folded.tp + folded.fn),
            foldedPrecision: ratio(folded.tp, folded.tp + folded.fp),
          }
        : {}),
    },
  };
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [
    `${sents.length} sentences from ${files.join(', ')}`,
    '',
    `Lexicon: ${lexicon ? `dictionary-ro, ${lexicon.size} headwords, loaded in ${Math.round(lexiconMs)} ms` : 'none (rules only; --lexicon loads dictionary-ro)'}`,
    `Base forms (baseForm) of ${plain.total} NOUN tokens: ${pct(plain.right, plain.total)}; plural ${plain.plural}: ${pct(plain.pluralRight, plain.plural)}`,
    `  with sentence-start context: ${pct(ctx.right, ctx.total)}; plural ${pct(ctx.pluralRight, ctx.plural)}`,
    `Term matching, ${glossary.concepts.length} lemma terms: TP ${m.tp} FP ${m.fp} FN ${m.fn}  recall ${pct(m.tp, m.tp + m.fn)}  precision ${pct(m.tp, m.tp + m.fp)}`,
  ];
  if (folded)
    lines.push(
      `  same text without diacritics: TP ${folded.tp} FP ${folded.fp} FN ${folded.fn}  recall ${pct(folded.tp, folded.tp + folded.fn)}  precision ${pct(folded.tp, folded.tp + folded.fp)}`,
    );
  if (nErrors > 0) {
    lines.push('', 'Most frequent base-form errors (with context):', ...top(ctx.errors, nErrors));
    lines.push('', 'Most frequent false positives:', ...top(m.fpKinds, nErrors));
    lines.push('', 'Most frequent misses:', ...top(m.fnKinds, nErrors));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
