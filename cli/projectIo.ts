import { readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { FormatError } from '../shared/formats/formatError.js';
import { MAX_INPUT_BYTES, formatSize } from '../shared/formats/limits.js';
import { parseProjectText, serializeProject, type ProjectFile } from '../shared/model/project.js';
import { CliError, fsErrorMessage } from './errors.js';
import { readInputFile, resolveArg, type CliIo } from './io.js';

/** Reads a binary input (DOCX), refused above the shared size limit before reading. */
export async function readInputBytes(io: CliIo, path: string): Promise<Uint8Array> {
  const full = resolveArg(io, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError(`${path} is a folder; give the path of a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new FormatError(
        path,
        `the file is ${formatSize(info.size)}, more than the ${formatSize(MAX_INPUT_BYTES)} limit`,
        {
          hint: 'Split it into smaller files',
        },
      );
    }
    return new Uint8Array(await readFile(full));
  } catch (err) {
    const message = fsErrorMessage(err as NodeJS.ErrnoException, 'read', path);
    if (message) throw new CliError(message);
    throw err;
  }
}

/** Reads and validates a `.dragoman` project. */
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

/** Saves a project atomically, in the project file format. */
export async function writeProject(io: CliIo, path: string, project: ProjectFile): Promise<void> {
  await writeOutput(io, path, serializeProject(project));
}
