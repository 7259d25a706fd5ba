/**
 * `node --import tsx bench/tm.ts [--quick]`: the translation memory (#13) at
 * 100,000 and 1,000,000 units. Per size: index build time, the index's
 * size and the process's memory, cached open time (the binary cache of
 * memory/node/indexCache.ts read back), lookup p50/p95 for queries a
 * translator would make (exact copies, one word changed, a number changed,
 * diacritics dropped, new sentences), and in the same run the naive scan
 * a user could fall back on: word-level Levenshtein (memory/common/score.ts
 * `align`) against every unit. At 1M the naive scan is sampled on a slice
 * of the units and scaled up (said in the row). Also at 100k: reading the
 * TMX file itself, and how often the index's best score equals the naive
 * scan's (the quality check: the n-gram stage must not lose the best match).
 * Writes bench/tm-results.json (--quick: 100k only, fewer queries,
 * bench/tm-results.local.json). Not a test: it asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align, scoreOf } from '../memory/common/score.js';
import { TmIndex, TmIndexBuilder, type TmIndexData } from '../memory/common/tmIndex.js';
import { tmTokens } from '../memory/common/tmTokens.js';
import type { TmUnit } from '../memory/common/tmUnit.js';
import { readTmx } from '../memory/common/tmxRead.js';
import { writeTmxUnits } from '../memory/common/tmxWrite.js';
import { decodeCache, encodeCache } from '../memory/node/indexCache.js';
import { generateDocument } from './documentGen.js';
import { generateGlossary } from './glossaryGen.js';
import { chance, intBetween, mulberry32, pick, type Rng } from './prng.js';
import { formatMs, formatTable, machineInfo, type Row } from './report.js';
import { roundSummary, summarise } from './stats.js';
import { templateWords } from './templates.js';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [100_000] : [100_000, 1_000_000];
const QUERIES = quick ? 60 : 300;
/** Queries the naive scan runs over all units (it takes seconds each). */
const NAIVE_QUERIES = quick ? 3 : 10;
/** At 1M the naive scan reads this many units per query and is scaled up. */
const NAIVE_SAMPLE = 100_000;
const benchDir = dirname(fileURLToPath(import.meta.url));
const rows: Row[] = [];
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const rng = mulberry32(20261204);
const { entries } = generateGlossary(rng, {
  concepts: 20_000,
  reservedRo: templateWords('ro'),
  reservedEn: templateWords('en'),
});

/** `n` units from the document generator (templates with glossary words, numbers, dates). */
function units(n: number): TmUnit[] {
  const out: TmUnit[] = [];
  // In chunks: one document of a million segments would keep every plan too.
  for (let left = n; left > 0; left -= 50_000) {
    for (const s of generateDocument(rng, entries, Math.min(left, 50_000)).doc.segments) {
      out.push({ source: s.source, target: s.target });
    }
  }
  return out;
}

const RO_FOLD: Record<string, string> = { ă: 'a', â: 'a', î: 'i', ș: 's', ț: 't' };

/** A query a translator would look up, made from a unit of the memory or new. */
function query(r: Rng, memory: readonly TmUnit[], fresh: readonly TmUnit[]): { kind: string; source: string } {
  const u = pick(r, memory).source;
  const kind = pick(r, ['exact', 'word', 'number', 'diacritics', 'new']);
  if (kind === 'exact') return { kind, source: u };
  if (kind === 'number') {
    const changed = u.replace(/\d+/, (d) => String(Number(d) + intBetween(r, 1, 9)));
    return { kind, source: changed };
  }
  if (kind === 'diacritics') return { kind, source: u.replace(/[ăâîșț]/g, (c) => RO_FOLD[c] ?? c) };
  if (kind === 'word') {
    const words = u.split(' ');
    const i = intBetween(r, 0, words.length - 1);
    words[i] = chance(r, 0.5) ? 'ieri' : 'mâine';
    return { kind, source: words.join(' ') };
  }
  return { kind, source: pick(r, fresh).source };
}

function indexBytes(d: TmIndexData): number {
  let n = d.vocab.length * 2 + d.targetVocab.length * 2;
  for (const v of Object.values(d)) if (ArrayBuffer.isView(v)) n += v.byteLength;
  return n;
}

const mb = (n: number): number => Math.round(n / 1e5) / 10;

function row(
  id: string,
  name: string,
  samples: number[],
  extra: Record<string, number | string> = {},
  method?: string,
): void {
  const ms = roundSummary(summarise(samples));
  rows.push({ id, name, status: 'measured', ms, extra, ...(method ? { method } : {}) });
  log(`  ${name}: median ${formatMs(ms.median)}, p95 ${formatMs(ms.p95)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-tm-'));
const quality: Record<string, number | string> = {};
try {
  const fresh = units(2_000);
  for (const size of SIZES) {
    const label = size >= 1e6 ? `${size / 1e6}M` : `${size / 1e3}k`;
    log(`generating ${size} units…`);
    let memory: TmUnit[] | undefined = units(size);
    let index: TmIndex;
    if (size <= 100_000) {
      // Read from a TMX file as a user's memory would be (1M units would be ~450 MB of TMX,
      // over the 200 MB input limit, so the 1M index is built from the units directly).
      const tmx = join(dir, `m${label}.tmx`);
      writeFileSync(tmx, writeTmxUnits(memory, { toolVersion: 'bench', date: new Date().toISOString() }));
      const bytes = readFileSync(tmx);
      let data: TmIndexData | undefined;
      const t0 = performance.now();
      const builder = new TmIndexBuilder();
      readTmx(bytes, tmx, (u) => builder.add(u));
      data = builder.finish();
      row(`tm.${label}.readAndBuild`, `read TMX and build index, ${label} units`, [performance.now() - t0], {
        tmxBytes: statSync(tmx).size,
      });
      index = new TmIndex(data);
      data = undefined;
    } else {
      const t0 = performance.now();
      const builder = new TmIndexBuilder();
      for (const u of memory) builder.add(u);
      index = new TmIndex(builder.finish());
      row(`tm.${label}.build`, `build index from units, ${label} units`, [performance.now() - t0]);
    }
    const global = globalThis as { gc?: () => void };
    global.gc?.();
    const mem = process.memoryUsage();
    rows[rows.length - 1]!.extra = {
      ...rows[rows.length - 1]!.extra,
      indexMB: mb(indexBytes(index.data)),
      rssMB: mb(mem.rss),
      heapUsedMB: mb(mem.heapUsed),
      arrayBuffersMB: mb(mem.arrayBuffers),
    };
    // Cached open: the cache file written, then read back and decoded (checks included).
    const stamp = { path: '/bench', size, mtimeMs: 1, hash: 'h' };
    const cacheFile = join(dir, `c${label}.tmidx`);
    writeFileSync(cacheFile, encodeCache(index.data, stamp));
    const opens: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const t0 = performance.now();
      const d = decodeCache(readFileSync(cacheFile), stamp);
      if (!d) throw new Error('the cache did not read back');
      new TmIndex(d);
      opens.push(performance.now() - t0);
    }
    row(`tm.${label}.cachedOpen`, `open from cache, ${label} units`, opens, { cacheMB: mb(statSync(cacheFile).size) });
    rmSync(cacheFile);

    // Lookups.
    const qr = mulberry32(size);
    const queries = Array.from({ length: QUERIES }, () => query(qr, memory!, fresh));
    for (const q of queries.slice(0, 10)) index.lookup({ source: q.source, min: 50, max: 5 });
    const samples: number[] = [];
    const found: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      const m = index.lookup({ source: q.source, min: 50, max: 5 });
      samples.push(performance.now() - t0);
      found.push(m[0]?.score ?? 0);
    }
    row(`tm.${label}.lookup`, `lookup (n-gram candidates + word Levenshtein), ${label} units`, samples, {
      queries: QUERIES,
      withMatch: found.filter((s) => s >= 50).length,
    });

    // Naive scan: word Levenshtein against every unit (sampled at 1M).
    const scanned = Math.min(size, size > NAIVE_SAMPLE ? NAIVE_SAMPLE : size);
    const tokens = (u: TmUnit) => tmTokens(u.source);
    const naive: number[] = [];
    let agree = 0;
    const naiveQueries = queries.slice(0, NAIVE_QUERIES);
    for (let qi = 0; qi < naiveQueries.length; qi++) {
      const q = naiveQueries[qi]!;
      const b = tmTokens(q.source);
      const t0 = performance.now();
      let best = 0;
      for (let u = 0; u < scanned; u++) {
        const s = scoreOf(align(tokens(memory![u]!), b));
        if (s > best) best = s;
      }
      naive.push(((performance.now() - t0) * size) / scanned);
      if (scanned === size) {
        const indexed = index.lookup({ source: q.source, min: 0, max: 1 })[0]?.score ?? 0;
        // The index adapts placeables, which can lower a score by the cost of one it could not adapt.
        if (Math.abs(indexed - best) <= 1 || (best < 50 && indexed < 50)) agree++;
      }
    }
    row(
      `tm.${label}.naive`,
      `naive scan (word Levenshtein against every unit), ${label} units`,
      naive,
      { queries: naiveQueries.length, scannedPerQuery: scanned },
      scanned < size ? `sampled: ${scanned} units per query, time scaled ×${size / scanned}` : 'every unit',
    );
    if (scanned === size) {
      quality[`${label}.bestScoreAgreesWithNaive`] = `${agree}/${naiveQueries.length}`;
    }
    memory = undefined;
  }
  const load = machineInfo().loadAverage1m;
  process.stdout.write(`${formatTable(rows)}\nquality: ${JSON.stringify(quality)}\nload average at start: ${load}\n`);
  const out = join(benchDir, quick ? 'tm-results.local.json' : 'tm-results.json');
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machineInfo(), quick, rows, quality }, null, 2)}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
