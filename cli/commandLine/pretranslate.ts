import type { Command } from 'commander';
import type { PretranslateOptions } from '../commands/pretranslate.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

const HELP_AFTER = `
Fills every segment whose draft is empty with the best translation memory
match scoring --min or more (default 100: exact matches only), from the --tm
files and the project's own memories (its <name>.memory.tmx and attached
TMX files). Filled segments become drafts marked with where they came from;
nothing is ever confirmed. The project is written atomically; a segment that
already has a draft is never touched.

Prints how many segments had their best match in each band: 101, 100,
95-99, 85-94, 75-84, 50-74, none.

Example:
  dragoman pretranslate article.dragoman --tm client.tmx --min 95`;

/** Registers `dragoman pretranslate`. */
export function registerPretranslate(program: Command, ctx: CommandContext): void {
  program
    .command('pretranslate')
    .summary('fill empty drafts of a project from translation memories')
    .description('Fill empty drafts of a project with translation memory matches (drafts only, never confirmed).')
    .argument('<project>', '.dragoman project file')
    .option('--tm <file>', 'TMX memory; repeat for several', collect)
    .option('--min <score>', 'lowest score that fills a draft, 0-101', '100')
    .option('--dry-run', 'report the bands without writing the project')
    .option('--cache <dir>', 'keep the memories’ indexes in this folder')
    .option('-f, --format <format>', 'report format: text or json', 'text')
    .addHelpText('after', HELP_AFTER)
    .action(async (projectArg: string, options: PretranslateOptions) => {
      const { runPretranslate } = await import('../commands/pretranslate.js');
      ctx.exitCode = await runPretranslate(ctx.io, projectArg, options);
    });
}
