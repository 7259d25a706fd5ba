import { open, rm } from 'node:fs/promises';
import { readJsonLines } from '../../glossary/node/jsonLines.js';
import { writeFileAtomically } from '../../glossary/node/atomicWrite.js';
import { z } from 'zod';
import { segmentChangeSchema, type SegmentChange } from '../../shared/api/workbenchApi.js';

/**
 * One line of the recovery journal (`<project>.journal`, JSON lines). A normal
 * entry is one save at revision `rev`; it is in the project file once the file
 * says `revision >= rev`. A `recovered` entry holds edits found after a crash
 * that the user has not accepted or declined yet; it stays until they do.
 */
export const journalEntrySchema = z.object({
  /** The project's id: a journal left by another project at the same path is ignored. */
  project: z.string(),
  rev: z.number().int().min(0),
  at: z.string(),
  recovered: z.boolean().optional(),
  changes: z.array(segmentChangeSchema),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/** The journal's path for a project file (defined beside the project format, so the CLI's export guard knows it too). */
export { journalPath } from '../../shared/model/project.js';
import { journalEntryUnsaved } from '../../shared/model/project.js';

/**
 * Appends one entry and fsyncs it: this is what makes an edit survive a kill
 * before the project file is rewritten. Appending a line is cheap next to
 * rewriting the whole project.
 */
export async function appendJournal(file: string, entry: JournalEntry): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.write(`${JSON.stringify(entry)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Replaces the journal with `entries` (atomically), or deletes it when there are none. */
export async function rewriteJournal(file: string, entries: readonly JournalEntry[]): Promise<void> {
  if (entries.length === 0) {
    await rm(file, { force: true });
    return;
  }
  await writeFileAtomically(file, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/**
 * Reads the journal's entries. A line that does not parse is skipped: the last
 * line may be torn by a kill mid-append, and one bad line must not cost the
 * others. A missing journal has no entries.
 */
export async function readJournal(file: string): Promise<JournalEntry[]> {
  return (await readJsonLines(file, journalEntrySchema)) as JournalEntry[];
}

/**
 * The edits in `entries` that the project file (id `projectId`, at
 * `revision`) does not contain yet, merged per segment in journal order (the
 * latest target, status and note win).
 */
export function unsavedChanges(entries: readonly JournalEntry[], projectId: string, revision: number): SegmentChange[] {
  const byId = new Map<string, SegmentChange>();
  for (const e of entries) {
    if (!journalEntryUnsaved(e, projectId, revision)) continue;
    for (const c of e.changes) byId.set(c.id, mergeChange(byId.get(c.id), c));
  }
  return [...byId.values()];
}

/** `later` on top of `earlier`: fields `later` leaves out keep their earlier value. */
export function mergeChange(earlier: SegmentChange | undefined, later: SegmentChange): SegmentChange {
  const out: SegmentChange = { ...(earlier ?? { id: later.id }) };
  if (later.target !== undefined) out.target = later.target;
  if (later.status !== undefined) out.status = later.status;
  if (later.note !== undefined) out.note = later.note;
  if (later.origin !== undefined) out.origin = later.origin;
  return out;
}
