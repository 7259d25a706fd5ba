import { spawnSync } from 'node:child_process';
import { runExternal } from './external.js';
import type { Clock } from './stats.js';

/** Outcome of one pofilter run. */
export type PofilterRun = { ok: true; ms: number; cpuMs?: number } | { ok: false; reason: string };

/** The pofilter executable on PATH, or undefined when translate-toolkit is not installed. */
export function findPofilter(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v pofilter'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return which.status === 0 && path !== '' ? path : undefined;
}

/** pofilter's version line ("pofilter 3.8.4"), for the record. */
export function pofilterVersion(exe: string): string {
  const out = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return (out.stdout || out.stderr).trim();
}

/**
 * Runs `pofilter -i input -o output` once with every default test and returns
 * its wall time, Python start-up included (that is what a user waits for).
 */
export function runPofilter(exe: string, input: string, output: string, timeoutMs: number, now: Clock): PofilterRun {
  const res = runExternal(exe, ['--progress=none', '--errorlevel=none', '-i', input, '-o', output], timeoutMs, now);
  if (res.error) return { ok: false, reason: res.error.message };
  if (res.signal)
    return {
      ok: false,
      reason: `killed by ${res.signal} after ${Math.round(res.wallMs)} ms (timeout ${timeoutMs} ms)`,
    };
  if (res.status !== 0) return { ok: false, reason: `exit ${res.status}: ${res.stderr.trim().slice(0, 300)}` };
  return res.cpuMs === undefined ? { ok: true, ms: res.wallMs } : { ok: true, ms: res.wallMs, cpuMs: res.cpuMs };
}
