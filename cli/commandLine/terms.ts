import { Option } from 'commander';
import type { Command } from 'commander';
import type { TermsOptions } from '../commands/terms.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

const HELP_AFTER = `
Finds the glossary's Romanian terms in the text, inflected forms included
("Minskului" → Minsk, "prizonierilor politici" → prizonier politic), and lists
their English renderings, preferred first, each with its status.

The text is split into sentences (Romanian rules; Markdown for .md files), or
with --lines each line is one segment (empty lines included, so segment N is line N).

Text output: FILE:LINE:COLUMN  surface [glossary term] → English (status), …
JSON output (--format json), version 1:
  {"version":1,"segments":[{"index":1,"text":"…","terms":[{"start":12,"end":21,
   "surface":"Minskului","term":"Minsk","conceptId":"c12",
   "english":[{"text":"Minsk","status":"preferred"}]}]}]}
  start/end are UTF-16 offsets into the segment's text; every segment is listed.

Example:
  dragoman terms samples/article.ro.txt --glossary samples/glossary.tbx --lines`;

/** Registers `dragoman terms`. */
export function registerTerms(program: Command, ctx: CommandContext): void {
  program
    .command('terms')
    .summary('list the glossary terms found in Romanian text')
    .description('List the glossary terms found in a Romanian text, per segment, with their English renderings.')
    .argument('<file>', 'Romanian UTF-8 text file')
    .option('-g, --glossary <file>', 'glossary (.tbx, .tsv, .csv); repeat to merge several', collect)
    .option('--lines', 'each line is one segment (no sentence splitting)')
    .option('--markdown', 'read the file as Markdown whatever its extension')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: TermsOptions) => {
      const { runTerms } = await import('../commands/terms.js');
      ctx.exitCode = await runTerms(ctx.io, file, options);
    });
}
