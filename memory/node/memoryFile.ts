import { stat } from 'node:fs/promises';
import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import { readBounded } from '../../glossary/node/boundedRead.js';
import { MAX_INPUT_BYTES, formatSize } from '../../shared/formats/limits.js';
import { concordance, type ConcordanceHit, type ConcordanceSide } from '../common/concordance.js';
import {
  TmIndex,
  TmIndexBuilder,
  buildTmIndex,
  scoreUnit,
  type IndexMatch,
  type LookupQuery,
} from '../common/tmIndex.js';
import { exactKey, indexKeys, tmTokens } from '../common/tmTokens.js';
import type { TmUnit } from '../common/tmUnit.js';
import { readTmx } from '../common/tmxRead.js';
import { writeTmxUnits } from '../common/tmxWrite.js';
import { loadCachedIndex, type IndexCacheOptions } from './indexCache.js';
import { appendUnits, clearJournal, memoryJournalPath, readUnits } from './memoryJournal.js';

/** How a memory file is used. */
export interface MemoryFileOptions {
  /** Confirmed segments are written to it. */
  writable: boolean;
  /** The project's own memory: compacted by rewriting it (it is ours); a unit with the same source replaces the older one. */
  project: boolean;
  /** Where index caches go; none = always rebuild. */
  cache?: IndexCacheOptions;
  /** The version written in TMX headers. */
  toolVersion?: string;
  now?: () => Date;
}

/** Journal units after which a commit also compacts the memory into its TMX. */
const COMPACT_AFTER = 200;

/** Empty TMX for a new memory. */
export function emptyTmx(toolVersion: string, date: string): string {
  return writeTmxUnits([], { toolVersion, date });
}

/**
 * One TMX memory on disk: its index (from the cache when the file did not
 * change), the units committed since (journal, fsync'd, then compacted into
 * the TMX atomically), lookups and concordance over both.
 */
export class MemoryFile {
  index: TmIndex = new TmIndex(buildTmIndex([]));
  /** Units committed since the index was built (also in the journal until compacted). */
  extra: TmUnit[] = [];
  /** Index units replaced by a newer commit with the same source (project memory only). */
  private readonly superseded = new Set<number>();
  private bySource: Map<string, number> | undefined;
  /** Units in the journal, not yet in the TMX. */
  private pending: TmUnit[] = [];
  /** Commits and compactions of this file, one after another (a compaction empties the journal). */
  private queue: Promise<unknown> = Promise.resolve();
  error: { code: string; message: string } | undefined;

  constructor(
    readonly path: string,
    readonly opts: MemoryFileOptions,
  ) {}

  /** Units it holds (index units not superseded, plus committed ones). */
  get units(): number {
    return this.index.size - this.superseded.size + this.extra.length;
  }

  /**
   * Reads the TMX (a missing project memory is simply empty) and the
   * journal's units a crash left behind, which are compacted into the TMX
   * at once when the memory is writable.
   */
  async load(): Promise<void> {
    this.error = undefined;
    try {
      this.index = await loadIndex(this.path, this.opts);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && this.opts.project) this.index = new TmIndex(buildTmIndex([]));
      else {
        this.index = new TmIndex(buildTmIndex([]));
        this.error = {
          code:
            code === 'ENOENT'
              ? 'not-found'
              : err instanceof Error && err.name === 'FormatError'
                ? 'invalid-file'
                : (code ?? 'io'),
          message:
            code === 'ENOENT' ? `${this.path} does not exist. Check the path, or detach it.` : (err as Error).message,
        };
        return;
      }
    }
    this.superseded.clear();
    this.bySource = undefined;
    this.extra = [];
    // The journal holds commits a crash kept from the TMX: read for the project memory even when this
    // process only reads it (the CLI), compacted only by a writer.
    if (this.opts.writable || this.opts.project) {
      const pending = await readUnits(memoryJournalPath(this.path));
      for (const u of pending) this.remember(u);
      this.pending = pending;
      if (pending.length > 0 && this.opts.writable) await this.compact();
    }
  }

  private sourceMap(): Map<string, number> {
    if (!this.bySource) {
      this.bySource = new Map();
      for (let u = 0; u < this.index.size; u++) this.bySource.set(exactKey(this.index.field(u, 0)), u);
    }
    return this.bySource;
  }

  /** Keeps a committed unit in memory; in the project memory it replaces an older one with the same source. */
  private remember(unit: TmUnit): void {
    if (this.opts.project) {
      const key = exactKey(unit.source);
      const old = this.sourceMap().get(key);
      if (old !== undefined) this.superseded.add(old);
      this.extra = this.extra.filter((u) => exactKey(u.source) !== key);
    }
    this.extra.push(unit);
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Stores a unit: appended to the journal and fsync'd before this
   * resolves. A project memory whose TMX cannot be read still journals it
   * (and is never compacted over), so no confirmation is lost while the
   * user repairs the file.
   */
  commit(unit: TmUnit): Promise<void> {
    return this.enqueue(async () => {
      await appendUnits(memoryJournalPath(this.path), [unit]);
      this.pending.push(unit);
      if (this.error) return;
      this.remember(unit);
      if (this.pending.length >= COMPACT_AFTER) await this.compactNow();
    });
  }

  /**
   * Writes the journal's units into the TMX atomically, then empties the
   * journal. The project memory is rewritten whole (superseded units
   * dropped); another tool's TMX gets the new `<tu>`s inserted before
   * `</body>`, the rest of its text untouched.
   */
  compact(): Promise<void> {
    return this.enqueue(() => this.compactNow());
  }

  private async compactNow(): Promise<void> {
    if (!this.opts.writable || this.error || this.pending.length === 0) return;
    const now = (this.opts.now ?? (() => new Date()))().toISOString();
    const toolVersion = this.opts.toolVersion ?? '';
    if (this.opts.project) {
      const units: TmUnit[] = [];
      for (let u = 0; u < this.index.size; u++) if (!this.superseded.has(u)) units.push(this.index.unit(u));
      units.push(...this.extra);
      await writeFileAtomically(this.path, writeTmxUnits(units, { toolVersion, date: now }));
    } else {
      const { bytes } = await readBounded(this.path, {
        maxBytes: MAX_INPUT_BYTES,
        hint: `A memory may have at most ${formatSize(MAX_INPUT_BYTES)}`,
      });
      const text = bytes.toString('utf8');
      const added = writeTmxUnits(this.pending, { toolVersion, date: now });
      const body = added.slice(added.indexOf('<body>') + '<body>'.length, added.lastIndexOf('</body>'));
      const at = text.lastIndexOf('</body>');
      if (at < 0 || bytes[0] === 0xff || bytes[0] === 0xfe) {
        // Not a UTF-8 TMX with a body we can extend: the units stay in the journal, which is read on every open.
        return;
      }
      await writeFileAtomically(this.path, text.slice(0, at) + body.replace(/^\n/, '') + text.slice(at));
    }
    await clearJournal(memoryJournalPath(this.path));
    this.pending = [];
    // The new file is indexed the next time it is loaded; until then the units stay in `extra`.
  }

  /** Fuzzy matches, best first. */
  lookup(query: LookupQuery): IndexMatch[] {
    const skip = this.superseded.size > 0 ? (u: number) => this.superseded.has(u) : undefined;
    const found = this.index.lookup({ ...query, ...(skip ? { skip } : {}) });
    if (this.extra.length > 0) {
      const b = tmTokens(query.source);
      const keys = new Set(indexKeys(b));
      const min = query.min ?? 50;
      this.extra.forEach((unit, i) => {
        const unitKeys = indexKeys(tmTokens(unit.source));
        // A unit sharing no word with the query cannot reach any useful score.
        if (unitKeys.length > 0 && !unitKeys.some((k) => keys.has(k))) return;
        const m = scoreUnit(unit, query.source, b, query);
        if (m.score >= min) found.push({ unit: -1 - i, ...m });
      });
      found.sort((x, y) => y.score - x.score || (y.at ?? '').localeCompare(x.at ?? ''));
    }
    return found.slice(0, query.max ?? 5);
  }

  /** Concordance over the index and the committed units. */
  concordance(query: string, side: ConcordanceSide, limit: number): ConcordanceHit[] {
    const hits = concordance(this.index, query, side, limit).filter((h) => !this.superseded.has(h.unit));
    if (this.extra.length > 0 && hits.length < limit) {
      const small = new TmIndex(buildTmIndex(this.extra));
      for (const h of concordance(small, query, side, limit - hits.length)) hits.push({ ...h, unit: -1 - h.unit });
    }
    return hits;
  }
}

/** A memory's index: from its cache when the file is unchanged, else read and built (and cached). */
async function loadIndex(path: string, opts: MemoryFileOptions): Promise<TmIndex> {
  const st = await stat(path);
  if (!st.isFile()) throw Object.assign(new Error(`${path} is not a file.`), { code: 'not-a-file' });
  return loadCachedIndex(path, opts.cache, async () => {
    const { bytes } = await readBounded(path, {
      maxBytes: MAX_INPUT_BYTES,
      hint: `A memory may have at most ${formatSize(MAX_INPUT_BYTES)}; split it`,
    });
    if (!opts.project) {
      // Streamed into the builder: a million units never exist as objects at once.
      const builder = new TmIndexBuilder();
      readTmx(bytes, path, (u) => builder.add(u));
      return builder.finish();
    }
    // The project memory keeps the last unit of each source (a later confirmation replaces an earlier one).
    const byKey = new Map<string, TmUnit>();
    readTmx(bytes, path, (u) => {
      const k = exactKey(u.source);
      byKey.delete(k);
      byKey.set(k, u);
    });
    return buildTmIndex(byKey.values());
  });
}
