import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { journalPath } from '../../shared/model/project.js';
import type { ProjectFile } from '../../shared/model/project.js';

/** What a file an export must never replace is to the project. */
export type ProtectedRole = 'project' | 'journal' | 'glossary' | 'source';

/** A file that belongs to a project and that no export may replace, even when told to. */
export interface ProtectedFile {
  path: string;
  role: ProtectedRole;
}

/**
 * The files of the project at `projectPath` that an export must never
 * replace: the project itself, its recovery journal, its glossaries and the
 * document it was imported from (`origin.path`, or `origin.file` beside the
 * project for projects that predate `origin.path`).
 */
export function protectedFiles(projectPath: string, project: ProjectFile): ProtectedFile[] {
  const abs = resolve(projectPath);
  const dir = dirname(abs);
  const list: ProtectedFile[] = [
    { path: abs, role: 'project' },
    { path: journalPath(abs), role: 'journal' },
    ...project.glossaries.map((g) => ({ path: resolve(dir, g), role: 'glossary' as const })),
  ];
  const origin = project.origin;
  if (origin) {
    if (origin.path !== undefined) list.push({ path: resolve(dir, origin.path), role: 'source' });
    list.push({ path: resolve(dir, basename(origin.file)), role: 'source' });
  }
  return list;
}

/** Why an output file was refused. */
export type RefusedOutput =
  | { reason: 'protected'; file: string; role: ProtectedRole; protectedPath: string }
  | { reason: 'exists'; file: string }
  | { reason: 'not-a-file'; file: string };

/**
 * The path a write to `path` would really land on: symbolic links followed
 * (also a dangling one, and links in the folders above), `..` resolved. A
 * path that does not exist yet resolves through its nearest existing folder.
 */
export async function landingPath(path: string, depth = 0): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    // Missing, or a dangling link: resolve by hand below.
  }
  if (depth < 40) {
    try {
      if ((await lstat(abs)).isSymbolicLink()) {
        const to = await readlink(abs);
        return landingPath(isAbsolute(to) ? to : join(dirname(abs), to), depth + 1);
      }
    } catch {
      // Does not exist at all.
    }
  }
  const parent = dirname(abs);
  if (parent === abs) return abs;
  return join(await landingPath(parent, depth + 1), basename(abs));
}

async function identity(path: string): Promise<{ dev: number; ino: number } | null> {
  try {
    const st = await stat(path);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * Whether writing an export to `out` is allowed. Refused, whatever the
 * caller says: a file that is, or reaches through a symbolic or hard link,
 * one of `guarded` (compared by real path and by device + inode), and
 * anything that exists but is not a regular file. Refused unless
 * `overwrite`: any other existing file. Returns null when the write may go
 * ahead. The check and the write are not one atomic step; it guards against
 * mistakes, not against a hostile process racing the export.
 */
export async function refusedOutput(
  out: string,
  guarded: readonly ProtectedFile[],
  overwrite: boolean,
): Promise<RefusedOutput | null> {
  const file = resolve(out);
  const landing = await landingPath(file);
  const id = await identity(file);
  for (const p of guarded) {
    const same =
      landing === (await landingPath(p.path)) ||
      (id !== null && (await identity(p.path).then((o) => o !== null && o.dev === id.dev && o.ino === id.ino)));
    if (same) return { reason: 'protected', file, role: p.role, protectedPath: p.path };
  }
  let st;
  try {
    st = await stat(file);
  } catch {
    return null;
  }
  if (!st.isFile()) return { reason: 'not-a-file', file };
  return overwrite ? null : { reason: 'exists', file };
}
