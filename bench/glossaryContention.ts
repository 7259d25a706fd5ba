/**
 * Bench rows of the shared glossary (issue #9): adds per second when 8
 * processes add 200 entries each to one file at once (TBX and TSV), 20
 * kill -9 trials during adds, and the time to take over a lock whose holder
 * was killed. Runs the built CLI (`npm run build`) in real processes.
 *
 * Part of `npm run bench`; on its own: `node --import tsx bench/glossaryContention.ts [--quick]`
 * prints the rows as JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGlossary, serializeGlossary } from '../glossary/common/codec.js';
import { GlossaryFileStore } from '../glossary/node/glossaryStore.js';
import { DEFAULT_LOCK_TIMINGS } from '../glossary/node/lock.js';
import type { Row } from './report.js';
import { summarise } from './stats.js';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const adder = join(repoDir, 'bench', 'glossaryAdder.mjs');

/** Sizes of the contention rows; `quick` runs each once and fewer kill trials. */
export interface ContentionOptions {
  quick: boolean;
  log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Proc {
  kill(): void;
  stdout(): string;
  stderr(): string;
  done: Promise<number | null>;
}

function startNode(args: string[], env: NodeJS.ProcessEnv = process.env): Proc {
  const child = spawn(process.execPath, args, { cwd: repoDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  // Kept, not shown: every add that waits for the lock says so, which is the point of the run.
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  return {
    kill: () => child.kill('SIGKILL'),
    stdout: () => out,
    stderr: () => err,
    done: new Promise((resolve) => child.once('close', (code) => resolve(code))),
  };
}

function emptyGlossary(name: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-bench-glossary-'));
  const file = join(dir, name);
  writeFileSync(file, serializeGlossary({ concepts: [] }, file));
  return { dir, file };
}

function romanian(file: string): Set<string> {
  return new Set(parseGlossary(readFileSync(file, 'utf8'), file).concepts.map((c) => c.terms['ro']![0]!.text));
}

/** One run of `writers` processes × `adds` adds: wall ms from the first start to the last exit, and how many were kept. */
async function contentionRun(name: string, writers: number, adds: number): Promise<{ ms: number; kept: number }> {
  const { dir, file } = emptyGlossary(name);
  const t0 = performance.now();
  const procs = Array.from({ length: writers }, (_, w) => startNode([adder, file, String(adds), `w${w}`, '600']));
  const codes = await Promise.all(procs.map((p) => p.done));
  const ms = performance.now() - t0;
  const failed = procs.find((_, i) => codes[i] !== 0);
  if (failed) throw new Error(`a writer failed (exit codes ${codes.join(', ')}): ${failed.stderr().slice(-2000)}`);
  const kept = romanian(file).size;
  rmSync(dir, { recursive: true, force: true });
  return { ms, kept };
}

/** The time from SIGKILL of a lock holder to another writer holding the lock, with the app's default timings. */
async function takeoverMs(): Promise<number> {
  const { dir, file } = emptyGlossary('team.tbx');
  const holder = startNode([
    '--input-type=module',
    '-e',
    `import lockfile from 'proper-lockfile';
     await lockfile.lock(${JSON.stringify(file)}, { stale: ${DEFAULT_LOCK_TIMINGS.staleMs}, realpath: false });
     process.stdout.write('locked\\n');
     setInterval(() => {}, 1000);`,
  ]);
  while (!holder.stdout().includes('locked')) await sleep(10);
  // Kill at a random point of the holder's heartbeat (it refreshes the lock every staleMs / 2).
  await sleep(Math.random() * DEFAULT_LOCK_TIMINGS.staleMs * 0.5);
  holder.kill();
  await holder.done;
  const t0 = performance.now();
  const store = new GlossaryFileStore({
    now: () => new Date(),
    userName: 'bench',
    random: () => Math.random().toString(36).slice(2, 10),
    lock: { ...DEFAULT_LOCK_TIMINGS, waitMs: 60_000 },
  });
  await store.add(file, { ro: [{ text: 'Bălți', status: 'preferred' }], en: [{ text: 'Balti', status: 'preferred' }] });
  const ms = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  return ms;
}

/** `trials` kill -9 trials during adds (2 s stale time, as in the tests); counts what held. */
async function killTrials(trials: number): Promise<Record<string, number>> {
  const env = { ...process.env, DRAGOMAN_LOCK_STALE_MS: '2000' };
  const { dir, file } = emptyGlossary('team.tbx');
  const reported = new Set<string>();
  const tally = { trials, parsed: 0, tempsLeftAfterNextWrite: 0, reportedAdds: 0, reportedLost: 0 };
  for (let t = 0; t < trials; t++) {
    const victims = [0, 1, 2].map((k) => startNode([adder, file, '1000', `t${t}k${k}`], env));
    while (!victims.some((v) => v.stdout().includes('\n'))) await sleep(10);
    await sleep(Math.random() * 400);
    for (const v of victims) v.kill();
    await Promise.all(victims.map((v) => v.done));
    for (const v of victims) for (const term of v.stdout().split('\n').filter(Boolean)) reported.add(term);
    try {
      romanian(file);
      tally.parsed++;
    } catch {
      // Counted by its absence from `parsed`.
    }
    const next = startNode([adder, file, '1', `after${t}`], env);
    if ((await next.done) !== 0) throw new Error(`the write after kill trial ${t} failed: ${next.stderr()}`);
    for (const term of next.stdout().split('\n').filter(Boolean)) reported.add(term);
    tally.tempsLeftAfterNextWrite += readdirSync(dir).filter((n) => n !== 'team.tbx').length;
  }
  const kept = romanian(file);
  tally.reportedAdds = reported.size;
  tally.reportedLost = [...reported].filter((t) => !kept.has(t)).length;
  rmSync(dir, { recursive: true, force: true });
  return tally;
}

/** The contention rows. */
export async function glossaryContentionRows(opts: ContentionOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const writers = 8;
  const adds = 200;
  const reps = opts.quick ? 1 : 3;
  for (const name of ['team.tbx', 'team.tsv']) {
    const runs: { ms: number; kept: number }[] = [];
    for (let r = 0; r < reps; r++) {
      opts.log(`… glossary contention ${name}: ${writers} × ${adds} adds, run ${r + 1} of ${reps}`);
      runs.push(await contentionRun(name, writers, adds));
    }
    const ms = summarise(runs.map((r) => r.ms));
    const format = name.endsWith('.tbx') ? 'TBX' : 'TSV';
    rows.push({
      id: `glossary-contention-${format.toLowerCase()}`,
      name: `Glossary adds under contention (${format}, ${writers} processes × ${adds})`,
      status: 'measured',
      ms,
      method: `${writers} processes (bench/glossaryAdder.mjs) each run ${adds} \`dragoman glossary add\` on one empty ${format} at once; wall time from the first start to the last exit; ${reps} run(s)`,
      extra: {
        addsPerSecondMedian: Math.round(((writers * adds) / ms.median) * 1000 * 10) / 10,
        keptMin: Math.min(...runs.map((r) => r.kept)),
        expected: writers * adds,
      },
    });
  }
  const takeovers: number[] = [];
  const n = opts.quick ? 1 : 5;
  for (let i = 0; i < n; i++) {
    opts.log(`… glossary lock takeover after kill -9, ${i + 1} of ${n}`);
    takeovers.push(await takeoverMs());
  }
  rows.push({
    id: 'glossary-lock-takeover',
    name: `Glossary lock takeover after kill -9 (stale ${DEFAULT_LOCK_TIMINGS.staleMs / 1000} s)`,
    status: 'measured',
    ms: summarise(takeovers),
    method:
      'a process takes the lock with the default timings and is killed at a random point of its heartbeat; time from the kill until another writer holds the lock and has added an entry',
    goal: {
      text: `≤ stale time + 1 s`,
      value: Math.max(...takeovers),
      unit: 'ms',
      met: Math.max(...takeovers) <= DEFAULT_LOCK_TIMINGS.staleMs + 1000,
    },
  });
  const trials = opts.quick ? 5 : 20;
  opts.log(`… glossary kill -9 trials: ${trials}`);
  const t0 = performance.now();
  const tally = await killTrials(trials);
  rows.push({
    id: 'glossary-kill-trials',
    name: `Glossary kill -9 trials during adds (${trials})`,
    status: 'measured',
    ms: summarise([performance.now() - t0]),
    method:
      'per trial: 3 writers adding, all killed -9 at a random moment once they are adding; the file must parse, the next add must leave no temp file, and every add a writer reported must be in the file',
    extra: tally,
  });
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  glossaryContentionRows({ quick, log: (l) => process.stderr.write(`${l}\n`) })
    .then((rows) => process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    });
}
