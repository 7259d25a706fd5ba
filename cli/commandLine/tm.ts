import { Option } from 'commander';
import type { Command } from 'commander';
import type { ConcordanceOptions, LookupOptions } from '../commands/tm.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

const LOOKUP_HELP = `
FILE has one Romanian segment per line (empty lines included, so segment N is
line N). Each is looked up in the memories: word-based fuzzy matching, scores
0-100 (101 is only given where neighbouring segments are known, in the app).
Numbers, dates and tags that differ are adapted in the English ("2,5%" in the
memory, "3,7%" in FILE gives "3.7%"); such matches say "adapted".

JSON output (--format json), version 1:
  {"version":1,"segments":[{"index":1,"matches":[{"score":97,"source":"…",
   "target":"…","adapted":true,"origin":"T.tmx"}]}]}
  matches best first; every line of FILE is listed.

Example:
  dragoman tm lookup article.ro.txt --tm client.tmx --tm omegat.tmx --min 70 --format json`;

const CONCORDANCE_HELP = `
Finds TEXT in the memories' Romanian sources, in any inflected form ("acord"
finds "acordului" and "acorduri", not "acordat"), or with --side target in
the English targets (plural and possessive forms too), and prints each hit
with the other side beside it.

JSON output (--format json), version 1:
  {"version":1,"hits":[{"source":"…","target":"…","origin":"T.tmx",
   "ranges":[{"side":"source","start":4,"end":13}]}]}

Example:
  dragoman tm concordance --tm client.tmx "acord comercial"`;

/** Registers `dragoman tm lookup` and `dragoman tm concordance`. */
export function registerTm(program: Command, ctx: CommandContext): void {
  const tm = program
    .command('tm')
    .summary('look up segments and search in translation memories (TMX)')
    .description('Translation memory: fuzzy matches for Romanian segments, and concordance search, in TMX files.');
  tm.command('lookup')
    .summary('fuzzy matches for each line of a Romanian text')
    .description('Fuzzy matches from TMX memories for each line of a Romanian text, best first.')
    .argument('<file>', 'Romanian UTF-8 text, one segment per line')
    .option('--tm <file>', 'TMX memory (1.1-1.4b, UTF-8 or UTF-16); repeat for several', collect)
    .option('--min <score>', 'lowest score shown, 0-100', '70')
    .option('--max <n>', 'most matches per segment, 1-10', '3')
    .option('--cache <dir>', 'keep the memories’ indexes in this folder, so the next run opens them at once')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', LOOKUP_HELP)
    .action(async (file: string, options: LookupOptions) => {
      const { runLookup } = await import('../commands/tm.js');
      ctx.exitCode = await runLookup(ctx.io, file, options);
    });
  tm.command('concordance')
    .summary('search the memories for a word or phrase')
    .description('Search the memories’ Romanian sources (any inflected form) or English targets for TEXT.')
    .argument('<text>', 'word or phrase to find')
    .option('--tm <file>', 'TMX memory; repeat for several', collect)
    .addOption(new Option('--side <side>', 'where to search').choices(['source', 'target', 'both']).default('source'))
    .option('--limit <n>', 'most hits, 1-200', '50')
    .option('--cache <dir>', 'keep the memories’ indexes in this folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', CONCORDANCE_HELP)
    .action(async (query: string, options: ConcordanceOptions) => {
      const { runConcordance } = await import('../commands/tm.js');
      ctx.exitCode = await runConcordance(ctx.io, query, options);
    });
}
