import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/formats/exportFormats.js';
import { exportProjectData } from '../../shared/formats/projectExport.js';
import { CliError } from '../errors.js';
import { loadGlossaries } from '../inputs.js';
import { resolveArg, type CliIo } from '../io.js';
import type { CommandContext } from '../main.js';
import { readProject, writeOutput } from '../projectIo.js';

interface ExportOptions {
  to: string;
  output: string;
}

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
OUT is written atomically.`;

/** Registers `dragoman export`. */
export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .summary('export a project as DOCX, XLIFF, TMX, HTML, text or Markdown')
    .description('Export a .dragoman project for review, for other CAT tools or as the finished English document.')
    .argument('<project>', 'project file (.dragoman)')
    .requiredOption('--to <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .requiredOption('-o, --output <file>', 'file to write')
    .addHelpText('after', HELP_AFTER)
    .action(async (project: string, options: ExportOptions) => {
      ctx.exitCode = await runExport(ctx.io, project, options);
    });
}

async function runExport(io: CliIo, projectPath: string, options: ExportOptions): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.to)) {
    throw new CliError(`--to ${options.to}: unknown format; choose one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const to = options.to as ExportFormat;
  if (resolveArg(io, options.output) === resolveArg(io, projectPath)) {
    throw new CliError(`${options.output} is the project file; write the export to another file`);
  }
  const project = await readProject(io, projectPath);
  const { data, doc, intoOriginal } = await exportProjectData(project, to, {
    date: new Date().toISOString(),
    toolVersion: pkg.version,
    loadTerms: async () => {
      const dir = dirname(resolveArg(io, projectPath));
      const glossary = await loadGlossaries(
        io,
        project.glossaries.map((g) => resolve(dir, g)),
      );
      return glossary ? buildTermIndex(glossary) : undefined;
    },
  });
  const remark = intoOriginal !== undefined ? ` (written into the structure of the imported ${intoOriginal})` : '';
  await writeOutput(io, options.output, data);
  io.stdout(`${projectPath} → ${options.output} (${to}): ${doc.segments.length} segments${remark}\n`);
  return 0;
}
