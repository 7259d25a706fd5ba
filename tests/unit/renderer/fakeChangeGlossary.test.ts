import { describe, expect, it } from 'vitest';
import { createFakeApi, FAKE_SAMPLE_GLOSSARY } from '../../../renderer/api/fakeApi.js';
import { parseGlossary } from '../../../glossary/common/codec.js';
import { conceptToWire } from '../../../glossary/common/glossaryChanges.js';
import type { ConceptWire } from '../../../shared/api/workbenchApi.js';

/** The fake "disk" copy of the sample glossary's concept `id`, as the UI would have been shown it. */
function shown(api: ReturnType<typeof createFakeApi>, id: string): ConceptWire {
  const g = parseGlossary(api.glossaryText(FAKE_SAMPLE_GLOSSARY)!, FAKE_SAMPLE_GLOSSARY);
  return conceptToWire(g.concepts.find((c) => c.id === id)!);
}

function renamed(c: ConceptWire, en: string): ConceptWire {
  return { ...c, terms: { ...c.terms, en: [{ text: en, status: 'preferred' }] } };
}

describe('fake changeGlossary (the UI develops against the store’s rules)', () => {
  const now = () => new Date('2026-12-04T10:00:00Z');

  it('adds, edits and deletes, stamping who and when', async () => {
    const api = createFakeApi({ now, userName: 'ioana' });
    const { project } = await api.openSample({});
    const csi = shown(api, 'c-csi');
    const sua = shown(api, 'c-sua');
    const out = await api.changeGlossary({
      glossary: FAKE_SAMPLE_GLOSSARY,
      project: project.path,
      changes: [
        {
          kind: 'add',
          concept: { ro: [{ text: 'Bălți', status: 'preferred' }], en: [{ text: 'Balti', status: 'preferred' }] },
        },
        { kind: 'edit', key: 'id:c-csi', base: csi, next: renamed(csi, 'CIS') },
        { kind: 'delete', key: 'id:c-sua', base: sua },
      ],
    });
    expect(out.conflicts).toEqual([]);
    expect(out.applied.map((a) => a.id)).toEqual([expect.stringMatching(/^c-fake-/), 'c-csi', 'c-sua']);
    const g = parseGlossary(api.glossaryText(FAKE_SAMPLE_GLOSSARY)!, FAKE_SAMPLE_GLOSSARY);
    expect(g.concepts.some((c) => c.id === 'c-sua')).toBe(false);
    expect(g.concepts.find((c) => c.id === 'c-csi')!.terms['en']!.map((t) => t.text)).toEqual(['CIS']);
    expect(g.concepts.some((c) => c.terms['en']?.[0]?.text === 'Balti')).toBe(true);
    const loaded = await api.loadGlossaries({ path: project.path });
    expect(loaded.glossaries[0]!.stamp).toBe(out.stamp);
  });

  it('reports a conflict instead of overwriting a colleague’s edit, and applies nothing for it', async () => {
    const api = createFakeApi({ now });
    await api.openSample({});
    const csi = shown(api, 'c-csi');
    // A colleague renames the English term meanwhile.
    const before = api.glossaryText(FAKE_SAMPLE_GLOSSARY)!;
    api.setGlossaryText(FAKE_SAMPLE_GLOSSARY, before.replace('<term>CIS</term>', '<term>C.I.S.</term>'));
    const colleagues = api.glossaryText(FAKE_SAMPLE_GLOSSARY);
    const edit = await api.changeGlossary({
      glossary: FAKE_SAMPLE_GLOSSARY,
      changes: [{ kind: 'edit', key: 'id:c-csi', base: csi, next: renamed(csi, 'the CIS') }],
    });
    expect(edit.applied).toEqual([]);
    expect(edit.conflicts).toHaveLength(1);
    expect(edit.conflicts[0]).toMatchObject({ index: 0, key: 'id:c-csi', mine: renamed(csi, 'the CIS') });
    expect(edit.conflicts[0]!.theirs!.terms['en']![0]!.text).toBe('C.I.S.');
    const del = await api.changeGlossary({
      glossary: FAKE_SAMPLE_GLOSSARY,
      changes: [{ kind: 'delete', key: 'id:c-csi', base: csi }],
    });
    expect(del.conflicts[0]).toMatchObject({ mine: null });
    expect(api.glossaryText(FAKE_SAMPLE_GLOSSARY)).toBe(colleagues);
  });

  it('answers locked while another writer holds the file, then applies the resent change', async () => {
    const api = createFakeApi({ now, lockedGlossaryCalls: 1 });
    await api.openSample({});
    const add = {
      kind: 'add' as const,
      concept: {
        ro: [{ text: 'Bălți', status: 'preferred' as const }],
        en: [{ text: 'Balti', status: 'preferred' as const }],
      },
    };
    await expect(api.changeGlossary({ glossary: FAKE_SAMPLE_GLOSSARY, changes: [add] })).rejects.toMatchObject({
      code: 'locked',
    });
    expect(api.glossaryText(FAKE_SAMPLE_GLOSSARY)).not.toContain('Bălți');
    await api.changeGlossary({ glossary: FAKE_SAMPLE_GLOSSARY, changes: [add] });
    expect(api.glossaryText(FAKE_SAMPLE_GLOSSARY)).toContain('Bălți');
  });
});
