/**
 * `npm run bench`: generates the benchmark data (fixed seed), measures the
 * text engine, glossary and checks against their baselines in one run,
 * prints a table and writes bench/results.json. Not a test: it asserts
 * nothing and does not run in CI. `--quick` uses fewer repetitions and writes
 * bench/results.local.json (ignored by git) instead.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import type { TermLookup } from '../shared/checks/termLookup.js';
import type { BilingualDocument } from '../shared/model/segment.js';
import { planEdits } from './edits.js';
import { cliStartRows } from './cliStart.js';
import { runExternal } from './external.js';
import { glossaryContentionRows } from './glossaryContention.js';
import { glossaryLoadRows } from './glossaryLoad.js';
import {
  BENCH_SEED,
  BENCH_SIZES,
  defaultBenchDir,
  generateBenchData,
  writeBenchFiles,
  type BenchData,
} from './generate.js';
import { loadModules, type Modules } from './modules.js';
import { buildNaiveMatcher, runNaive } from './naive.js';
import { findPofilter, pofilterVersion, runPofilter } from './pofilter.js';
import { mulberry32 } from './prng.js';
import { formatMs, formatTable, machineInfo, type Row } from './report.js';
import { measure, summarise, type Clock, type Repetitions } from './stats.js';

const now: Clock = () => performance.now();
/** This process's user + system CPU time in ms: what a busy machine does not inflate. */
const cpuNow: Clock = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const quick = process.argv.includes('--quick');
const benchDir = dirname(fileURLToPath(import.meta.url));
const repoDir = join(benchDir, '..');

/** Repetitions per row; --quick trades precision for a faster run. */
const REPS = {
  load: quick ? { warmup: 0, reps: 2 } : { warmup: 1, reps: 5 },
  pass: quick ? { warmup: 1, reps: 3 } : { warmup: 2, reps: 10 },
  check: quick ? { warmup: 0, reps: 2 } : { warmup: 1, reps: 5 },
  naive: quick ? { warmup: 0, reps: 1 } : { warmup: 0, reps: 3 },
  external: quick ? { warmup: 0, reps: 1 } : { warmup: 1, reps: 3 },
  edits: quick ? { warmup: 50, reps: 500 } : { warmup: 100, reps: 1000 },
} satisfies Record<string, Repetitions>;

/** Patterns the naive matcher is measured with; the time for all of them is extrapolated. */
const NAIVE_SAMPLE_PATTERNS = 1000;
const EXTERNAL_TIMEOUT_MS = 10 * 60 * 1000;

const rows: Row[] = [];
const ratios: Record<string, { value: number; meaning: string }> = {};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Adds a measured row and says so on stderr, so that a long run shows its progress. */
function record(row: Row): void {
  rows.push(row);
  const p = row.ms ? `median ${formatMs(row.ms.median)}, p95 ${formatMs(row.ms.p95)}` : '';
  log(`  ${row.name}: ${p}`);
}

/** Announces the row about to be measured. */
function begin(name: string): void {
  log(`… ${name}`);
}

function skip(id: string, name: string, reason: string, goalText?: string): void {
  log(`  ${name}: ${reason}`);
  const row: Row = { id, name, status: 'skipped', reason };
  if (goalText) row.goal = { text: goalText, value: Number.NaN, unit: '', met: false };
  rows.push(row);
}

function notAvailable(mods: Modules, ...names: string[]): string | undefined {
  const gone = names.filter((n) => mods.missing[n] !== undefined);
  if (gone.length === 0) return undefined;
  return `not available: ${[...new Set(gone.map((n) => mods.missing[n]!))].join('; ')}`;
}

function throughput(ms: number, segments: number, bytes: number): Row['throughput'] {
  return { segmentsPerSecond: (segments / ms) * 1000, megabytesPerSecond: bytes / 1e6 / (ms / 1000) };
}

function utf8Bytes(texts: readonly string[]): number {
  return texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const machine = machineInfo();
  log(`dragoman bench${quick ? ' (quick)' : ''}: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);

  // --- data ---------------------------------------------------------------
  const t0 = now();
  const data: BenchData = generateBenchData({ rng: mulberry32(BENCH_SEED), ...BENCH_SIZES });
  const generateMs = now() - t0;
  const doc = data.doc;
  const sources = doc.segments.map((s) => s.source);
  const sourceBytes = utf8Bytes(sources);
  const sourceChars = sources.reduce((n, s) => n + s.length, 0);
  const roTerms = data.glossary.concepts.reduce((n, c) => n + (c.terms.ro?.length ?? 0), 0);
  const enTerms = data.glossary.concepts.reduce((n, c) => n + (c.terms.en?.length ?? 0), 0);
  const faults: Record<string, number> = {};
  for (const p of data.plans) if (p.fault) faults[p.fault] = (faults[p.fault] ?? 0) + 1;
  log(
    `  generated ${data.glossary.concepts.length} concepts, ${doc.segments.length} segments in ${formatMs(generateMs)}`,
  );

  const mods = await loadModules();
  for (const [name, why] of Object.entries(mods.missing)) log(`  missing ${name}: ${why}`);

  const dir = defaultBenchDir();
  let files: { tbx: string; xliff: string } | undefined;
  let tbxText: string | undefined;
  let xliffText: string | undefined;
  if (mods.writeTbx && mods.writeXliff12) {
    tbxText = mods.writeTbx(data.glossary);
    xliffText = mods.writeXliff12(doc);
    files = writeBenchFiles(dir, { tbx: tbxText, xliff: xliffText });
    log(`  wrote ${files.tbx} (${(tbxText.length / 1e6).toFixed(1)} M chars) and ${files.xliff}`);
  } else {
    log(`  could not write the files: ${notAvailable(mods, 'writeTbx', 'writeXliff12')}`);
  }

  // --- glossary load + index ---------------------------------------------
  begin('glossary load + index');
  let terms: TermLookup | undefined;
  const loadName = `Glossary load + index (TBX, ${data.glossary.concepts.length.toLocaleString('en-US')} concepts)`;
  const loadMissing = notAvailable(mods, 'parseTbx', 'buildTermIndex', 'writeTbx');
  if (loadMissing || !files) {
    skip('glossary-load', loadName, loadMissing ?? 'not available: the TBX file could not be written');
  } else {
    // Baseline (raw saxes parse), cold and warm (glossary cache) load + index, CLI process peak RSS: bench/glossaryLoad.ts.
    try {
      const out = await glossaryLoadRows({
        tbxFile: files.tbx,
        repoDir,
        reps: REPS.load,
        processReps: REPS.external,
        now,
        cpuNow,
        parseTbx: mods.parseTbx!,
        buildTermIndex: mods.buildTermIndex!,
        log,
      });
      for (const row of out.rows) record(row);
      terms = out.index;
    } catch (err) {
      skip('glossary-load', loadName, `failed: ${(err as Error).message}`);
    }
  }
  if (!terms && mods.buildTermIndex) terms = mods.buildTermIndex(data.glossary);

  // --- XLIFF load (for reference: pofilter's time includes its parse) ------
  begin('XLIFF parse');
  const xliffMissing = notAvailable(mods, 'parseXliff', 'writeXliff12');
  if (xliffMissing || !xliffText) {
    skip('xliff-load', 'XLIFF load (10,000 segments)', xliffMissing ?? 'not available: no XLIFF written');
  } else {
    const m = measure(() => mods.parseXliff!(xliffText!, files!.xliff), REPS.load, now, cpuNow);
    record({
      id: 'xliff-load',
      name: `XLIFF 1.2 parse (${doc.segments.length.toLocaleString('en-US')} segments)`,
      status: 'measured',
      ms: summarise(m.samples),
      cpuMs: summarise(m.cpuSamples),
      extra: { xliffBytes: Buffer.byteLength(xliffText, 'utf8') },
    });
  }

  // --- tokenisation floor and term recognition ----------------------------
  begin('tokenisation floor and term recognition');
  let floorMedian: number | undefined;
  let floorCpu: number | undefined;
  const floorName = 'Tokenise all sources (floor)';
  if (mods.tokenize) {
    const tokenize = mods.tokenize;
    const m = measure(
      () => {
        let n = 0;
        for (const s of sources) n += tokenize(s).length;
        return n;
      },
      REPS.pass,
      now,
      cpuNow,
    );
    const ms = summarise(m.samples);
    const cpuMs = summarise(m.cpuSamples);
    floorMedian = ms.median;
    floorCpu = cpuMs.median;
    record({
      id: 'tokenize-floor',
      name: floorName,
      status: 'measured',
      ms,
      cpuMs,
      throughput: throughput(ms.median, sources.length, sourceBytes),
      extra: { tokens: m.last },
    });
  } else skip('tokenize-floor', floorName, notAvailable(mods, 'tokenize')!);

  let recognitionMedian: number | undefined;
  const recName = 'Term recognition, findSource on all sources';
  if (terms) {
    const lookup = terms;
    const m = measure(() => sources.map((s) => lookup.findSource(s)), REPS.pass, now, cpuNow);
    const ms = summarise(m.samples);
    const cpuMs = summarise(m.cpuSamples);
    recognitionMedian = ms.median;
    // How many of the concepts the generator planted were recognised: a sanity
    // check that the matcher did real work, not a quality score.
    let planted = 0;
    let recognised = 0;
    let matches = 0;
    data.plans.forEach((plan, i) => {
      const found = new Set(m.last[i]!.map((x) => x.conceptId));
      matches += m.last[i]!.length;
      for (const c of plan.concepts) {
        planted++;
        if (found.has(c)) recognised++;
      }
    });
    const row: Row = {
      id: 'term-recognition',
      name: recName,
      status: 'measured',
      ms,
      cpuMs,
      throughput: throughput(ms.median, sources.length, sourceBytes),
      extra: {
        matches,
        plantedOccurrences: planted,
        plantedRecognised: recognised,
        plantedRecall: recognised / planted,
      },
    };
    if (floorMedian !== undefined) {
      const ratio = recognitionMedian / floorMedian;
      row.goal = { text: '≤ 3× floor', value: ratio, unit: '×', met: ratio <= 3 };
      ratios.recognitionOverFloor = { value: ratio, meaning: 'median findSource pass / median tokenize pass' };
      if (floorCpu !== undefined) {
        ratios.recognitionOverFloorCpu = { value: cpuMs.median / floorCpu, meaning: 'the same by CPU time' };
      }
    } else row.goal = { text: '≤ 3× floor', value: Number.NaN, unit: '×', met: false };
    record(row);
  } else skip('term-recognition', recName, notAvailable(mods, 'buildTermIndex')!, '≤ 3× floor');

  // --- naive baseline: one regular expression per term --------------------
  begin('naive baseline (one RegExp per term, sampled)');
  {
    const naiveName = 'Naive: one RegExp per term (extrapolated)';
    const all = buildNaiveMatcher(data.glossary);
    // Compiled, 100,000 Unicode case-insensitive patterns need more than the
    // default heap (the first attempt ran out of memory), so an evenly spaced
    // sample of patterns runs over the whole document and the time is scaled
    // by the number of patterns.
    const step = Math.max(1, Math.floor(all.patterns.length / NAIVE_SAMPLE_PATTERNS));
    const sample = { patterns: all.patterns.filter((_, i) => i % step === 0).slice(0, NAIVE_SAMPLE_PATTERNS) };
    const scale = all.patterns.length / sample.patterns.length;
    // V8 compiles a RegExp to machine code on its first runs; do that outside the timing.
    const c0 = now();
    runNaive(sample, sources.slice(0, 1));
    const compileMs = now() - c0;
    runNaive(sample, sources.slice(0, 1000));
    const m = measure(() => runNaive(sample, sources), REPS.naive, now, cpuNow);
    const sampleMs = summarise(m.samples);
    const sampleCpu = summarise(m.cpuSamples);
    const scaled = (x: number): number => x * scale;
    const ms = {
      ...sampleMs,
      median: scaled(sampleMs.median),
      p95: scaled(sampleMs.p95),
      min: scaled(sampleMs.min),
      max: scaled(sampleMs.max),
      mean: scaled(sampleMs.mean),
    };
    record({
      id: 'naive-regex',
      name: naiveName,
      status: 'measured',
      ms,
      cpuMs: {
        ...sampleCpu,
        median: scaled(sampleCpu.median),
        p95: scaled(sampleCpu.p95),
        min: scaled(sampleCpu.min),
        max: scaled(sampleCpu.max),
        mean: scaled(sampleCpu.mean),
      },
      throughput: throughput(ms.median, sources.length, sourceBytes),
      method:
        `${sample.patterns.length} of the ${all.patterns.length} patterns (every ${step}th term) run over all ` +
        `${sources.length} source segments, ${REPS.naive.reps} repetition(s) after a compiling and a warm-up pass; ` +
        `times scaled linearly by the pattern count (×${scale.toFixed(1)}). Compiling the sample took ` +
        `${formatMs(compileMs)} (≈ ${formatMs(scaled(compileMs))} for all patterns, not included)`,
      extra: {
        patterns: all.patterns.length,
        samplePatterns: sample.patterns.length,
        sampleMedianMs: sampleMs.median,
        sampleMatches: m.last,
        scaleFactor: scale,
        sampleCompileMs: compileMs,
        extrapolatedCompileMs: scaled(compileMs),
      },
    });
    if (recognitionMedian !== undefined) {
      ratios.naiveOverRecognition = {
        value: ms.median / recognitionMedian,
        meaning: 'extrapolated naive / findSource',
      };
    }
  }

  // --- full check ------------------------------------------------------------
  begin('full check, then each check alone');
  let checkMedian: number | undefined;
  let checkCpu: number | undefined;
  const checkName = `Full check, ${doc.segments.length.toLocaleString('en-US')} segments (runChecks)`;
  if (mods.runChecks) {
    const runChecks = mods.runChecks;
    const opts = terms ? { terms } : {};
    const m = measure(() => runChecks(doc, opts), REPS.check, now, cpuNow);
    const ms = summarise(m.samples);
    const cpuMs = summarise(m.cpuSamples);
    checkMedian = ms.median;
    checkCpu = cpuMs.median;
    const byCheck: Record<string, number> = {};
    for (const f of m.last) byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
    const extra: Record<string, number | string> = { findings: m.last.length, withGlossary: terms ? 'yes' : 'no' };
    for (const [k, v] of Object.entries(byCheck)) extra[`findings.${k}`] = v;
    // Warnings and errors on segments with no planted fault: not a precision
    // score (the invented words can trip real checks), but a jump here is worth a look.
    const clean = new Set(data.plans.filter((p) => p.fault === undefined).map((p) => p.segmentId));
    extra.warningsOnSegmentsWithoutPlantedFault = m.last.filter(
      (f) => f.severity !== 'info' && clean.has(f.segmentId),
    ).length;
    // Each check alone over the whole document, once: where the time goes.
    // Every run pays again for tokens and term matches, so these do not add up to the total.
    if (mods.checks) {
      for (const check of mods.checks) {
        const a = now();
        runChecks(doc, { ...opts, checks: [check] });
        extra[`aloneMs.${check.id}`] = Math.round((now() - a) * 10) / 10;
      }
    }
    record({
      id: 'full-check',
      name: checkName + (terms ? '' : ' — without glossary'),
      status: 'measured',
      ms,
      cpuMs,
      throughput: throughput(ms.median, sources.length, sourceBytes + utf8Bytes(doc.segments.map((s) => s.target))),
      goal: { text: '< 1 s', value: ms.median, unit: 'ms', met: ms.median < 1000 },
      extra,
    });
  } else skip('full-check', checkName, notAvailable(mods, 'runChecks')!, '< 1 s');

  // The same document without the glossary: the issue's "full check, no glossary" row against pofilter
  // (which has no glossary either).
  let plainMedian: number | undefined;
  let plainCpu: number | undefined;
  const plainName = `Full check, ${doc.segments.length.toLocaleString('en-US')} segments, no glossary (runChecks)`;
  if (mods.runChecks && terms) {
    const runChecks = mods.runChecks;
    const m = measure(() => runChecks(doc, {}), REPS.check, now, cpuNow);
    const ms = summarise(m.samples);
    const cpuMs = summarise(m.cpuSamples);
    plainMedian = ms.median;
    plainCpu = cpuMs.median;
    record({
      id: 'full-check-plain',
      name: plainName,
      status: 'measured',
      ms,
      cpuMs,
      throughput: throughput(ms.median, sources.length, sourceBytes + utf8Bytes(doc.segments.map((s) => s.target))),
      extra: { findings: m.last.length },
    });
  } else if (!mods.runChecks) skip('full-check-plain', plainName, notAvailable(mods, 'runChecks')!);

  // --- incremental re-check -------------------------------------------------
  begin('incremental re-check');
  const incName = 'Incremental re-check of one segment (updateTarget)';
  if (mods.CheckRunner) {
    const t1 = now();
    const runner = new mods.CheckRunner(doc, terms ? { terms } : {});
    const buildMs = now() - t1;
    const edits = planEdits(mulberry32(BENCH_SEED + 1), doc, REPS.edits.warmup + REPS.edits.reps);
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    edits.forEach((e, i) => {
      const c = cpuNow();
      const a = now();
      runner.updateTarget(e.segmentId, e.target);
      const d = now() - a;
      const dc = cpuNow() - c;
      if (i >= REPS.edits.warmup) {
        samples.push(d);
        cpuSamples.push(dc);
      }
    });
    const ms = summarise(samples);
    const cpuMs = summarise(cpuSamples);
    record({
      id: 'incremental',
      name: incName,
      status: 'measured',
      ms,
      cpuMs,
      goal: { text: 'p95 < 2 ms', value: ms.p95, unit: 'ms', met: ms.p95 < 2 },
      method: `${REPS.edits.reps} edits on random segments (typing a letter, deleting or replacing a word, clearing, restoring) after ${REPS.edits.warmup} warm-up edits`,
      extra: { runnerConstructionMs: buildMs, maxMs: ms.max },
    });
  } else skip('incremental', incName, notAvailable(mods, 'CheckRunner')!, 'p95 < 2 ms');

  // --- memory of a loaded project, in a fresh process (bench/memory.ts) ----------
  begin('memory per segment of a loaded project');
  {
    const memName = 'Memory of a loaded project, per segment (XLIFF parsed + CheckRunner)';
    const segments = quick ? 20_000 : 100_000;
    const res = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(benchDir, 'memory.ts'), String(segments)],
      { cwd: repoDir, encoding: 'utf8', timeout: EXTERNAL_TIMEOUT_MS },
    );
    const line = res.status === 0 ? res.stdout.trim().split('\n').pop() : undefined;
    if (!line)
      skip('memory', memName, `failed: ${(res.stderr ?? '').trim().slice(0, 200) || res.status}`, '≤ 2 KB RSS');
    else {
      const m = JSON.parse(line) as { segments: number; xliffBytes: number; rssBytes: number; heapBytes: number };
      const kb = m.rssBytes / m.segments / 1024;
      record({
        id: 'memory',
        name: memName,
        status: 'measured',
        goal: { text: '≤ 2 KB RSS per segment', value: Math.round(kb * 100) / 100, unit: 'KB', met: kb <= 2 },
        method:
          `${m.segments.toLocaleString('en-US')} generated segments; RSS and heap growth from before reading the ` +
          'XLIFF to after parsing it and running every check (no glossary), after garbage collection',
        extra: {
          segments: m.segments,
          rssKBPerSegment: kb,
          heapKBPerSegment: m.heapBytes / m.segments / 1024,
          xliffBytesPerSegment: m.xliffBytes / m.segments,
        },
      });
      ratios.memoryKBPerSegment = { value: kb, meaning: 'RSS growth per segment of a loaded project, KB' };
    }
  }

  // --- pofilter and our CLI on the same XLIFF ---------------------------------
  begin('pofilter and the dragoman CLI');
  const pofilter = findPofilter();
  const pofName = 'pofilter (translate-toolkit), same XLIFF';
  let pofMedian: number | undefined;
  let pofCpu: number | undefined;
  let pofVersion: string | undefined;
  if (!pofilter)
    skip('pofilter', pofName, 'not installed (apt-get install translate-toolkit)', 'pofilter ÷ full check ≥ 10×');
  else if (!files) skip('pofilter', pofName, 'not available: no XLIFF written', 'pofilter ÷ full check ≥ 10×');
  else {
    pofVersion = pofilterVersion(pofilter);
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let failure: string | undefined;
    for (let i = 0; i < REPS.external.warmup + REPS.external.reps && !failure; i++) {
      const r = runPofilter(pofilter, files.xliff, join(dir, 'pofilter-out.xlf'), EXTERNAL_TIMEOUT_MS, now);
      if (!r.ok) failure = r.reason;
      else if (i >= REPS.external.warmup) {
        runs.push(r.ms);
        if (r.cpuMs !== undefined) cpuRuns.push(r.cpuMs);
      }
    }
    // Start-up alone, on a one-segment file, to show how much of its time is Python starting.
    const tiny: BilingualDocument = { ...doc, segments: doc.segments.slice(0, 1) };
    const tinyPath = join(dir, 'tiny.xlf');
    writeFileSync(tinyPath, mods.writeXliff12!(tiny), 'utf8');
    const startup: number[] = [];
    for (let i = 0; i < 3 && !failure; i++) {
      const r = runPofilter(pofilter, tinyPath, join(dir, 'tiny-out.xlf'), EXTERNAL_TIMEOUT_MS, now);
      if (r.ok) startup.push(r.ms);
    }
    if (failure) skip('pofilter', pofName, `failed: ${failure}`, 'pofilter ÷ full check ≥ 10×');
    else {
      const ms = summarise(runs);
      pofMedian = ms.median;
      if (cpuRuns.length > 0) pofCpu = summarise(cpuRuns).median;
      const row: Row = {
        id: 'pofilter',
        name: pofName,
        status: 'measured',
        ms,
        throughput: throughput(ms.median, sources.length, Buffer.byteLength(xliffText!, 'utf8')),
        method: `wall time of \`pofilter --progress=none --errorlevel=none -i doc.xlf -o out.xlf\` (${pofVersion}), all default tests`,
        extra: { version: pofVersion, startupMedianMs: startup.length ? summarise(startup).median : Number.NaN },
      };
      if (checkMedian !== undefined) {
        const ratio = ms.median / checkMedian;
        row.goal = { text: 'pofilter ÷ full check ≥ 10×', value: ratio, unit: '×', met: ratio >= 10 };
        ratios.pofilterOverFullCheck = {
          value: ratio,
          meaning: 'median pofilter wall time / median runChecks time (in process)',
        };
      }
      if (cpuRuns.length > 0) row.cpuMs = summarise(cpuRuns);
      if (checkCpu !== undefined && pofCpu !== undefined) {
        ratios.pofilterOverFullCheckCpu = { value: pofCpu / checkCpu, meaning: 'the same by CPU time' };
      }
      if (plainMedian !== undefined) {
        ratios.pofilterOverPlainCheck = {
          value: ms.median / plainMedian,
          meaning: 'median pofilter wall time / median runChecks time without the glossary (goal ≥ 10×)',
        };
        if (plainCpu !== undefined && pofCpu !== undefined) {
          ratios.pofilterOverPlainCheckCpu = { value: pofCpu / plainCpu, meaning: 'the same by CPU time' };
        }
      }
      record(row);
    }
  }

  // The same comparison end to end: our CLI as a process, XLIFF parse and output included.
  const cli = join(repoDir, 'bin', 'dragoman.js');
  const cliName = 'dragoman check doc.xlf (CLI process, no glossary)';
  if (!files) skip('cli-check', cliName, 'not available: no XLIFF written');
  else if (!existsSync(cli) || !existsSync(join(repoDir, 'dist', 'cli.mjs'))) {
    skip('cli-check', cliName, 'not available: bin/dragoman.js or dist/cli.mjs (run npm run build)');
  } else {
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    let failure: string | undefined;
    for (let i = 0; i < REPS.external.warmup + REPS.external.reps && !failure; i++) {
      const args = [cli, 'check', files.xliff, '--format', 'json', '--fail-on', 'never'];
      const r = runExternal(process.execPath, args, EXTERNAL_TIMEOUT_MS, now);
      if (r.status !== 0) failure = `exit ${r.status ?? r.signal}: ${r.stderr.trim().slice(0, 200)}`;
      else if (i >= REPS.external.warmup) {
        runs.push(r.wallMs);
        if (r.cpuMs !== undefined) cpuRuns.push(r.cpuMs);
      }
    }
    if (failure) skip('cli-check', cliName, `failed: ${failure}`);
    else {
      const ms = summarise(runs);
      const row: Row = {
        id: 'cli-check',
        name: cliName,
        status: 'measured',
        ms,
        method:
          'wall time of `node bin/dragoman.js check doc.xlf --format json --fail-on never`: Node start-up, XLIFF parse, all checks, JSON output',
      };
      if (cpuRuns.length > 0) row.cpuMs = summarise(cpuRuns);
      if (pofCpu !== undefined && row.cpuMs) {
        ratios.pofilterOverCliProcessCpu = { value: pofCpu / row.cpuMs.median, meaning: 'the same by CPU time' };
      }
      if (pofMedian !== undefined) {
        const ratio = pofMedian / ms.median;
        row.goal = { text: 'pofilter ÷ CLI ≥ 10×', value: ratio, unit: '×', met: ratio >= 10 };
        ratios.pofilterOverCliProcess = {
          value: ratio,
          meaning: 'median pofilter wall time / median dragoman CLI wall time, same file, both without a glossary',
        };
      }
      record(row);
    }
  }

  // --- CLI start: --version and the sample's check as whole processes, with their baselines ---
  begin('CLI start against node -e 0 and pofilter');
  for (const row of cliStartRows({ quick, log })) {
    record(row);
    if (row.goal && Number.isFinite(row.goal.value)) {
      ratios[`${row.id}Ratio`] = {
        value: row.goal.value,
        meaning: `median wall time ${row.goal.text.replace('≤ ', '/ ')}`,
      };
    }
  }

  // --- shared glossary: writers in real processes ---------------------------------
  try {
    for (const row of await glossaryContentionRows({ quick, log })) record(row);
  } catch (err) {
    skip('glossary-contention', 'Glossary adds under contention', `failed: ${(err as Error).message}`);
  }

  // --- report -----------------------------------------------------------------
  const table = formatTable(rows);
  process.stdout.write(`\n${table}\n\n`);
  process.stdout.write(
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}; ` +
      `load average ${machine.loadAverage1m} at the start, ${loadavg()[0]!.toFixed(2)} at the end` +
      (Math.max(machine.loadAverage1m, loadavg()[0]!) > machine.cores
        ? ' (above the core count: other work was competing for the CPU and times are inflated).\n'
        : '.\n'),
  );
  const cpuRatios = Object.entries(ratios)
    .filter(([k]) => k.endsWith('Cpu'))
    .map(([k, v]) => `${k.replace(/Cpu$/u, '')} ${v.value.toFixed(2)}×`);
  if (cpuRatios.length > 0) process.stdout.write(`Ratios by CPU time instead of wall time: ${cpuRatios.join(', ')}\n`);
  for (const row of rows) if (row.method) process.stdout.write(`${row.name}: ${row.method}\n`);
  const check = rows.find((r) => r.id === 'full-check' && r.extra);
  if (check?.extra) {
    const alone = Object.entries(check.extra)
      .filter(([k]) => k.startsWith('aloneMs.'))
      .sort((a, b) => Number(b[1]) - Number(a[1]))
      .map(
        ([k, v]) =>
          `${k.slice('aloneMs.'.length)} ${formatMs(Number(v))} (${check.extra![`findings.${k.slice(8)}`] ?? 0})`,
      );
    if (alone.length > 0) process.stdout.write(`Each check alone over the document (findings): ${alone.join(', ')}\n`);
  }

  const results = {
    version: 1,
    timestamp: startedAt.toISOString(),
    durationSeconds: Math.round((now() - t0) / 100) / 10,
    quick,
    machine,
    // The load when the run ended too: one number at the start can miss a build that began midway.
    loadAverage1mAtEnd: Math.round(loadavg()[0]! * 100) / 100,
    pofilter: pofVersion ?? (pofilter ? 'installed' : 'not installed'),
    data: {
      seed: BENCH_SEED,
      concepts: data.glossary.concepts.length,
      romanianTerms: roTerms,
      englishTerms: enTerms,
      segments: doc.segments.length,
      sourceChars,
      sourceBytesUtf8: sourceBytes,
      generateMs,
      plantedFaults: faults,
      files: files ?? null,
    },
    units: { ms: 'milliseconds of wall time', throughput: 'segments per second and MB (10^6 bytes, UTF-8) per second' },
    measurements: rows,
    ratios,
    table,
  };
  const out = join(benchDir, quick ? 'results.local.json' : 'results.json');
  writeFileSync(
    out,
    `${JSON.stringify(results, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`,
    'utf8',
  );
  process.stdout.write(`\nwrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
