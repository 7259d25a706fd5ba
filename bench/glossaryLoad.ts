/**
 * Rows of `bench/run.ts` for the big glossary (issue 12): the raw saxes parse
 * of the 100,000-concept TBX as the baseline, then load + index cold (parse)
 * and warm (from the glossary cache), in process, and the peak RSS and wall
 * time of the CLI process (`dragoman terms … --glossary`) cold and warm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import type { TermLookup } from '../shared/checks/termLookup.js';
import type { Glossary } from '../shared/model/glossary.js';
import type { Row } from './report.js';
import { measure, summarise, type Clock, type Repetitions } from './stats.js';

/** What the rows need from the run. */
export interface GlossaryLoadOptions {
  tbxFile: string;
  repoDir: string;
  reps: Repetitions;
  /** Repetitions of each CLI process run. */
  processReps: Repetitions;
  now: Clock;
  cpuNow: Clock;
  parseTbx: (text: string, file: string) => Glossary;
  buildTermIndex: (glossary: Glossary) => TermLookup;
  log: (line: string) => void;
}

/** The rows, and the index of the last cold load for the rows that follow. */
export async function glossaryLoadRows(o: GlossaryLoadOptions): Promise<{ rows: Row[]; index: TermLookup }> {
  const rows: Row[] = [];
  const { tbxFile, now, cpuNow } = o;
  const bytes = Buffer.byteLength(readFileSync(tbxFile, 'utf8'), 'utf8');

  // Baseline: saxes alone, with the options and handlers the reader uses (namespaces, positions, five events).
  const raw = measure(
    () => {
      const text = readFileSync(tbxFile, 'utf8');
      const parser = new SaxesParser({ xmlns: true, position: true });
      let n = 0;
      const onText = (): void => undefined;
      parser.on('doctype', () => undefined);
      parser.on('opentag', () => void n++);
      parser.on('closetag', () => undefined);
      parser.on('text', onText);
      parser.on('cdata', onText);
      parser.write(text).close();
      return n;
    },
    o.reps,
    now,
    cpuNow,
  );
  const rawMs = summarise(raw.samples);
  const rawCpu = summarise(raw.cpuSamples);
  rows.push({
    id: 'glossary-parse-raw',
    name: 'TBX raw saxes parse (baseline, no model)',
    status: 'measured',
    ms: rawMs,
    cpuMs: rawCpu,
    method: 'read glossary.tbx + saxes with xmlns and positions, empty handlers',
    extra: { tbxBytes: bytes },
  });
  o.log(`  raw saxes parse: median ${rawMs.median.toFixed(0)} ms`);

  // Cold: what a first run does.
  const parseTimes: number[] = [];
  const indexTimes: number[] = [];
  const cold = measure(
    () => {
      const a = now();
      const g = o.parseTbx(readFileSync(tbxFile, 'utf8'), tbxFile);
      const b = now();
      const index = o.buildTermIndex(g);
      parseTimes.push(b - a);
      indexTimes.push(now() - b);
      return index;
    },
    o.reps,
    now,
    cpuNow,
  );
  const coldMs = summarise(cold.samples);
  const coldCpu = summarise(cold.cpuSamples);
  const coldRatio = coldCpu.median / rawCpu.median;
  const keep = o.reps.warmup;
  rows.push({
    id: 'glossary-load',
    name: 'Glossary load + index, cold (TBX, 100,000 concepts)',
    status: 'measured',
    ms: coldMs,
    cpuMs: coldCpu,
    method: 'read glossary.tbx + parseTbx + buildTermIndex, per repetition; goal by CPU time against the raw parse',
    goal: { text: '≤ 1.5× the raw parse', value: coldRatio, unit: '×', met: coldRatio <= 1.5 },
    extra: {
      parseMedianMs: summarise(parseTimes.slice(keep)).median,
      indexMedianMs: summarise(indexTimes.slice(keep)).median,
      tbxBytes: bytes,
    },
  });

  // Warm: the glossary cache as the CLI uses it (key from the file's bytes, then the cache file).
  const cache = await import('../glossary/node/glossaryCache.js');
  const { buildTermIndex } = await import('../glossary/common/termIndex.js');
  const cacheDir = mkdtempSync(join(tmpdir(), 'dragoman-bench-cache-'));
  try {
    const g0 = o.parseTbx(readFileSync(tbxFile, 'utf8'), tbxFile);
    const fileBytes = readFileSync(tbxFile);
    const cacheFile = cache.glossaryCacheFile(cacheDir, tbxFile);
    const key = cache.glossaryCacheKey(tbxFile, fileBytes, statSync(tbxFile));
    const encoded = cache.encodeGlossaryCache(key, g0, buildTermIndex(g0));
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, encoded);
    const decodeTimes: number[] = [];
    const warmIndexTimes: number[] = [];
    const warm = { samples: [] as number[], cpuSamples: [] as number[] };
    // As the CLI does it: the file's key read in pieces, the cache file checked, the stored index restored,
    // then a first sentence matched (the restored index reads what a text probes, so that is part of the load).
    const source = {
      path: tbxFile,
      read: () => Promise.reject(new Error('the bench cache did not match its file')),
      decode: () => '',
      parse: () => g0,
    };
    for (let i = 0; i < o.reps.warmup + o.reps.reps; i++) {
      const c0 = cpuNow();
      const a = now();
      const { index, hit } = await cache.cachedTermIndex(source, { dir: cacheDir });
      if (hit !== 'index') throw new Error('the bench cache did not hold the index');
      const b = now();
      index.findSource(FIRST_SENTENCE);
      index.findTarget(FIRST_TRANSLATION);
      const c = now();
      if (i < o.reps.warmup) continue;
      decodeTimes.push(b - a);
      warmIndexTimes.push(c - b);
      warm.samples.push(c - a);
      warm.cpuSamples.push(cpuNow() - c0);
    }
    const warmMs = summarise(warm.samples);
    const warmCpu = summarise(warm.cpuSamples);
    const warmRatio = warmCpu.median / rawCpu.median;
    rows.push({
      id: 'glossary-load-warm',
      name: 'Glossary load + index, warm (from the glossary cache)',
      status: 'measured',
      ms: warmMs,
      cpuMs: warmCpu,
      method:
        'CRC-32 of glossary.tbx read in 1 MB pieces + read and check the cache file (CRC-32) + restore the stored term index + match one sentence each way; goal by CPU time against the raw parse',
      goal: { text: '≤ 0.5× the raw parse', value: warmRatio, unit: '×', met: warmRatio <= 0.5 },
      extra: {
        readAndRestoreMedianMs: summarise(decodeTimes).median,
        firstMatchMedianMs: summarise(warmIndexTimes).median,
        cacheBytes: encoded.byteLength,
      },
    });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }

  const cliRow = cliRows(o);
  rows.push(...cliRow);
  return { rows, index: cold.last };
}

const FIRST_SENTENCE = 'Statele membre au semnat acordul privind Comunitatea Statelor Independente.';
const FIRST_TRANSLATION = 'The member states signed the agreement on the Commonwealth of Independent States.';

/** One CLI run: wall and CPU time, peak RSS (GNU time). */
interface CliRun {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

/** The CLI as a process, cold (empty cache folder) and warm (cache written by the run before). */
function cliRows(o: GlossaryLoadOptions): Row[] {
  const cli = join(o.repoDir, 'bin', 'dragoman.js');
  const name = 'dragoman terms --glossary glossary.tbx (CLI process, 100,000 concepts)';
  if (!existsSync(cli) || !existsSync(join(o.repoDir, 'dist', 'cli.mjs')))
    return [{ id: 'glossary-cli', name, status: 'skipped', reason: 'not available: run npm run build' }];
  if (!existsSync('/usr/bin/time'))
    return [{ id: 'glossary-cli', name, status: 'skipped', reason: 'not available: GNU time (/usr/bin/time)' }];
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-cli-'));
  try {
    const text = join(dir, 'line.txt');
    writeFileSync(text, 'Statele membre au semnat acordul.\n');
    const cacheDir = join(dir, 'cache');
    const run = (): CliRun => {
      const report = join(dir, 'time.txt');
      const t0 = o.now();
      const res = spawnSync(
        '/usr/bin/time',
        ['-f', '%U %S %M', '-o', report, process.execPath, cli, 'terms', text, '--glossary', o.tbxFile, '--lines'],
        { encoding: 'utf8', env: { ...process.env, DRAGOMAN_CACHE_DIR: cacheDir }, maxBuffer: 64 * 1024 * 1024 },
      );
      const wallMs = o.now() - t0;
      if (res.status !== 0) throw new Error(`exit ${res.status ?? res.signal}: ${(res.stderr ?? '').slice(0, 200)}`);
      const [user, sys, rssKiB] = readFileSync(report, 'utf8').trim().split(/\s+/u).slice(-3).map(Number);
      return { wallMs, cpuMs: (user! + sys!) * 1000, maxRssMiB: rssKiB! / 1024 };
    };
    const coldRuns: CliRun[] = [];
    const warmRuns: CliRun[] = [];
    for (let i = 0; i < o.processReps.warmup + o.processReps.reps; i++) {
      rmSync(cacheDir, { recursive: true, force: true });
      const c = run();
      const w = run();
      if (i >= o.processReps.warmup) {
        coldRuns.push(c);
        warmRuns.push(w);
      }
    }
    const row = (id: string, label: string, runs: CliRun[], goalMiB?: number): Row => {
      const rss = summarise(runs.map((r) => r.maxRssMiB));
      const out: Row = {
        id,
        name: `${name}, ${label}`,
        status: 'measured',
        ms: summarise(runs.map((r) => r.wallMs)),
        cpuMs: summarise(runs.map((r) => r.cpuMs)),
        method: 'node bin/dragoman.js terms <one line> --glossary glossary.tbx --lines, under GNU time (peak RSS)',
        extra: { peakRssMiBMedian: Math.round(rss.median), peakRssMiBMax: Math.round(rss.max) },
      };
      if (goalMiB !== undefined)
        out.goal = { text: `peak RSS ≤ ${goalMiB} MB`, value: rss.max, unit: 'MiB', met: rss.max <= goalMiB };
      return out;
    };
    return [
      row('glossary-cli-cold', 'cold (no cache)', coldRuns),
      row('glossary-cli-warm', 'warm (cache from the run before)', warmRuns, 500),
    ];
  } catch (err) {
    return [{ id: 'glossary-cli', name, status: 'skipped', reason: `failed: ${(err as Error).message}` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Alone: `node --import tsx bench/glossaryLoad.ts [--quick] [--tbx FILE]`
 * measures these rows only (after `npm run build` for the CLI rows), on FILE
 * or on the bench's glossary.tbx written by an earlier `npm run bench`
 * (generated here when missing), and prints them as JSON. bench/run.ts
 * records the same rows in results.json.
 */
async function alone(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const at = process.argv.indexOf('--tbx');
  let tbx = at > 0 ? process.argv[at + 1] : undefined;
  const repoDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { parseTbx, writeTbx } = await import('../glossary/common/tbx.js');
  const { buildTermIndex } = await import('../glossary/common/termIndex.js');
  if (!tbx) {
    const gen = await import('./generate.js');
    tbx = join(gen.defaultBenchDir(), 'glossary.tbx');
    if (!existsSync(tbx)) {
      const { mulberry32 } = await import('./prng.js');
      const data = gen.generateBenchData({ rng: mulberry32(gen.BENCH_SEED), ...gen.BENCH_SIZES });
      mkdirSync(dirname(tbx), { recursive: true });
      writeFileSync(tbx, writeTbx(data.glossary), 'utf8');
    }
  }
  const now: Clock = () => performance.now();
  const cpuNow: Clock = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const { rows } = await glossaryLoadRows({
    tbxFile: tbx,
    repoDir,
    reps: quick ? { warmup: 0, reps: 2 } : { warmup: 1, reps: 5 },
    processReps: quick ? { warmup: 0, reps: 1 } : { warmup: 0, reps: 3 },
    now,
    cpuNow,
    parseTbx,
    buildTermIndex,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ loadAverage: loadavg(), rows }, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await alone();
