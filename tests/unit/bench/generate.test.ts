import { beforeAll, describe, expect, it } from 'vitest';
import {
  BENCH_SEED,
  BENCH_SIZES,
  generateBenchData,
  serialiseBenchData,
  type BenchData,
} from '../../../bench/generate.js';
import { mulberry32 } from '../../../bench/prng.js';
import { writeTbx } from '../../../glossary/common/tbx.js';
import { parseXliff, writeXliff12 } from '../../../shared/formats/xliff.js';

const writers = { writeTbx, writeXliff12 };

describe('bench generator at full size', () => {
  let first: BenchData;
  let second: BenchData;

  beforeAll(() => {
    first = generateBenchData({ rng: mulberry32(BENCH_SEED), ...BENCH_SIZES });
    second = generateBenchData({ rng: mulberry32(BENCH_SEED), ...BENCH_SIZES });
  }, 120_000);

  it('makes exactly 100,000 concepts and 10,000 segments', () => {
    expect(first.glossary.concepts).toHaveLength(100_000);
    expect(first.doc.segments).toHaveLength(10_000);
    expect(first.plans).toHaveLength(10_000);
    expect(new Set(first.glossary.concepts.map((c) => c.id)).size).toBe(100_000);
    expect(new Set(first.doc.segments.map((s) => s.id)).size).toBe(10_000);
  });

  it('gives the same data for the same seed', () => {
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('mixes single words, multi-word terms, acronyms and names', () => {
    const kinds = new Map<string, number>();
    for (const e of first.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    expect(kinds.get('word')).toBeGreaterThan(40_000);
    expect(kinds.get('phrase')).toBeGreaterThan(20_000);
    expect(kinds.get('acronym')).toBeGreaterThan(4_000);
    expect(kinds.get('name')).toBeGreaterThan(7_000);
    const multiWord = first.glossary.concepts.filter((c) => c.terms.ro![0]!.text.includes(' ')).length;
    expect(multiWord).toBeGreaterThan(20_000);
    const acronyms = first.glossary.concepts.filter((c) => /^[A-Z]{2,5}$/u.test(c.terms.ro![0]!.text));
    expect(acronyms.length).toBeGreaterThan(4_000);
    expect(acronyms.every((c) => c.terms.ro![0]!.caseSensitive === true)).toBe(true);
  });

  it('uses all four statuses and some variants', () => {
    const statuses = new Map<string, number>();
    for (const c of first.glossary.concepts) {
      for (const t of [...c.terms.ro!, ...c.terms.en!]) statuses.set(t.status, (statuses.get(t.status) ?? 0) + 1);
    }
    expect(statuses.get('preferred')).toBeGreaterThanOrEqual(200_000);
    expect(statuses.get('admitted')).toBeGreaterThan(5_000);
    expect(statuses.get('deprecated')).toBeGreaterThan(2_000);
    expect(statuses.get('forbidden')).toBeGreaterThan(1_000);
  });

  it('keeps Romanian terms unique regardless of case', () => {
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const c of first.glossary.concepts) {
      for (const t of c.terms.ro!) {
        const key = t.text.toLocaleLowerCase('ro');
        if (seen.has(key)) repeated.push(t.text);
        seen.add(key);
      }
    }
    expect(repeated).toEqual([]);
    expect(seen.size).toBeGreaterThan(100_000);
  });

  it('writes comma-below ș and ț, never the cedilla forms', () => {
    const text = first.doc.segments.map((s) => s.source).join('\n');
    expect(text).toMatch(/[șț]/u);
    expect(text).not.toMatch(/[şţŞŢ]/u);
  });

  it('puts most common-noun terms into the text inflected, not in their citation form', () => {
    const byId = new Map(first.entries.map((e) => [e.conceptId, e]));
    let common = 0;
    let citation = 0;
    first.plans.forEach((plan, i) => {
      // Words joined by single spaces and padded, so that " term " matches whole words only.
      const words = ` ${first.doc.segments[i]!.source.toLocaleLowerCase('ro')
        .split(/[^\p{L}]+/u)
        .join(' ')} `;
      for (const id of plan.concepts) {
        const e = byId.get(id)!;
        if (e.kind !== 'word' && e.kind !== 'phrase') continue;
        common++;
        if (words.includes(` ${e.ro.sg.toLocaleLowerCase('ro')} `)) citation++;
      }
    });
    expect(common).toBeGreaterThan(10_000);
    expect(citation / common).toBeLessThan(0.3);
  });

  it('plants faults in about one segment in ten, each visible in the target', () => {
    const faulty = first.plans.filter((p) => p.fault !== undefined);
    expect(faulty.length).toBeGreaterThan(600);
    expect(faulty.length).toBeLessThan(1_500);
    const segs = new Map(first.doc.segments.map((s) => [s.id, s]));
    for (const p of faulty) {
      const s = segs.get(p.segmentId)!;
      if (p.fault === 'untranslated') expect(s.target).toBe('');
      if (p.fault === 'same-as-source') expect(s.target).toBe(s.source);
      if (p.fault === 'whitespace') expect(s.target).toContain('  ');
      if (p.fault === 'source-spelling') expect(s.target).toMatch(/[ăâîșțĂÂÎȘȚ]/u);
    }
    const clean = first.doc.segments.filter((_, i) => first.plans[i]!.fault === undefined);
    expect(clean.every((s) => s.target !== '' && !s.target.includes('  '))).toBe(true);
  });
});

describe('bench generator files', () => {
  const small = (seed: number): BenchData =>
    generateBenchData({ rng: mulberry32(seed), concepts: 3_000, segments: 500 });

  it('serialises to identical bytes for the same seed', () => {
    const a = serialiseBenchData(small(7), writers);
    const b = serialiseBenchData(small(7), writers);
    expect(a.tbx).toBe(b.tbx);
    expect(a.xliff).toBe(b.xliff);
    expect(a.tbx.length).toBeGreaterThan(100_000);
  });

  it('gives different data for a different seed', () => {
    const a = serialiseBenchData(small(7), writers);
    const b = serialiseBenchData(small(8), writers);
    expect(a.xliff).not.toBe(b.xliff);
    expect(a.tbx).not.toBe(b.tbx);
  });

  it('writes an XLIFF that reads back as the same segments', () => {
    const data = small(7);
    const { xliff } = serialiseBenchData(data, writers);
    const back = parseXliff(xliff, 'doc.xlf');
    expect(back.segments.map((s) => [s.source, s.target])).toEqual(data.doc.segments.map((s) => [s.source, s.target]));
  });
});
