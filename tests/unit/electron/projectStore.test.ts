import { describe, it, expect, beforeEach } from 'vitest';
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../../../electron/services/projectStore.js';
import { newProjectFile } from '../../../electron/services/newProject.js';
import { journalPath } from '../../../electron/services/journal.js';
import { ServiceError } from '../../../electron/services/serviceError.js';
import { parseProjectText, ProjectFileError, serializeProject } from '../../../shared/model/project.js';
import { ManualScheduler, counterIds, steppingClock, tempDir } from './helpers.js';

const TEXT = 'Guvernul a adoptat joi o ordonanță. Măsura intră în vigoare luni.\nSindicatele au anunțat un protest.';

let dir: string;
let path: string;
let scheduler: ManualScheduler;
let warnings: string[];

function store(): ProjectStore {
  return new ProjectStore({ now: steppingClock(), scheduler, warn: (m) => warnings.push(m) });
}

async function created(s: ProjectStore) {
  const file = newProjectFile({
    id: counterIds()(),
    name: 'Știri',
    sourceText: TEXT,
    sourceFormat: 'txt',
    glossaries: [],
    now: new Date(),
  });
  return s.createProject(path, file);
}

async function onDisk() {
  return parseProjectText(await readFile(path, 'utf8'), path);
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError || e instanceof ProjectFileError) return e.code;
    throw e;
  }
  return 'no error';
}

beforeEach(async () => {
  dir = await tempDir();
  path = join(dir, 'stiri.dragoman');
  scheduler = new ManualScheduler();
  warnings = [];
});

describe('ProjectStore', () => {
  it('creates a project file with the sentences segmented and paragraphs kept', async () => {
    const { project } = await created(store());
    expect(project.segments.map((s) => [s.source, s.paragraph])).toEqual([
      ['Guvernul a adoptat joi o ordonanță.', 0],
      ['Măsura intră în vigoare luni.', 0],
      ['Sindicatele au anunțat un protest.', 1],
    ]);
    expect((await onDisk()).segments).toHaveLength(3);
  });

  it('refuses to create over an existing file', async () => {
    await writeFile(path, 'precious');
    expect(await codeOf(created(store()))).toBe('exists');
    expect(await readFile(path, 'utf8')).toBe('precious');
  });

  it('journals a save at once and writes the project file when the timer fires', async () => {
    const s = store();
    await created(s);
    const r = await s.saveSegments(path, 0, [
      { id: 's1', target: 'The government adopted an ordinance on Thursday.', status: 'draft' },
    ]);
    expect(r.revision).toBe(1);
    expect(await readFile(journalPath(path), 'utf8')).toContain('The government adopted');
    expect((await onDisk()).revision).toBe(0);
    scheduler.fireAll();
    await s.flushAll();
    const disk = await onDisk();
    expect(disk.revision).toBe(1);
    expect(disk.segments[0]).toMatchObject({
      target: 'The government adopted an ordinance on Thursday.',
      status: 'draft',
    });
    expect(existsSync(journalPath(path))).toBe(false);
  });

  it('coalesces a burst of saves into one write', async () => {
    const s = store();
    await created(s);
    for (let i = 0; i < 5; i++) await s.saveSegments(path, i, [{ id: 's2', target: 'The measure'.slice(0, 5 + i) }]);
    expect(scheduler.started).toBe(1);
    scheduler.fireAll();
    await s.flushAll();
    expect((await onDisk()).segments[1]!.target).toBe('The measu');
  });

  it('refuses a save based on a stale revision and changes nothing', async () => {
    const s = store();
    await created(s);
    await s.saveSegments(path, 0, [{ id: 's1', target: 'first' }]);
    expect(await codeOf(s.saveSegments(path, 0, [{ id: 's1', target: 'second' }]))).toBe('stale-revision');
    await s.flushAll();
    expect((await onDisk()).segments[0]!.target).toBe('first');
  });

  it('refuses a change to a segment the project does not have', async () => {
    const s = store();
    await created(s);
    expect(await codeOf(s.saveSegments(path, 0, [{ id: 's99', target: 'x' }]))).toBe('unknown-segment');
  });

  it('flushes pending saves on shutdown', async () => {
    const s = store();
    await created(s);
    await s.saveSegments(path, 0, [{ id: 's3', target: 'The unions announced a protest.' }]);
    await s.flushAll();
    expect((await onDisk()).segments[2]!.target).toBe('The unions announced a protest.');
  });

  it('reopening an open project (a page reload) writes pending saves first and offers nothing back', async () => {
    const s = store();
    await created(s);
    await s.saveSegments(path, 0, [{ id: 's1', target: 'Before the reload.' }]);
    const again = await s.openProject(path);
    expect(again.recovered).toBeNull();
    expect(again.project.revision).toBe(1);
    expect(again.project.segments[0]!.target).toBe('Before the reload.');
    expect((await onDisk()).segments[0]!.target).toBe('Before the reload.');
  });

  describe('after a crash (saves journaled, file never rewritten)', () => {
    async function crashed() {
      const s = store();
      await created(s);
      await s.saveSegments(path, 0, [{ id: 's1', target: 'The government', status: 'draft' }]);
      await s.saveSegments(path, 1, [
        { id: 's1', target: 'The government adopted' },
        { id: 's3', note: 'verifică' },
      ]);
      // No timer fired, no flush: the process is gone.
    }

    it('offers the unsaved edits back, merged per segment', async () => {
      await crashed();
      const opened = await store().openProject(path);
      expect(opened.project.segments[0]!.target).toBe('');
      expect(opened.recovered).toEqual([
        { id: 's1', target: 'The government adopted', status: 'draft' },
        { id: 's3', note: 'verifică' },
      ]);
    });

    it('applies them when accepted and clears the journal', async () => {
      await crashed();
      const s = store();
      const { project } = await s.openProject(path);
      const r = await s.resolveRecovery(path, true);
      expect(r.revision).toBe(project.revision + 1);
      await s.flushAll();
      const disk = await onDisk();
      expect(disk.segments[0]).toMatchObject({ target: 'The government adopted', status: 'draft' });
      expect(disk.segments[2]!.note).toBe('verifică');
      expect(existsSync(journalPath(path))).toBe(false);
      expect((await store().openProject(path)).recovered).toBeNull();
    });

    it('drops them when declined', async () => {
      await crashed();
      const s = store();
      await s.openProject(path);
      await s.resolveRecovery(path, false);
      await s.flushAll();
      expect((await onDisk()).segments[0]!.target).toBe('');
      expect((await store().openProject(path)).recovered).toBeNull();
    });

    it('keeps offering them until resolved, even after new saves are written', async () => {
      await crashed();
      const s = store();
      const { project } = await s.openProject(path);
      await s.saveSegments(path, project.revision, [{ id: 's2', target: 'The measure takes effect on Monday.' }]);
      await s.flushAll();
      const again = await store().openProject(path);
      expect(again.project.segments[1]!.target).toBe('The measure takes effect on Monday.');
      expect(again.recovered?.map((c) => c.id)).toEqual(['s1', 's3']);
    });

    it('does not let accepted edits overwrite a segment edited since opening', async () => {
      await crashed();
      const s = store();
      const { project } = await s.openProject(path);
      await s.saveSegments(path, project.revision, [{ id: 's1', target: 'Newer text' }]);
      await s.resolveRecovery(path, true);
      await s.flushAll();
      const disk = await onDisk();
      expect(disk.segments[0]!.target).toBe('Newer text');
      expect(disk.segments[2]!.note).toBe('verifică');
    });

    it('skips a line torn by the kill and keeps the rest', async () => {
      await crashed();
      await appendFile(journalPath(path), '{"project":"p1","rev":3,"at":"x","chan');
      const opened = await store().openProject(path);
      expect(opened.recovered?.map((c) => c.id)).toEqual(['s1', 's3']);
    });
  });

  it('ignores a journal left by another project at the same path', async () => {
    const s = store();
    await created(s);
    await writeFile(
      journalPath(path),
      `${JSON.stringify({ project: 'someone-else', rev: 5, at: 'x', changes: [{ id: 's1', target: 'x' }] })}\n`,
    );
    expect((await store().openProject(path)).recovered).toBeNull();
  });

  it('refuses to save over a file another program changed, and says which file', async () => {
    const s = store();
    await created(s);
    const theirs = (await readFile(path, 'utf8')).replace('"Știri"', '"Știri (copie)"');
    await writeFile(path, theirs);
    let message = '';
    try {
      await s.saveSegments(path, 0, [{ id: 's1', target: 'mine' }]);
    } catch (e) {
      expect((e as ServiceError).code).toBe('changed-on-disk');
      message = (e as Error).message;
    }
    expect(message).toContain(path);
    expect(message).toContain('Nothing was overwritten');
    await s.flushAll();
    expect(await readFile(path, 'utf8')).toBe(theirs);
  });

  it('does not overwrite a file changed on disk between a save and its write', async () => {
    const s = store();
    await created(s);
    await s.saveSegments(path, 0, [{ id: 's1', target: 'mine' }]);
    await writeFile(path, 'their notes');
    scheduler.fireAll();
    await s.flushAll();
    expect(await readFile(path, 'utf8')).toBe('their notes');
    expect(warnings.join('\n')).toContain(path);
    expect(await readFile(journalPath(path), 'utf8')).toContain('mine');
    expect(await codeOf(s.saveSegments(path, 1, [{ id: 's2', target: 'x' }]))).toBe('changed-on-disk');
  });

  it('keeps edits refused because another program rewrote the file, and offers them on the next open', async () => {
    const s = store();
    await created(s);
    // Journaled, not yet in the file (the autosave timer has not fired).
    await s.saveSegments(path, 0, [{ id: 's1', target: 'The government adopted an ordinance' }]);
    // `dragoman pretranslate` meanwhile: reads the file at revision 0, fills segment 2, writes revision 1,
    // the very revision the journal entry above carries.
    const theirs = await onDisk();
    theirs.segments[1] = { ...theirs.segments[1]!, target: 'The measure takes effect on Monday.', status: 'draft' };
    theirs.revision += 1;
    await writeFile(path, serializeProject(theirs));
    // The translator types on: refused, since the file changed under the app.
    const more = 'The government adopted an ordinance on Thursday.';
    expect(await codeOf(s.saveSegments(path, 1, [{ id: 's1', target: more }]))).toBe('changed-on-disk');
    expect(await codeOf(s.saveSegments(path, 1, [{ id: 's3', target: 'The unions announced a protest.' }]))).toBe(
      'changed-on-disk',
    );
    await s.flushAll();

    const reopened = await store().openProject(path);
    expect(reopened.project.segments[1]!.target).toBe('The measure takes effect on Monday.');
    expect(reopened.recovered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 's1', target: more }),
        expect.objectContaining({ id: 's3', target: 'The unions announced a protest.' }),
      ]),
    );
  });

  it('keeps a journaled edit whose autosave found the file rewritten by another program', async () => {
    const s = store();
    await created(s);
    await s.saveSegments(path, 0, [{ id: 's2', target: 'mine' }]);
    const theirs = await onDisk();
    theirs.name = 'Știri (pretradus)';
    theirs.revision += 1;
    await writeFile(path, serializeProject(theirs));
    scheduler.fireAll();
    await s.flushAll();
    expect(warnings.join('\n')).toContain(path);
    const reopened = await store().openProject(path);
    expect(reopened.project.name).toBe('Știri (pretradus)');
    expect(reopened.recovered).toEqual([expect.objectContaining({ id: 's2', target: 'mine' })]);
  });

  it('reports a truncated project file with its name and leaves it alone', async () => {
    const s = store();
    await created(s);
    const full = await readFile(path, 'utf8');
    await writeFile(path, full.slice(0, 120));
    const before = await stat(path);
    let err: unknown;
    try {
      await store().openProject(path);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProjectFileError);
    expect((err as ProjectFileError).code).toBe('invalid-json');
    expect((err as Error).message).toContain(path);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('reports a missing project as not-found', async () => {
    expect(await codeOf(store().openProject(join(dir, 'nope.dragoman')))).toBe('not-found');
  });
});
