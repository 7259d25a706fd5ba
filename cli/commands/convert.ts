import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { parseGlossary, serializeGlossary } from '../../glossary/common/codec.js';
import { glossaryFileFormat, loadGlossaryFile, saveGlossaryFile } from '../../glossary/node/glossaryFile.js';
import type { GlossaryFileFormat } from '../../glossary/node/glossaryFile.js';
import type { Glossary } from '../../shared/model/glossary.js';
import { CliError, fsErrorMessage } from '../errors.js';
import { loadGlossary } from '../inputs.js';
import { resolveArg } from '../io.js';
import type { CliIo } from '../io.js';
import type { CommandContext } from '../main.js';

interface ConvertOptions {
  force?: boolean;
}

/** Why a written file can hold fewer terms than were read. */
const LOSSY: Partial<Record<GlossaryFileFormat, string>> = {
  tsv: 'TSV holds one Romanian→English pair per line, preferred and admitted terms only',
};

const HELP_AFTER = `
Formats follow the file extensions:
  .tbx             TBX v3 (TBX-Basic) is written; TBX v3 and TBX 2008 (martif) are read
  .tsv .txt .tab   OmegaT-style glossary: source, target, comment; # starts a comment
  .csv             header row (ro, en, en:forbidden …), RFC 4180 quoting, synonyms
                   separated by |
  .xlsx            Excel workbook: the first worksheet, first row the header, the
                   same columns as CSV; Romanian ş ţ (cedilla) are read as ș ț
TSV holds only Romanian→English pairs of preferred and admitted terms: deprecated
and forbidden terms, statuses, types and definitions are lost. CSV and XLSX keep
statuses but not per-term notes. The report says how many concepts and terms were read and,
when it differs, how many the written file holds.

OUT is written atomically (a temporary file renamed over it), never over IN, and
an existing OUT only with --force.

Examples:
  dragoman convert samples/glossary.tbx glossary.csv
  dragoman convert omegat-glossary.txt.tsv glossary.tbx
  dragoman convert client-terms.xlsx glossary.tbx`;

/** Registers `dragoman convert`. */
export function registerConvert(program: Command, ctx: CommandContext): void {
  program
    .command('convert')
    .summary('convert a glossary between TBX, TSV, CSV and XLSX')
    .description('Convert a glossary between TBX, TSV, CSV and XLSX; the formats follow the file extensions.')
    .argument('<in>', 'glossary to read (.tbx, .tsv, .csv, .xlsx)')
    .argument('<out>', 'glossary to write (.tbx, .tsv, .csv, .xlsx)')
    .option('--force', 'replace OUT if it exists')
    .addHelpText('after', HELP_AFTER)
    .action(async (input: string, output: string, options: ConvertOptions) => {
      ctx.exitCode = await runConvert(ctx.io, input, output, options);
    });
}

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

async function runConvert(io: CliIo, input: string, output: string, options: ConvertOptions): Promise<number> {
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
