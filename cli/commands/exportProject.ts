import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { protectedFiles, refusedOutput, type RefusedOutput } from '../../glossary/node/exportTarget.js';
import {
  EXPORT_ENDINGS,
  EXPORT_FORMATS,
  defaultExportPath,
  type ExportFormat,
} from '../../shared/formats/exportFormats.js';
import { exportProjectData } from '../../shared/formats/projectExport.js';
import { CliError } from '../errors.js';
import { loadGlossaries } from '../inputs.js';
import { resolveArg, type CliIo } from '../io.js';
import type { CommandContext } from '../main.js';
import { readProject, writeOutput } from '../projectIo.js';

interface ExportOptions {
  to: string;
  output?: string;
  force?: boolean;
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
      ctx.exitCode = await runExport(ctx.io, project, options);
    });
}

async function runExport(io: CliIo, projectPath: string, options: ExportOptions): Promise<number> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.to)) {
    throw new CliError(`--to ${options.to}: unknown format; choose one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const to = options.to as ExportFormat;
  const project = await readProject(io, projectPath);
  const output = options.output ?? defaultExportPath(projectPath, to);
  const refused = await refusedOutput(
    resolveArg(io, output),
    protectedFiles(resolveArg(io, projectPath), project),
    options.force === true,
  );
  if (refused) throw new CliError(refusalMessage(output, refused));
  const { data, doc, intoOriginal } = await exportProjectData(project, to, {
    date: new Date().toISOString(),
    toolVersion: pkg.version,
    file: projectPath,
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
  await writeOutput(io, output, data);
  io.stdout(`${projectPath} → ${output} (${to}): ${doc.segments.length} segments${remark}\n`);
  return 0;
}

const ROLE_WORDS: Record<Extract<RefusedOutput, { reason: 'protected' }>['role'], string> = {
  project: 'the project file itself',
  journal: "the project's recovery journal",
  glossary: 'a glossary of the project',
  source: 'the document the project was imported from',
};

/** Why `export` will not write to `shown`, and what to do instead. */
function refusalMessage(shown: string, refused: RefusedOutput): string {
  switch (refused.reason) {
    case 'protected': {
      const via = refused.protectedPath === refused.file ? '' : ` (${refused.protectedPath})`;
      return `${shown} is ${ROLE_WORDS[refused.role]}${via}; an export never replaces it, even with --force. Choose another file with -o`;
    }
    case 'not-a-file':
      return `${shown} exists and is not a regular file; choose another file with -o`;
    case 'exists':
      return `${shown} already exists; add --force to replace it, or choose another file with -o`;
  }
}
