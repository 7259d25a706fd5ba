/**
 * Replacing a file so that a reader (or a crash) sees either the old bytes
 * or the new ones, never half of each: the new bytes go to a temp file in
 * the same folder, are flushed to the disk, and the temp file is renamed
 * over the old one. Temp files have a recognisable name,
 * `.<name>.dragoman-tmp-<pid>-<random>`, so that the next writer holding the
 * file's lock can remove what a killed writer left behind
 * ({@link removeStrayTemps}). Used by the glossary store and usable by any
 * other writer that serialises its writes to a file (the project store).
 */
import { randomBytes } from 'node:crypto';
import { chmod, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.dragoman-tmp-';

/** Options of {@link writeFileAtomically}. */
export interface AtomicWriteOptions {
  /** A fresh random string for the temp name (injected so tests can predict it); default 8 hex digits. */
  random?: () => string;
  /** The process id in the temp name; default process.pid. */
  pid?: number;
  /** Runs just before the rename (the glossary store checks that it still holds its lock). */
  beforeRename?: () => void;
}

/** The temp file name prefix of `file`: `.<name>.dragoman-tmp-`. */
function tempPrefix(file: string): string {
  return `.${basename(file)}${TEMP_MARK}`;
}

/** A temp file path for `file`, in its folder (a rename across folders or disks would not be atomic). */
export function tempPathFor(file: string, pid: number, random: string): string {
  return join(dirname(file), `${tempPrefix(file)}${pid}-${random}`);
}

/**
 * Writes `data` to `file` atomically: temp file, fsync, rename, then an
 * fsync of the folder where the system allows it (so the rename itself
 * survives a power cut). An existing file's permissions are kept. On any
 * failure the temp file is removed and `file` is as it was.
 */
export async function writeFileAtomically(
  file: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const random = opts.random ?? (() => randomBytes(4).toString('hex'));
  const temp = tempPathFor(file, opts.pid ?? process.pid, random());
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    // A new file gets the default permissions.
  }
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (mode !== undefined) await chmod(temp, mode);
    opts.beforeRename?.();
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await syncFolder(dirname(file));
}

async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some network file systems cannot open or fsync a folder; the rename is still atomic.
  }
}

/** Options of {@link removeStrayTemps}. */
export interface StrayTempOptions {
  /**
   * For writers that hold no lock across processes (the project store):
   * remove only temps whose writer process is gone, or that this process
   * wrote (the caller knows none of its own writes to `file` is in flight).
   */
  onlyDeadWriters?: boolean;
  /** Whether process `pid` is running; default asks the system (signal 0). */
  isAlive?: (pid: number) => boolean;
}

/** Whether a process runs: signal 0 checks without sending anything (EPERM: it runs, as another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files of `file` that writers killed mid-write left in its
 * folder. Call it only while holding the lock that serialises writes to
 * `file` (then no live writer can own one of them), or with
 * `onlyDeadWriters`. Returns the removed paths.
 */
export async function removeStrayTemps(file: string, opts: StrayTempOptions = {}): Promise<string[]> {
  const dir = dirname(file);
  const prefix = tempPrefix(file);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    if (opts.onlyDeadWriters) {
      const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
      const alive = opts.isAlive ?? processAlive;
      if (!Number.isInteger(pid) || (pid !== process.pid && alive(pid))) continue;
    }
    const path = join(dir, name);
    try {
      await unlink(path);
      removed.push(path);
    } catch {
      // Already gone (another cleaner), or not ours to remove: the next writer tries again.
    }
  }
  return removed;
}

/** Whether `name` is a temp file name of {@link writeFileAtomically} (for listings that should hide them). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}
