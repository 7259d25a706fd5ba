import { dirname, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { buildTermIndex } from '../../glossary/common/termIndex.js';
import { protectedFiles, refusedOutput, type RefusedOutput } from '../../glossary/node/exportTarget.js';
import { EXPORT_FORMATS, defaultExportPath, type ExportFormat } from '../../shared/formats/exportFormats.js';
import { exportProjectData } from '../../shared/formats/projectExport.js';
import { CliError } from '../errors.js';
import { loadGlossaries } from '../inputs.js';
import { resolveArg, type CliIo } from '../io.js';
import { readProject, writeOutput } from '../projectIo.js';

/** The options of `dragoman export` (cli/commandLine/exportProject.ts). */
export interface ExportOptions {
  to: string;
  output?: string;
  force?: boolean;
}

/** Runs `dragoman export` and resolves to its exit code. */
export async function runExport(io: CliIo, projectPath: string, options: ExportOptions): Promise<number> {
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
