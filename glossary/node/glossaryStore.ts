/**
 * The one file-backed glossary store that every writer goes through: the
 * CLI, the Electron backend and the browser-mode server. A write is: take
 * the file's lock (glossary/node/lock.ts: works across processes and on
 * network shares; a killed writer's lock is taken over after a bounded
 * time) → remove temp files killed writers left → re-read the file as it is
 * on disk now → apply the change in the file's own form (every other byte
 * stays) → atomic replace → release. Nothing is reported written before it
 * is on disk; a lock that cannot be taken in time is a 'locked' error and
 * nothing is written.
 */
import { stat } from 'node:fs/promises';
import { glossaryFormatOf, parseGlossary, serializeGlossary } from '../common/codec.js';
import { appendConcepts } from '../common/appendEntries.js';
import { applyConceptOps, conceptKeys, type ConceptOp } from '../common/conceptEdit.js';
import { locateApplied, planChanges } from '../common/glossaryChanges.js';
import type { ChangeGlossaryOutput, GlossaryChange, NewConcept } from '../../shared/api/workbenchApi.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import type { Concept, Glossary } from '../../shared/model/glossary.js';
import { removeStrayTemps, writeFileAtomically } from './atomicWrite.js';
import { readBounded, UnreadableFileError } from './boundedRead.js';
import { DEFAULT_LOCK_TIMINGS, LockLostError, LockTimeoutError, withFileLock, type LockTimings } from './lock.js';
import { GlossaryStoreError, glossaryStoreError } from './storeError.js';
import { decodeFile, encodeText, type TextEncoding } from './textFile.js';

/** What the store needs from the world (design.md: time, names and randomness are passed in). */
export interface GlossaryFileStoreOptions {
  now: () => Date;
  /** Who makes the changes: recorded in each added or edited concept (TBX transacGrp). */
  userName: string;
  /** A fresh random string: part of new concept ids and of temp file names. */
  random: () => string;
  /** Lock timings; default: taken over after 10 s stale, waited for 5 s. */
  lock?: LockTimings;
  /** Glossaries larger than this many bytes are refused; default MAX_INPUT_BYTES (200 MB). */
  maxBytes?: number;
}

/** Per-call options of a write. */
export interface WriteOptions {
  /** Called once when another writer holds the lock and this write starts waiting for it. */
  onWait?: () => void;
  /** How long to wait for the lock instead of the store's default. */
  waitMs?: number;
}

/** A glossary file's text and the stamp of the very file it was read from. */
export interface GlossaryText {
  text: string;
  /** `size:mtimeMs:ino`: changes whenever the file is rewritten, replaced or touched. */
  stamp: string;
}

interface ReadFile extends GlossaryText {
  encoding: TextEncoding;
}

/**
 * The file's text with `ops` applied. Adds alone (the add-term dialog, the
 * CLI) are appended straight away: the file was parsed once already to check
 * it, and parsing a large TBX again per add halves the adds a shared file
 * takes per second. Anything else, or a form that cannot take an append in
 * place, goes through applyConceptOps.
 */
function newText(text: string, path: string, before: Glossary, ops: readonly ConceptOp[]): string {
  const ids = new Set(before.concepts.map((c) => c.id));
  const adds = ops.flatMap((op) => (op.kind === 'add' && !ids.has(op.concept.id) ? [op.concept] : []));
  if (adds.length === ops.length) {
    const appended = appendConcepts(text, path, adds);
    if (appended !== null) return appended;
  }
  return applyConceptOps(text, path, ops);
}

/**
 * The glossary as written, for the keys of the applied changes. Where every
 * concept's id is in the file, that is the model with the ops applied (no
 * second parse of a large TBX per add); where the reader makes ids up, keys
 * depend on what it makes of the text, so the text is parsed again.
 */
function glossaryAfter(text: string, path: string, before: Glossary, ops: readonly ConceptOp[]): Glossary {
  const ids = new Set(before.concepts.map((c) => c.id));
  const modelWillDo =
    before.concepts.length > 0 &&
    glossaryFormatOf(path) !== 'tsv' &&
    before.concepts.every((c) => !c.generatedId) &&
    ops.every((op) => op.kind !== 'add' || !ids.has(op.concept.id));
  if (!modelWillDo) return parseGlossary(text, path);
  const keys = conceptKeys(before);
  const next = new Map<string, Concept | null>();
  for (const op of ops) if (op.kind !== 'add') next.set(op.key, op.kind === 'remove' ? null : op.concept);
  const concepts: Concept[] = [];
  before.concepts.forEach((c, i) => {
    const changed = next.get(keys[i]!);
    if (changed === undefined) concepts.push(c);
    else if (changed !== null) concepts.push({ ...changed, id: c.id });
  });
  for (const op of ops) if (op.kind === 'add') concepts.push(op.concept);
  return { concepts };
}

/** `size:mtimeMs:ino` of a stat result. */
export function stampOf(s: { size: number; mtimeMs: number; ino: number }): string {
  return `${s.size}:${s.mtimeMs}:${s.ino}`;
}

/** The message of a lock that could not be taken: says nothing was written and that the change is not lost. */
function lockedError(path: string): GlossaryStoreError {
  return new GlossaryStoreError(
    'locked',
    `${path} is being written by another user; your change is kept and will be retried.`,
    { file: path },
  );
}

/**
 * Reads and writes glossary files. Writes to one file from this process run
 * one after another; writes from other processes and machines are kept
 * apart by the file's lock.
 */
export class GlossaryFileStore {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly maxBytes: number;
  private readonly lockTimings: LockTimings;

  constructor(private readonly opts: GlossaryFileStoreOptions) {
    this.maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
    this.lockTimings = opts.lock ?? DEFAULT_LOCK_TIMINGS;
  }

  /**
   * The file's text (UTF-8, or UTF-16 with a BOM) and stamp, read without
   * the lock: a reader sees either the old or the new file, never half of
   * one, because writers replace files atomically.
   */
  async read(path: string): Promise<GlossaryText> {
    const { text, stamp } = await this.readFile(path);
    return { text, stamp };
  }

  /** The file's stamp, or null when it is not a file that can be stat'ed. */
  async stamp(path: string): Promise<string | null> {
    try {
      const st = await stat(path);
      return st.isFile() ? stampOf(st) : null;
    } catch {
      return null;
    }
  }

  /**
   * Applies `changes` to the glossary at `path` under its lock, judged
   * against the file as it is on disk now (glossary/common/glossaryChanges.ts:
   * edits and deletes whose base no longer matches are conflicts and are
   * not applied). Writes only when something applied. A file that does not
   * parse is refused with its file:line:column and left untouched.
   */
  async change(
    path: string,
    changes: readonly GlossaryChange[],
    opts: WriteOptions = {},
  ): Promise<ChangeGlossaryOutput> {
    return this.locked(path, opts, async (assertHeld) => {
      const file = await this.readFile(path);
      const current = this.parse(file.text, path);
      const now = this.opts.now();
      const plan = planChanges(current, changes, { by: this.opts.userName, at: now.toISOString() }, () =>
        this.newId(now),
      );
      if (plan.ops.length === 0) {
        return { stamp: file.stamp, applied: locateApplied(current, plan.applied), conflicts: plan.conflicts };
      }
      const text = newText(file.text, path, current, plan.ops);
      const stamp = await this.replace(path, text, file.encoding, assertHeld);
      const after = plan.applied.some((a) => a.concept !== null)
        ? glossaryAfter(text, path, current, plan.ops)
        : current;
      return { stamp, applied: locateApplied(after, plan.applied), conflicts: plan.conflicts };
    });
  }

  /** Adds one concept (the add-term dialog, `dragoman glossary add`); returns its key, id and the new stamp. */
  async add(
    path: string,
    concept: NewConcept,
    opts: WriteOptions = {},
  ): Promise<{ key: string; id: string; stamp: string }> {
    const out = await this.change(path, [{ kind: 'add', concept }], opts);
    const applied = out.applied[0]!;
    return { key: applied.key, id: applied.id, stamp: out.stamp };
  }

  /**
   * Adds whole concepts (an import), chosen against the file as it is on
   * disk now: `pick` gets the current glossary and returns what to add, with
   * ids the file does not use. Concepts whose id the reader made up (a CSV or
   * XLSX row without an id) get a fresh id; each is stamped as created by
   * this user now. Under the lock; writes only when there is something to add.
   */
  async addConcepts(
    path: string,
    pick: (current: Glossary) => Concept[],
    opts: WriteOptions = {},
  ): Promise<{ added: number; stamp: string }> {
    return this.locked(path, opts, async (assertHeld) => {
      const file = await this.readFile(path);
      const current = this.parse(file.text, path);
      const now = this.opts.now();
      const created = { by: this.opts.userName, at: now.toISOString() };
      const ops: ConceptOp[] = pick(current).map(({ generatedId, ...c }) => ({
        kind: 'add',
        concept: { ...c, ...(generatedId ? { id: this.newId(now) } : {}), created: c.created ?? created },
      }));
      if (ops.length === 0) return { added: 0, stamp: file.stamp };
      const text = newText(file.text, path, current, ops);
      return { added: ops.length, stamp: await this.replace(path, text, file.encoding, assertHeld) };
    });
  }

  /**
   * Makes an empty glossary at `path` in the format its extension names.
   * An existing file is left as it is and `false` returned, unless
   * `refuseExisting`, which makes it an error.
   */
  async create(path: string, opts: WriteOptions & { refuseExisting?: boolean } = {}): Promise<boolean> {
    return this.locked(path, opts, async (assertHeld) => {
      if ((await this.stamp(path)) !== null) {
        if (!opts.refuseExisting) return false;
        throw new GlossaryStoreError('exists', `${path} already exists; choose another file name.`, {
          file: path,
        });
      }
      const empty: Glossary = { concepts: [] };
      await this.replace(path, serializeGlossary(empty, path), 'utf8', assertHeld);
      return true;
    });
  }

  /**
   * Replaces the whole file under its lock with what `next` makes of the
   * file as it is on disk now (null when there is none): for whole-file
   * writers, such as a merge's result written over a glossary, which must
   * not overwrite what a colleague saved after they read it. `next` returns
   * null to leave the file as it is. Returns the file's stamp afterwards.
   */
  async rewrite(
    path: string,
    next: (
      current: (GlossaryText & { encoding: TextEncoding }) | null,
    ) => { text: string; encoding: TextEncoding } | null,
    opts: WriteOptions = {},
  ): Promise<string | null> {
    return this.locked(path, opts, async (assertHeld) => {
      const current = (await this.stamp(path)) === null ? null : await this.readFile(path);
      const out = next(current);
      if (out === null) return current?.stamp ?? null;
      return this.replace(path, out.text, out.encoding, assertHeld);
    });
  }

  /** A new concept id: time and randomness, so two writers never pick the same one. */
  private newId(now: Date): string {
    const random = this.opts
      .random()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 8);
    return `c-${now.getTime().toString(36)}-${random}`;
  }

  private parse(text: string, path: string): Glossary {
    try {
      return parseGlossary(text, path);
    } catch (err) {
      throw glossaryStoreError(err, path, 'Nothing was changed; fix the file there and try again');
    }
  }

  /** Writes `text` over `path` atomically (the caller holds the lock) and returns the new stamp. */
  private async replace(path: string, text: string, encoding: TextEncoding, assertHeld: () => void): Promise<string> {
    try {
      await writeFileAtomically(path, encodeText(text, encoding), {
        random: this.opts.random,
        beforeRename: assertHeld,
      });
      return stampOf(await stat(path));
    } catch (err) {
      if (err instanceof LockLostError) throw lockedError(path);
      throw glossaryStoreError(err, path);
    }
  }

  /**
   * Runs `fn` holding `path`'s lock, after this process's earlier writes to
   * it, with the temp files of killed writers removed first.
   */
  private locked<T>(path: string, opts: WriteOptions, fn: (assertHeld: () => void) => Promise<T>): Promise<T> {
    const timings = opts.waitMs !== undefined ? { ...this.lockTimings, waitMs: opts.waitMs } : this.lockTimings;
    return this.serial(path, async () => {
      try {
        return await withFileLock(
          path,
          async (lock) => {
            await removeStrayTemps(path);
            return fn(() => lock.assertHeld());
          },
          { timings, ...(opts.onWait ? { onWait: opts.onWait } : {}) },
        );
      } catch (err) {
        if (err instanceof LockTimeoutError) throw lockedError(path);
        // The disk's refusals get words; anything else is a bug and keeps its stack.
        if (typeof (err as NodeJS.ErrnoException | null)?.code === 'string') throw glossaryStoreError(err, path);
        throw err;
      }
    });
  }

  /**
   * Reads a glossary strictly within the size limit; the stamp is of the file
   * read. Regular files only, opened without waiting ({@link readBounded}): a
   * FIFO in a glossary's place must not block the thread pool, and with it
   * every later file operation; /dev/zero must not be read until memory runs out.
   */
  private async readFile(path: string): Promise<ReadFile> {
    try {
      const { bytes, stat: st } = await readBounded(path, {
        maxBytes: this.maxBytes,
        hint: 'A glossary may not be larger; split it into smaller files',
      });
      return { ...decodeFile(bytes, path), stamp: stampOf(st) };
    } catch (err) {
      if (err instanceof UnreadableFileError) {
        const message =
          err.code === 'not-a-file'
            ? `The glossary ${err.message.replace(/; give the path of a file\.$/, '')}. Remove it from the project.`
            : `The glossary ${err.message}`;
        throw new GlossaryStoreError(err.code, message, { file: path });
      }
      throw glossaryStoreError(err, path);
    }
  }

  /** Runs `fn` after every earlier operation on the same file in this process. */
  private serial<T>(path: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(path) ?? Promise.resolve()).then(fn);
    const tail = run.catch(() => undefined);
    this.queues.set(path, tail);
    // Forget the chain once it is idle, so the map does not grow with every file ever touched.
    void tail.then(() => {
      if (this.queues.get(path) === tail) this.queues.delete(path);
    });
    return run;
  }
}
