import type { Command } from 'commander';
import { CONFLICT_MARK } from '../../glossary/common/conflictMark.js';
import type { InstallOptions, MergeOptions } from '../commands/glossaryMerge.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

/** The name of the merge driver in `.gitattributes` and `git config`. */
export const MERGE_DRIVER = 'dragoman-glossary';

/** Files the merge driver is installed for when no --pattern is given. */
export const DEFAULT_PATTERNS = ['*.tbx', '*.tsv', '*.csv'];

const MERGE_HELP = `
Concepts are matched by id (by Romanian term in files without ids, such as TSV)
and compared by content. Added, changed or deleted on one side: taken. The same
change on both sides: taken once. Anything else is a conflict: the concept keeps
the terms of both sides and its note starts with "${CONFLICT_MARK}: ours … /
theirs …", the file still parses, and the concept is named on stderr.
Everything in OURS outside the concepts THEIRS changed (header, comments, data
categories or columns Dragoman does not know) stays byte for byte.

Without -o the result replaces OURS (atomically), as a Git merge driver needs.
The format comes from --format, else the extension of --name or OURS, else the
content (Git's temporaries are named .merge_file_XXXXXX).

Exit codes: 0 merged cleanly; 1 conflicts (the result is written); 2 bad input
(nothing is written).

Examples:
  dragoman glossary merge base.tbx mine.tbx theirs.tbx -o merged.tbx
  dragoman glossary install-merge-driver        # then plain \`git merge\` uses it`;

const INSTALL_HELP = `
Adds "<pattern> merge=${MERGE_DRIVER}" lines to the repository's .gitattributes
(lines already there are kept; running it twice changes nothing) and sets
merge.${MERGE_DRIVER}.name and .driver in the repository's own git config,
running this installation of Dragoman with node. Commit .gitattributes; each
clone runs install-merge-driver once, because Git never copies config.`;

/**
 * Adds `merge` and `install-merge-driver` to the `glossary` command. Called
 * by cli/commandLine/glossary.ts, which owns the `glossary` command itself.
 */
export function registerGlossaryMerge(glossaryCmd: Command, ctx: CommandContext): void {
  glossaryCmd
    .command('merge')
    .summary('three-way merge of glossary files by concept (a Git merge driver)')
    .description('Merge the changes from BASE to THEIRS into OURS, concept by concept.')
    .argument('<base>', 'the common ancestor (Git: %O)')
    .argument('<ours>', 'our version, replaced by the result unless -o is given (Git: %A)')
    .argument('<theirs>', 'their version (Git: %B)')
    .option('-o, --output <file>', 'write the result here instead of into OURS')
    .option('--format <format>', 'tbx, tsv or csv, when the file names do not say')
    .option('--name <path>', "the file's path in the repository, for messages and its format (Git: %P)")
    .addHelpText('after', MERGE_HELP)
    .action(async (base: string, ours: string, theirs: string, options: MergeOptions) => {
      const { runMerge } = await import('../commands/glossaryMerge.js');
      ctx.exitCode = await runMerge(ctx.io, base, ours, theirs, options);
    });
  glossaryCmd
    .command('install-merge-driver')
    .summary('let `git merge` merge glossaries by concept')
    .description('Set up .gitattributes and the git config of a repository to merge glossaries with Dragoman.')
    .option('--repo <dir>', 'the Git repository (default: the current folder)')
    .option('--pattern <glob>', `files the driver merges; repeatable (default ${DEFAULT_PATTERNS.join(' ')})`, collect)
    .addHelpText('after', INSTALL_HELP)
    .action(async (options: InstallOptions) => {
      const { runInstall } = await import('../commands/glossaryMerge.js');
      ctx.exitCode = await runInstall(ctx.io, options);
    });
}
