import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createFakeApi, FAKE_SAMPLE_GLOSSARY, generatedSourceText } from '../../../renderer/api/fakeApi.js';
import { parseGlossary } from '../../../glossary/common/codec.js';

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

describe('fake WorkbenchApi: glossaries and project settings', () => {
  it('gives the sample the bundled glossary, then answers "unchanged" for a known stamp', async () => {
    const api = createFakeApi();
    const { project } = await api.openSample({});
    expect(project.glossaries).toEqual([FAKE_SAMPLE_GLOSSARY]);
    const [first] = (await api.loadGlossaries({ path: project.path })).glossaries;
    expect(first!.text).toBe(readFileSync('samples/glossary.tbx', 'utf8'));
    const [again] = (await api.loadGlossaries({ path: project.path, known: { [first!.path]: first!.stamp } }))
      .glossaries;
    expect(again).toEqual({ path: FAKE_SAMPLE_GLOSSARY, stamp: first!.stamp, unchanged: true });
  });

  it('adds an entry to the glossary text, under a new stamp', async () => {
    const api = createFakeApi();
    const { project } = await api.openSample({});
    const before = (await api.loadGlossaries({ path: project.path })).glossaries[0]!;
    const added = await api.addGlossaryEntry({
      path: project.path,
      concept: { ro: [{ text: 'Harkov', status: 'preferred' }], en: [{ text: 'Kharkiv', status: 'preferred' }] },
    });
    expect(added.glossary.stamp).not.toBe(before.stamp);
    const g = parseGlossary(added.glossary.text!, FAKE_SAMPLE_GLOSSARY);
    expect(g.concepts.at(-1)).toMatchObject({ id: added.conceptId, terms: { en: [{ text: 'Kharkiv' }] } });
    const [now] = (await api.loadGlossaries({ path: project.path, known: { [before.path]: before.stamp } })).glossaries;
    expect(now!.text).toBe(added.glossary.text);
  });

  it('gives a project without a glossary one named after it', async () => {
    const api = createFakeApi();
    const { project } = await api.createProject({
      name: 'Rapid',
      sourceText: 'La Harkov au căzut rachete.',
      sourceFormat: 'txt',
      glossaryPaths: [],
    });
    const added = await api.addGlossaryEntry({
      path: project.path,
      concept: { ro: [{ text: 'Harkov', status: 'preferred' }], en: [{ text: 'Kharkiv', status: 'preferred' }] },
    });
    expect(added.glossary.path).toBe('/fake/Rapid.tbx');
    expect((await api.openProject({ path: project.path })).project.glossaries).toEqual(['/fake/Rapid.tbx']);
  });

  it('ignores findings with who and when, keeps the revision, and refuses unknown checks', async () => {
    const api = createFakeApi({ now: () => new Date('2026-11-27T08:00:00Z'), userName: 'ioana' });
    const { project } = await api.openSample({});
    const settings = await api.updateProjectSettings({
      path: project.path,
      ignore: ['whitespace:s1:0-1:k'],
      checks: { 'quote-style': { enabled: false } },
    });
    expect(settings).toEqual({
      checks: { 'quote-style': { enabled: false } },
      ignoredFindings: [{ id: 'whitespace:s1:0-1:k', by: 'ioana', at: '2026-11-27T08:00:00.000Z' }],
      dictionary: [],
    });
    expect((await api.openProject({ path: project.path })).project).toMatchObject({ revision: 0, settings });
    await expect(
      api.updateProjectSettings({ path: project.path, checks: { 'no-such-check': { enabled: false } } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
