import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { formatSize } from '../../shared/formats/limits.js';

/** Why a file was not read: not a regular file, or more bytes than the caller accepts. */
export type UnreadableReason = 'not-a-file' | 'too-large';

/**
 * A file that was refused before (or while) it was read: a folder, device,
 * pipe or socket where a regular file is needed, or one larger than the
 * limit. The message names the file and says what to do; `code` is also the
 * WorkbenchApi error code the services answer with.
 */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: UnreadableReason,
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}

/** What a file that is not a regular file is, in words. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Options of {@link readBounded}. */
export interface BoundedReadOptions {
  /** Refuse more bytes than this, before reading when the size is known, else as soon as they arrive. */
  maxBytes: number;
  /**
   * Accept pipes and devices too (the CLI reads `<(cmd)` and /dev/stdin);
   * they are read up to `maxBytes` and no further. Folders are always refused.
   * Default false: the services accept regular files only, opened without
   * waiting (O_NONBLOCK) so that a FIFO nobody writes cannot block the
   * thread pool and with it every later file operation.
   */
  allowSpecial?: boolean;
  /** What to do when the file is too large, without the final full stop; default "Split it into smaller files". */
  hint?: string;
  /** Read only the first this many bytes (a format sniff); the size limit is not applied then. */
  headBytes?: number;
}

/** A file's bytes and the stat of the very handle they were read from. */
export interface BoundedRead {
  bytes: Buffer;
  stat: Stats;
}

const CHUNK = 1 << 20;

/**
 * Reads a whole file with a hard bound on memory: the handle is fstat'ed
 * before anything is read, so a folder, device, FIFO or socket is refused up
 * front (unless `allowSpecial`), a regular file over `maxBytes` is refused
 * without reading it, and a stream that keeps giving (/dev/zero, a pipe) is
 * cut off at `maxBytes + 1` bytes. A path containing NUL is refused too.
 */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<BoundedRead> {
  if (path.includes('\0')) {
    throw new UnreadableFileError('not-a-file', path.replaceAll('\0', '\\0'), 'A file path cannot contain NUL (\\0).');
  }
  const flags = constants.O_RDONLY | (options.allowSpecial ? 0 : (constants.O_NONBLOCK ?? 0));
  const handle: FileHandle = await open(path, flags);
  try {
    const st = await handle.stat();
    if (st.isDirectory() || (!options.allowSpecial && !st.isFile())) {
      throw new UnreadableFileError(
        'not-a-file',
        path,
        `${path} is ${fileKind(st)}, not a regular file; give the path of a file.`,
      );
    }
    const tooLarge = (what: string) =>
      new UnreadableFileError(
        'too-large',
        path,
        `${path}: ${what}, more than the ${formatSize(options.maxBytes)} limit. ${options.hint ?? 'Split it into smaller files'}.`,
      );
    if (options.headBytes !== undefined) {
      const buf = Buffer.alloc(options.headBytes);
      const { bytesRead } = await handle.read(buf, 0, options.headBytes, 0);
      return { bytes: buf.subarray(0, bytesRead), stat: st };
    }
    if (st.isFile() && st.size > options.maxBytes) throw tooLarge(`the file is ${formatSize(st.size)}`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, options.maxBytes + 1 - total);
      const buf = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > options.maxBytes) throw tooLarge('it gives more bytes');
    }
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), stat: st };
  } finally {
    await handle.close();
  }
}
