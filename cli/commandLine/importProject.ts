import type { Command } from 'commander';
import type { ImportOptions } from '../commands/importProject.js';
import { collect } from '../commands/options.js';
import type { CommandContext } from '../main.js';

/** Registers `dragoman import`. */
export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .summary('make a project from a document or a bilingual file')
    .description(
      'Make a .dragoman project from a Romanian source (.txt, .md, .docx, .html) or a bilingual XLIFF 1.x/2.x file.',
    )
    .argument('<file>', 'file to import')
    .requiredOption('-o, --output <project>', 'project file to write (.dragoman)')
    .option('--lines', 'the source has one segment per line (pairs with --target)')
    .option('--target <en>', 'aligned English draft, one segment per line (implies --lines)')
    .option('--glossary <file>', 'glossary to attach (repeatable)', collect)
    .option('--name <name>', 'project name (default: the file name)')
    .option('--force', 'replace the project file if it exists')
    .action(async (file: string, options: ImportOptions) => {
      const { runImport } = await import('../commands/importProject.js');
      ctx.exitCode = await runImport(ctx.io, file, options);
    });
}
