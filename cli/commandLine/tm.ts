import { Option } from 'commander';
import type { Command } from 'commander';
import type { ConcordanceOptions, LookupOptions } from '../commands/tm.js';
import type { AttachOptions, ListOptions } from '../commands/tmAttach.js';
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

const ATTACH_HELP = `
The project file keeps the memory's path relative to itself. The app and
\`dragoman pretranslate\` then look segments up in it, beside the project's own
memory (PROJECT.memory.tmx, which confirmed segments go to). A writable memory
also receives the segments confirmed in the app. The TMX is read first: a
file that does not parse is named with its line and column and not attached.

Examples:
  dragoman tm attach article.dragoman ../client.tmx
  dragoman tm attach article.dragoman team.tmx --writable --create
  dragoman tm list article.dragoman
  dragoman tm detach article.dragoman ../client.tmx`;

/** Registers `dragoman tm lookup|concordance|attach|detach|list`. */
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
  tm.command('attach')
    .summary('let a project use a TMX memory')
    .description('Attach a TMX memory to a project, read-only unless --writable.')
    .argument('<project>', 'the .dragoman project')
    .argument('<memory>', 'the .tmx file')
    .option('--writable', 'segments confirmed in the app are added to it too')
    .option('--create', 'start a new, empty memory at that path')
    .addHelpText('after', ATTACH_HELP)
    .action(async (project: string, memory: string, options: AttachOptions) => {
      const { runAttach } = await import('../commands/tmAttach.js');
      ctx.exitCode = await runAttach(ctx.io, project, memory, options);
    });
  tm.command('detach')
    .summary('stop a project using a TMX memory')
    .description('Remove a memory from a project; the TMX file itself is left as it is.')
    .argument('<project>', 'the .dragoman project')
    .argument('<memory>', 'the .tmx file as attached')
    .action(async (project: string, memory: string) => {
      const { runDetach } = await import('../commands/tmAttach.js');
      ctx.exitCode = await runDetach(ctx.io, project, memory);
    });
  tm.command('list')
    .summary("a project's memories")
    .description("List a project's own memory and its attached memories with their unit counts.")
    .argument('<project>', 'the .dragoman project')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (project: string, options: ListOptions) => {
      const { runList } = await import('../commands/tmAttach.js');
      ctx.exitCode = await runList(ctx.io, project, options);
    });
}
