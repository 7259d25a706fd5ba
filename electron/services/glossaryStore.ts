/**
 * The WorkbenchApi's glossary methods, wired to the one file-backed store in
 * glossary/node (which the CLI uses too): this layer only knows about
 * projects (which glossaries a project lists, the glossary a project without
 * one gets) and what the UI was last handed, so that polls stay cheap.
 */
import { basename, dirname, extname, join, resolve } from 'node:path';
import { GlossaryFileStore } from '../../glossary/node/glossaryStore.js';
import type { LockTimings } from '../../glossary/node/lock.js';
import { GlossaryStoreError } from '../../glossary/node/storeError.js';
import type {
  ChangeGlossaryOutput,
  GlossaryChange,
  GlossaryFileView,
  NewConcept,
} from '../../shared/api/workbenchApi.js';
import type { ProjectStore } from './projectStore.js';
import { ServiceError } from './serviceError.js';

/** What {@link GlossaryStore} needs from the world. */
export interface GlossaryStoreOptions {
  /** The open projects, whose glossary lists this store reads and extends. */
  projects: ProjectStore;
  now: () => Date;
  /** A fresh random string; part of new concept ids and temp file names. */
  newId: () => string;
  /** Who makes the changes (recorded in each added or edited concept). */
  userName: string;
  /** Glossaries larger than this many bytes are refused; default MAX_INPUT_BYTES (200 MB). */
  maxBytes?: number;
  /** Lock timings (tests shorten them); default: stale after 10 s, waited for 5 s. */
  lock?: LockTimings;
}

/** The store's errors as the service layer reports them. */
async function reported<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof GlossaryStoreError) throw new ServiceError(err.code, err.message, err.params);
    throw err;
  }
}

/**
 * The project's glossary files for the workbench: hands their text to the
 * UI (whose worker parses it) only when it changed, and adds, edits and
 * deletes entries through the glossary/node store. Loading never writes.
 */
export class GlossaryStore {
  /** Per file: the stamp of the file as last handed to the UI (loaded or written). */
  private readonly handedOut = new Map<string, string>();
  readonly files: GlossaryFileStore;

  constructor(private readonly opts: GlossaryStoreOptions) {
    this.files = new GlossaryFileStore({
      now: opts.now,
      userName: opts.userName,
      random: opts.newId,
      ...(opts.maxBytes !== undefined ? { maxBytes: opts.maxBytes } : {}),
      ...(opts.lock ? { lock: opts.lock } : {}),
    });
  }

  /**
   * Every glossary of the open project `projectPath`, in the project's
   * order. A file whose stamp equals `known[path]` comes back `unchanged`
   * without text. A file that cannot be read comes back with `error` (its
   * message names the file) and an empty stamp; the others still load. A
   * file that does not parse is handed out as it is (the worker reports
   * where it is broken).
   */
  async loadGlossaries(projectPath: string, known: Readonly<Record<string, string>> = {}): Promise<GlossaryFileView[]> {
    const paths = this.glossariesOf(projectPath);
    return Promise.all(paths.map((path) => this.loadOne(path, known[path])));
  }

  /**
   * Adds one concept to `glossary` (which must be one of the project's
   * glossaries) or to the project's first glossary. A project without any
   * gets `<project file name>.tbx` beside the project file, listed in the
   * project at once. Returns the new concept's id and the file's new stamp;
   * the UI fetches the text through loadGlossaries.
   */
  async addGlossaryEntry(
    projectPath: string,
    glossary: string | undefined,
    input: NewConcept,
  ): Promise<{ conceptId: string; glossary: GlossaryFileView }> {
    const paths = this.glossariesOf(projectPath);
    let target: string;
    if (glossary !== undefined) {
      target = this.projectGlossary(projectPath, glossary, paths);
    } else if (paths[0] !== undefined) {
      target = paths[0];
    } else {
      target = await this.createProjectGlossary(projectPath);
    }
    const added = await reported(this.files.add(target, input));
    // No text: read after the lock is released it could be a colleague's newer file under our stamp.
    return { conceptId: added.id, glossary: { path: target, stamp: added.stamp } };
  }

  /**
   * Applies `changes` to the glossary file `glossary` (one of `projectPath`'s
   * glossaries when a project is named), three-way against the file as it
   * is on disk now (see GlossaryFileStore.change).
   */
  async changeGlossary(
    glossary: string,
    projectPath: string | undefined,
    changes: readonly GlossaryChange[],
  ): Promise<ChangeGlossaryOutput> {
    const target =
      projectPath === undefined
        ? resolve(glossary)
        : this.projectGlossary(projectPath, glossary, this.glossariesOf(projectPath));
    return reported(this.files.change(target, changes));
  }

  private async loadOne(path: string, known: string | undefined): Promise<GlossaryFileView> {
    // The UI polls every few seconds: a file that has not changed since it was handed out is only
    // stat'ed, never read again (an 86 MB TBX would otherwise be read and decoded on every poll).
    if (known !== undefined && this.handedOut.get(path) === known && (await this.files.stamp(path)) === known) {
      return { path, stamp: known, unchanged: true };
    }
    let read;
    try {
      read = await this.files.read(path);
    } catch (err) {
      if (!(err instanceof GlossaryStoreError)) throw err;
      return { path, stamp: '', error: { code: err.code, message: err.message } };
    }
    this.handedOut.set(path, read.stamp);
    if (known === read.stamp) return { path, stamp: read.stamp, unchanged: true };
    return { path, stamp: read.stamp, text: read.text };
  }

  /** `glossary` as an absolute path, after checking that the project lists it. */
  private projectGlossary(projectPath: string, glossary: string, paths: readonly string[]): string {
    const target = resolve(glossary);
    if (!paths.includes(target)) {
      throw new ServiceError(
        'invalid-input',
        `${target} is not a glossary of ${resolve(projectPath)}. Add it to the project first, or choose one of its glossaries.`,
        { file: target },
      );
    }
    return target;
  }

  /** The open project's glossaries as absolute paths. */
  private glossariesOf(projectPath: string): string[] {
    const abs = resolve(projectPath);
    const file = this.opts.projects.current(abs);
    if (!file) {
      throw new ServiceError('not-open', `${abs} is not open. Open the project first.`, { file: abs });
    }
    return file.glossaries.map((g) => resolve(dirname(abs), g));
  }

  /**
   * `<project dir>/<project file name>.tbx`, made empty when it does not
   * exist (an existing one is kept and used), then listed in the project.
   */
  private async createProjectGlossary(projectPath: string): Promise<string> {
    const abs = resolve(projectPath);
    const path = join(dirname(abs), `${basename(abs, extname(abs))}.tbx`);
    await reported(this.files.create(path));
    await this.opts.projects.addGlossary(abs, path);
    return path;
  }
}
