import { Option } from 'commander';
import type { Command } from 'commander';
import type { SegmentOptions } from '../commands/segment.js';
import type { CommandContext } from '../main.js';

const HELP_AFTER = `
Splits Romanian text into sentences with Romanian rules: it does not break after
abbreviations such as nr., art., dl., prof. univ. dr., inside S.U.A. or î.Hr., in
decimals, times or dates. Paragraphs (blank lines; Markdown blocks for .md files)
are kept and never merged.

Text output: one segment per line (line breaks inside a segment become spaces).
JSON output (--format json), version 1:
  {"version":1,"segments":[{"index":1,"paragraph":1,"text":"…","start":0,"end":57}]}
  index and paragraph count from 1; start/end are UTF-16 offsets into the file's text.

Examples:
  dragoman segment article.ro.txt
  dragoman segment notes.md --format json`;

/** Registers `dragoman segment`. */
export function registerSegment(program: Command, ctx: CommandContext): void {
  program
    .command('segment')
    .summary('split Romanian text into sentences')
    .description('Split a Romanian plain-text or Markdown file into sentences (segments), one per line.')
    .argument('<file>', 'UTF-8 text file; Markdown when it ends in .md or .markdown')
    .option('--markdown', 'read the file as Markdown whatever its extension')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: SegmentOptions) => {
      const { runSegment } = await import('../commands/segment.js');
      ctx.exitCode = await runSegment(ctx.io, file, options);
    });
}
