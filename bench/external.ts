import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from './stats.js';

/** One run of an external command. */
export interface ExternalRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
  stderr: string;
  wallMs: number;
  /** User + system CPU time of the child, when GNU time is installed to tell it. */
  cpuMs?: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion and measures its wall time and, through GNU
 * time when present, its CPU time (which, unlike wall time, other work on a
 * busy machine does not inflate).
 */
export function runExternal(exe: string, args: readonly string[], timeoutMs: number, now: Clock): ExternalRun {
  const useTime = existsSync(GNU_TIME);
  const report = join(tmpdir(), `dragoman-bench-time-${process.pid}.txt`);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%U %S', '-o', report, exe, ...args]] : [exe, [...args]];
  const t0 = now();
  const res = spawnSync(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 512 * 1024 * 1024 });
  const wallMs = now() - t0;
  const run: ExternalRun = { status: res.status, signal: res.signal, stderr: res.stderr ?? '', wallMs };
  if (res.error) run.error = res.error;
  if (useTime && existsSync(report)) {
    const [user, sys] = readFileSync(report, 'utf8').trim().split(/\s+/u).slice(-2).map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys)) run.cpuMs = (user! + sys!) * 1000;
    rmSync(report, { force: true });
  }
  return run;
}
