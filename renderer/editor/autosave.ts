import type { SegmentChange } from '../../shared/api/workbenchApi.js';
import { PendingChanges } from './pending.js';

/** What the status bar shows about saving. */
export type SaveState =
  | { kind: 'clean'; savedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

/** Timer functions, injected so the logic is tested without a clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** Options for {@link Autosaver}. */
export interface AutosaveOptions {
  /** Sends one batch; resolves with the new revision and the save time. */
  save(changes: SegmentChange[], baseRevision: number): Promise<{ revision: number; savedAt: string }>;
  revision: number;
  timers: Timers;
  /** Quiet time after the last edit before saving. */
  debounceMs?: number;
  /** Longest time an edit waits while typing goes on without a pause. */
  maxWaitMs?: number;
  /** Wait before retrying a failed save. */
  retryMs?: number;
  onState(state: SaveState): void;
  describeError(err: unknown): string;
}

/**
 * Debounced autosave of segment edits: saves once typing pauses (or every
 * `maxWaitMs` during long bursts), one request at a time, keeping a failed
 * batch pending and retrying it.
 */
export class Autosaver {
  private readonly pending = new PendingChanges();
  private timer: unknown = null;
  private firstPendingAt: number | null = null;
  private inFlight: Promise<void> | null = null;
  private revision: number;
  private failed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly opts: AutosaveOptions) {
    this.revision = opts.revision;
    this.debounceMs = opts.debounceMs ?? 800;
    this.maxWaitMs = opts.maxWaitMs ?? 4000;
    this.retryMs = opts.retryMs ?? 5000;
  }

  /** The revision the next save is based on. */
  get baseRevision(): number {
    return this.revision;
  }

  /** Whether edits are waiting or being saved. */
  get dirty(): boolean {
    return this.pending.size > 0 || this.inFlight !== null;
  }

  /** Adopts a revision produced elsewhere (e.g. accepting recovered edits). */
  setRevision(revision: number): void {
    this.revision = revision;
  }

  /** Records an edit and (re)starts the quiet-time timer. */
  change(change: SegmentChange): void {
    this.pending.add(change);
    if (!this.failed) this.opts.onState({ kind: 'pending' });
    const now = this.opts.timers.now();
    this.firstPendingAt ??= now;
    // Typing without pauses still saves every maxWaitMs.
    this.arm(Math.min(this.debounceMs, Math.max(0, this.firstPendingAt + this.maxWaitMs - now)));
  }

  /** Saves now (blur, before unload, explicit retry). */
  flush(): Promise<void> {
    this.disarm();
    if (this.inFlight) return this.inFlight.then(() => (this.pending.size > 0 ? this.flush() : undefined));
    if (this.pending.size === 0) return Promise.resolve();
    const batch = this.pending.take();
    this.firstPendingAt = null;
    this.opts.onState({ kind: 'saving' });
    this.inFlight = this.opts
      .save(batch, this.revision)
      .then(
        (res) => {
          this.revision = res.revision;
          this.failed = false;
          this.opts.onState(this.pending.size > 0 ? { kind: 'pending' } : { kind: 'clean', savedAt: res.savedAt });
        },
        (err: unknown) => {
          this.pending.restore(batch);
          this.failed = true;
          this.opts.onState({ kind: 'failed', message: this.opts.describeError(err) });
          this.arm(this.retryMs);
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.pending.size > 0 && !this.failed && this.timer === null) this.arm(this.debounceMs);
      });
    return this.inFlight;
  }

  /** Edits not yet acknowledged by the backend (for a last-chance save). */
  unsaved(): SegmentChange[] {
    const batch = this.pending.take();
    this.pending.restore(batch);
    return batch;
  }

  /** Stops timers (project closed). */
  dispose(): void {
    this.disarm();
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.opts.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.opts.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
