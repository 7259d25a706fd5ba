/**
 * A lock on one file that holds across processes and machines sharing a
 * folder (a network drive, a synced folder): `proper-lockfile`'s `<file>.lock`
 * directory, made with mkdir (atomic even on network file systems) and kept
 * fresh by a heartbeat on its mtime. A lock whose heartbeat stopped for
 * `staleMs` (its process was killed) is taken over, so a crash never blocks
 * the glossary for longer than that.
 */
import lockfile from 'proper-lockfile';
import { DEFAULT_LOCK_TIMINGS, type LockTimings } from './lockTimings.js';

// In their own module so that the CLI's help can quote them without loading proper-lockfile.
export { DEFAULT_LOCK_TIMINGS, type LockTimings } from './lockTimings.js';

/** Another writer held the lock for longer than the caller was willing to wait. */
export class LockTimeoutError extends Error {
  constructor(
    readonly file: string,
    readonly waitedMs: number,
  ) {
    super(`${file} is locked by another writer (waited ${Math.round(waitedMs / 100) / 10} s)`);
    this.name = 'LockTimeoutError';
  }
}

/** The lock was lost while held (its heartbeat failed for longer than staleMs); nothing may be written. */
export class LockLostError extends Error {
  constructor(
    readonly file: string,
    cause: Error,
  ) {
    super(`the lock on ${file} was lost while writing (${cause.message})`);
    this.name = 'LockLostError';
  }
}

/** What a locked section can ask its lock. */
export interface HeldLock {
  /** Throws {@link LockLostError} when another writer may have taken the lock over meanwhile. */
  assertHeld(): void;
}

/** Options of {@link withFileLock}. */
export interface WithLockOptions {
  timings?: LockTimings;
  /** Called once, when the first attempt finds the lock taken (the CLI says it is waiting). */
  onWait?: () => void;
  /** A number in [0, 1): spreads the retries (injected so tests are repeatable). */
  random?: () => number;
  /** Waits `ms`; injected so lock logic can be tested without a clock. */
  sleep?: (ms: number) => Promise<void>;
  /** The current time in ms; injected with `sleep`. */
  nowMs?: () => number;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` while holding the lock on `file` (which need not exist yet),
 * then releases it, also when `fn` throws. Waits up to `timings.waitMs` for
 * a lock someone else holds, then throws {@link LockTimeoutError}.
 */
export async function withFileLock<T>(
  file: string,
  fn: (lock: HeldLock) => Promise<T>,
  opts: WithLockOptions = {},
): Promise<T> {
  const timings = opts.timings ?? DEFAULT_LOCK_TIMINGS;
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? realSleep;
  const nowMs = opts.nowMs ?? Date.now;
  let lost: Error | null = null;
  const options = {
    stale: timings.staleMs,
    ...(timings.updateMs !== undefined ? { update: timings.updateMs } : {}),
    // The file may not exist yet (a new glossary), and a share may not resolve symlinks the same way for everyone.
    realpath: false,
    // The default throws from a timer and kills the process; a lost lock only has to stop this write.
    onCompromised: (err: Error) => {
      lost = err;
    },
  };
  const started = nowMs();
  let waited = false;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(file, options);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      const elapsed = nowMs() - started;
      if (elapsed >= timings.waitMs) throw new LockTimeoutError(file, elapsed);
      if (!waited) {
        waited = true;
        opts.onWait?.();
      }
      await sleep(Math.min(timings.retryMs * (1 + random() / 2), Math.max(0, timings.waitMs - elapsed)));
    }
  }
  const held: HeldLock = {
    assertHeld() {
      if (lost) throw new LockLostError(file, lost);
    },
  };
  try {
    return await fn(held);
  } finally {
    // A lost lock cannot be released (someone else owns the directory now); that is not this write's failure.
    await release().catch(() => undefined);
  }
}
