import { beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toApiError } from '../../../electron/services/serviceError.js';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
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
