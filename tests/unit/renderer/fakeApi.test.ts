import { describe, expect, it } from 'vitest';
import { createFakeApi, generatedSourceText } from '../../../renderer/api/fakeApi.js';

describe('fake WorkbenchApi (UI development and tests)', () => {
  it('creates a project by segmenting the Romanian text, paragraphs kept', async () => {
    const api = createFakeApi();
    const { project } = await api.createProject({
      name: 'Știri',
      sourceText:
        'Guvernul a adoptat ieri o ordonanță. Măsura intră în vigoare luni.\nSindicatele au anunțat proteste.',
      sourceFormat: 'txt',
      glossaryPaths: ['/g/glosar.tbx'],
    });
    expect(project.segments.map((s) => [s.source, s.paragraph, s.status])).toEqual([
      ['Guvernul a adoptat ieri o ordonanță.', 0, 'untranslated'],
      ['Măsura intră în vigoare luni.', 0, 'untranslated'],
      ['Sindicatele au anunțat proteste.', 1, 'untranslated'],
    ]);
    expect(project.glossaries).toEqual(['/g/glosar.tbx']);
  });

  it('applies saves, bumps the revision and refuses a stale one', async () => {
    const api = createFakeApi({ now: () => new Date('2026-01-02T03:04:05Z') });
    const { project } = await api.openSample({});
    const id = project.segments[0]!.id;
    expect(
      await api.saveSegments({
        path: project.path,
        baseRevision: 0,
        changes: [{ id, target: 'The council', status: 'draft' }],
      }),
    ).toEqual({
      revision: 1,
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    await expect(
      api.saveSegments({ path: project.path, baseRevision: 0, changes: [{ id, target: 'x' }] }),
    ).rejects.toMatchObject({
      code: 'stale-revision',
    });
    const reopened = await api.openProject({ path: project.path });
    expect(reopened.project.segments[0]).toMatchObject({ target: 'The council', status: 'draft' });
  });

  it('offers recovered edits once and applies them only when accepted', async () => {
    const api = createFakeApi({ recovered: [{ id: 's1', target: 'Recovered draft' }] });
    const first = await api.openSample({});
    expect(first.recovered).toEqual([{ id: 's1', target: 'Recovered draft' }]);
    await api.resolveRecovery({ path: first.project.path, accept: true });
    const again = await api.openProject({ path: first.project.path });
    expect(again.recovered).toBeNull();
    expect(again.project.segments[0]?.target).toBe('Recovered draft');
  });

  it('generates a large sample of the requested size', async () => {
    const api = createFakeApi({ sampleSize: 1200 });
    expect((await api.openSample({})).project.segments).toHaveLength(1200);
    expect(generatedSourceText(3).split('\n')).toHaveLength(2);
  });
});
