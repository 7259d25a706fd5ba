import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProjectStore } from '../../../electron/services/projectStore.js';
import { parseProjectText, serializeProject } from '../../../shared/model/project.js';
import { projectFromDocument } from '../../../shared/model/projectBuild.js';
import { tempDir } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function temps(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.includes('.dragoman-tmp-'));
}

/** A project of `n` segments, written as a file. */
async function projectFile(dir: string, n: number): Promise<string> {
  const path = join(dir, 'big.dragoman');
  const segments = Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    source: `Propoziția ${i + 1}.`,
    target: '',
    paragraph: i,
    status: 'untranslated' as const,
  }));
  const project = projectFromDocument(
    { sourceLang: 'ro', targetLang: 'en', segments },
    { name: 'big', id: 'p-big', now: '2026-12-04T00:00:00.000Z' },
  );
  await writeFile(path, serializeProject(project));
  return path;
}

describe('a project write killed mid-way (#10 item 14)', () => {
  it('leaves no temp copy once the project is opened again, and the project is whole', async () => {
    const dir = await tempDir();
    const path = await projectFile(dir, 400);
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/unit/electron/children/projectWriter.ts', path], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      // Kill it the moment a temp copy of the project is on disk (each write is ~3 MB, so this is mid-write).
      const deadline = Date.now() + 60_000;
      while ((await temps(dir)).length === 0) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no write seen: ${stderr}`);
        await new Promise((r) => setTimeout(r, 2));
      }
      child.kill('SIGKILL');
      await exited;
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    const left = await temps(dir);
    expect(left.length).toBeGreaterThan(0);
    expect(left[0]).toMatch(new RegExp(`^\\.big\\.dragoman\\.dragoman-tmp-${child.pid}-`));

    // Another writer still alive keeps its temp: only dead writers' copies are removed.
    const live = join(dir, `.big.dragoman.dragoman-tmp-${process.ppid}-cafe`);
    await writeFile(live, 'in progress');

    const store = new ProjectStore({ now: () => new Date() });
    const opened = await store.openProject(path);
    expect(await temps(dir)).toEqual([`.big.dragoman.dragoman-tmp-${process.ppid}-cafe`]);
    expect(opened.project.segments).toHaveLength(400);
    expect(parseProjectText(await readFile(path, 'utf8'), path).segments).toHaveLength(400);
  }, 90_000);
});
