/**
 * `npm run bench [-- FLAGS]`: builds once, then runs every suite of
 * bench/suites.ts in its own process, one after another, and passes each the
 * flags it does not use itself (so `--quick` reaches every suite, not only
 * the last command of a shell chain).
 *
 * Runner flags:
 *   --only a,b     run only these suites or groups (`--only browser`: the UI benches alone)
 *   --skip a,b     run all but these
 *   --no-build     use dist/ as it is (after your own `npm run build`)
 *   --list         print the suites and their groups, run nothing
 * Everything else (`--quick`, …) goes to the suites.
 *
 * With `--quick` no committed results file changes: a suite that writes one
 * anyway (the browser suites have no quick mode) has it moved to
 * NAME.local.json (ignored by git) and the committed file put back.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUITES, keepCommitted, selectSuites, snapshot, type Suite } from './suites.js';

const repoDir = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(repoDir, 'bench');

interface RunnerArgs {
  only: string[] | undefined;
  skip: string[];
  build: boolean;
  list: boolean;
  /** What goes to every suite. */
  forwarded: string[];
}

function parseArgs(argv: readonly string[]): RunnerArgs {
  const args: RunnerArgs = { only: undefined, skip: [], build: true, list: false, forwarded: [] };
  const words = (value: string | undefined, flag: string): string[] => {
    if (value === undefined || value.startsWith('--'))
      throw new Error(`${flag} needs a list, e.g. ${flag} ui,uiChecks`);
    return value.split(',').filter((w) => w !== '');
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg];
    if (flag === '--only' || flag === '--skip') {
      const list = words(inline ?? argv[++i], flag);
      if (flag === '--only') args.only = [...(args.only ?? []), ...list];
      else args.skip.push(...list);
    } else if (arg === '--no-build') args.build = false;
    else if (arg === '--list') args.list = true;
    else args.forwarded.push(arg);
  }
  return args;
}

function run(cmd: string, args: readonly string[]): number {
  const res = spawnSync(cmd, args, { cwd: repoDir, stdio: 'inherit' });
  if (res.error) process.stderr.write(`bench: ${res.error.message}\n`);
  return res.status ?? 1;
}

function main(): number {
  let args: RunnerArgs;
  let suites: Suite[];
  try {
    args = parseArgs(process.argv.slice(2));
    suites = selectSuites(SUITES, args.only, args.skip);
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  if (args.list) {
    for (const s of SUITES) process.stdout.write(`${s.name.padEnd(12)} ${s.group.padEnd(8)} ${s.script}\n`);
    return 0;
  }
  const quick = args.forwarded.includes('--quick');
  process.stderr.write(
    `bench: ${suites.map((s) => s.name).join(', ')}${args.forwarded.length ? ` with ${args.forwarded.join(' ')}` : ''}; ` +
      `load average ${loadavg()[0]!.toFixed(2)}\n`,
  );
  if (args.build) {
    // The browser suites need the renderer; the others only the CLI and the server.
    const browser = suites.some((s) => s.group === 'browser');
    const status = run(process.execPath, ['scripts/build.mjs', ...(browser ? [] : ['--no-renderer'])]);
    if (status !== 0) {
      process.stderr.write(`bench: the build failed (exit ${status}); nothing was measured\n`);
      return status;
    }
  }
  const failed: string[] = [];
  for (const suite of suites) {
    process.stderr.write(`\nbench: ── ${suite.name} (${suite.script}) ──\n`);
    const before = quick ? snapshot(benchDir, suite) : undefined;
    const status = run(process.execPath, ['--import', 'tsx', suite.script, ...args.forwarded]);
    if (before) {
      const moved = keepCommitted(benchDir, before).map((f) => `bench/${f}`);
      if (moved.length > 0)
        process.stderr.write(`bench: --quick: ${suite.name}'s results kept in ${moved.join(', ')}\n`);
    }
    if (status !== 0) failed.push(`${suite.name} (exit ${status})`);
  }
  process.stderr.write(
    `\nbench: ${suites.length - failed.length} of ${suites.length} suites finished` +
      (failed.length ? `; failed: ${failed.join(', ')}` : '') +
      `; load average ${loadavg()[0]!.toFixed(2)}\n`,
  );
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main();
