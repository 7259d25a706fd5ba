import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { ServiceError } from '../../../electron/services/serviceError.js';
import type { Scheduler } from '../../../electron/services/projectStore.js';

/** A fresh temporary folder for one test. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'dragoman-test-'));
}

/** A scheduler whose timers run only when the test says so. */
export class ManualScheduler implements Scheduler {
  readonly timers = new Map<number, () => void>();
  /** How many timers were ever started. */
  started = 0;
  private next = 1;

  setTimeout(fn: () => void): unknown {
    const id = this.next++;
    this.started++;
    this.timers.set(id, fn);
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Runs every pending timer. */
  fireAll(): void {
    const fns = [...this.timers.values()];
    this.timers.clear();
    for (const fn of fns) fn();
  }
}

/** A clock that moves one second per reading, from a fixed start. */
export function steppingClock(start = Date.UTC(2026, 10, 27, 7, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}

/** Ids p1, p2, … */
export function counterIds(prefix = 'p'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/**
 * A WorkbenchService on `dataDir` with the bundled samples, a stepping clock,
 * counted ids, no dialogs and a scheduler whose timers never fire on their own.
 */
export function testService(
  dataDir: string,
  extra: Partial<ConstructorParameters<typeof WorkbenchService>[0]> = {},
): WorkbenchService {
  return new WorkbenchService({
    dataDir,
    samplesDir: resolve('samples'),
    version: '9.9.9',
    shell: 'web',
    systemLocale: 'ro-RO',
    now: steppingClock(),
    newId: counterIds(),
    dialogs: null,
    scheduler: new ManualScheduler(),
    ...extra,
  });
}

/** The ServiceError code a call rejects with, or 'no error'. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e.code;
    throw e;
  }
  return 'no error';
}
