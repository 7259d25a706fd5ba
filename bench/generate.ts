import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Glossary } from '../shared/model/glossary.js';
import type { BilingualDocument } from '../shared/model/segment.js';
import { generateDocument, type SegmentPlan } from './documentGen.js';
import { generateGlossary, type BenchEntry } from './glossaryGen.js';
import type { Rng } from './prng.js';
import { templateWords } from './templates.js';

/** The seed `npm run bench` uses, so that every run measures the same data. */
export const BENCH_SEED = 20251010;

/** Sizes the issue asks for: a 100,000-entry glossary and a 10,000-segment document. */
export const BENCH_SIZES = { concepts: 100_000, segments: 10_000 } as const;

/** Options for {@link generateBenchData}. */
export interface GenerateOptions {
  /** The only source of randomness (e.g. `mulberry32(BENCH_SEED)`). */
  rng: Rng;
  concepts: number;
  segments: number;
}

/** Everything the benchmark measures, in memory. */
export interface BenchData {
  glossary: Glossary;
  entries: BenchEntry[];
  doc: BilingualDocument;
  /** Per segment: the concepts its source contains and the fault planted in its target. */
  plans: SegmentPlan[];
}

/**
 * Generates the benchmark's glossary and document. Deterministic: the same
 * rng sequence gives the same data, field for field.
 */
export function generateBenchData(options: GenerateOptions): BenchData {
  const { glossary, entries } = generateGlossary(options.rng, {
    concepts: options.concepts,
    reservedRo: templateWords('ro'),
    reservedEn: templateWords('en'),
  });
  const { doc, plans } = generateDocument(options.rng, entries, options.segments);
  return { glossary, entries, doc, plans };
}

/** The writers that turn the data into files; passed in so the generator stays free of codec choices. */
export interface BenchWriters {
  writeTbx(glossary: Glossary): string;
  writeXliff12(doc: BilingualDocument): string;
}

/** The two files' texts. */
export interface BenchFiles {
  tbx: string;
  xliff: string;
}

/** Serialises the data with the project's own writers (TBX v3, XLIFF 1.2). */
export function serialiseBenchData(data: BenchData, writers: BenchWriters): BenchFiles {
  return { tbx: writers.writeTbx(data.glossary), xliff: writers.writeXliff12(data.doc) };
}

/** Where `npm run bench` writes its inputs. */
export function defaultBenchDir(): string {
  return join(tmpdir(), 'dragoman-bench');
}

/** Writes glossary.tbx and doc.xlf into `dir` (created if missing); returns their paths. */
export function writeBenchFiles(dir: string, files: BenchFiles): { tbx: string; xliff: string } {
  mkdirSync(dir, { recursive: true });
  const tbx = join(dir, 'glossary.tbx');
  const xliff = join(dir, 'doc.xlf');
  writeFileSync(tbx, files.tbx, 'utf8');
  writeFileSync(xliff, files.xliff, 'utf8');
  return { tbx, xliff };
}
