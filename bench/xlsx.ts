/**
 * `node --import tsx bench/xlsx.ts [--quick]` (part of `npm run bench`):
 * how long importing a 10,000-concept XLSX glossary takes with exceljs,
 * next to reading the CSV of the same concepts (the same columns, written by
 * the same table code), and how long writing each takes. Prints a table and
 * writes bench/xlsx-results.json (--quick: fewer runs, bench/xlsx-results.local.json).
 * Not a test: it asserts nothing.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossaryFile, saveGlossaryFile } from '../glossary/node/glossaryFile.js';
import type { Glossary } from '../shared/model/glossary.js';
import { generateGlossary } from './glossaryGen.js';
import { mulberry32 } from './prng.js';
import { formatMs, formatTable, machineInfo, type Row } from './report.js';
import { roundSummary, summarise } from './stats.js';

const quick = process.argv.includes('--quick');
const runs = quick ? { warmup: 0, reps: 2 } : { warmup: 1, reps: 5 };
const CONCEPTS = 10_000;
const benchDir = dirname(fileURLToPath(import.meta.url));

/** Runs `fn` warmup + reps times; the measured wall times in ms. */
async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < runs.warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs.reps; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const generated = generateGlossary(mulberry32(20261204), {
  concepts: CONCEPTS,
  reservedRo: new Set(),
  reservedEn: new Set(),
});
const glossary: Glossary = generated.glossary;
const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-xlsx-'));
const rows: Row[] = [];
try {
  const csv = join(dir, 'g.csv');
  const xlsx = join(dir, 'g.xlsx');
  const bytes = (p: string): number => statSync(p).size;
  const row = (id: string, name: string, samples: number[], extra: Record<string, number | string>): void => {
    const ms = roundSummary(summarise(samples));
    rows.push({ id, name, status: 'measured', ms, extra });
    process.stderr.write(`  ${name}: median ${formatMs(ms.median)}\n`);
  };

  row('glossary.csv.write', `write CSV, ${CONCEPTS} concepts`, await time(() => saveGlossaryFile(csv, glossary)), {
    bytes: bytes(csv),
  });
  row('glossary.xlsx.write', `write XLSX, ${CONCEPTS} concepts`, await time(() => saveGlossaryFile(xlsx, glossary)), {
    bytes: bytes(xlsx),
  });
  let readCsv: Glossary | undefined;
  let readXlsx: Glossary | undefined;
  row(
    'glossary.csv.read',
    `read CSV, ${CONCEPTS} concepts`,
    await time(async () => (readCsv = await loadGlossaryFile(csv))),
    { concepts: CONCEPTS },
  );
  row(
    'glossary.xlsx.read',
    `read XLSX (exceljs), ${CONCEPTS} concepts`,
    await time(async () => (readXlsx = await loadGlossaryFile(xlsx))),
    { concepts: CONCEPTS },
  );
  // Both files must hold the same glossary, or the comparison means nothing.
  if (JSON.stringify(readCsv?.concepts) !== JSON.stringify(readXlsx?.concepts)) {
    throw new Error('The XLSX and the CSV read back differently; the bench compares nothing.');
  }
  const ratio = rows[3]!.ms!.median / rows[2]!.ms!.median;
  process.stdout.write(`${formatTable(rows)}\nXLSX read / CSV read (median): ${ratio.toFixed(1)}×\n`);
  const out = join(benchDir, quick ? 'xlsx-results.local.json' : 'xlsx-results.json');
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), runs, rows, xlsxOverCsvRead: Number(ratio.toFixed(2)) }, null, 2)}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
