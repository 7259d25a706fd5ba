import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { projectMemoryPath } from '../../memory/node/memoryStore.js';
import type { MemorySet } from '../../memory/node/memoryStore.js';
import type { ProjectFile } from '../../shared/model/project.js';
import { CliError } from '../errors.js';
import { resolveArg, type CliIo } from '../io.js';
import { loadMemories } from '../memories.js';
import { readProject } from '../projectIo.js';
import { updateProject } from '../projectWrites.js';

/** The options of `dragoman pretranslate` (cli/commandLine/pretranslate.ts). */
export interface PretranslateOptions {
  tm?: string[];
  min: string;
  dryRun?: boolean;
  format: 'text' | 'json';
  cache?: string;
}

/** The score bands the report counts, highest first (CAT tools' usual analysis bands). */
export const SCORE_BANDS = [
  { name: '101', from: 101, to: 101 },
  { name: '100', from: 100, to: 100 },
  { name: '95-99', from: 95, to: 99 },
  { name: '85-94', from: 85, to: 94 },
  { name: '75-84', from: 75, to: 84 },
  { name: '50-74', from: 50, to: 74 },
] as const;

/** What pretranslate did, as `--format json` prints it (version 1). */
export interface PretranslateReport {
  version: 1;
  /** Segments with an empty draft that were looked up. */
  looked: number;
  /** Drafts filled (best match at or above --min). */
  filled: number;
  /** Segments per band of their best match; `none` = no match of 50 or more. */
  bands: Record<string, number>;
}

/** `dragoman pretranslate`: fills the project's empty drafts and prints the bands; resolves to the exit code. */
export async function runPretranslate(io: CliIo, projectArg: string, options: PretranslateOptions): Promise<number> {
  const min = Number(options.min);
  if (!Number.isInteger(min) || min < 0 || min > 101) {
    throw new CliError(`--min must be a whole number from 0 to 101 (got "${options.min}")`);
  }
  if (options.format !== 'text' && options.format !== 'json') {
    throw new CliError(`--format must be text or json (got "${options.format}")`);
  }
  const done: { report?: PretranslateReport } = {};
  const fill = async (project: ProjectFile): Promise<ProjectFile | undefined> => {
    const set = await loadMemories(io, options.tm ?? [], options.cache);
    await addProjectMemories(set, resolveArg(io, projectArg), project);
    if (set.files.length === 0) {
      throw new CliError(`${projectArg} has no memory yet: add --tm FILE.tmx`);
    }
    const report = (done.report = pretranslate(project, set, min));
    if (report.filled === 0 || options.dryRun) return undefined;
    project.revision += 1;
    project.updatedAt = new Date().toISOString();
    return project;
  };
  // A dry run only reads; a real one reads, fills and writes under the project's lock.
  if (options.dryRun) await fill(await readProject(io, projectArg));
  else await updateProject(io, projectArg, fill);
  const report = done.report;
  if (!report) throw new Error('pretranslate: no report');
  if (options.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else {
    const lines = [...SCORE_BANDS.map((b) => b.name), 'none'].map(
      (name) => `  ${name.padEnd(6)} ${String(report.bands[name] ?? 0).padStart(6)}`,
    );
    const verb = options.dryRun ? 'would fill' : 'filled';
    io.stdout(
      `${projectArg}: ${report.looked} empty segment${report.looked === 1 ? '' : 's'} looked up, ${verb} ${report.filled} (score ${min} or more), as drafts\n` +
        `best match per segment:\n${lines.join('\n')}\n`,
    );
  }
  return 0;
}

/** Adds the project's own memory (when it exists) and its attached memories to `set`. */
async function addProjectMemories(set: MemorySet, projectPath: string, project: ProjectFile): Promise<void> {
  const own = projectMemoryPath(projectPath);
  if (existsSync(own) || existsSync(`${own}.journal`)) await set.add(own, false, true);
  for (const m of project.memories ?? []) {
    const file = await set.add(resolve(dirname(projectPath), m.path), false);
    if (file.error) throw new CliError(`${file.error.message} (attached to ${projectPath})`);
  }
}

/**
 * Fills the empty drafts of `project` in place with matches of `min` or
 * more and counts every empty segment's best match by band. A filled
 * segment is a draft whose origin says which memory and score it came from.
 */
export function pretranslate(project: ProjectFile, set: MemorySet, min: number): PretranslateReport {
  const bands: Record<string, number> = Object.fromEntries([...SCORE_BANDS.map((b) => [b.name, 0]), ['none', 0]]);
  let looked = 0;
  let filled = 0;
  const segs = project.segments;
  segs.forEach((seg, i) => {
    if (seg.target.trim() !== '' || seg.source.trim() === '') return;
    if (seg.status === 'translated' || seg.status === 'reviewed') return;
    looked++;
    const [best] = set.lookup({
      source: seg.source,
      prev: segs[i - 1]?.source ?? '',
      next: segs[i + 1]?.source ?? '',
      min: 50,
      max: 1,
    });
    const band = best ? SCORE_BANDS.find((b) => best.score >= b.from && best.score <= b.to) : undefined;
    bands[band?.name ?? 'none']!++;
    if (!best || best.score < min) return;
    segs[i] = {
      ...seg,
      target: best.target,
      status: 'draft',
      origin: { kind: 'tm', score: best.score, from: basename(best.file) },
    };
    filled++;
  });
  return { version: 1, looked, filled, bands };
}
