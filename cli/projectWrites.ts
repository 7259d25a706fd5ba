/**
 * How CLI commands change a project file: in a module of its own, so that
 * `check` (which only reads projects) does not load the lock and the journal
 * reader.
 */
import { z } from 'zod';
import { readJsonLines } from '../glossary/node/jsonLines.js';
import { LockTimeoutError, withFileLock } from '../glossary/node/lock.js';
import { journalEntryUnsaved, journalPath, serializeProject, type ProjectFile } from '../shared/model/project.js';
import { CliError } from './errors.js';
import { resolveArg, type CliIo } from './io.js';
import { readProject, writeOutput } from './projectIo.js';

/** What the CLI needs of a journal line to tell whether it holds edits the project file lacks. */
const journalLineSchema = z.object({ project: z.string(), rev: z.number(), recovered: z.boolean().optional() });

/**
 * Changes a project file the way every writer of a shared file does here:
 * under its lock (`<project>.lock`, as glossaries), re-read, changed by
 * `change` (undefined: nothing to write), replaced atomically. Refused,
 * with nothing written, while the project's recovery journal holds edits
 * the file lacks (a translator's unsaved typing, or a crash's leftovers not
 * yet offered back): a new revision written over them would make the app
 * take them for saved. Resolves to what `change` returned.
 */
export async function updateProject<T extends ProjectFile | undefined>(
  io: CliIo,
  path: string,
  change: (project: ProjectFile) => Promise<T> | T,
): Promise<T> {
  const abs = resolveArg(io, path);
  try {
    return await withFileLock(abs, async (lock) => {
      const project = await readProject(io, path);
      const journal = journalPath(abs);
      const unsaved = (await readJsonLines(journal, journalLineSchema)).filter((e) =>
        journalEntryUnsaved(e, project.id, project.revision),
      );
      if (unsaved.length > 0) {
        throw new CliError(
          `${path} has edits that are not saved into it yet (in ${journalPath(path)}): it is open in Dragoman, or Dragoman stopped before saving. Open it in Dragoman (which saves or offers them back) and close it, then run the command again. Nothing was written.`,
        );
      }
      const next = await change(project);
      if (next !== undefined) {
        lock.assertHeld();
        await writeOutput(io, path, serializeProject(next));
      }
      return next;
    });
  } catch (err) {
    if (err instanceof LockTimeoutError) {
      throw new CliError(`${path} is being written by another dragoman command; nothing was changed. Run it again.`);
    }
    throw err;
  }
}
