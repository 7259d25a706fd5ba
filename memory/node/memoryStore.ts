import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { ConcordanceSide } from '../common/concordance.js';
import type { IndexMatch, TmIndex } from '../common/tmIndex.js';
import type { TmUnit } from '../common/tmUnit.js';
import type { IndexCacheOptions } from './indexCache.js';
import { MemoryFile } from './memoryFile.js';

/** A memory attached to a project, with an absolute path. */
export interface AttachedMemory {
  path: string;
  writable: boolean;
}

/** A match with the memory it came from. */
export interface StoreMatch extends IndexMatch {
  file: string;
}

/** A concordance hit with the memory it came from. */
export interface StoreHit {
  source: string;
  target: string;
  file: string;
  by?: string;
  at?: string;
  ranges: Array<{ side: 'source' | 'target'; start: number; end: number }>;
}

/** The project memory of a project file: `<name>.memory.tmx` beside it (not `<name>.tmx`, the TMX export's default). */
export function projectMemoryPath(projectPath: string): string {
  const abs = resolve(projectPath);
  return join(dirname(abs), `${basename(abs, extname(abs))}.memory.tmx`);
}

/** A memory path as the project file stores it: relative to the project's folder, forward slashes. */
export function storedMemoryPath(projectPath: string, memory: string): string {
  return relative(dirname(resolve(projectPath)), resolve(memory))
    .split(sep)
    .join('/');
}

/** What the store needs. */
export interface MemorySetOptions {
  cache?: IndexCacheOptions;
  toolVersion?: string;
  now?: () => Date;
}

/**
 * The memories one project (or one CLI run) looks things up in: the
 * project memory (optional) and the attached TMX files, each a
 * {@link MemoryFile}. Lookups ask every memory and merge the matches, best
 * first, the same unit text only once.
 */
export class MemorySet {
  readonly files: MemoryFile[] = [];

  constructor(private readonly opts: MemorySetOptions = {}) {}

  /** Opens (reads or takes from the cache) a memory and adds it. */
  async add(path: string, writable: boolean, project = false): Promise<MemoryFile> {
    const file = new MemoryFile(resolve(path), {
      writable,
      project,
      ...(this.opts.cache ? { cache: this.opts.cache } : {}),
      ...(this.opts.toolVersion !== undefined ? { toolVersion: this.opts.toolVersion } : {}),
      ...(this.opts.now ? { now: this.opts.now } : {}),
    });
    await file.load();
    this.files.push(file);
    return file;
  }

  /**
   * Adds a memory whose index is already built (the CLI reads its --tm
   * files itself so that a broken file stops the command). `label` is what
   * matches report as their file.
   */
  addIndex(label: string, index: TmIndex): MemoryFile {
    const file = new MemoryFile(label, { writable: false, project: false });
    file.index = index;
    this.files.push(file);
    return file;
  }

  /** Forgets a memory (after detach). */
  remove(path: string): void {
    const i = this.files.findIndex((f) => f.path === resolve(path));
    if (i >= 0) this.files.splice(i, 1);
  }

  /** The memory at `path`, if open. */
  get(path: string): MemoryFile | undefined {
    return this.files.find((f) => f.path === resolve(path));
  }

  /** Matches from every memory, best first; a source and target found in two memories appear once. */
  lookup(query: { source: string; prev?: string; next?: string; min?: number; max?: number }): StoreMatch[] {
    const max = query.max ?? 5;
    const all: StoreMatch[] = [];
    for (const f of this.files) {
      if (f.error) continue;
      for (const m of f.lookup({ ...query, max })) all.push({ ...m, file: f.path });
    }
    // Best score first; on a tie the project memory (listed first), then the most recent.
    all.sort((x, y) => y.score - x.score);
    const seen = new Set<string>();
    const out: StoreMatch[] = [];
    for (const m of all) {
      const key = `${m.source}\u0000${m.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
      if (out.length >= max) break;
    }
    return out;
  }

  /** Concordance hits from every memory, up to `limit`. */
  concordance(query: string, side: ConcordanceSide, limit: number): StoreHit[] {
    const out: StoreHit[] = [];
    for (const f of this.files) {
      if (f.error || out.length >= limit) continue;
      for (const h of f.concordance(query, side, limit - out.length)) {
        out.push({
          source: h.source,
          target: h.target,
          file: f.path,
          ...(h.by ? { by: h.by } : {}),
          ...(h.at ? { at: h.at } : {}),
          ranges: h.ranges,
        });
      }
    }
    return out;
  }

  /** Writes a unit to every writable memory; each has it on disk (fsync'd) when this resolves. */
  async commit(unit: TmUnit): Promise<void> {
    // An attached memory that cannot be read is skipped; the project memory journals the unit anyway.
    for (const f of this.files) if (f.opts.writable && (!f.error || f.opts.project)) await f.commit(unit);
  }

  /** Compacts every writable memory's journal into its TMX. */
  async compact(): Promise<void> {
    for (const f of this.files) if (f.opts.writable && !f.error) await f.compact();
  }
}
