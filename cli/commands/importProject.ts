import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';
import type { Command } from 'commander';
import { alignedLines } from '../../shared/formats/alignedText.js';
import {
  sourceFromDocx,
  sourceFromHtml,
  sourceFromText,
  type ImportedSource,
} from '../../shared/formats/sourceImport.js';
import { importXliff } from '../../shared/formats/xliffImport.js';
import { projectFromDocument } from '../../shared/model/projectBuild.js';
import type { ProjectOrigin } from '../../shared/model/projectOrigin.js';
import { CliError } from '../errors.js';
import { loadGlossaries } from '../inputs.js';
import { readInputFile, resolveArg, type CliIo } from '../io.js';
import type { CommandContext } from '../main.js';
import { readInputBytes } from '../io.js';
import { writeProject } from '../projectIo.js';
import { collect } from './options.js';

interface ImportOptions {
  target?: string;
  lines?: boolean;
  glossary?: string[];
  output: string;
  name?: string;
  force?: boolean;
}

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
      ctx.exitCode = await runImport(ctx.io, file, options);
    });
}

async function imported(
  io: CliIo,
  file: string,
  options: ImportOptions,
): Promise<{ result: ImportedSource; origin: ProjectOrigin }> {
  const ext = extname(file).toLowerCase();
  const name = basename(file);
  if (options.target !== undefined || options.lines) {
    const source = await readInputFile(io, file);
    const target = options.target !== undefined ? await readInputFile(io, options.target) : '';
    const doc = alignedLines(source, target, { source: file, target: options.target ?? '(none)' });
    return { result: { doc, layout: {} }, origin: { file: name, format: 'lines' } };
  }
  switch (ext) {
    case '.txt':
    case '.text':
      return { result: sourceFromText(await readInputFile(io, file), false), origin: { file: name, format: 'txt' } };
    case '.md':
    case '.markdown':
      return withHeadings(sourceFromText(await readInputFile(io, file), true), { file: name, format: 'md' });
    case '.docx':
      return withHeadings(sourceFromDocx(await readInputBytes(io, file), file), { file: name, format: 'docx' });
    case '.html':
    case '.htm':
      return withHeadings(sourceFromHtml(await readInputFile(io, file)), { file: name, format: 'html' });
    case '.xlf':
    case '.xliff':
    case '.xlif': {
      const text = await readInputFile(io, file);
      return {
        result: { doc: importXliff(text, file), layout: {} },
        origin: { file: name, format: 'xliff', xliff: text },
      };
    }
    default:
      throw new CliError(
        `${file}: cannot tell its format from the extension "${ext || '(none)'}"; import .txt, .md, .docx, .html or .xlf/.xliff (or use --lines for one segment per line)`,
      );
  }
}

function withHeadings(
  result: ImportedSource,
  origin: ProjectOrigin,
): { result: ImportedSource; origin: ProjectOrigin } {
  return { result, origin: result.layout.headings ? { ...origin, headings: { ...result.layout.headings } } : origin };
}

async function runImport(io: CliIo, file: string, options: ImportOptions): Promise<number> {
  if (!options.output.endsWith('.dragoman'))
    throw new CliError(`${options.output}: the project file must end in .dragoman`);
  // A project holds hours of work: never replace one by accident.
  if (!options.force && existsSync(resolveArg(io, options.output))) {
    throw new CliError(`${options.output} already exists; add --force to replace it`);
  }
  const { result, origin } = await imported(io, file, options);
  if (result.doc.segments.length === 0) throw new CliError(`${file}: no text to translate was found in it`);
  const glossaryPaths = options.glossary ?? [];
  // Read them now so that a broken glossary is reported before a project refers to it.
  await loadGlossaries(io, glossaryPaths);
  const projectDir = dirname(resolveArg(io, options.output));
  const glossaries = glossaryPaths.map((g) => relative(projectDir, resolveArg(io, g)).split('\\').join('/'));
  // Recorded so that no export is ever written over the document the project came from.
  const sourcePath = relative(projectDir, resolveArg(io, file)).split('\\').join('/');
  const project = projectFromDocument(result.doc, {
    name: options.name ?? basename(file, extname(file)),
    id: randomUUID(),
    now: new Date().toISOString(),
    glossaries,
    origin: { ...origin, path: sourcePath },
  });
  await writeProject(io, options.output, project);
  const n = project.segments.length;
  const translated = project.segments.filter((s) => s.target !== '').length;
  io.stdout(`${file} → ${options.output}: ${n} segment${n === 1 ? '' : 's'}, ${translated} with a translation\n`);
  return 0;
}
