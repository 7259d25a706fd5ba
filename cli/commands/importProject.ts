import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, relative } from 'node:path';
import { alignedLines } from '../../shared/formats/alignedText.js';
import {
  IMPORT_MAX_BYTES,
  checkImportLimits,
  importDocument,
  importKindOfName,
  type ImportedDocument,
} from '../../shared/formats/documentImport.js';
import { MAX_INPUT_BYTES, MAX_TEXT_BYTES, formatSize } from '../../shared/formats/limits.js';
import { serializeProject } from '../../shared/model/project.js';
import { projectFromDocument } from '../../shared/model/projectBuild.js';
import { CliError } from '../errors.js';
import { loadGlossaries } from '../inputs.js';
import { readInputFile, resolveArg, type CliIo } from '../io.js';
import { readInputBytes } from '../io.js';
import { writeOutput } from '../projectIo.js';

/** The options of `dragoman import` (cli/commandLine/importProject.ts). */
export interface ImportOptions {
  target?: string;
  lines?: boolean;
  glossary?: string[];
  output: string;
  name?: string;
  force?: boolean;
}

async function imported(io: CliIo, file: string, options: ImportOptions): Promise<ImportedDocument> {
  if (options.target !== undefined || options.lines) {
    const source = await readInputFile(io, file, MAX_TEXT_BYTES);
    const target = options.target !== undefined ? await readInputFile(io, options.target, MAX_TEXT_BYTES) : '';
    const doc = alignedLines(source, target, { source: file, target: options.target ?? '(none)' });
    const result = { source: { doc, layout: {} }, origin: { file: basename(file), format: 'lines' as const } };
    checkImportLimits(result.source, file);
    return result;
  }
  const kind = importKindOfName(file);
  if (!kind) {
    const ext = extname(file).toLowerCase();
    throw new CliError(
      `${file}: cannot tell its format from the extension "${ext || '(none)'}"; import .txt, .md, .docx, .html or .xlf/.xliff (or use --lines for one segment per line)`,
    );
  }
  return importDocument(await readInputBytes(io, file, IMPORT_MAX_BYTES[kind]), file, kind);
}

/** Runs `dragoman import` and resolves to its exit code. */
export async function runImport(io: CliIo, file: string, options: ImportOptions): Promise<number> {
  if (!options.output.endsWith('.dragoman'))
    throw new CliError(`${options.output}: the project file must end in .dragoman`);
  // A project holds hours of work: never replace one by accident.
  if (!options.force && existsSync(resolveArg(io, options.output))) {
    throw new CliError(`${options.output} already exists; add --force to replace it`);
  }
  const { source: result, origin } = await imported(io, file, options);
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
  // A project the app could not open (it reads at most MAX_INPUT_BYTES) is never written.
  const text = serializeProject(project);
  if (Buffer.byteLength(text) > MAX_INPUT_BYTES) {
    throw new CliError(
      `${file}: the project would be ${formatSize(Buffer.byteLength(text))}, more than the ${formatSize(MAX_INPUT_BYTES)} a project may be; split the document into parts and import each`,
    );
  }
  await writeOutput(io, options.output, text);
  const n = project.segments.length;
  const translated = project.segments.filter((s) => s.target !== '').length;
  io.stdout(`${file} → ${options.output}: ${n} segment${n === 1 ? '' : 's'}, ${translated} with a translation\n`);
  return 0;
}
