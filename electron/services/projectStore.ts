import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  DICTIONARY_LIMIT,
  type OpenedProject,
  type ProjectSettingsView,
  type ProjectView,
  type SegmentChange,
} from '../../shared/api/workbenchApi.js';
import { changeWords } from '../../shared/model/dictionary.js';
import type { CheckSetting } from '../../shared/checks/config.js';
import { checkIds } from '../../shared/checks/registry.js';
import { removeStrayTemps, writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import { readBounded } from '../../glossary/node/boundedRead.js';
import { landingPath } from '../../glossary/node/exportTarget.js';
import { MAX_INPUT_BYTES, formatSize } from '../../shared/formats/limits.js';
import {
  parseProjectText,
  serializeProject,
  type MemoryRef,
  type ProjectFile,
  type ProjectSettings,
} from '../../shared/model/project.js';
import {
  appendJournal,
  journalPath,
  mergeChange,
  readJournal,
  rewriteJournal,
  unsavedChanges,
  type JournalEntry,
} from './journal.js';
import { ServiceError } from './serviceError.js';

/** Timer functions, injected so coalescing is tested without a clock. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What {@link ProjectStore} needs from the world. */
export interface ProjectStoreOptions {
  now: () => Date;
  scheduler?: Scheduler;
  /**
   * Project-file writes are coalesced: the first save after a write starts a
   * timer of this length, later saves ride along. So a burst of saves costs
   * one write per period and no edit waits longer than this (plus one write)
   * to reach the file; the journal has it at once. Default 1000 ms.
   */
  writeDelayMs?: number;
  /** Reports a deferred write that failed (the next save reports it to the UI too). */
  warn?: (message: string) => void;
}

/** The identity of the file as we last read or wrote it. */
interface Stamp {
  ino: number;
  size: number;
  mtimeMs: number;
}

interface OpenState {
  path: string;
  file: ProjectFile;
  writtenRevision: number;
  stamp: Stamp;
  /** Journal entries not yet in the project file. */
  unflushed: JournalEntry[];
  /** Edits from a crash, offered to the user; kept in the journal until resolved. */
  recovered: JournalEntry | null;
  /** Segments edited since open: accepting recovered edits must not overwrite them. */
  touched: Set<string>;
  timer: unknown;
  queue: Promise<unknown>;
  /** Set when the file changed under us: every later save reports it. */
  failure: ServiceError | null;
}

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Runs `fn` after everything queued on `state`, so a project's journal and file operations never interleave. */
function enqueue<T>(state: OpenState, fn: () => Promise<T>): Promise<T> {
  const run = state.queue.then(fn);
  state.queue = run.catch(() => undefined);
  return run;
}

function stampOf(s: { ino: number; size: number; mtimeMs: number }): Stamp {
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
}

/** What {@link ProjectStore.updateSettings} changes; fields left out stay as they are. */
export interface SettingsChange {
  /** Finding ids to ignore; one already ignored keeps its original who and when. */
  ignore?: readonly string[];
  /** Finding ids to stop ignoring (applied before `ignore`, so an id in both ends up ignored). */
  unignore?: readonly string[];
  /** Per-check overrides merged field by field into the stored ones; `{}` removes a check's override. */
  checks?: Readonly<Record<string, CheckSetting>>;
  /** Pre-fill empty segments with exact memory matches on open. */
  prefillExact?: boolean;
  /** Words to add to the project's spelling dictionary. */
  addWords?: readonly string[];
  /** Words to take out of it (any case; applied before `addWords`). */
  removeWords?: readonly string[];
}

/** A copy of the settings for the UI (the store's own objects never leave it). */
export function settingsView(settings: ProjectSettings): ProjectSettingsView {
  return {
    checks: Object.fromEntries(Object.entries(settings.checks).map(([id, c]) => [id, { ...c }])),
    ignoredFindings: settings.ignoredFindings.map((f) => ({ ...f })),
    ...(settings.prefillExact !== undefined ? { prefillExact: settings.prefillExact } : {}),
    dictionary: [...(settings.dictionary ?? [])],
  };
}

/** The project as the UI sees it: glossary paths made absolute. */
export function projectView(path: string, file: ProjectFile): ProjectView {
  const dir = dirname(path);
  return {
    path,
    name: file.name,
    sourceLang: file.sourceLang,
    targetLang: file.targetLang,
    revision: file.revision,
    glossaries: file.glossaries.map((g) => resolve(dir, g)),
    segments: file.segments.map((s) => ({ ...s })),
    settings: settingsView(file.settings),
  };
}

/** A glossary path as the project file stores it: relative to the project's folder, with forward slashes. */
export function storedGlossaryPath(projectPath: string, glossary: string): string {
  return relative(dirname(projectPath), resolve(glossary)).split(sep).join('/');
}

/**
 * The open projects and their files on disk. Every save is appended to the
 * project's journal (fsync'd) before it is acknowledged, and the project file
 * is rewritten atomically soon after (see `writeDelayMs`); opening a project
 * whose journal has edits the file lacks offers them back as `recovered`.
 * A save based on an old revision, or to a file someone else changed, is
 * refused without writing anything.
 */
export class ProjectStore {
  private readonly open = new Map<string, OpenState>();
  private readonly scheduler: Scheduler;
  private readonly writeDelayMs: number;

  constructor(private readonly opts: ProjectStoreOptions) {
    this.scheduler = opts.scheduler ?? realScheduler;
    this.writeDelayMs = opts.writeDelayMs ?? 1000;
  }

  /** Reads a project, and any edits its journal holds that the file lacks. */
  async openProject(path: string): Promise<OpenedProject> {
    const abs = resolve(path);
    await this.close(abs);
    await removeOwnStrayTemps(abs);
    const { file, stamp } = await this.read(abs);
    const journal = journalPath(abs);
    const entries = await readJournal(journal);
    const segmentIds = new Set(file.segments.map((s) => s.id));
    const changes = unsavedChanges(entries, file.id, file.revision).filter((c) => segmentIds.has(c.id));
    let recovered: JournalEntry | null = null;
    if (changes.length > 0) {
      // One line replaces the journal, so later saves (whose revisions restart from the file's) cannot be confused with it.
      recovered = { project: file.id, rev: file.revision, at: this.opts.now().toISOString(), recovered: true, changes };
      await rewriteJournal(journal, [recovered]);
    } else if (entries.length > 0) {
      await rewriteJournal(journal, []);
    }
    this.open.set(abs, this.newState(abs, file, stamp, recovered));
    return { project: projectView(abs, file), recovered: recovered ? recovered.changes.map((c) => ({ ...c })) : null };
  }

  /** Writes a new project file (refusing to replace an existing one) and opens it. */
  async createProject(path: string, file: ProjectFile): Promise<OpenedProject> {
    const abs = resolve(path);
    if (await exists(abs)) {
      throw new ServiceError(
        'exists',
        `${abs} already exists. Choose another name or folder; nothing was overwritten.`,
        {
          file: abs,
        },
      );
    }
    await mkdir(dirname(abs), { recursive: true });
    await writeFileAtomically(await landingPath(abs), serializeProject(file));
    await rm(journalPath(abs), { force: true });
    const stamp = stampOf(await stat(abs));
    await this.close(abs);
    this.open.set(abs, this.newState(abs, file, stamp, null));
    return { project: projectView(abs, file), recovered: null };
  }

  /** Applies one batch of edits: journaled at once, written to the project file within `writeDelayMs`. */
  async saveSegments(
    path: string,
    baseRevision: number,
    changes: readonly SegmentChange[],
  ): Promise<{ revision: number; savedAt: string }> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      if (state.failure) {
        // The file cannot take them, but the journal can: the next open offers them back.
        await this.keepForRecovery(state, changes);
        throw state.failure;
      }
      await this.checkUnchanged(state, changes);
      if (baseRevision !== state.file.revision) {
        throw new ServiceError(
          'stale-revision',
          `${state.path} is at revision ${state.file.revision}, but these edits were based on revision ${baseRevision}. Reopen the project to continue.`,
          { file: state.path, revision: state.file.revision },
        );
      }
      const merged = this.validChanges(state, changes);
      const at = this.opts.now().toISOString();
      const entry: JournalEntry = { project: state.file.id, rev: state.file.revision + 1, at, changes: merged };
      await appendJournal(journalPath(state.path), entry);
      this.apply(state, merged, entry.rev, at);
      state.unflushed.push(entry);
      this.scheduleWrite(state);
      return { revision: entry.rev, savedAt: at };
    });
  }

  /** Accepts (applies) or declines the recovered edits; either way they leave the journal. */
  async resolveRecovery(path: string, accept: boolean): Promise<{ revision: number; savedAt: string }> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      const at = this.opts.now().toISOString();
      const recovered = state.recovered;
      if (!recovered) return { revision: state.file.revision, savedAt: at };
      const ids = new Set(state.file.segments.map((s) => s.id));
      const changes = accept ? recovered.changes.filter((c) => ids.has(c.id) && !state.touched.has(c.id)) : [];
      let entries = state.unflushed;
      if (changes.length > 0) {
        const entry: JournalEntry = { project: state.file.id, rev: state.file.revision + 1, at, changes };
        entries = [...state.unflushed, entry];
        await rewriteJournal(journalPath(state.path), entries);
        this.apply(state, changes, entry.rev, at);
        state.unflushed = entries;
        this.scheduleWrite(state);
      } else {
        await rewriteJournal(journalPath(state.path), entries);
      }
      state.recovered = null;
      return { revision: state.file.revision, savedAt: at };
    });
  }

  /**
   * Ignores or un-ignores findings and changes per-check overrides, then
   * writes the project file at once (with any edits still waiting for the
   * autosave timer). The segments' revision does not change, so saves based
   * on it keep working; every later write carries the new settings because
   * they live in the same in-memory file. Newly ignored ids are stamped with
   * `who` and `now`. A check id the app does not know is refused before
   * anything changes; so is a write that fails (the settings stay as they were).
   */
  async updateSettings(
    path: string,
    change: SettingsChange,
    who: string,
    now: Date = this.opts.now(),
  ): Promise<ProjectSettingsView> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      if (state.failure) throw state.failure;
      const known = new Set(checkIds);
      const unknown = Object.keys(change.checks ?? {}).filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new ServiceError(
          'invalid-input',
          `There is no check ${unknown.map((id) => `"${id}"`).join(', ')}; the checks are listed in docs/checks.md. ${state.path} was not changed.`,
          { file: state.path, id: unknown[0]! },
        );
      }
      const at = now.toISOString();
      const checks: ProjectSettings['checks'] = { ...state.file.settings.checks };
      for (const [id, setting] of Object.entries(change.checks ?? {})) {
        const merged = { ...checks[id], ...setting };
        if (Object.keys(setting).length === 0) delete checks[id];
        else checks[id] = merged;
      }
      const drop = new Set(change.unignore ?? []);
      const ignoredFindings = state.file.settings.ignoredFindings.filter((f) => !drop.has(f.id));
      const ignored = new Set(ignoredFindings.map((f) => f.id));
      for (const id of change.ignore ?? []) {
        if (ignored.has(id)) continue;
        ignored.add(id);
        ignoredFindings.push({ id, by: who, at });
      }
      // Spread first: settings this change does not name (the dictionary, prefillExact) are kept.
      const settings: ProjectSettings = {
        ...state.file.settings,
        checks,
        ignoredFindings,
        ...(change.prefillExact !== undefined ? { prefillExact: change.prefillExact } : {}),
      };
      if (change.addWords || change.removeWords) {
        const words = changeWords(
          state.file.settings.dictionary ?? [],
          change.addWords ?? [],
          change.removeWords ?? [],
        );
        if (words.length > DICTIONARY_LIMIT) {
          throw new ServiceError(
            'invalid-input',
            `A project's dictionary holds ${DICTIONARY_LIMIT} words at most; remove some in the findings panel's Settings first. ${state.path} was not changed.`,
            { file: state.path },
          );
        }
        if (words.length > 0) settings.dictionary = words;
        else delete settings.dictionary;
      }
      await this.writeNow(state, { ...state.file, settings, updatedAt: at });
      return settingsView(settings);
    });
  }

  /**
   * Adds a glossary to the project (stored relative to the project file, as
   * {@link storedGlossaryPath} says) and writes the project file at once.
   * A glossary already listed is not added twice. Returns the glossaries as
   * absolute paths.
   */
  async addGlossary(path: string, glossaryAbs: string): Promise<string[]> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      if (state.failure) throw state.failure;
      const stored = storedGlossaryPath(state.path, glossaryAbs);
      if (!state.file.glossaries.includes(stored)) {
        await this.writeNow(state, { ...state.file, glossaries: [...state.file.glossaries, stored] });
      }
      return state.file.glossaries.map((g) => resolve(dirname(state.path), g));
    });
  }

  /**
   * Removes a glossary from the project's list (compared as absolute paths,
   * the way {@link projectView} shows them) and writes the project file at once. The glossary file itself is not touched. Returns
   * the glossaries as absolute paths, or null when the project did not list it.
   */
  async removeGlossary(path: string, glossaryAbs: string): Promise<string[] | null> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      if (state.failure) throw state.failure;
      const dir = dirname(state.path);
      const target = resolve(glossaryAbs);
      const kept = state.file.glossaries.filter((g) => resolve(dir, g) !== target);
      if (kept.length === state.file.glossaries.length) return null;
      await this.writeNow(state, { ...state.file, glossaries: kept });
      return kept.map((g) => resolve(dir, g));
    });
  }

  /**
   * Replaces the project's attached memories (stored paths, relative to the
   * project file as {@link storedGlossaryPath} makes them) with what `edit`
   * returns, and writes the project file at once when that changed anything.
   * Runs in the project's queue, so it never interleaves with a save.
   */
  async updateMemories(
    path: string,
    edit: (current: readonly MemoryRef[], projectPath: string) => MemoryRef[],
  ): Promise<MemoryRef[]> {
    const state = this.stateOf(path);
    return enqueue(state, async () => {
      if (state.failure) throw state.failure;
      const current = state.file.memories ?? [];
      const next = edit(current, state.path);
      if (JSON.stringify(next) !== JSON.stringify(current)) {
        const file: ProjectFile = { ...state.file, memories: next };
        if (next.length === 0) delete file.memories;
        await this.writeNow(state, file);
      }
      return (state.file.memories ?? []).map((m) => ({ ...m }));
    });
  }

  /** Writes every pending project file now (shutdown, SIGTERM). Errors are reported through `warn`. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.open.values()].map((s) => this.flush(s)));
  }

  /** Flushes and forgets one project. */
  async close(path: string): Promise<void> {
    const state = this.open.get(resolve(path));
    if (!state) return;
    await this.flush(state);
    this.open.delete(state.path);
  }

  /** The current in-memory state of an open project (for the service and tests). */
  current(path: string): ProjectFile | undefined {
    return this.open.get(resolve(path))?.file;
  }

  private newState(path: string, file: ProjectFile, stamp: Stamp, recovered: JournalEntry | null): OpenState {
    return {
      path,
      file,
      writtenRevision: file.revision,
      stamp,
      unflushed: [],
      recovered,
      touched: new Set(),
      timer: null,
      queue: Promise.resolve(),
      failure: null,
    };
  }

  private stateOf(path: string): OpenState {
    const state = this.open.get(resolve(path));
    if (!state) {
      throw new ServiceError('not-open', `${resolve(path)} is not open. Open the project first.`, {
        file: resolve(path),
      });
    }
    return state;
  }

  private async read(path: string): Promise<{ file: ProjectFile; stamp: Stamp }> {
    let read;
    try {
      // Regular files only, opened without waiting: a FIFO or /dev/zero must not hang or fill memory.
      read = await readBounded(path, {
        maxBytes: MAX_INPUT_BYTES,
        hint: `A project may have at most ${formatSize(MAX_INPUT_BYTES)}`,
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ServiceError('not-found', `${path} does not exist. It may have been moved or deleted.`, {
          file: path,
        });
      }
      throw err;
    }
    return { file: parseProjectText(read.bytes.toString('utf8'), path), stamp: stampOf(read.stat) };
  }

  private validChanges(state: OpenState, changes: readonly SegmentChange[]): SegmentChange[] {
    const ids = new Set(state.file.segments.map((s) => s.id));
    const byId = new Map<string, SegmentChange>();
    for (const c of changes) {
      if (!ids.has(c.id)) {
        throw new ServiceError('unknown-segment', `${state.path} has no segment "${c.id}". Reopen the project.`, {
          file: state.path,
          id: c.id,
        });
      }
      byId.set(c.id, mergeChange(byId.get(c.id), c));
    }
    return [...byId.values()];
  }

  private apply(state: OpenState, changes: readonly SegmentChange[], revision: number, at: string): void {
    const index = new Map(state.file.segments.map((s, i) => [s.id, i]));
    for (const c of changes) {
      const i = index.get(c.id)!;
      const seg = { ...state.file.segments[i]! };
      if (c.target !== undefined) seg.target = c.target;
      if (c.status !== undefined) seg.status = c.status;
      if (c.note !== undefined) {
        if (c.note === '') delete seg.note;
        else seg.note = c.note;
      }
      if (c.origin === null) delete seg.origin;
      else if (c.origin !== undefined) seg.origin = { ...c.origin };
      state.file.segments[i] = seg;
      state.touched.add(c.id);
    }
    state.file.revision = revision;
    state.file.updatedAt = at;
  }

  private scheduleWrite(state: OpenState): void {
    if (state.timer !== null) return;
    state.timer = this.scheduler.setTimeout(() => {
      state.timer = null;
      void this.flush(state);
    }, this.writeDelayMs);
  }

  /** Writes the project file if it is behind, then trims the journal to what the file lacks. */
  private flush(state: OpenState): Promise<void> {
    if (state.timer !== null) {
      this.scheduler.clearTimeout(state.timer);
      state.timer = null;
    }
    return enqueue(state, async () => {
      if (state.writtenRevision === state.file.revision || state.failure) return;
      try {
        await this.writeNow(state, state.file);
      } catch (err) {
        state.failure =
          err instanceof ServiceError
            ? err
            : new ServiceError(
                'io',
                `${state.path} could not be written (${(err as Error).message}). Your edits are kept in ${journalPath(state.path)}.`,
                {
                  file: state.path,
                },
              );
        this.opts.warn?.(state.failure.message);
      }
    });
  }

  /**
   * Writes `next` as the project file (it must be `state.file` or a copy of
   * it with settings or glossaries changed) and makes it the state. Runs
   * inside the project's queue. Pending segment edits are in `next` too, so
   * the journal is trimmed to the recovered entry alone.
   */
  private async writeNow(state: OpenState, next: ProjectFile): Promise<void> {
    await this.checkUnchanged(state);
    // Through a symbolic link to the file it names (a project on a shared drive linked into a folder), not over the link.
    await writeFileAtomically(await landingPath(state.path), serializeProject(next));
    state.file = next;
    state.stamp = stampOf(await stat(state.path));
    state.writtenRevision = next.revision;
    state.unflushed = [];
    await rewriteJournal(journalPath(state.path), state.recovered ? [state.recovered] : []);
  }

  /**
   * Rewrites the journal as one `recovered` entry holding every edit the
   * project file lacks: the crash leftovers still on offer, the journaled
   * saves not yet written, and `pending`. A recovered entry is offered on the
   * next open whatever revision the file is at, so an edit refused because
   * the file changed under us is never lost. A journal that cannot be written
   * leaves things as they were (the caller reports the first failure).
   */
  private async keepForRecovery(state: OpenState, pending: readonly SegmentChange[]): Promise<void> {
    const ids = new Set(state.file.segments.map((seg) => seg.id));
    const byId = new Map<string, SegmentChange>();
    const all = [
      ...(state.recovered?.changes ?? []),
      ...state.unflushed.flatMap((e) => e.changes),
      ...pending.filter((c) => ids.has(c.id)),
    ];
    for (const c of all) byId.set(c.id, mergeChange(byId.get(c.id), c));
    if (byId.size === 0) return;
    const entry: JournalEntry = {
      project: state.file.id,
      rev: state.file.revision,
      at: this.opts.now().toISOString(),
      recovered: true,
      changes: [...byId.values()],
    };
    try {
      await rewriteJournal(journalPath(state.path), [entry]);
    } catch {
      return;
    }
    state.recovered = entry;
    state.unflushed = [];
  }

  /**
   * Refuses to go on when another program replaced, changed or removed the
   * file since we read or wrote it. The edits the file lacks (and `pending`,
   * the save being refused) are kept for recovery first: the other program's
   * file may carry the revision numbers our journal entries have (`dragoman
   * pretranslate` bumps it), and the next open would take them as saved.
   */
  private async checkUnchanged(state: OpenState, pending: readonly SegmentChange[] = []): Promise<void> {
    let now: Stamp | null = null;
    try {
      now = stampOf(await stat(state.path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (now && now.ino === state.stamp.ino && now.size === state.stamp.size && now.mtimeMs === state.stamp.mtimeMs)
      return;
    await this.keepForRecovery(state, pending);
    const what = now ? 'was changed on disk by another program' : 'was moved or deleted';
    state.failure = new ServiceError(
      'changed-on-disk',
      `${state.path} ${what} since Dragoman opened it. Nothing was overwritten; your unsaved edits are kept in ${journalPath(state.path)}: reopen the project and Dragoman offers them back.`,
      { file: state.path },
    );
    throw state.failure;
  }
}

/**
 * Removes the full copies of the project (and of its journal) that a write
 * killed mid-way (kill -9, power cut) left beside them. Only temps of
 * processes that are gone, or of this one while none of its writes to the
 * project is in flight (open and create run after the project's queue is
 * drained): another app instance writing the same project keeps its temp.
 */
async function removeOwnStrayTemps(linkedPath: string): Promise<void> {
  const projectPath = await landingPath(linkedPath);
  await Promise.all([
    removeStrayTemps(projectPath, { onlyDeadWriters: true }),
    removeStrayTemps(journalPath(projectPath), { onlyDeadWriters: true }),
  ]);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}
