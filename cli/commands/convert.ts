import { stat } from 'node:fs/promises';
import { parseGlossary, serializeGlossary } from '../../glossary/common/codec.js';
import { glossaryFileFormat, loadGlossaryFile, saveGlossaryFile } from '../../glossary/node/glossaryFile.js';
import type { GlossaryFileFormat } from '../../glossary/node/glossaryFile.js';
import type { Glossary } from '../../shared/model/glossary.js';
import { CliError, fsErrorMessage } from '../errors.js';
import { loadGlossary } from '../inputs.js';
import { resolveArg } from '../io.js';
import type { CliIo } from '../io.js';

/** The options of `dragoman convert` (cli/commandLine/convert.ts). */
export interface ConvertOptions {
  force?: boolean;
}

/** Why a written file can hold fewer terms than were read. */
const LOSSY: Partial<Record<GlossaryFileFormat, string>> = {
  tsv: 'TSV holds one Romanian→English pair per line, preferred and admitted terms only',
};

function countTerms(g: Glossary): number {
  return g.concepts.reduce((n, c) => n + Object.values(c.terms).reduce((m, list) => m + list.length, 0), 0);
}

async function fileId(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** Runs `dragoman convert` and resolves to its exit code. */
export async function runConvert(io: CliIo, input: string, output: string, options: ConvertOptions): Promise<number> {
  glossaryFileFormat(input);
  const format = glossaryFileFormat(output);
  const inPath = resolveArg(io, input);
  const outPath = resolveArg(io, output);
  const [inId, outId] = await Promise.all([fileId(inPath), fileId(outPath)]);
  // Same inode catches links and case-insensitive file systems, not just equal strings.
  if (inPath === outPath || (inId !== undefined && inId === outId)) {
    throw new CliError(`${output} is the input file; write the converted glossary to another file`);
  }
  if (outId !== undefined && !options.force) {
    throw new CliError(`${output} already exists; add --force to replace it`);
  }
  const glossary = await loadGlossary(io, input);
  try {
    await saveGlossaryFile(outPath, glossary);
  } catch (err) {
    const message = fsErrorMessage(err as NodeJS.ErrnoException, 'write', output);
    if (message) throw new CliError(message);
    throw err;
  }
  // Read back what was written, so the report tells what the new file really holds.
  const written =
    format === 'xlsx' ? await loadGlossaryFile(outPath) : parseGlossary(serializeGlossary(glossary, output), output);
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const read = `${s(glossary.concepts.length, 'concept')}, ${s(countTerms(glossary), 'term')}`;
  const kept = `${s(written.concepts.length, 'concept')}, ${s(countTerms(written), 'term')}`;
  const why = LOSSY[format] ? ` (${LOSSY[format]})` : '';
  io.stdout(
    read === kept ? `${input} → ${output}: ${read}\n` : `${input} → ${output}: read ${read}; wrote ${kept}${why}\n`,
  );
  return 0;
}
