import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { toApiError } from '../../../electron/services/serviceError.js';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { startWebServer, type WebServer } from '../../../electron/webServer.js';
import type { ApiErrorPayload } from '../../../shared/api/workbenchApi.js';
import { testService, tempDir } from './helpers.js';

let dataDir: string;
let work: string;

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

async function failure(p: Promise<unknown>) {
  return p.then(
    () => null,
    (err: unknown) => toApiError(err),
  );
}

async function projectWith(s: WorkbenchService, glossaryPaths: string[]) {
  const { project } = await s.createProject({
    name: 'Știri',
    sourceText: 'CSI a decis la Minsk.\n',
    sourceFormat: 'txt',
    glossaryPaths,
    savePath: join(work, 'stiri.dragoman'),
  });
  return project;
}

describe('the add-term path on a CSV glossary with a stray quote (#10 item 12)', () => {
  it('is an invalid-file error naming file:line, and the file is left as it was', async () => {
    const csv = join(work, 'g.csv');
    const text = 'ro,en\nMinsk,Minsk\nCSI,C"IS\n';
    await writeFile(csv, text);
    const s = testService(dataDir);
    const project = await projectWith(s, [csv]);
    const err = await failure(
      s.addGlossaryEntry({
        path: project.path,
        concept: { ro: [{ text: 'Harkov', status: 'preferred' }], en: [{ text: 'Kharkiv', status: 'preferred' }] },
      }),
    );
    expect(err).toMatchObject({ code: 'invalid-file', params: { file: csv, line: 3, column: 6 } });
    expect(err!.message).toContain(`${csv}:3:6: a quote (") is inside a cell that does not start with one.`);
    expect(await readFile(csv, 'utf8')).toBe(text);
  });
});

/** Settles within `ms` or fails: a FIFO opened the blocking way never returns. */
async function quickly(p: Promise<unknown>, ms = 3000): Promise<ApiErrorPayload | null> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([failure(p), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('token-holding calls on files that are not regular files (#10 item 13)', () => {
  let fifo: string;
  let folder: string;
  const specials = (): [string, string][] => [
    ['/dev/zero', 'a device'],
    [fifo, 'a pipe (FIFO)'],
    [folder, 'a folder'],
  ];

  beforeEach(async () => {
    fifo = join(work, 'pipe');
    execFileSync('mkfifo', [fifo]);
    folder = join(work, 'folder.dragoman');
    await mkdir(folder);
  });

  it('openProject and readTextFile refuse them up front with not-a-file', async () => {
    const s = testService(dataDir);
    for (const [path, kind] of specials()) {
      for (const call of [() => s.openProject({ path }), () => s.readTextFile({ path })]) {
        const err = await quickly(call());
        expect(err, path).toMatchObject({ code: 'not-a-file', params: { file: path } });
        expect(err!.message).toContain(`is ${kind}`);
      }
    }
  });

  it('exportProject refuses a project path that is not a regular file', async () => {
    const s = testService(dataDir);
    for (const [path] of specials()) {
      const err = await quickly(s.exportProject({ path, format: 'txt', outPath: join(work, 'out.txt') }));
      expect(err, path).toMatchObject({ code: 'not-a-file' });
    }
  });

  it('a glossary of the project that is a FIFO, a device or a folder is reported, and later calls still work', async () => {
    const s = testService(dataDir);
    const glossary = join(work, 'g.tsv');
    await writeFile(glossary, 'ro\ten\nMinsk\tMinsk\n');
    const project = await projectWith(s, [glossary]);
    for (const [path] of specials()) {
      // The project file names the glossary; replace it on disk with the special file.
      await writeFile(project.path, (await readFile(project.path, 'utf8')).replace('"g.tsv"', JSON.stringify(path)));
      await s.openProject({ path: project.path });
      const loaded = await quickly(s.loadGlossaries({ path: project.path }).then((r) => r.glossaries[0]));
      expect(loaded, path).toBeNull();
      const view = await s.loadGlossaries({ path: project.path });
      expect(view.glossaries[0]!.error?.code, path).toBe('not-a-file');
      const exported = await quickly(
        s.exportProject({ path: project.path, format: 'xliff21', outPath: join(work, 'x.xlf'), overwrite: true }),
      );
      expect(exported, path).toMatchObject({ code: 'not-a-file' });
      await writeFile(project.path, (await readFile(project.path, 'utf8')).replace(JSON.stringify(path), '"g.tsv"'));
    }
    // Nothing is left blocking the thread pool.
    expect(await quickly(s.readTextFile({ path: glossary }))).toBeNull();
  });
});

describe('a path with NUL in it (#10 item 13)', () => {
  let web: WebServer;
  afterEach(async () => {
    await web?.close();
  });

  it('is refused with 400 and a message saying why, before any service sees it', async () => {
    const service = testService(dataDir);
    web = await startWebServer({ api: service, token: 'tok-0123456789abcdef', rendererDir: work, port: 0 });
    for (const [method, body] of [
      ['openProject', { path: `${work}/a\u0000.dragoman` }],
      ['readTextFile', { path: '/etc/passwd\u0000.txt' }],
      ['exportProject', { path: join(work, 'p.dragoman'), format: 'txt', outPath: 'x\u0000' }],
    ] as const) {
      const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: web.port,
            path: `/api/${method}`,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-dragoman-token': 'tok-0123456789abcdef' },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (c: string) => (text += c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      });
      expect(reply.status, method).toBe(400);
      const error = (JSON.parse(reply.body) as { error: ApiErrorPayload }).error;
      expect(error.code).toBe('invalid-input');
      expect(error.message).toContain('cannot contain the NUL character');
    }
  });
});
