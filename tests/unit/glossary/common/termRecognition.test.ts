import { describe, it, expect } from 'vitest';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';
import { recognitionGlossary } from '../../../fixtures/term-recognition/glossary.js';
import type { RecognitionCase } from '../../../fixtures/term-recognition/cases.js';
import { recognitionCases } from '../../../fixtures/term-recognition/cases.js';
import type { SpanMatch } from '../../../fixtures/term-recognition/snowballMatcher.js';
import { snowballMatcher } from '../../../fixtures/term-recognition/snowballMatcher.js';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

/** The expected spans of a case: the surfaces are listed in text order, each searched after the previous one. */
function expectedSpans(c: RecognitionCase): Set<string> {
  let cursor = 0;
  const spans = new Set<string>();
  for (const [id, surface] of c.expected) {
    const start = c.text.indexOf(surface, cursor);
    if (start < 0) throw new Error(`fixture: "${surface}" not in "${c.text}" after offset ${cursor}`);
    cursor = start + surface.length;
    spans.add(`${id}@${start}-${cursor}`);
  }
  return spans;
}

function score(match: (text: string) => SpanMatch[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, errors: [] };
  for (const c of recognitionCases) {
    const want = expectedSpans(c);
    const got = new Set(match(c.text).map((m) => `${m.conceptId}@${m.start}-${m.end}`));
    for (const g of got) {
      if (want.has(g)) s.tp++;
      else {
        s.fp++;
        s.errors.push(`FP ${g} "${spanText(c.text, g)}" in: ${c.text}`);
      }
    }
    for (const w of want) {
      if (!got.has(w)) {
        s.fn++;
        s.errors.push(`FN ${w} "${spanText(c.text, w)}" in: ${c.text}`);
      }
    }
  }
  return s;
}

function spanText(text: string, key: string): string {
  const [, a, b] = /@(\d+)-(\d+)$/.exec(key)!;
  return text.slice(Number(a), Number(b));
}

const recall = (s: Score): number => s.tp / (s.tp + s.fn);
const precision = (s: Score): number => s.tp / (s.tp + s.fp);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

describe('Romanian term recognition on the labelled set', () => {
  const positives = recognitionCases.reduce((n, c) => n + c.expected.length, 0);
  const distractors = recognitionCases.reduce((n, c) => n + c.distractors.length, 0);

  it('has at least 300 sentence/term cases, and every distractor is in its sentence', () => {
    expect(positives + distractors).toBeGreaterThanOrEqual(300);
    for (const c of recognitionCases) {
      for (const d of c.distractors) expect(c.text.split(/[^\p{L}\p{M}-]+/u), c.text).toContain(d);
    }
  });

  it('scores recall and precision of at least 98%, and reports the Snowball baseline beside it', () => {
    const index = buildTermIndex(recognitionGlossary);
    const ours = score((t) => index.findSource(t));
    const snow = score(snowballMatcher(recognitionGlossary));
    const row = (name: string, s: Score): string =>
      `${name.padEnd(22)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(recall(s)).padStart(8)} ${pct(precision(s)).padStart(10)}`;
    console.log(
      [
        `Term recognition: ${recognitionCases.length} sentences, ${positives} term occurrences, ${distractors} distractors`,
        `${'matcher'.padEnd(22)}   TP   FP   FN   recall  precision`,
        row('paradigm (termIndex)', ours),
        row('Snowball ro (npm)', snow),
        '',
        'paradigm errors:',
        ...ours.errors.map((e) => `  ${e}`),
      ].join('\n'),
    );
    expect(recall(ours)).toBeGreaterThanOrEqual(0.98);
    expect(precision(ours)).toBeGreaterThanOrEqual(0.98);
    expect(recall(snow)).toBeLessThan(recall(ours));
    expect(precision(snow)).toBeLessThan(precision(ours));
  });
});
