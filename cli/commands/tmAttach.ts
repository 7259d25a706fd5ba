/**
 * `dragoman tm attach | detach | list`: the translation memories a project
 * uses, as the app's Memories dialog manages them. The project file stores
 * each path relative to itself; it is written atomically and its revision
 * is left alone (segments are not touched), as the app's own settings
 * changes do.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { readTmx } from '../../memory/common/tmxRead.js';
import { emptyTmx } from '../../memory/node/memoryFile.js';
import { projectMemoryPath, storedMemoryPath } from '../../memory/node/memoryStore.js';
import { MAX_INPUT_BYTES } from '../../shared/formats/limits.js';
import type { ProjectFile } from '../../shared/model/project.js';
import { CliError } from '../errors.js';
import { readInputBytes, resolveArg, type CliIo } from '../io.js';
import { readProject, writeOutput } from '../projectIo.js';
import { updateProject } from '../projectWrites.js';
import pkg from '../../package.json' with { type: 'json' };

/** The options of `dragoman tm attach` (cli/commandLine/tm.ts). */
export interface AttachOptions {
  writable?: boolean;
  create?: boolean;
}

/** The options of `dragoman tm list` (cli/commandLine/tm.ts). */
export interface ListOptions {
  format: 'text' | 'json';
}

/** The memories of a project, resolved, as `tm list --format json` prints them (version 1). */
interface ListedMemory {
  path: string;
  writable: boolean;
  /** The project's own memory (`<name>.memory.tmx`), always used. */
  project?: true;
  units?: number;
  error?: string;
}

function tmxArgument(io: CliIo, projectArg: string, memoryArg: string): string {
  const memory = resolveArg(io, memoryArg);
  if (extname(memory).toLowerCase() !== '.tmx') {
    throw new CliError(`${memoryArg}: a translation memory must be a .tmx file`);
  }
  if (memory === projectMemoryPath(resolveArg(io, projectArg))) {
    throw new CliError(`${memoryArg} is the project's own memory; it is always used and need not be attached`);
  }
  return memory;
}

/** Counts a TMX file's units, or throws its file:line:column error. */
async function unitsOf(io: CliIo, path: string): Promise<number> {
  let units = 0;
  readTmx(await readInputBytes(io, path, MAX_INPUT_BYTES), path, () => units++);
  return units;
}

/** Runs `dragoman tm attach P.dragoman T.tmx`: the memory is read first, so a broken one is never attached. */
export async function runAttach(
  io: CliIo,
  projectArg: string,
  memoryArg: string,
  options: AttachOptions,
): Promise<number> {
  const projectPath = resolveArg(io, projectArg);
  const memory = tmxArgument(io, projectArg, memoryArg);
  await readProject(io, projectArg); // a broken project is reported before a memory file is created
  if (options.create) {
    if (existsSync(memory)) throw new CliError(`${memoryArg} already exists; attach it without --create`);
    await writeOutput(io, memoryArg, emptyTmx(pkg.version, new Date().toISOString()));
  } else if (!existsSync(memory)) {
    throw new CliError(`${memoryArg} does not exist; check the path, or pass --create to start an empty memory`);
  }
  const units = await unitsOf(io, memoryArg);
  const writable = options.writable ?? false;
  const stored = storedMemoryPath(projectPath, memory);
  await saveMemories(io, projectArg, (memories) => [
    ...memories.filter((m) => resolve(dirname(projectPath), m.path) !== memory),
    { path: stored, writable },
  ]);
  io.stdout(`${projectArg}: attached ${stored} (${units} units, ${writable ? 'writable' : 'read-only'})\n`);
  return 0;
}

/** Runs `dragoman tm detach P.dragoman T.tmx`; the TMX file itself is never touched. */
export async function runDetach(io: CliIo, projectArg: string, memoryArg: string): Promise<number> {
  const projectPath = resolveArg(io, projectArg);
  const memory = resolveArg(io, memoryArg);
  await saveMemories(io, projectArg, (current) => {
    const left = current.filter((m) => resolve(dirname(projectPath), m.path) !== memory);
    if (left.length === current.length) throw new CliError(`${projectArg} has no memory ${memoryArg} attached`);
    return left;
  });
  io.stdout(`${projectArg}: detached ${memoryArg}; the file itself is unchanged\n`);
  return 0;
}

/** Runs `dragoman tm list P.dragoman`: the project's own memory and the attached ones, each with its size. */
export async function runList(io: CliIo, projectArg: string, options: ListOptions): Promise<number> {
  const projectPath = resolveArg(io, projectArg);
  const project = await readProject(io, projectArg);
  const own = projectMemoryPath(projectPath);
  const rows: ListedMemory[] = [];
  const describe = async (row: ListedMemory): Promise<ListedMemory> => {
    try {
      if (!existsSync(row.path) || !statSync(row.path).isFile()) return { ...row, error: 'missing' };
      return { ...row, units: await unitsOf(io, row.path) };
    } catch (err) {
      return { ...row, error: err instanceof Error ? err.message : String(err) };
    }
  };
  if (existsSync(own)) rows.push(await describe({ path: own, writable: true, project: true }));
  for (const m of project.memories ?? []) {
    rows.push(await describe({ path: resolve(dirname(projectPath), m.path), writable: m.writable }));
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ version: 1, memories: rows })}\n`);
    return 0;
  }
  if (rows.length === 0) io.stdout(`${projectArg}: no memory yet (confirm segments in the app, or tm attach)\n`);
  for (const r of rows) {
    const what = r.error ? `error: ${r.error}` : `${r.units} units`;
    const kind = r.project ? 'project memory' : r.writable ? 'writable' : 'read-only';
    io.stdout(`${r.path}\t${kind}\t${what}\n`);
  }
  return rows.some((r) => r.error) ? 1 : 0;
}

/** Writes the project with its memory list changed by `change` (under the project's lock, on the file as it is now). */
async function saveMemories(
  io: CliIo,
  projectArg: string,
  change: (memories: NonNullable<ProjectFile['memories']>) => NonNullable<ProjectFile['memories']>,
): Promise<void> {
  await updateProject(io, projectArg, (project) => {
    const memories = change(project.memories ?? []);
    const next: ProjectFile = { ...project, updatedAt: new Date().toISOString() };
    if (memories.length > 0) next.memories = memories;
    else delete next.memories;
    return next;
  });
}
