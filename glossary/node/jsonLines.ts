/**
 * Append-only JSON-lines files (the project's recovery journal, the
 * translation memory's journal): reading them back after a crash.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/**
 * The records of a JSON-lines file that `schema` accepts, in order. A line
 * that does not parse or validate is skipped: the last one may be torn by a
 * kill mid-append, and one bad line must not cost the others. A missing file
 * has no records.
 */
export async function readJsonLines<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const parsed = schema.safeParse(JSON.parse(line));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A torn or foreign line: skipped (see above).
    }
  }
  return out;
}
