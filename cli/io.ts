import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { decodeText } from '../shared/formats/decode.js';
import { FormatError } from '../shared/formats/formatError.js';
import { MAX_INPUT_BYTES, formatSize } from '../shared/formats/limits.js';
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
}

/** The real process streams and working directory. */
export function processIo(): CliIo {
  // `dragoman terms … | head` closes the pipe early: stop quietly instead of crashing with a stack.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    columns: process.stdout.columns,
  };
}

/** Absolute path of a file argument; the user's spelling is kept for messages. */
export function resolveArg(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/**
 * Reads a file named on the command line as bytes (DOCX and other binary
 * inputs), refused above `limit` (default: the shared size limit) before it
 * is read. Errors name the file as the user typed it.
 */
export async function readInputBytes(io: CliIo, path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const full = resolveArg(io, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${path} is a folder; give the path of a file`);
    if (info.size > limit) {
      throw new FormatError(path, `the file is ${formatSize(info.size)}, more than the ${formatSize(limit)} limit`, {
        hint: 'Split it into smaller files',
      });
    }
    return new Uint8Array(await readFile(full));
  } catch (err) {
    const message = fsErrorMessage(err as NodeJS.ErrnoException, 'read', path);
    if (message) throw new CliError(message);
    throw err;
  }
}

/**
 * Reads a text file named on the command line: {@link readInputBytes}, then
 * strict UTF-8 (or UTF-16 with a BOM) through the shared decoder.
 */
export async function readInputFile(io: CliIo, path: string): Promise<string> {
  return decodeText(await readInputBytes(io, path), path);
}
