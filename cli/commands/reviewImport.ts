import { applyReviewChanges, readReviewChanges } from '../../shared/formats/reviewImport.js';
import { projectDocument } from '../../shared/model/projectBuild.js';
import type { CliIo } from '../io.js';
import { readInputBytes } from '../io.js';
import { readProject } from '../projectIo.js';
import { updateProject } from '../projectWrites.js';

/** The options of `dragoman review-import` (cli/commandLine/reviewImport.ts). */
export interface ReviewOptions {
  apply?: boolean;
}

/** Runs `dragoman review-import` and resolves to its exit code. */
export async function runReviewImport(
  io: CliIo,
  projectPath: string,
  reviewed: string,
  options: ReviewOptions,
): Promise<number> {
  const project = await readProject(io, projectPath);
  const doc = projectDocument(project);
  // Reads and checks the whole table before anything is written: a refused table leaves the project untouched.
  const changes = readReviewChanges(await readInputBytes(io, reviewed), reviewed, doc);
  for (const c of changes) {
    io.stdout(`segment ${c.number} (id ${c.segmentId})\n  before: ${c.before}\n  after:  ${c.after}\n`);
  }
  const n = changes.length;
  if (n === 0) {
    io.stdout(`${reviewed}: no target was changed\n`);
    return 0;
  }
  if (!options.apply) {
    io.stdout(`${n} change${n === 1 ? '' : 's'} found; run again with --apply to write them into ${projectPath}\n`);
    return 0;
  }
  // Under the project's lock, on the file as it is now: the table must still fit it (re-read and re-checked).
  await updateProject(io, projectPath, async (current) => {
    const now = projectDocument(current);
    const fresh = readReviewChanges(await readInputBytes(io, reviewed), reviewed, now);
    const updated = applyReviewChanges(now, fresh);
    return {
      ...current,
      segments: updated.segments,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
    };
  });
  io.stdout(`${n} change${n === 1 ? '' : 's'} applied to ${projectPath}\n`);
  return 0;
}
