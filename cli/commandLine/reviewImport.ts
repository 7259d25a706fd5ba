import type { Command } from 'commander';
import type { ReviewOptions } from '../commands/reviewImport.js';
import type { CommandContext } from '../main.js';

/** Registers `dragoman review-import`. */
export function registerReviewImport(program: Command, ctx: CommandContext): void {
  program
    .command('review-import')
    .summary('list (and apply) the changes of a reviewed DOCX table')
    .description(
      'Compare a reviewed DOCX review table (from `export --to docx`) with the project and list each changed target; --apply writes them into the project.',
    )
    .argument('<project>', 'project file (.dragoman)')
    .argument('<reviewed>', 'the reviewed .docx')
    .option('--apply', 'apply the changes to the project (saved atomically)')
    .action(async (project: string, reviewed: string, options: ReviewOptions) => {
      const { runReviewImport } = await import('../commands/reviewImport.js');
      ctx.exitCode = await runReviewImport(ctx.io, project, reviewed, options);
    });
}
