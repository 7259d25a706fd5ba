/** How long to wait for a lock and when a held one counts as abandoned. */
export interface LockTimings {
  /** A lock not refreshed for this long belongs to a dead writer and is taken over (≥ 2000; default 10 s). */
  staleMs: number;
  /** How often the holder refreshes its lock (≤ staleMs / 2; default staleMs / 2). */
  updateMs?: number;
  /** Give up after waiting this long for a lock someone else holds (default 5 s). */
  waitMs: number;
  /** Pause between attempts; each pause is stretched by up to half at random so waiters do not march in step. */
  retryMs: number;
}

/** The timings the app uses: a killed writer's lock is taken over after 10 s; a live one is waited for 5 s. */
export const DEFAULT_LOCK_TIMINGS: LockTimings = { staleMs: 10_000, waitMs: 5_000, retryMs: 50 };
