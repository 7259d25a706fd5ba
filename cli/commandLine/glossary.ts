import { Option } from 'commander';
import type { Command } from 'commander';
import type { FormatCliOptions, TermCliOptions, WriteCliOptions } from '../commands/glossary.js';
import { DEFAULT_LOCK_TIMINGS } from '../../glossary/node/lockTimings.js';
import type { TermStatus } from '../../shared/model/glossary.js';
import type { CommandContext } from '../main.js';
import { registerGlossaryMerge } from './glossaryMerge.js';

/** Term statuses, in the order `glossary stats` lists them. */
export const STATUSES: TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];

/** Seconds `add`, `edit` and `rm` wait for a glossary another writer holds. */
const DEFAULT_WAIT_S = 30;

const HELP_AFTER = `
Every change goes through the same store as the app: the glossary is locked
(a GLOSSARY.lock folder beside it, so it works on network drives), re-read as
it is on disk now, changed in place (comments, other fields and other entries
stay byte for byte), and replaced atomically. When another writer holds the
lock, add/edit/rm wait up to --wait seconds (default ${DEFAULT_WAIT_S}), saying so once,
then exit 2 with nothing changed. A lock left by a killed writer is taken over
after ${DEFAULT_LOCK_TIMINGS.staleMs / 1000} s. Added and edited entries record who and when (TBX transacGrp;
CSV only where the file has such columns).

IDs: edit and rm take the ID that list prints. Files that give each entry an id
(most TBX, CSV with an id column) print it ("c-csi"). Files whose ids the reader
makes up (TSV, CSV without an id column) print a key made of the first Romanian
term, "ro:Minsk" ("ro:Minsk#2" for a second entry with the same term): it stays
right when a colleague adds or deletes other lines.

Examples:
  dragoman glossary add team.tbx --ro Harkov --en Kharkiv
  dragoman glossary add team.tbx --ro Kiev --en Kiev --en-status forbidden
  dragoman glossary edit team.tbx c-csi --en "the CIS"
  dragoman glossary rm team.tsv ro:Harkov
  dragoman glossary list team.tbx --format json
  dragoman glossary validate team.tbx`;

const VALIDATE_HELP = `
Reports, each as FILE:LINE: message [rule]:
  empty-term           a term with no text
  duplicate-ro         the same Romanian term in two concepts
  near-duplicate       two terms of one language differing only in case or diacritics
  no-preferred-en      a concept without a preferred English term
  forbidden-preferred  an English term forbidden in one concept, preferred in another
Exit 0 when there is nothing to report, 1 when there is, 2 for bad input.`;

const LIST_HELP = `
Text output: ID<TAB>Romanian terms<TAB>English terms (status)<TAB>note, one concept a line.
JSON output (--format json), version 1:
  {"version":1,"concepts":[{"id":"c-csi","terms":[{"lang":"ro","term":"CSI",
   "status":"preferred"}, …],"note":"…"}]}
ID is what edit and rm take (see dragoman glossary --help).`;

/**
 * Registers `dragoman glossary` with add, edit, rm, list, validate and
 * stats; returns the command so that other glossary subcommands (merge,
 * install-merge-driver) are registered on it.
 */
export function registerGlossary(program: Command, ctx: CommandContext): Command {
  const glossary = program
    .command('glossary')
    .summary('add, edit, remove, list, check and merge glossary entries')
    .description('Maintain a (shared) glossary file: TBX, TSV or CSV.')
    .addHelpText('after', HELP_AFTER);

  const waitOption = () =>
    new Option('--wait <seconds>', 'how long to wait for a glossary another writer holds').default(
      String(DEFAULT_WAIT_S),
    );
  const statusOption = () => new Option('--en-status <status>', 'status of the English term').choices(STATUSES);

  glossary
    .command('add')
    .description('Add a concept: a Romanian term and its English rendering.')
    .argument('<glossary>', 'glossary file (.tbx, .tsv, .csv)')
    .requiredOption('--ro <term>', 'the Romanian term (base form)')
    .requiredOption('--en <term>', 'the English term')
    .addOption(statusOption().default('preferred'))
    .option('--note <text>', 'a note on the concept')
    .addOption(waitOption())
    .action(async (file: string, options: TermCliOptions) => {
      const { runAdd } = await import('../commands/glossary.js');
      ctx.exitCode = await runAdd(ctx.io, file, options);
    });

  glossary
    .command('edit')
    .description('Change the first Romanian term, the first English term, its status or the note of a concept.')
    .argument('<glossary>', 'glossary file')
    .argument('<id>', 'the concept as `glossary list` prints it')
    .option('--ro <term>', 'new text of the first Romanian term')
    .option('--en <term>', 'new text of the first English term (added when there is none)')
    .addOption(statusOption())
    .option('--note <text>', 'new note of the concept ("" removes it)')
    .addOption(waitOption())
    .action(async (file: string, id: string, options: TermCliOptions) => {
      const { runEdit } = await import('../commands/glossary.js');
      ctx.exitCode = await runEdit(ctx.io, file, id, options);
    });

  glossary
    .command('rm')
    .description('Remove a concept.')
    .argument('<glossary>', 'glossary file')
    .argument('<id>', 'the concept as `glossary list` prints it')
    .addOption(waitOption())
    .action(async (file: string, id: string, options: WriteCliOptions) => {
      const { runRemove } = await import('../commands/glossary.js');
      ctx.exitCode = await runRemove(ctx.io, file, id, options);
    });

  glossary
    .command('list')
    .description('List every concept with its terms and statuses.')
    .argument('<glossary>', 'glossary file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', LIST_HELP)
    .action(async (file: string, options: FormatCliOptions) => {
      const { runList } = await import('../commands/glossary.js');
      ctx.exitCode = await runList(ctx.io, file, options);
    });

  glossary
    .command('validate')
    .description('Report contradictions and mistakes in a glossary, each with FILE:LINE.')
    .argument('<glossary>', 'glossary file')
    .addHelpText('after', VALIDATE_HELP)
    .action(async (file: string) => {
      const { runValidate } = await import('../commands/glossary.js');
      ctx.exitCode = await runValidate(ctx.io, file);
    });

  glossary
    .command('stats')
    .description('Count concepts, terms per language and statuses.')
    .argument('<glossary>', 'glossary file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (file: string, options: FormatCliOptions) => {
      const { runStats } = await import('../commands/glossary.js');
      ctx.exitCode = await runStats(ctx.io, file, options);
    });

  registerGlossaryMerge(glossary, ctx);
  return glossary;
}
