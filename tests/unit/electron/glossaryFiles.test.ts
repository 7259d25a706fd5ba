import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { ServiceError, toApiError } from '../../../electron/services/serviceError.js';
import { parseGlossary } from '../../../glossary/common/codec.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { codeOf, tempDir, testService } from './helpers.js';

let dataDir: string;
let work: string;
let s: WorkbenchService;
let project: string;

const TSV = 'guvern\tgovernment\nprizonier politic\tpolitical prisoner\n';

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
  s = testService(dataDir);
  await mkdir(join(work, 'proj'));
  await mkdir(join(work, 'shared', 'glosare'), { recursive: true });
  const opened = await s.createProject({
    name: 'Știri',
    sourceText: 'Guvernul a vorbit.',
    sourceFormat: 'txt',
    glossaryPaths: [],
    savePath: join(work, 'proj', 'stiri.dragoman'),
  });
  project = opened.project.path;
});

async function storedGlossaries(): Promise<string[]> {
  return (JSON.parse(await readFile(project, 'utf8')) as { glossaries: string[] }).glossaries;
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Termeni').addRows(rows);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('attachGlossary and detachGlossary', () => {
  it('attach stores the path relative to the project, detach removes it and keeps the file', async () => {
    const g = join(work, 'shared', 'glosare', 'comun.tsv');
    await writeFile(g, TSV);
    const attached = await s.attachGlossary({ project, glossary: g });
    expect(attached.project.glossaries).toEqual([g]);
    expect(await storedGlossaries()).toEqual(['../shared/glosare/comun.tsv']);
    // Attaching twice lists it once.
    await s.attachGlossary({ project, glossary: g });
    expect(await storedGlossaries()).toEqual(['../shared/glosare/comun.tsv']);
    // The live store serves the new list at once.
    expect((await s.loadGlossaries({ path: project })).glossaries.map((f) => f.path)).toEqual([g]);

    const detached = await s.detachGlossary({ project, glossary: g });
    expect(detached.project.glossaries).toEqual([]);
    expect(await storedGlossaries()).toEqual([]);
    expect(await readFile(g, 'utf8')).toBe(TSV);
    // The project write was atomic: no temporary file is left beside it.
    expect((await readdir(join(work, 'proj'))).filter((n) => !n.startsWith('stiri.dragoman'))).toEqual([]);
  });

  it('refuses a missing file, an XLSX, a glossary the project does not list, and a project that is not open', async () => {
    expect(await codeOf(s.attachGlossary({ project, glossary: join(work, 'nu-exista.tbx') }))).toBe('not-found');
    await writeFile(join(work, 'client.xlsx'), await xlsx([['ro', 'en']]));
    const err = await s.attachGlossary({ project, glossary: join(work, 'client.xlsx') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe('unsupported-format');
    expect((err as ServiceError).message).toMatch(/Import the workbook into a \.tbx, \.tsv or \.csv glossary instead/);
    expect(await codeOf(s.detachGlossary({ project, glossary: join(work, 'altul.tbx') }))).toBe('invalid-input');
    expect(await codeOf(s.attachGlossary({ project: join(work, 'x.dragoman'), glossary: join(work, 'a.tbx') }))).toBe(
      'not-open',
    );
    expect(await storedGlossaries()).toEqual([]);
  });

  it('create makes an empty glossary in the extension’s format that reads back, and refuses an existing file', async () => {
    for (const name of ['nou.tbx', 'nou.tsv', 'nou.csv']) {
      const path = join(work, 'proj', name);
      await s.attachGlossary({ project, glossary: path, create: true });
      expect(parseGlossary(await readFile(path, 'utf8'), path).concepts).toEqual([]);
    }
    expect(await storedGlossaries()).toEqual(['nou.tbx', 'nou.tsv', 'nou.csv']);
    const existing = join(work, 'shared', 'existent.tsv');
    await writeFile(existing, TSV);
    expect(await codeOf(s.attachGlossary({ project, glossary: existing, create: true }))).toBe('file-exists');
    expect(await readFile(existing, 'utf8')).toBe(TSV);
    expect(await codeOf(s.attachGlossary({ project, glossary: join(work, 'lipsa', 'g.tbx'), create: true }))).toBe(
      'not-found',
    );
  });
});

describe('the contract refuses paths that are not absolute or hold NUL', () => {
  it.each([
    ['attachGlossary', { project: 'proj/stiri.dragoman', glossary: '/tmp/g.tbx' }],
    ['attachGlossary', { project: '/tmp/p.dragoman', glossary: '/tmp/g\u0000.tbx' }],
    ['detachGlossary', { project: '/tmp/p.dragoman', glossary: 'g.tbx' }],
    ['openGlossary', { glossary: '../etc/passwd.tbx' }],
    ['completePath', { prefix: 'home/', kind: 'any' }],
    ['completePath', { prefix: '/home/\u0000', kind: 'any' }],
    ['completePath', { prefix: '/home/', kind: 'everything' }],
    ['importGlossary', { from: 'a.xlsx', into: '/tmp/g.tbx' }],
    ['exportGlossary', { glossary: '/tmp/g.tbx', to: '' }],
  ] as const)('%s %j', (method, input) => {
    expect(apiSchemas[method].input.safeParse(input).success).toBe(false);
  });

  it('accepts POSIX and Windows absolute paths', () => {
    for (const prefix of ['/home/ana/', 'C:\\Users\\ana\\', 'D:/glosare/', '\\\\server\\share\\g']) {
      expect(apiSchemas.completePath.input.safeParse({ prefix, kind: 'glossary' }).success).toBe(true);
    }
  });
});

describe('completePath', () => {
  beforeEach(async () => {
    const dir = join(work, 'shared');
    await writeFile(join(dir, 'Glosar.tbx'), '');
    await writeFile(join(dir, 'glosar-vechi.csv'), '');
    await writeFile(join(dir, 'glosar.docx'), '');
    await writeFile(join(dir, '.glosar-ascuns.tbx'), '');
    await mkdir(join(dir, 'glosare-2024'));
  });

  it('lists folders first, then glossary files, matching the typed name in any case', async () => {
    const { entries } = await s.completePath({ prefix: join(work, 'shared', 'glo'), kind: 'glossary' });
    expect(entries).toEqual([
      { path: join(work, 'shared', 'glosare'), dir: true },
      { path: join(work, 'shared', 'glosare-2024'), dir: true },
      { path: join(work, 'shared', 'glosar-vechi.csv'), dir: false },
      { path: join(work, 'shared', 'Glosar.tbx'), dir: false },
    ]);
    const any = await s.completePath({ prefix: join(work, 'shared', 'glosar.'), kind: 'any' });
    expect(any.entries.map((e) => e.path)).toEqual([
      join(work, 'shared', 'glosar.docx'),
      join(work, 'shared', 'Glosar.tbx'),
    ]);
  });

  it('shows hidden entries only for a typed dot, lists a folder after its separator, and nothing for a missing folder', async () => {
    const hidden = await s.completePath({ prefix: `${join(work, 'shared')}/.`, kind: 'glossary' });
    expect(hidden.entries.map((e) => e.path)).toEqual([join(work, 'shared', '.glosar-ascuns.tbx')]);
    const all = await s.completePath({ prefix: join(work, 'shared') + '/', kind: 'any' });
    expect(all.entries).toHaveLength(5);
    expect((await s.completePath({ prefix: join(work, 'lipsa', 'x'), kind: 'any' })).entries).toEqual([]);
  });

  it('returns at most 50 entries', async () => {
    const dir = join(work, 'multe');
    await mkdir(dir);
    await Promise.all(Array.from({ length: 70 }, (_, i) => writeFile(join(dir, `g${i}.tbx`), '')));
    const { entries } = await s.completePath({ prefix: `${dir}/g`, kind: 'glossary' });
    expect(entries).toHaveLength(50);
    expect(apiSchemas.completePath.output.safeParse({ entries }).success).toBe(true);
  });
});

describe('openGlossary, importGlossary, exportGlossary', () => {
  it('opens a glossary by itself, with text and stamp, and refuses a missing one', async () => {
    const g = join(work, 'g.tsv');
    await writeFile(g, TSV);
    const view = await s.openGlossary({ glossary: g });
    expect(view.text).toBe(TSV);
    expect(view.stamp).toMatch(/^\d+:/);
    const missing = join(work, 'nu.tbx');
    const err: unknown = await s.openGlossary({ glossary: missing }).catch((e: unknown) => e);
    expect(toApiError(err)).toMatchObject({ code: 'not-found', params: { file: missing } });
  });

  it('imports an XLSX into an attached TBX, appending only what is new, and again adds nothing', async () => {
    const tbx = join(work, 'proj', 'g.tbx');
    await s.attachGlossary({ project, glossary: tbx, create: true });
    const from = join(work, 'client.xlsx');
    await writeFile(
      from,
      await xlsx([
        ['ro', 'en', 'en:forbidden'],
        ['Lukaşenko', 'Lukashenko', 'Lukașenko'],
        ['guvern', 'government', ''],
      ]),
    );
    const first = await s.importGlossary({ from, into: tbx, project });
    expect(first.added).toBe(2);
    const g = parseGlossary(await readFile(tbx, 'utf8'), tbx);
    expect(g.concepts.map((c) => c.terms['ro']?.[0]?.text)).toEqual(['Lukașenko', 'guvern']);
    expect(g.concepts[0]!.terms['en']).toEqual([
      { text: 'Lukashenko', status: 'preferred' },
      { text: 'Lukașenko', status: 'forbidden' },
    ]);
    const again = await s.importGlossary({ from, into: tbx, project });
    expect(again.added).toBe(0);
    expect(parseGlossary(await readFile(tbx, 'utf8'), tbx).concepts).toHaveLength(2);
  });

  it('imports into a new file and attaches it; refuses importing a glossary into itself', async () => {
    const from = join(work, 'g.tsv');
    await writeFile(from, TSV);
    const into = join(work, 'proj', 'din-tsv.csv');
    const r = await s.importGlossary({ from, into, project });
    expect(r.added).toBe(2);
    expect(await storedGlossaries()).toEqual(['din-tsv.csv']);
    expect(parseGlossary(await readFile(into, 'utf8'), into).concepts).toHaveLength(2);
    expect(await codeOf(s.importGlossary({ from: into, into }))).toBe('same-glossary');
  });

  it('exports to XLSX, never over the glossary, and over another file only when forced', async () => {
    const g = join(work, 'g.tsv');
    await writeFile(g, TSV);
    const to = join(work, 'g.xlsx');
    expect(await s.exportGlossary({ glossary: g, to })).toEqual({ to, concepts: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(to);
    expect(wb.worksheets[0]!.getRow(2).getCell(2).value).toBe('guvern');

    expect(await codeOf(s.exportGlossary({ glossary: g, to }))).toBe('file-exists');
    expect(await s.exportGlossary({ glossary: g, to, force: true })).toEqual({ to, concepts: 2 });
    expect(await codeOf(s.exportGlossary({ glossary: g, to: g, force: true }))).toBe('same-glossary');
    expect(await readFile(g, 'utf8')).toBe(TSV);
    expect(await codeOf(s.exportGlossary({ glossary: g, to: join(work, 'g.ods') }))).toBe('unsupported-format');
  });
});
