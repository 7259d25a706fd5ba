import type { Command } from 'commander';
import type { ConvertOptions } from '../commands/convert.js';
import type { CommandContext } from '../main.js';

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
      const { runConvert } = await import('../commands/convert.js');
      ctx.exitCode = await runConvert(ctx.io, input, output, options);
    });
}
