import { readdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { conceptsToImport } from '../../glossary/common/glossaryImport.js';
import { GLOSSARY_EXTENSIONS, glossaryFormatOf } from '../../glossary/common/codec.js';
import {
  GLOSSARY_FILE_EXTENSIONS,
  glossaryFileFormat,
  loadGlossaryFile,
  saveGlossaryFile,
} from '../../glossary/node/glossaryFile.js';
import type { GlossaryFileStore } from '../../glossary/node/glossaryStore.js';
import { GlossaryStoreError } from '../../glossary/node/storeError.js';
import type { GlossaryFileView, ProjectView } from '../../shared/api/workbenchApi.js';
import { COMPLETE_PATH_LIMIT } from '../../shared/api/workbenchApi.js';
import { FormatError } from '../../shared/formats/formatError.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import { projectView, type ProjectStore } from './projectStore.js';
import { ServiceError } from './serviceError.js';

/** What {@link GlossaryFiles} needs from the world. */
export interface GlossaryFilesOptions {
  /** The open projects, whose glossary lists attach and detach change. */
  projects: ProjectStore;
  /** The one store every glossary write goes through (lock, re-read, atomic replace). */
  store: GlossaryFileStore;
  /** Glossaries larger than this many bytes are refused; default MAX_INPUT_BYTES (200 MB). */
  maxBytes?: number;
  /** The platform's path rules for completion; default process.platform. */
  platform?: NodeJS.Platform;
}

/** The formats a project's glossary may have: they are edited in place, so not XLSX. */
const EDITABLE = GLOSSARY_EXTENSIONS.join(', ');

/**
 * The glossary file operations of the Glossaries manager and of a glossary
 * opened by itself: attach, detach and create glossaries for an open
 * project, open one without a project, complete a typed path (browser mode),
 * import concepts from another file (XLSX included) and export a glossary.
 * Paths arrive absolute and NUL-free (absolutePathSchema); errors are
 * ServiceErrors or FormatErrors naming the file.
 */
export class GlossaryFiles {
  private readonly maxBytes: number;

  constructor(private readonly opts: GlossaryFilesOptions) {
    this.maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  }

  /**
   * Adds `glossary` to the open project `project` (stored relative to the
   * project file, written atomically). With `create`, first makes it an empty
   * glossary in the format of its extension, never over an existing file.
   */
  async attach(project: string, glossary: string, create = false): Promise<ProjectView> {
    const path = resolve(glossary);
    this.editableFormat(path);
    const projectPath = this.openProject(project);
    if (create) {
      await this.folderOf(path);
      await this.createEmpty(path, 'attach it instead, or choose another name');
    } else if (!(await isFile(path))) {
      throw new ServiceError('not-found', `The glossary ${path} does not exist. Check the path, or create it.`, {
        file: path,
      });
    }
    await this.opts.projects.addGlossary(projectPath, path);
    return this.view(projectPath);
  }

  /** Removes `glossary` from the project's list; the file stays where it is. */
  async detach(project: string, glossary: string): Promise<ProjectView> {
    const projectPath = this.openProject(project);
    const path = resolve(glossary);
    const kept = await this.opts.projects.removeGlossary(projectPath, path);
    if (kept === null) {
      throw new ServiceError('invalid-input', `${path} is not a glossary of ${projectPath}; nothing was changed.`, {
        file: path,
      });
    }
    return this.view(projectPath);
  }

  /** A glossary file by itself: its text (decoded, within the size limit) and stamp. */
  async open(glossary: string): Promise<GlossaryFileView> {
    const path = resolve(glossary);
    this.editableFormat(path);
    const read = await storeCall(() => this.opts.store.read(path));
    return { path, stamp: read.stamp, text: read.text };
  }

  /**
   * The folders and files whose path starts with `prefix`: the folder part of
   * the prefix is listed and its entries filtered by the rest, ignoring case.
   * `glossary` keeps folders and glossary files only. Hidden entries appear
   * only when the typed name starts with a dot. An unreadable or missing
   * folder lists nothing.
   */
  async complete(prefix: string, kind: 'glossary' | 'any'): Promise<{ path: string; dir: boolean }[]> {
    const windows = (this.opts.platform ?? process.platform) === 'win32';
    const cut = windows ? Math.max(prefix.lastIndexOf('/'), prefix.lastIndexOf('\\')) : prefix.lastIndexOf('/');
    const folder = prefix.slice(0, cut + 1);
    const typed = prefix
      .slice(cut + 1)
      .normalize('NFC')
      .toLowerCase();
    let names;
    try {
      names = await readdir(folder, { withFileTypes: true });
    } catch {
      return [];
    }
    const found: { path: string; dir: boolean }[] = [];
    for (const entry of names) {
      const name = entry.name.normalize('NFC');
      if (!name.toLowerCase().startsWith(typed)) continue;
      if (name.startsWith('.') && !typed.startsWith('.')) continue;
      let dir = entry.isDirectory();
      if (entry.isSymbolicLink())
        dir = await stat(folder + entry.name).then(
          (s) => s.isDirectory(),
          () => false,
        );
      if (!dir && kind === 'glossary' && !isGlossaryFileName(name)) continue;
      found.push({ path: folder + entry.name, dir });
    }
    found.sort((a, b) => Number(b.dir) - Number(a.dir) || a.path.localeCompare(b.path));
    return found.slice(0, COMPLETE_PATH_LIMIT);
  }

  /**
   * Adds the concepts of `from` to the glossary `into`. An existing `into`
   * keeps every byte it has; concepts whose content it already holds are
   * skipped, the others are appended with ids unused in the file. A missing
   * `into` is created with all of them. With `project`, `into` is attached
   * to it when it is not yet.
   */
  async import(from: string, into: string, project?: string): Promise<{ added: number; glossary: GlossaryFileView }> {
    const source = resolve(from);
    const target = resolve(into);
    this.anyFormat(source);
    this.editableFormat(target);
    if (source === target || (await sameFile(source, target))) {
      throw new ServiceError('same-glossary', `${source} cannot be imported into itself.`, { file: source });
    }
    const projectPath = project === undefined ? undefined : this.openProject(project);
    const incoming = await loadGlossaryFile(source, { maxBytes: this.maxBytes });
    if (!(await isFile(target))) {
      await this.folderOf(target);
      await this.createEmpty(target, 'import into it again');
    }
    // Through the store: under the lock, against the file as it is on disk now, appended in its own form.
    const { added, stamp } = await storeCall(() =>
      this.opts.store.addConcepts(target, (current) => conceptsToImport(current, incoming.concepts)),
    );
    if (projectPath !== undefined) await this.opts.projects.addGlossary(projectPath, target);
    return { added, glossary: { path: target, stamp } };
  }

  /**
   * Writes the glossary `glossary` to `to` in the format of its extension.
   * Never over the glossary itself; over another existing file only with `force`.
   */
  async export(glossary: string, to: string, force = false): Promise<{ to: string; concepts: number }> {
    const source = resolve(glossary);
    const out = resolve(to);
    this.anyFormat(out);
    if (source === out || (await sameFile(source, out))) {
      throw new ServiceError(
        'same-glossary',
        `${out} is the glossary being exported; choose another file for the export.`,
        { file: out },
      );
    }
    if (!force && (await pathExists(out))) throw exists(out, 'confirm to replace it, or choose another name');
    await this.folderOf(out);
    const g = await loadGlossaryFile(source, { maxBytes: this.maxBytes });
    await saveGlossaryFile(out, g);
    return { to: out, concepts: g.concepts.length };
  }

  /** Makes an empty glossary at `path` through the store; an existing file is refused, never overwritten. */
  private async createEmpty(path: string, instead: string): Promise<void> {
    try {
      await this.opts.store.create(path, { refuseExisting: true });
    } catch (err) {
      if (err instanceof GlossaryStoreError && err.code === 'exists') throw exists(path, instead);
      throw storeFailure(err);
    }
  }

  /** The project's path, which must be open. */
  private openProject(project: string): string {
    const path = resolve(project);
    if (!this.opts.projects.current(path)) {
      throw new ServiceError('not-open', `${path} is not open. Open the project first.`, { file: path });
    }
    return path;
  }

  private view(projectPath: string): ProjectView {
    return projectView(projectPath, this.opts.projects.current(projectPath)!);
  }

  /** Refuses a file a project cannot keep as its glossary (XLSX, unknown extensions). */
  private editableFormat(path: string): void {
    try {
      glossaryFormatOf(path);
    } catch (err) {
      if (!(err instanceof FormatError)) throw err;
      const hint = /\.xlsx$/i.test(path) ? ' Import the workbook into a .tbx, .tsv or .csv glossary instead.' : '';
      throw new ServiceError('unsupported-format', `${path}: a glossary must be one of ${EDITABLE}.${hint}`, {
        file: path,
        formats: EDITABLE,
      });
    }
  }

  /** Refuses a file import and export cannot read or write. */
  private anyFormat(path: string): void {
    try {
      glossaryFileFormat(path);
    } catch (err) {
      if (!(err instanceof FormatError)) throw err;
      const formats = GLOSSARY_FILE_EXTENSIONS.join(', ');
      throw new ServiceError('unsupported-format', `${path}: use one of ${formats}.`, { file: path, formats });
    }
  }

  /** Refuses a path whose folder does not exist. */
  private async folderOf(path: string): Promise<void> {
    const folder = dirname(path);
    const ok = await stat(folder).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!ok) {
      throw new ServiceError('not-found', `The folder ${folder} does not exist. Choose an existing folder.`, {
        file: folder,
      });
    }
  }
}

/** The store's errors as the ServiceErrors the transports send (same codes and words). */
function storeFailure(err: unknown): unknown {
  return err instanceof GlossaryStoreError ? new ServiceError(err.code, err.message, err.params) : err;
}

async function storeCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw storeFailure(err);
  }
}

/** Whether a file name has a glossary extension (the editable ones and .xlsx). */
function isGlossaryFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && GLOSSARY_FILE_EXTENSIONS.includes(name.slice(dot).toLowerCase());
}

function exists(path: string, what: string): ServiceError {
  return new ServiceError('file-exists', `${path} already exists; ${what}.`, { file: path });
}

async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Whether two paths name one file (a link, or a case-insensitive file system). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
