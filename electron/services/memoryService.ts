import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import type { ApiInput, ApiOutput, MemoryView, TmMatch } from '../../shared/api/workbenchApi.js';
import type { MemoryRef } from '../../shared/model/project.js';
import { emptyTmx } from '../../memory/node/memoryFile.js';
import { MemorySet, projectMemoryPath, storedMemoryPath } from '../../memory/node/memoryStore.js';
import type { ProjectStore } from './projectStore.js';
import { ServiceError } from './serviceError.js';

/** What the memory service needs from the workbench. */
export interface MemoryServiceOptions {
  projects: ProjectStore;
  /** Index caches go here (`<dataDir>/cache/tm`). */
  cacheDir: string;
  now: () => Date;
  userName: string;
  toolVersion: string;
  warn?: (message: string) => void;
}

/**
 * The WorkbenchApi's translation memory methods over memory/node: per open
 * project, its project memory (`<name>.memory.tmx`, written on every
 * confirmed segment) and the TMX files the project file lists. The sets are
 * opened on first use and dropped when the project is opened again, so a
 * memory replaced on disk is read afresh.
 */
export class MemoryService {
  private readonly sets = new Map<string, Promise<MemorySet>>();

  constructor(private readonly opts: MemoryServiceOptions) {}

  /** Forgets a project's memories (it is being reopened). */
  forget(projectPath: string): void {
    this.sets.delete(resolve(projectPath));
  }

  private fileOf(projectPath: string) {
    const file = this.opts.projects.current(projectPath);
    if (!file) {
      const abs = resolve(projectPath);
      throw new ServiceError('not-open', `${abs} is not open. Open the project first.`, { file: abs });
    }
    return file;
  }

  private setOf(projectPath: string): Promise<MemorySet> {
    const abs = resolve(projectPath);
    const file = this.fileOf(abs);
    let set = this.sets.get(abs);
    if (!set) {
      set = (async () => {
        const s = new MemorySet({
          cache: { dir: this.opts.cacheDir, ...(this.opts.warn ? { warn: this.opts.warn } : {}) },
          toolVersion: this.opts.toolVersion,
          now: this.opts.now,
        });
        await s.add(projectMemoryPath(abs), true, true);
        for (const m of file.memories ?? []) await s.add(resolve(dirname(abs), m.path), m.writable);
        return s;
      })();
      this.sets.set(abs, set);
      // A failure (disk error) is not remembered: the next call tries again.
      set.catch(() => this.sets.delete(abs));
    }
    return set;
  }

  async lookup(input: ApiInput<'memoryLookup'>): Promise<ApiOutput<'memoryLookup'>> {
    const set = await this.setOf(input.path);
    const matches = set.lookup({
      source: input.source,
      ...(input.prev !== undefined ? { prev: input.prev } : {}),
      ...(input.next !== undefined ? { next: input.next } : {}),
      min: input.min ?? 50,
      max: input.max ?? 5,
    });
    return {
      matches: matches.map((m): TmMatch => ({
        score: m.score,
        source: m.source,
        target: m.target,
        adapted: m.adapted,
        origin: { file: m.file, ...(m.by ? { by: m.by } : {}), ...(m.at ? { at: m.at } : {}) },
        diff: m.diff,
      })),
    };
  }

  async concordance(input: ApiInput<'memoryConcordance'>): Promise<ApiOutput<'memoryConcordance'>> {
    const set = await this.setOf(input.path);
    const hits = set.concordance(input.query, input.side, input.limit ?? 50);
    return {
      hits: hits.map((h) => ({
        source: h.source,
        target: h.target,
        origin: { file: h.file, ...(h.by ? { by: h.by } : {}), ...(h.at ? { at: h.at } : {}) },
        ranges: h.ranges,
      })),
    };
  }

  async commit(input: ApiInput<'memoryCommit'>): Promise<ApiOutput<'memoryCommit'>> {
    const set = await this.setOf(input.path);
    await set.commit({
      source: input.source,
      target: input.target,
      ...(this.opts.userName ? { by: this.opts.userName } : {}),
      at: this.opts.now().toISOString(),
      ...(input.prev !== undefined ? { prev: input.prev } : {}),
      ...(input.next !== undefined ? { next: input.next } : {}),
    });
    return { ok: true };
  }

  async list(input: ApiInput<'listMemories'>): Promise<ApiOutput<'listMemories'>> {
    return { memories: this.views(await this.setOf(input.path)) };
  }

  private views(set: MemorySet): MemoryView[] {
    return set.files.map((f) => ({
      path: f.path,
      writable: f.opts.writable,
      units: f.error ? 0 : f.units,
      ...(f.opts.project ? { project: true } : {}),
      ...(f.error ? { error: f.error } : {}),
    }));
  }

  async attach(input: ApiInput<'attachMemory'>): Promise<ApiOutput<'attachMemory'>> {
    const project = resolve(input.project);
    const memory = resolve(input.memory);
    this.fileOf(project);
    if (extname(memory).toLowerCase() !== '.tmx') {
      throw new ServiceError('unsupported-format', `${memory}: a translation memory must be a .tmx file.`, {
        file: memory,
        formats: '.tmx',
      });
    }
    if (memory === projectMemoryPath(project)) {
      throw new ServiceError('invalid-input', `${memory} is the project's own memory; it is always used.`, {
        file: memory,
      });
    }
    if (input.create) {
      if (await exists(memory)) {
        throw new ServiceError(
          'file-exists',
          `${memory} already exists; attach it without "create", or choose another name.`,
          {
            file: memory,
          },
        );
      }
      await writeFileAtomically(memory, emptyTmx(this.opts.toolVersion, this.opts.now().toISOString()));
    } else if (!(await exists(memory))) {
      throw new ServiceError('not-found', `${memory} does not exist. Check the path.`, { file: memory });
    }
    const writable = input.writable ?? false;
    await this.opts.projects.updateMemories(project, (current, projectPath): MemoryRef[] => {
      const stored = storedMemoryPath(projectPath, memory);
      const others = current.filter((m) => resolve(dirname(projectPath), m.path) !== memory);
      return [...others, { path: stored, writable }];
    });
    const set = await this.setOf(project);
    set.remove(memory);
    await set.add(memory, writable);
    return { memories: this.views(set) };
  }

  async detach(input: ApiInput<'detachMemory'>): Promise<ApiOutput<'detachMemory'>> {
    const project = resolve(input.project);
    const memory = resolve(input.memory);
    this.fileOf(project);
    const set = await this.setOf(project);
    // Units committed to it but still in its journal go into its TMX before it is let go.
    await set.get(memory)?.compact();
    await this.opts.projects.updateMemories(project, (current, projectPath) =>
      current.filter((m) => resolve(dirname(projectPath), m.path) !== memory),
    );
    set.remove(memory);
    return { memories: this.views(set) };
  }

  /** Compacts every open memory's journal into its TMX (shutdown). */
  async flush(): Promise<void> {
    for (const set of this.sets.values()) {
      try {
        await (await set).compact();
      } catch (err) {
        this.opts.warn?.(`translation memory: ${(err as Error).message}`);
      }
    }
  }
}

/** The cache folder for memory indexes under a data folder. */
export function memoryCacheDir(dataDir: string): string {
  return join(dataDir, 'cache', 'tm');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
