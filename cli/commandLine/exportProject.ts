import type { Command } from 'commander';
import type { ExportOptions } from '../commands/exportProject.js';
import { EXPORT_ENDINGS, EXPORT_FORMATS } from '../../shared/formats/exportFormats.js';
import type { CommandContext } from '../main.js';

const HELP_AFTER = `
Formats:
  docx     review table (number, Romanian, English, status, comments), landscape;
           edit the Target column and bring it back with review-import
  xliff12  XLIFF 1.2; xliff21  XLIFF 2.1 (with the glossary module when the
           project has glossaries). A project imported from XLIFF is written back
           into that file: same ids and structure, new targets and states.
  tmx      TMX 1.4b of the translated and reviewed segments
  html     printable page, source and target side by side
  txt, md  the English document alone, paragraphs as in the source
Without -o the export goes beside the project: its name without .dragoman, then
${Object.entries(EXPORT_ENDINGS)
  .map(([f, e]) => `.${e} (${f})`)
  .join(', ')}.
An existing file is replaced only with --force. The project, its journal, its
glossaries and the document it was imported from are never replaced, even with
--force (nor through a symbolic or hard link). OUT is written atomically: a
failed export leaves the old file whole.`;

/** Registers `dragoman export`. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .summary('export a project as DOCX, XLIFF, TMX, HTML, text or Markdown')
    .description('Export a .dragoman project for review, for other CAT tools or as the finished English document.')
    .argument('<project>', 'project file (.dragoman)')
    .requiredOption('--to <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --output <file>', 'file to write (default: beside the project, see below)')
    .option('--force', 'replace OUT if it exists (never the project, its journal, glossaries or source)')
    .addHelpText('after', HELP_AFTER)
    .action(async (project: string, options: ExportOptions) => {
      const { runExport } = await import('../commands/exportProject.js');
      ctx.exitCode = await runExport(ctx.io, project, options);
    });
}
