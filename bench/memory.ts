/**
 * Memory per segment of a loaded project, measured in a fresh process so
 * that nothing else the bench made is counted: `node --expose-gc --import tsx
 * bench/memory.ts [segments]` prints one JSON line. The project is what the
 * check worker and the CLI hold: the parsed XLIFF and a CheckRunner over it
 * with every finding computed (no glossary: the glossary has its own rows).
 * The XLIFF file is read after the baseline is taken and is garbage once parsed,
 * as in the loaders.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mulberry32 } from './prng.js';
import { BENCH_SEED, generateBenchData } from './generate.js';
import { parseXliff, writeXliff12 } from '../shared/formats/xliff.js';
import { CheckRunner } from '../shared/checks/runner.js';

/** What one measurement found; bytes, so that the parent can divide. */
export interface MemoryReport {
  segments: number;
  xliffBytes: number;
  rssBytes: number;
  heapBytes: number;
  findings: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Collects garbage twice (the second pass frees what the first one's finalisers released). */
function settle(): void {
  gc?.();
  gc?.();
}

/** Measures the loaded project's footprint over `segments` generated segments. */
function measureProject(segments: number): MemoryReport {
  // A small glossary: only the document matters here, and 100k concepts take the memory being measured.
  const file = join(mkdtempSync(join(tmpdir(), 'dragoman-memory-')), 'memory.xlf');
  writeFileSync(
    file,
    writeXliff12(generateBenchData({ rng: mulberry32(BENCH_SEED), concepts: 2000, segments }).doc),
    'utf8',
  );
  settle();
  const rss0 = process.memoryUsage.rss();
  const heap0 = process.memoryUsage().heapUsed;
  // Read, parse and check as a project is opened; the text is garbage once parsed.
  const doc = parseXliff(readFileSync(file, 'utf8'), file);
  const runner = new CheckRunner(doc);
  const findings = runner.all().length;
  settle();
  const report: MemoryReport = {
    segments: doc.segments.length,
    xliffBytes: statSync(file).size,
    rssBytes: process.memoryUsage.rss() - rss0,
    heapBytes: process.memoryUsage().heapUsed - heap0,
    findings,
  };
  rmSync(dirname(file), { recursive: true, force: true });
  // Keep the runner alive up to the measurement.
  if (runner.findingsOf('') === undefined) process.exitCode = 2;
  return report;
}

if (!gc) {
  process.stderr.write('bench/memory.ts needs node --expose-gc\n');
  process.exitCode = 1;
} else {
  const n = Number(process.argv[2] ?? 20_000);
  process.stdout.write(`${JSON.stringify(measureProject(n))}\n`);
}
