import { cpus, loadavg, totalmem } from 'node:os';
import type { Summary } from './stats.js';

/** A goal from the issue and whether this run met it. */
export interface Goal {
  /** As the issue states it, e.g. "≤ 3× floor". */
  text: string;
  /** The value compared against the goal, in `unit`. */
  value: number;
  unit: string;
  met: boolean;
}

/** One line of the results table. */
export interface Row {
  id: string;
  name: string;
  /** Measured, or skipped with the reason (a module not available, pofilter not installed). */
  status: 'measured' | 'skipped';
  reason?: string;
  /** Wall-time summary in milliseconds. */
  ms?: Summary;
  /** CPU-time (user + system) summary in milliseconds: close to the wall time on an idle machine. */
  cpuMs?: Summary;
  /** Whole-document throughput, where the row processes all 10,000 segments. */
  throughput?: { segmentsPerSecond: number; megabytesPerSecond: number };
  goal?: Goal;
  /** How the row was measured, when that is not obvious from its name. */
  method?: string;
  /** Further numbers worth keeping (counts, component times). */
  extra?: Record<string, number | string>;
}

/** The machine the numbers come from. */
export interface MachineInfo {
  node: string;
  v8: string;
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the run started: other work on the machine skews timings. */
  loadAverage1m: number;
}

/** Describes the current machine. */
export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    node: process.version,
    v8: process.versions.v8,
    platform: process.platform,
    arch: process.arch,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
  };
}

/** Milliseconds in a width that stays readable from microseconds to minutes. */
export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

function throughputText(row: Row): string {
  if (!row.throughput) return '';
  const segs = Math.round(row.throughput.segmentsPerSecond).toLocaleString('en-US');
  return `${segs} seg/s, ${row.throughput.megabytesPerSecond.toFixed(1)} MB/s`;
}

/** The results as a fixed-width text table, one line per row, skipped rows saying why. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Measurement', 'median (p50)', 'p95', 'CPU p50', 'throughput', 'goal', 'met?'];
  const lines: string[][] = [header];
  for (const row of rows) {
    if (row.status === 'skipped') {
      lines.push([row.name, `— ${row.reason ?? 'skipped'}`, '', '', '', row.goal?.text ?? '', '']);
      continue;
    }
    lines.push([
      row.name,
      row.ms ? formatMs(row.ms.median) : '',
      row.ms ? formatMs(row.ms.p95) : '',
      row.cpuMs ? formatMs(row.cpuMs.median) : '',
      throughputText(row),
      row.goal ? `${row.goal.text} (${formatGoalValue(row.goal)})` : '',
      row.goal ? (row.goal.met ? 'yes' : 'NO') : '',
    ]);
  }
  // A skipped row's reason may be long; it is allowed to overflow its column.
  const widths = header.map((_, c) =>
    Math.max(...lines.filter((l) => !(l[1]?.startsWith('— ') && c === 1)).map((l) => l[c]!.length)),
  );
  const out = lines.map((l) =>
    l
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
  out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return out.join('\n');
}

function formatGoalValue(goal: Goal): string {
  if (goal.unit === 'ms') return formatMs(goal.value);
  if (goal.unit === '×') return `${goal.value.toFixed(2)}×`;
  return `${goal.value} ${goal.unit}`;
}
