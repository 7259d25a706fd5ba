import { isAbsolute, resolve } from 'node:path';
import { decodeText } from '../shared/formats/decode.js';
import { readBounded, UnreadableFileError, type BoundedRead } from '../glossary/node/boundedRead.js';
import { MAX_INPUT_BYTES } from '../shared/formats/limits.js';
import { CliError, fsErrorMessage } from './errors.js';

/**
 * Where the CLI writes and which folder relative paths start from. Tests pass
 * their own writers and a temporary folder; the `dragoman` binary uses the
 * process's streams and working directory.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative file arguments are resolved against. */
  cwd: string;
  /** Columns available for `--help` text; 80 when unknown. */
  columns?: number;
  /**
   * Folder of the glossary cache (glossary/node/glossaryCache.ts) and of the spelling suggestions
   * (cli/suggestionCache.ts); none: glossaries are always parsed, suggestions always computed.
   */
  cacheDir?: string;
}

/** Absolute path of a file argument; the user's spelling is kept for messages. */
export function resolveArg(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/**
 * Reads a file named on the command line as bytes (DOCX and other binary
 * inputs) within `maxBytes` (default: the shared MAX_INPUT_BYTES; commands
 * pass their own limit from shared/formats/limits.ts): a larger file is refused before it is
 * read, and a pipe or device (`<(cmd)`, /dev/stdin) is read up to the limit
 * and no further, so /dev/zero cannot exhaust memory. Errors name the file
 * as the user typed it.
 */
export async function readInputBytes(io: CliIo, path: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const { bytes } = await readInput(io, path, maxBytes);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** {@link readInputBytes} with the stat of the handle the bytes were read from (for the glossary cache). */
export async function readInput(io: CliIo, path: string, maxBytes = MAX_INPUT_BYTES): Promise<BoundedRead> {
  const full = resolveArg(io, path);
  try {
    return await readBounded(full, {
      maxBytes,
      allowSpecial: true,
      hint: 'Split it into smaller files',
    });
  } catch (err) {
    if (err instanceof UnreadableFileError) {
      // The user's spelling of the path, not the absolute one.
      throw new UnreadableFileError(err.code, path, err.message.split(full).join(path));
    }
    const message = fsErrorMessage(err as NodeJS.ErrnoException, 'read', path);
    if (message) throw new CliError(message);
    throw err;
  }
}

/**
 * Reads a text file named on the command line: {@link readInputBytes}, then
 * strict UTF-8 (or UTF-16 with a BOM) through the shared decoder.
 */
export async function readInputFile(io: CliIo, path: string, maxBytes = MAX_INPUT_BYTES): Promise<string> {
  return decodeText(await readInputBytes(io, path, maxBytes), path);
}
