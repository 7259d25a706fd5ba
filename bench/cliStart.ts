/**
 * Bench rows of the CLI's start (issue #12), as whole processes, each
 * against its baseline measured in the same run:
 * - `dragoman --version` against `node -e 0` (goal ≤ 1.5×);
 * - `dragoman check` of the 26-segment sample (samples/article.ro.txt and
 *   .en.txt), with and without samples/glossary.tbx, against pofilter on the
 *   same 26 segments (samples/article.xlf) (goal ≤ 2×).
 * The commands take turns within each repetition, so a load that comes and
 * goes weighs on all of them alike. Runs the built CLI (`npm run build`).
 *
 * Part of `npm run bench` (bench/run.ts); on its own:
 * `node --import tsx bench/cliStart.ts [--quick]` prints the table and the rows as JSON.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExternal } from './external.js';
import { findPofilter, pofilterVersion } from './pofilter.js';
import { formatTable, type Row } from './report.js';
import { summarise, type Summary } from './stats.js';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const TIMEOUT_MS = 60_000;

/** How many runs; `quick` takes fewer. */
export interface CliStartOptions {
  quick: boolean;
  log: (line: string) => void;
}

interface Command {
  id: string;
  name: string;
  exe: string;
  args: string[];
  /** Exit codes that mean it worked (check exits 1 when it finds errors, as the sample has). */
  ok: readonly number[];
}

interface Timings {
  wall: number[];
  cpu: number[];
  failure?: string;
}

/** The rows, in the order of the table: each baseline before the rows compared with it. */
export function cliStartRows(opts: CliStartOptions): Row[] {
  const bin = join(repoDir, 'bin', 'dragoman.js');
  if (!existsSync(join(repoDir, 'dist', 'cli.mjs'))) {
    return [
      {
        id: 'cli-start',
        name: 'CLI start',
        status: 'skipped',
        reason: 'not available: dist/cli.mjs (run npm run build)',
      },
    ];
  }
  const sample = (name: string) => join(repoDir, 'samples', name);
  const check = ['check', '--source', sample('article.ro.txt'), '--target', sample('article.en.txt')];
  const pofilter = findPofilter();
  const commands: Command[] = [
    { id: 'node-start', name: '`node -e 0` (baseline)', exe: process.execPath, args: ['-e', '0'], ok: [0] },
    { id: 'cli-version', name: '`dragoman --version`', exe: process.execPath, args: [bin, '--version'], ok: [0] },
    {
      id: 'cli-check-sample',
      name: 'dragoman check of the 26-segment sample, no glossary',
      exe: process.execPath,
      args: [bin, ...check],
      ok: [0, 1],
    },
    {
      id: 'cli-check-sample-glossary',
      name: 'dragoman check of the 26-segment sample, --glossary samples/glossary.tbx',
      exe: process.execPath,
      args: [bin, ...check, '--glossary', sample('glossary.tbx')],
      ok: [0, 1],
    },
  ];
  if (pofilter) {
    const out = join(tmpdir(), `dragoman-bench-pofilter-${process.pid}.xlf`);
    commands.splice(2, 0, {
      id: 'pofilter-sample',
      name: 'pofilter on the same 26 segments (samples/article.xlf, baseline)',
      exe: pofilter,
      args: ['--progress=none', '--errorlevel=none', '-i', sample('article.xlf'), '-o', out],
      ok: [0],
    });
  }
  const warmup = 1;
  const reps = opts.quick ? 3 : 11;
  opts.log(`… CLI start: ${commands.length} commands, ${warmup} + ${reps} runs each, taking turns`);
  const times = new Map<string, Timings>(commands.map((c) => [c.id, { wall: [], cpu: [] }]));
  for (let i = 0; i < warmup + reps; i++) {
    for (const c of commands) {
      const t = times.get(c.id)!;
      if (t.failure) continue;
      const r = runExternal(c.exe, c.args, TIMEOUT_MS, () => performance.now());
      if (r.error || r.status === null || !c.ok.includes(r.status)) {
        t.failure = r.error?.message ?? `exit ${r.status ?? r.signal}: ${r.stderr.trim().slice(0, 200)}`;
      } else if (i >= warmup) {
        t.wall.push(r.wallMs);
        if (r.cpuMs !== undefined) t.cpu.push(r.cpuMs);
      }
    }
  }
  const medians = new Map<string, { wall: Summary; cpu?: Summary }>();
  const rows: Row[] = [];
  for (const c of commands) {
    const t = times.get(c.id)!;
    if (t.failure) {
      rows.push({ id: c.id, name: c.name, status: 'skipped', reason: `failed: ${t.failure}` });
      continue;
    }
    const wall = summarise(t.wall);
    const cpu = t.cpu.length > 0 ? summarise(t.cpu) : undefined;
    medians.set(c.id, cpu ? { wall, cpu } : { wall });
    const row: Row = {
      id: c.id,
      name: c.name,
      status: 'measured',
      ms: wall,
      method: `wall time of the whole process: ${[c.exe === process.execPath ? 'node' : 'pofilter', ...c.args.map((a) => a.replace(repoDir, ''))].join(' ')}`,
    };
    if (cpu) row.cpuMs = cpu;
    if (c.id === 'pofilter-sample' && pofilter) row.extra = { version: pofilterVersion(pofilter) };
    rows.push(row);
  }
  const compare = (id: string, base: string, limit: number, text: string) => {
    const row = rows.find((r) => r.id === id && r.status === 'measured');
    const a = medians.get(id);
    const b = medians.get(base);
    if (!row || !a || !b) return;
    const ratio = a.wall.median / b.wall.median;
    row.goal = { text, value: ratio, unit: '×', met: ratio <= limit };
    if (a.cpu && b.cpu) row.extra = { ...row.extra, cpuRatio: Math.round((a.cpu.median / b.cpu.median) * 100) / 100 };
  };
  compare('cli-version', 'node-start', 1.5, '≤ 1.5× node -e 0');
  compare('cli-check-sample', 'pofilter-sample', 2, '≤ 2× pofilter');
  compare('cli-check-sample-glossary', 'pofilter-sample', 2, '≤ 2× pofilter');
  if (!pofilter) {
    for (const id of ['cli-check-sample', 'cli-check-sample-glossary']) {
      const row = rows.find((r) => r.id === id);
      if (row) row.goal = { text: '≤ 2× pofilter (not installed)', value: Number.NaN, unit: '', met: false };
    }
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = cliStartRows({ quick: process.argv.includes('--quick'), log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`${formatTable(rows)}\n\n${JSON.stringify(rows, null, 2)}\n`);
}
