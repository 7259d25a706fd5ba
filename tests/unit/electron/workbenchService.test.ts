import { describe, it, expect, beforeEach } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { type FileDialogs } from '../../../electron/services/workbenchService.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { codeOf, testService, tempDir } from './helpers.js';

let dataDir: string;
let work: string;

function service(extra: Parameters<typeof testService>[1] = {}): WorkbenchService {
  return testService(dataDir, extra);
}

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

describe('WorkbenchService', () => {
  it('describes itself, with the startup project and where new projects go', async () => {
    const info = await service({ startupProject: join(work, 'a.dragoman') }).appInfo();
    expect(apiSchemas.appInfo.output.parse(info)).toEqual({
      version: '9.9.9',
      shell: 'web',
      systemLocale: 'ro-RO',
      uiLanguage: null,
      startupProject: join(work, 'a.dragoman'),
      projectsDir: join(dataDir, 'projects'),
    });
  });

  it('remembers the UI language across launches and tells the shell', async () => {
    const seen: string[] = [];
    await service({ onUiLanguage: (l) => seen.push(l) }).setUiLanguage({ language: 'ro' });
    expect(seen).toEqual(['ro']);
    expect((await service().appInfo()).uiLanguage).toBe('ro');
  });

  it('creates a project from pasted Markdown in the projects folder, glossary stored relative', async () => {
    const glossary = join(work, 'termeni.tsv');
    await writeFile(glossary, 'ro\ten\nguvern\tgovernment\n');
    const s = service();
    const { project } = await s.createProject({
      name: 'Buletin de știri',
      sourceText: '# Titlu\n\nPrima frază. A doua frază.\n',
      sourceFormat: 'md',
      glossaryPaths: [glossary],
    });
    expect(project.path).toBe(join(dataDir, 'projects', 'Buletin-de-știri.dragoman'));
    expect(project.segments.map((x) => [x.source, x.paragraph])).toEqual([
      ['Titlu', 0],
      ['Prima frază.', 1],
      ['A doua frază.', 1],
    ]);
    expect(project.glossaries).toEqual([glossary]);
    const stored = JSON.parse(await readFile(project.path, 'utf8')) as { glossaries: string[] };
    expect(stored.glossaries[0]).not.toContain(work);
    expect(resolve(join(dataDir, 'projects'), stored.glossaries[0]!)).toBe(glossary);
    // A second project with the same name gets a file of its own.
    const second = await s.createProject({
      name: 'Buletin de știri',
      sourceText: 'Altceva.',
      sourceFormat: 'txt',
      glossaryPaths: [],
    });
    expect(second.project.path).toBe(join(dataDir, 'projects', 'Buletin-de-știri-2.dragoman'));
  });

  it('saves where asked, adding the extension, and never over an existing file', async () => {
    const s = service();
    const { project } = await s.createProject({
      name: 'x',
      sourceText: 'Bună ziua.',
      sourceFormat: 'txt',
      glossaryPaths: [],
      savePath: join(work, 'salut'),
    });
    expect(project.path).toBe(join(work, 'salut.dragoman'));
    expect(
      await codeOf(
        s.createProject({
          name: 'x',
          sourceText: 'Alt text.',
          sourceFormat: 'txt',
          glossaryPaths: [],
          savePath: project.path,
        }),
      ),
    ).toBe('exists');
  });

  it('refuses a glossary that does not exist and text without sentences', async () => {
    const s = service();
    expect(
      await codeOf(
        s.createProject({
          name: 'x',
          sourceText: 'Text.',
          sourceFormat: 'txt',
          glossaryPaths: [join(work, 'lipsă.tbx')],
        }),
      ),
    ).toBe('not-found');
    expect(
      await codeOf(s.createProject({ name: 'x', sourceText: '\n  \n', sourceFormat: 'txt', glossaryPaths: [] })),
    ).toBe('empty-source');
  });

  it('makes the bundled sample a project on first use, with drafts and the glossary, and reopens it later', async () => {
    const s = service();
    const first = await s.openSample({});
    const p = first.project;
    expect(p.name).toBe('Sample article');
    expect(p.segments.length).toBeGreaterThanOrEqual(26);
    expect(p.segments[0]!.source).toMatch(/^Președintele Belarusului/);
    expect(p.segments[0]!.target).toMatch(/^The President of Belarus/);
    expect(p.segments[0]!.status).toBe('draft');
    expect(p.glossaries).toHaveLength(1);
    expect(existsSync(p.glossaries[0]!)).toBe(true);
    await s.saveSegments({ path: p.path, baseRevision: p.revision, changes: [{ id: 's1', status: 'reviewed' }] });
    await s.flush();
    const again = await service().openSample({});
    expect(again.project.path).toBe(p.path);
    expect(again.project.segments[0]!.status).toBe('reviewed');
  });

  it('marks the sample as the sample wherever it is opened or listed, and nothing else', async () => {
    const s = service();
    const first = await s.openSample({});
    expect(first.project.sample).toBe(true);
    expect((await service().openSample({})).project.sample).toBe(true);
    expect((await service().openProject({ path: first.project.path })).project.sample).toBe(true);
    const own = await s.createProject({
      name: 'Al meu',
      sourceText: 'Un text.',
      sourceFormat: 'txt',
      glossaryPaths: [],
    });
    expect(own.project.sample).toBeUndefined();
    expect((await s.openProject({ path: own.project.path })).project.sample).toBeUndefined();
    const recent = await service().recentProjects({});
    expect(recent.map((r) => [r.name, r.sample === true])).toEqual([
      ['Al meu', false],
      ['Sample article', true],
    ]);
  });

  it('lists recent projects, most recent first, once each', async () => {
    const s = service();
    const a = await s.createProject({ name: 'Unu', sourceText: 'Unu.', sourceFormat: 'txt', glossaryPaths: [] });
    const b = await s.createProject({ name: 'Doi', sourceText: 'Doi.', sourceFormat: 'txt', glossaryPaths: [] });
    await s.openProject({ path: a.project.path });
    expect((await service().recentProjects({})).map((r) => r.name)).toEqual(['Unu', 'Doi']);
    expect(b.project.path).not.toBe(a.project.path);
  });

  it('starts with defaults when settings.json is damaged', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'settings.json'), '{"format":');
    const warnings: string[] = [];
    const s = service({ warn: (m) => warnings.push(m) });
    expect(await s.recentProjects({})).toEqual([]);
    expect(warnings.join()).toContain('settings.json');
  });

  it('reads a UTF-8 text file and refuses one in a legacy code page', async () => {
    const good = join(work, 'articol.txt');
    await writeFile(good, 'Știri din țară.\n');
    expect(await service().readTextFile({ path: good })).toEqual({ path: good, text: 'Știri din țară.\n' });
    const bad = join(work, 'vechi.txt');
    await writeFile(bad, Buffer.from([0x53, 0xba, 0x69, 0x0a])); // "Şi" in ISO-8859-2
    await expect(service().readTextFile({ path: bad })).rejects.toThrow(/vechi\.txt/);
    expect(await codeOf(service().readTextFile({ path: join(work, 'nu-există.txt') }))).toBe('not-found');
  });

  it('asks the native dialogs when it has them, and answers null in browser mode', async () => {
    expect(await service().chooseFile({ purpose: 'openProject' })).toBeNull();
    const asked: string[] = [];
    const dialogs: FileDialogs = {
      choose: async (purpose) => {
        asked.push(purpose);
        return purpose === 'glossary' ? '/tmp/g.tbx' : null;
      },
    };
    const s = service({ dialogs });
    expect(await s.chooseFile({ purpose: 'glossary' })).toEqual({ path: '/tmp/g.tbx' });
    expect(await s.chooseFile({ purpose: 'sourceText' })).toBeNull();
    expect(asked).toEqual(['glossary', 'sourceText']);
  });
});
