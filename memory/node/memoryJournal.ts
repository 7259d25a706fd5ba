import { open, rm } from 'node:fs/promises';
import { readJsonLines } from '../../glossary/node/jsonLines.js';
import { z } from 'zod';
import type { TmUnit } from '../common/tmUnit.js';

/**
 * The project memory's journal (`<memory>.tmx.journal`, JSON lines): each
 * confirmed segment is appended and fsync'd before memoryCommit answers, so
 * it survives a crash; the memory is compacted into its TMX (atomically)
 * from time to time and the journal then emptied.
 */
export const journalUnitSchema = z.object({
  source: z.string().min(1),
  target: z.string().min(1),
  by: z.string().optional(),
  at: z.string().optional(),
  prev: z.string().optional(),
  next: z.string().optional(),
});

/** The journal of a memory file. */
export function memoryJournalPath(memoryPath: string): string {
  return `${memoryPath}.journal`;
}

/** Appends units and fsyncs them. */
export async function appendUnits(file: string, units: readonly TmUnit[]): Promise<void> {
  const handle = await open(file, 'a');
  try {
    // Each record starts on a new line: a line torn by a kill mid-append then spoils only itself,
    // not the record appended after it.
    await handle.write(units.map((u) => `\n${JSON.stringify(u)}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The journal's units in order. A line that does not parse is skipped: the
 * last one may be torn by a kill mid-append, and it must not cost the others.
 */
export async function readUnits(file: string): Promise<TmUnit[]> {
  return (await readJsonLines(file, journalUnitSchema)) as TmUnit[];
}

/** Empties the journal (after its units reached the TMX). */
export async function clearJournal(file: string): Promise<void> {
  await rm(file, { force: true });
}
