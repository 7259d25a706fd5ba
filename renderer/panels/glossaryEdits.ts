/**
 * The glossary view's changes on their way to disk: one changeGlossary call
 * per user action, each remembered until its answer says what happened.
 *
 * - Applied: gone from the queue; the glossary is reloaded (the row then
 *   shows the file's content, never the view's guess of it).
 * - Conflict: kept, with theirs beside mine, until the user picks a way out
 *   (glossaryChange.ts resolveConflict); the pick is sent as a new change.
 * - The file is locked by another writer (error code 'locked'): kept and
 *   retried every few seconds, shown as waiting; never shown as saved.
 * - Any other failure: kept and shown with the message; retry or discard.
 *
 * Outside React like LiveChecks: the view re-renders from {@link GlossaryEdits.subscribe}.
 * Time is injected, so the retry logic is tested without a clock.
 */
import type { Concept } from '../../shared/model/glossary.js';
import { conceptToWire } from '../../glossary/common/glossaryChanges.js';
import type { OwnChange } from '../workers/glossaryDiff.js';
import {
  resolveConflict,
  type ChangeGlossaryInput,
  type ChangeGlossaryOutput,
  type GlossaryChange,
  type Resolution,
} from './glossaryChange.js';

/** Where a change is. */
export type EditPhase = 'saving' | 'waiting-lock' | 'conflict' | 'failed';

/** One change in the queue, as the row that made it shows it. */
export interface PendingEdit {
  /** Local id. */
  id: number;
  file: string;
  /** The row's key in its file (for an add: none). */
  key: string | null;
  phase: EditPhase;
  /** The concept as the view showed it before the change (null: added). */
  base: Concept | null;
  /** What the user wants (null: deleted). */
  mine: Concept | null;
  /** With a conflict: what is on disk now (null: a colleague deleted it). */
  theirs?: Concept | null;
  /** With 'failed': the message. */
  error?: string;
}

/** A concept deleted a moment ago, which the toast offers to bring back. */
export interface Deleted {
  id: number;
  file: string;
  concept: Concept;
}

/** What GlossaryEdits needs from the rest of the app. */
export interface GlossaryEditsOptions {
  changeGlossary(input: ChangeGlossaryInput): Promise<ChangeGlossaryOutput>;
  /** The project the glossaries belong to. */
  project?: string;
  /** Tells the check worker which differences the next reload will show are ours (not announced). */
  announce(id: number, file: string, changes: OwnChange[]): void;
  /** The changes under `id` are settled (and, when applied, reloaded): the worker may forget them. */
  forget(id: number): void;
  /** Reloads the glossaries now (after an applied change). */
  reload(): Promise<void>;
  /** Whether an error means "the glossary lock could not be taken" (ApiError code 'locked'). */
  isLocked(error: unknown): boolean;
  /** An error's message in the UI language. */
  describe(error: unknown): string;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** How long a locked change waits before it is sent again. */
  retryMs?: number;
  /** How long "Undo" is offered after a delete. */
  undoMs?: number;
}

/** The queue and the last delete, as the view shows them; a new object on every change. */
export interface EditsSnapshot {
  pending: readonly PendingEdit[];
  deleted: Deleted | null;
}

/** The row a pending change belongs to. */
export function rowId(file: string, key: string): string {
  return `${file}\n${key}`;
}

/** The glossary view's change queue. */
export class GlossaryEdits {
  readonly #o: GlossaryEditsOptions;
  #pending: PendingEdit[] = [];
  #deleted: Deleted | null = null;
  #deletedTimer: unknown = null;
  #next = 1;
  #timers = new Map<number, unknown>();
  #snapshot: EditsSnapshot = { pending: [], deleted: null };
  readonly #listeners = new Set<() => void>();
  #disposed = false;

  constructor(options: GlossaryEditsOptions) {
    this.#o = options;
  }

  /** Saves the user's version of a concept the view showed as `base`. */
  edit(file: string, key: string, base: Concept, next: Concept): Promise<void> {
    return this.#start({ file, key, base, mine: next });
  }

  /** Deletes a concept the view showed as `base`; offers "Undo" once it is gone. */
  delete(file: string, key: string, base: Concept): Promise<void> {
    return this.#start({ file, key, base, mine: null });
  }

  /** Adds a concept (undo of a delete). */
  add(file: string, concept: Concept): Promise<void> {
    return this.#start({ file, key: null, base: null, mine: concept });
  }

  /** Brings the last deleted concept back (the toast's Undo). */
  undoDelete(): Promise<void> {
    const d = this.#deleted;
    if (!d) return Promise.resolve();
    this.#setDeleted(null);
    return this.add(d.file, d.concept);
  }

  /** Hides the toast. */
  dismissDeleted(): void {
    this.#setDeleted(null);
  }

  /**
   * Settles a conflict: keep mine (resent with theirs as the base; "add mine
   * again" when theirs is gone), keep theirs (mine dropped) or keep both
   * versions' terms.
   */
  resolve(id: number, choice: Resolution): Promise<void> {
    const p = this.#pending.find((e) => e.id === id);
    if (!p || p.phase !== 'conflict' || p.theirs === undefined) return Promise.resolve();
    this.#drop(p);
    const change = resolveConflict({ key: p.key ?? '', mine: p.mine, theirs: p.theirs }, p.base, choice);
    if (!change) return Promise.resolve();
    if (change.kind === 'restore' || change.kind === 'add') return this.add(p.file, p.mine!);
    return this.#start({
      file: p.file,
      key: change.key,
      base: p.theirs,
      mine: change.kind === 'edit' ? change.next : null,
    });
  }

  /** Sends a failed change again. */
  retry(id: number): Promise<void> {
    const p = this.#pending.find((e) => e.id === id);
    if (!p || p.phase !== 'failed') return Promise.resolve();
    return this.#send(p);
  }

  /** Drops a failed change, or a change waiting for the lock (the user gave up on it). */
  discard(id: number): void {
    const p = this.#pending.find((e) => e.id === id);
    if (p && p.phase !== 'saving') this.#drop(p);
  }

  /** The current queue and toast. */
  snapshot(): EditsSnapshot {
    return this.#snapshot;
  }

  /** Calls `listener` after every change of {@link snapshot}. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops retrying; answers still on their way are ignored. */
  dispose(): void {
    this.#disposed = true;
    for (const t of this.#timers.values()) this.#o.clearTimeout(t);
    this.#timers.clear();
    if (this.#deletedTimer !== null) this.#o.clearTimeout(this.#deletedTimer);
    this.#listeners.clear();
  }

  #start(fields: Omit<PendingEdit, 'id' | 'phase'>): Promise<void> {
    const p: PendingEdit = { id: this.#next++, phase: 'saving', ...fields };
    this.#pending = [...this.#pending, p];
    this.#o.announce(p.id, p.file, [{ before: p.key, after: p.mine }]);
    this.#emit();
    return this.#send(p);
  }

  /** The change a pending entry stands for. */
  #change(p: PendingEdit): GlossaryChange | null {
    // A concept put back (Undo of a delete, "add mine again") goes back whole: id, part of speech, definition…
    if (p.key === null) return p.mine ? { kind: 'restore', concept: conceptToWire(p.mine) } : null;
    if (!p.base) return null;
    return p.mine
      ? { kind: 'edit', key: p.key, base: conceptToWire(p.base), next: conceptToWire(p.mine) }
      : { kind: 'delete', key: p.key, base: conceptToWire(p.base) };
  }

  async #send(p: PendingEdit): Promise<void> {
    this.#update(p, { phase: 'saving' });
    const change = this.#change(p);
    if (!change) {
      this.#update(p, { phase: 'failed', error: this.#o.describe(new Error('incomplete concept')) });
      return;
    }
    let answer: ChangeGlossaryOutput;
    try {
      answer = await this.#o.changeGlossary({
        glossary: p.file,
        ...(this.#o.project !== undefined ? { project: this.#o.project } : {}),
        changes: [change],
      });
    } catch (error) {
      if (this.#disposed || !this.#live(p)) return;
      if (this.#o.isLocked(error)) {
        this.#update(p, { phase: 'waiting-lock' });
        this.#timers.set(
          p.id,
          this.#o.setTimeout(() => {
            this.#timers.delete(p.id);
            if (this.#live(p)) void this.#send(this.#current(p));
          }, this.#o.retryMs ?? 3000),
        );
      } else {
        this.#update(p, { phase: 'failed', error: this.#o.describe(error) });
      }
      return;
    }
    if (this.#disposed || !this.#live(p)) return;
    const conflict = answer.conflicts[0];
    if (conflict) {
      this.#update(p, { phase: 'conflict', theirs: conflict.theirs, key: conflict.key || p.key });
      this.#o.forget(p.id);
      return;
    }
    const base = this.#current(p);
    this.#drop(base, false);
    if (base.mine === null && base.base) this.#setDeleted({ id: base.id, file: base.file, concept: base.base });
    try {
      await this.#o.reload();
    } finally {
      this.#o.forget(p.id);
    }
  }

  #live(p: PendingEdit): boolean {
    return this.#pending.some((e) => e.id === p.id);
  }

  #current(p: PendingEdit): PendingEdit {
    return this.#pending.find((e) => e.id === p.id) ?? p;
  }

  #update(p: PendingEdit, fields: Partial<PendingEdit>): void {
    this.#pending = this.#pending.map((e) => (e.id === p.id ? { ...e, ...fields } : e));
    this.#emit();
  }

  #drop(p: PendingEdit, forget = true): void {
    const t = this.#timers.get(p.id);
    if (t !== undefined) this.#o.clearTimeout(t);
    this.#timers.delete(p.id);
    this.#pending = this.#pending.filter((e) => e.id !== p.id);
    if (forget) this.#o.forget(p.id);
    this.#emit();
  }

  #setDeleted(d: Deleted | null): void {
    if (this.#deletedTimer !== null) this.#o.clearTimeout(this.#deletedTimer);
    this.#deletedTimer = null;
    this.#deleted = d;
    if (d) {
      this.#deletedTimer = this.#o.setTimeout(() => {
        this.#deletedTimer = null;
        if (this.#deleted?.id === d.id) this.#setDeleted(null);
      }, this.#o.undoMs ?? 8000);
    }
    this.#emit();
  }

  #emit(): void {
    if (this.#disposed) return;
    this.#snapshot = { pending: this.#pending, deleted: this.#deleted };
    for (const l of this.#listeners) l();
  }
}
