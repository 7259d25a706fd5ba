import { describe, it, expect, beforeEach } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { ServiceError } from '../../../electron/services/serviceError.js';
import { apiSchemas } from '../../../shared/api/workbenchApi.js';
import { PROJECT_FORMAT_VERSION } from '../../../shared/model/project.js';
import { ManualScheduler, codeOf, testService, tempDir } from './helpers.js';

const TEXT = 'Ministrul a vorbit vineri la Minsk. Presa nu a fost invitată.\nOpoziția a cerut explicații.';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let dataDir: string;
let work: string;
let scheduler: ManualScheduler;

function service(userName = 'ioana'): WorkbenchService {
  return testService(dataDir, { userName, scheduler });
}

async function created(s: WorkbenchService) {
  const { project } = await s.createProject({
    name: 'Minsk',
    sourceText: TEXT,
    sourceFormat: 'txt',
    glossaryPaths: [],
    savePath: join(work, 'minsk.dragoman'),
  });
  return project;
}

/** The project file as JSON, straight from the disk. */
async function onDisk(path: string): Promise<{
  version: number;
  revision: number;
  settings: { checks: Record<string, unknown>; ignoredFindings: unknown[] };
  segments: Array<{ id: string; target: string }>;
}> {
  return JSON.parse(await readFile(path, 'utf8'));
}

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
  scheduler = new ManualScheduler();
});

describe('updateProjectSettings', () => {
  it('ignores a finding: written to the project file at once with who and when', async () => {
    const s = service();
    const project = await created(s);
    expect(project.settings).toEqual({ checks: {}, ignoredFindings: [], dictionary: [] });
    const settings = await s.updateProjectSettings({ path: project.path, ignore: ['repeated-word:s1:0-9:a1'] });
    expect(apiSchemas.updateProjectSettings.output.parse(settings)).toEqual(settings);
    expect(settings.ignoredFindings).toEqual([
      { id: 'repeated-word:s1:0-9:a1', by: 'ioana', at: expect.stringMatching(ISO) },
    ]);
    const file = await onDisk(project.path);
    expect(file.version).toBe(PROJECT_FORMAT_VERSION);
    expect(file.settings.ignoredFindings).toEqual(settings.ignoredFindings);
    // The open project shows it too, after a reopen in a fresh app.
    const reopened = await service('someone else').openProject({ path: project.path });
    expect(reopened.project.settings?.ignoredFindings).toEqual(settings.ignoredFindings);
  });

  it('leaves the revision alone, so autosave based on the old revision carries on', async () => {
    const s = service();
    const project = await created(s);
    await s.updateProjectSettings({ path: project.path, ignore: ['whitespace:s2:3-4:k'] });
    expect((await onDisk(project.path)).revision).toBe(0);
    const saved = await s.saveSegments({
      path: project.path,
      baseRevision: 0,
      changes: [{ id: 's1', target: 'The minister spoke in Minsk on Friday.', status: 'draft' }],
    });
    expect(saved.revision).toBe(1);
  });

  it('writes edits still waiting for the autosave timer along with it, and later writes keep the settings', async () => {
    const s = service();
    const project = await created(s);
    await s.saveSegments({ path: project.path, baseRevision: 0, changes: [{ id: 's1', target: 'First draft.' }] });
    expect((await onDisk(project.path)).segments[0]!.target).toBe('');
    await s.updateProjectSettings({ path: project.path, checks: { whitespace: { enabled: false } } });
    let file = await onDisk(project.path);
    expect(file.segments[0]!.target).toBe('First draft.');
    expect(file.revision).toBe(1);
    expect(file.settings.checks).toEqual({ whitespace: { enabled: false } });

    await s.saveSegments({
      path: project.path,
      baseRevision: 1,
      changes: [{ id: 's2', target: 'The press was not invited.' }],
    });
    scheduler.fireAll();
    await s.flush();
    file = await onDisk(project.path);
    expect(file.segments[1]!.target).toBe('The press was not invited.');
    expect(file.settings.checks).toEqual({ whitespace: { enabled: false } });
  });

  it('keeps the original who and when of a finding ignored twice, and un-ignores', async () => {
    const s = service();
    const project = await created(s);
    const first = await s.updateProjectSettings({ path: project.path, ignore: ['a:s1:0-1:x', 'b:s2:0-1:y'] });
    // The stepping clock has moved on: a re-stamp would show a later time.
    const second = await s.updateProjectSettings({ path: project.path, ignore: ['a:s1:0-1:x'] });
    expect(second.ignoredFindings).toEqual(first.ignoredFindings);
    const third = await s.updateProjectSettings({ path: project.path, unignore: ['a:s1:0-1:x'] });
    expect(third.ignoredFindings.map((f) => f.id)).toEqual(['b:s2:0-1:y']);
    expect((await onDisk(project.path)).settings.ignoredFindings).toEqual(third.ignoredFindings);
  });

  it('merges check settings field by field; an empty setting removes the override', async () => {
    const s = service();
    const project = await created(s);
    await s.updateProjectSettings({ path: project.path, checks: { whitespace: { severity: 'info' } } });
    const merged = await s.updateProjectSettings({
      path: project.path,
      checks: { whitespace: { enabled: false }, 'quote-style': { severity: 'error' } },
    });
    expect(merged.checks).toEqual({
      whitespace: { severity: 'info', enabled: false },
      'quote-style': { severity: 'error' },
    });
    const reset = await s.updateProjectSettings({ path: project.path, checks: { whitespace: {} } });
    expect(reset.checks).toEqual({ 'quote-style': { severity: 'error' } });
    expect((await onDisk(project.path)).settings.checks).toEqual({ 'quote-style': { severity: 'error' } });
  });

  it('refuses a check id the app does not know, naming it, and changes nothing', async () => {
    const s = service();
    const project = await created(s);
    const before = await readFile(project.path, 'utf8');
    const call = s.updateProjectSettings({
      path: project.path,
      ignore: ['a:s1:0-1:x'],
      checks: { 'term-mising': { enabled: false } },
    });
    const err = await call.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe('invalid-input');
    expect((err as ServiceError).message).toContain('"term-mising"');
    expect(await readFile(project.path, 'utf8')).toBe(before);
    expect((await s.openProject({ path: project.path })).project.settings?.ignoredFindings).toEqual([]);
  });

  it('refuses a project that is not open', async () => {
    expect(await codeOf(service().updateProjectSettings({ path: join(work, 'x.dragoman'), ignore: ['a'] }))).toBe(
      'not-open',
    );
  });

  it('opens a version 1 project file and writes it back as the current version with its ignored findings kept', async () => {
    const project = await created(service());
    const v1 = await onDisk(project.path);
    const old = { ...v1, version: 1, settings: { checks: {}, ignoredFindings: ['punctuation:s3:5-6:zz'] } };
    await writeFile(project.path, JSON.stringify(old, null, 2));
    const s = service();
    const { project: opened } = await s.openProject({ path: project.path });
    expect(opened.settings?.ignoredFindings).toEqual([{ id: 'punctuation:s3:5-6:zz', by: '', at: '' }]);
    await s.updateProjectSettings({ path: project.path, ignore: ['whitespace:s1:0-1:q'] });
    const file = await onDisk(project.path);
    expect(file.version).toBe(PROJECT_FORMAT_VERSION);
    expect(file.settings.ignoredFindings).toEqual([
      { id: 'punctuation:s3:5-6:zz', by: '', at: '' },
      { id: 'whitespace:s1:0-1:q', by: 'ioana', at: expect.stringMatching(ISO) },
    ]);
  });
});
