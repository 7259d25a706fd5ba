import writeFileAtomic from 'write-file-atomic';
import { parseProjectText, type ProjectFile } from '../shared/model/project.js';
import { CliError, fsErrorMessage } from './errors.js';
import { readInputFile, resolveArg, type CliIo } from './io.js';

/** Reads and validates a `.dragoman` project (commands that change one write it through projectWrites.ts). */
export async function readProject(io: CliIo, path: string): Promise<ProjectFile> {
  return parseProjectText(await readInputFile(io, path), path);
}

/** Writes a file atomically (temporary file renamed over it): a failed write leaves the old file as it was. */
export async function writeOutput(io: CliIo, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(resolveArg(io, path), typeof data === 'string' ? data : Buffer.from(data));
  } catch (err) {
    const message = fsErrorMessage(err as NodeJS.ErrnoException, 'write', path);
    if (message) throw new CliError(message);
    throw err;
  }
}
