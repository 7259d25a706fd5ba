/**
 * Timing and summary statistics for the benchmark. The clock is an argument
 * (design.md: pass time in), so the arithmetic is testable without timing.
 */

/** Milliseconds from an arbitrary origin, e.g. `performance.now`. */
export type Clock = () => number;

/** Summary of a list of samples, all in the samples' unit. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  mean: number;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest sample such
 * that at least p% of samples are at or below it. With few samples p95 is
 * simply the largest, which is the honest answer.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  if (p < 0 || p > 100) throw new Error(`percentile ${p} is outside 0–100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median (mean of the middle two for an even count), p95, extremes and mean. */
export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summary of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    n: sorted.length,
    median,
    p95: percentile(sorted, 95),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean,
  };
}

/** How many times to run a measured function. */
export interface Repetitions {
  /** Unmeasured runs first, so that the JIT has compiled the hot paths. */
  warmup: number;
  reps: number;
}

/**
 * Runs `fn` `warmup` times unmeasured, then `reps` times measured; returns
 * each measured run's duration in milliseconds, and, when a `cpu` clock is
 * given, the CPU time each run used (which other processes on a busy machine
 * do not inflate). The result of the last run is kept so that callers can
 * check what was computed.
 */
export function measure<T>(
  fn: () => T,
  times: Repetitions,
  now: Clock,
  cpu?: Clock,
): { samples: number[]; cpuSamples: number[]; last: T } {
  if (times.reps < 1) throw new Error('measure: at least one measured run is needed');
  let last: T | undefined;
  for (let i = 0; i < times.warmup; i++) last = fn();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let i = 0; i < times.reps; i++) {
    const c0 = cpu?.();
    const t0 = now();
    last = fn();
    samples.push(now() - t0);
    if (cpu && c0 !== undefined) cpuSamples.push(cpu() - c0);
  }
  // reps ≥ 1, so `last` was assigned by a measured run.
  return { samples, cpuSamples, last: last as T };
}

/** Rounds to one decimal, for reports. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A summary with every figure rounded to one decimal, for reports. */
export function roundSummary(s: Summary): Summary {
  return {
    n: s.n,
    median: round1(s.median),
    p95: round1(s.p95),
    min: round1(s.min),
    max: round1(s.max),
    mean: round1(s.mean),
  };
}
