import { describe, it, expect, beforeEach } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { Settings } from '../../../electron/services/settings.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { ManualScheduler, testService, tempDir } from './helpers.js';

let dataDir: string;
let work: string;

function service(): WorkbenchService {
  return testService(dataDir, { userName: 'ioana', scheduler: new ManualScheduler() });
}

async function created(s: WorkbenchService) {
  const { project } = await s.createProject({
    name: 'Chișinău',
    sourceText: 'Primarul Chișinăului a vorbit despre transportul public.',
    sourceFormat: 'txt',
    glossaryPaths: [],
    savePath: join(work, 'chisinau.dragoman'),
  });
  return project;
}

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
});

describe('project dictionary (updateProjectSettings addWords/removeWords)', () => {
  it('writes an added word to the project file at once, once whatever its case, and a reopen still has it', async () => {
    const s = service();
    const project = await created(s);
    const view = await s.updateProjectSettings({ path: project.path, addWords: ['Chisinau', 'trolleybuses'] });
    expect(view.dictionary).toEqual(['Chisinau', 'trolleybuses']);
    await s.updateProjectSettings({ path: project.path, addWords: ['chisinau'] });
    const file = JSON.parse(await readFile(project.path, 'utf8'));
    expect(file.settings.dictionary).toEqual(['Chisinau', 'trolleybuses']);
    const reopened = await service().openProject({ path: project.path });
    expect(reopened.project.settings?.dictionary).toEqual(['Chisinau', 'trolleybuses']);
  });

  it('keeps the words when a finding is ignored or a check turned off afterwards', async () => {
    const s = service();
    const project = await created(s);
    await s.updateProjectSettings({ path: project.path, addWords: ['Chisinau'] });
    await s.updateProjectSettings({ path: project.path, ignore: ['spelling:s1:0-8:ab'] });
    const view = await s.updateProjectSettings({ path: project.path, checks: { spelling: { severity: 'warning' } } });
    expect(view.dictionary).toEqual(['Chisinau']);
    expect(JSON.parse(await readFile(project.path, 'utf8')).settings.dictionary).toEqual(['Chisinau']);
  });

  it('removes a word in any case; an empty dictionary leaves the file without one', async () => {
    const s = service();
    const project = await created(s);
    await s.updateProjectSettings({ path: project.path, addWords: ['Chisinau'] });
    const view = await s.updateProjectSettings({ path: project.path, removeWords: ['CHISINAU'] });
    expect(view.dictionary).toEqual([]);
    expect(JSON.parse(await readFile(project.path, 'utf8')).settings.dictionary).toBeUndefined();
  });

  it('refuses a phrase, a number or a blank as a dictionary word before anything is written', () => {
    const input = apiSchemas.updateProjectSettings.input;
    for (const bad of ['two words', '2024', '', ' trolleybus'])
      expect(input.safeParse({ path: '/p.dragoman', addWords: [bad] }).success, bad).toBe(false);
    for (const good of ["O'Neill", 'Chișinău', 'well-known'])
      expect(input.safeParse({ path: '/p.dragoman', addWords: [good] }).success, good).toBe(true);
  });
});

describe('user dictionary (userDictionary / updateUserDictionary)', () => {
  it('keeps the user’s words in settings.json beside the UI language, across launches', async () => {
    const s = service();
    expect(await s.userDictionary()).toEqual({ words: [] });
    await s.setUiLanguage({ language: 'ro' });
    expect(await s.updateUserDictionary({ add: ['Moldpresse', 'Vrabie'] })).toEqual({
      words: ['Moldpresse', 'Vrabie'],
    });
    const again = service();
    expect(await again.userDictionary()).toEqual({ words: ['Moldpresse', 'Vrabie'] });
    expect((await again.appInfo()).uiLanguage).toBe('ro');
    expect(await again.updateUserDictionary({ remove: ['vrabie'] })).toEqual({ words: ['Moldpresse'] });
    const stored = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'));
    expect(stored.dictionary).toEqual(['Moldpresse']);
  });

  it('reads a settings file from before the dictionary existed as an empty dictionary', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ format: 'dragoman-settings', version: 1, uiLanguage: 'en', recent: [] }),
    );
    const settings = new Settings(dir);
    expect(await settings.dictionary()).toEqual([]);
    expect(await settings.uiLanguage()).toBe('en');
  });

  it('refuses a word with a space through the API schema', () => {
    expect(apiSchemas.updateUserDictionary.input.safeParse({ add: ['New York'] }).success).toBe(false);
  });

  it('does not change the project file', async () => {
    const s = service();
    const project = await created(s);
    const before = await readFile(project.path, 'utf8');
    await s.updateUserDictionary({ add: ['Moldpresse'] });
    expect(await readFile(project.path, 'utf8')).toBe(before);
  });
});
