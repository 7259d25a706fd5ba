import { describe, it, expect, beforeEach, vi } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbenchService } from '../../../electron/services/workbenchService.js';
import { ServiceError } from '../../../electron/services/serviceError.js';
import { GlossaryFileStore } from '../../../glossary/node/glossaryStore.js';
import { parseGlossary } from '../../../glossary/common/codec.js';
import { apiSchemas, type NewConcept } from '../../../shared/api/workbenchApi.js';
import { codeOf, testService, tempDir } from './helpers.js';

const TEXT = 'Evgheni Prigojin a murit în august. Liderul de la Minsk a tăcut.\nLa Harkov au căzut rachete.';

/** A small TBX v2 glossary with one concept, as a colleague's tool might have written it. */
const MINSK_TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Test glossary</p></sourceDesc></fileDesc></martifHeader>
  <text>
    <body>
      <termEntry id="minsk">
        <langSet xml:lang="ro"><tig><term>Minsk</term></tig></langSet>
        <langSet xml:lang="en"><tig><term>Minsk</term></tig></langSet>
      </termEntry>
    </body>
  </text>
</martif>
`;

/** The same file after a colleague added Harkov → Kharkiv in their own copy. */
const MINSK_HARKOV_TBX = MINSK_TBX.replace(
  '    </body>',
  `      <termEntry id="harkov">
        <langSet xml:lang="ro"><tig><term>Harkov</term></tig></langSet>
        <langSet xml:lang="en"><tig><term>Kharkiv</term></tig></langSet>
      </termEntry>
    </body>`,
);

const PRIGOJIN: NewConcept = {
  ro: [{ text: 'Prigojin', status: 'preferred', type: 'properName' }],
  en: [{ text: 'Prigozhin', status: 'preferred' }],
  note: 'Wagner founder',
};

let dataDir: string;
let work: string;
let glossary: string;

function service(extra: Parameters<typeof testService>[1] = {}): WorkbenchService {
  return testService(dataDir, { userName: 'ioana', ...extra });
}

async function created(s: WorkbenchService, glossaryPaths: string[] = [glossary]) {
  const { project } = await s.createProject({
    name: 'Știri',
    sourceText: TEXT,
    sourceFormat: 'txt',
    glossaryPaths,
    savePath: join(work, 'stiri.dragoman'),
  });
  return project;
}

/** The Romanian base forms of a glossary file on disk, in file order. */
async function baseForms(path: string): Promise<string[]> {
  const g = parseGlossary(await readFile(path, 'utf8'), path);
  return g.concepts.map((c) => c.terms['ro']?.[0]?.text ?? '');
}

async function errorOf(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(err)}`);
  return err;
}

beforeEach(async () => {
  dataDir = join(await tempDir(), 'profile');
  work = await tempDir();
  glossary = join(work, 'termeni.tbx');
  await writeFile(glossary, MINSK_TBX);
});

describe('loadGlossaries', () => {
  it('sends the text once, then only "unchanged" while the stamp holds', async () => {
    const s = service();
    const project = await created(s);
    const first = await s.loadGlossaries({ path: project.path });
    expect(apiSchemas.loadGlossaries.output.parse(first)).toEqual(first);
    expect(first.glossaries).toEqual([{ path: glossary, stamp: expect.any(String), text: MINSK_TBX }]);
    const stamp = first.glossaries[0]!.stamp;
    expect(stamp).not.toBe('');
    const again = await s.loadGlossaries({ path: project.path, known: { [glossary]: stamp } });
    expect(again.glossaries).toEqual([{ path: glossary, stamp, unchanged: true }]);
  });

  it('does not read an unchanged file again when the UI polls', async () => {
    const s = service();
    const project = await created(s);
    const stamp = (await s.loadGlossaries({ path: project.path })).glossaries[0]!.stamp;
    const reads = vi.spyOn(GlossaryFileStore.prototype, 'read');
    try {
      for (let i = 0; i < 3; i++) await s.loadGlossaries({ path: project.path, known: { [glossary]: stamp } });
      expect(reads).not.toHaveBeenCalled();
      await writeFile(glossary, MINSK_HARKOV_TBX);
      const after = await s.loadGlossaries({ path: project.path, known: { [glossary]: stamp } });
      expect(after.glossaries[0]!.text).toBe(MINSK_HARKOV_TBX);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('sends the new text after a change on disk', async () => {
    const s = service();
    const project = await created(s);
    const stamp = (await s.loadGlossaries({ path: project.path })).glossaries[0]!.stamp;
    await writeFile(glossary, MINSK_HARKOV_TBX);
    const after = (await s.loadGlossaries({ path: project.path, known: { [glossary]: stamp } })).glossaries[0]!;
    expect(after.text).toBe(MINSK_HARKOV_TBX);
    expect(after.stamp).not.toBe(stamp);
    expect(after.unchanged).toBeUndefined();
  });

  it('never writes back an entry a colleague deleted: loading only reads', async () => {
    const s = service();
    const project = await created(s);
    await s.loadGlossaries({ path: project.path });
    const added = await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    // A colleague deletes our entry on purpose (and adds one of their own).
    await writeFile(glossary, MINSK_HARKOV_TBX);
    const after = (await s.loadGlossaries({ path: project.path, known: { [glossary]: added.glossary.stamp } }))
      .glossaries[0]!;
    expect(after.text).toBe(MINSK_HARKOV_TBX);
    expect(await readFile(glossary, 'utf8')).toBe(MINSK_HARKOV_TBX);
    expect(await baseForms(glossary)).toEqual(['Minsk', 'Harkov']);
  });

  it('hands out a file that does not parse as it is and writes nothing', async () => {
    const s = service();
    const project = await created(s);
    const added = await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    const broken = '<martif><text><body><termEntry>\n';
    await writeFile(glossary, broken);
    const after = (await s.loadGlossaries({ path: project.path, known: { [glossary]: added.glossary.stamp } }))
      .glossaries[0]!;
    expect(after.text).toBe(broken);
    expect(await readFile(glossary, 'utf8')).toBe(broken);
  });

  it('reports a missing, oversized or non-UTF-8 glossary by name, and still loads the others', async () => {
    const missing = join(work, 'lipsă.tbx');
    const latin = join(work, 'vechi.tsv');
    await writeFile(missing, MINSK_TBX);
    // "ș" in Windows-1250 is 0xBA, which is not UTF-8.
    await writeFile(latin, Buffer.from([0x70, 0x61, 0xba, 0x61, 0x09, 0x73, 0x74, 0x65, 0x70, 0x0a]));
    const s = service({ maxGlossaryBytes: 1_000 });
    const big = join(work, 'mare.tbx');
    await writeFile(big, MINSK_TBX + ' '.repeat(1_000));
    const project = await created(s, [glossary, missing, latin, big]);
    await rm(missing);
    const { glossaries } = await s.loadGlossaries({ path: project.path });
    expect(glossaries[0]!.text).toBe(MINSK_TBX);
    expect(glossaries[1]).toEqual({
      path: missing,
      stamp: '',
      error: { code: 'not-found', message: expect.stringContaining(missing) },
    });
    expect(glossaries[2]!.error).toEqual({ code: 'invalid-file', message: expect.stringContaining(`${latin}:1:3`) });
    expect(glossaries[3]!.error).toEqual({ code: 'too-large', message: expect.stringContaining(big) });
    expect(glossaries[3]!.text).toBeUndefined();
  });

  it('refuses a project that is not open', async () => {
    expect(await codeOf(service().loadGlossaries({ path: join(work, 'stiri.dragoman') }))).toBe('not-open');
  });
});

describe('addGlossaryEntry', () => {
  it('appends to the first glossary and returns its new stamp, not its text', async () => {
    const s = service();
    const project = await created(s);
    const result = await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    expect(apiSchemas.addGlossaryEntry.output.parse(result)).toEqual(result);
    expect(result.glossary.path).toBe(glossary);
    // The UI reloads the text through loadGlossaries, off its own thread.
    expect(result.glossary.text).toBeUndefined();
    const g = parseGlossary(await readFile(glossary, 'utf8'), glossary);
    expect(g.concepts.map((c) => c.id)).toEqual(['minsk', result.conceptId]);
    expect(g.concepts[1]).toMatchObject({
      note: 'Wagner founder',
      terms: {
        ro: [{ text: 'Prigojin', status: 'preferred', type: 'properName' }],
        en: [{ text: 'Prigozhin', status: 'preferred' }],
      },
    });
    const poll = await s.loadGlossaries({ path: project.path, known: { [glossary]: result.glossary.stamp } });
    expect(poll.glossaries[0]!.unchanged).toBe(true);
  });

  it('gives every entry its own id', async () => {
    const s = service();
    const project = await created(s);
    const a = await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    const b = await s.addGlossaryEntry({
      path: project.path,
      concept: { ro: [{ text: 'Harkov', status: 'preferred' }], en: [{ text: 'Kharkiv', status: 'preferred' }] },
    });
    expect(a.conceptId).not.toBe(b.conceptId);
    expect(await baseForms(glossary)).toEqual(['Minsk', 'Prigojin', 'Harkov']);
  });

  it('keeps a TSV glossary in TSV', async () => {
    const tsv = join(work, 'nume.tsv');
    await writeFile(tsv, 'Minsk\tMinsk\n');
    const s = service();
    const project = await created(s, [glossary, tsv]);
    await s.addGlossaryEntry({ path: project.path, glossary: tsv, concept: PRIGOJIN });
    const text = await readFile(tsv, 'utf8');
    expect(text).toContain('Minsk\tMinsk');
    expect(text).toContain('Prigojin\tPrigozhin');
    expect(await readFile(glossary, 'utf8')).toBe(MINSK_TBX);
  });

  it('refuses a malformed TBX with its line, leaving the file byte for byte as it was', async () => {
    const broken = Buffer.from(MINSK_TBX.replace('</termEntry>', '</termEntri>'), 'utf8');
    await writeFile(glossary, broken);
    const s = service();
    const project = await created(s);
    const err = await errorOf(s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN }));
    expect(err.code).toBe('invalid-file');
    expect(err.params?.['line']).toBe(9);
    expect(err.message).toContain(`${glossary}:9:`);
    expect((await readFile(glossary)).equals(broken)).toBe(true);
  });

  it('refuses a glossary that is not the project’s', async () => {
    const s = service();
    const project = await created(s);
    const other = join(work, 'altul.tbx');
    await writeFile(other, MINSK_TBX);
    const err = await errorOf(s.addGlossaryEntry({ path: project.path, glossary: other, concept: PRIGOJIN }));
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain(other);
    expect(await readFile(other, 'utf8')).toBe(MINSK_TBX);
  });

  it('creates <project>.tbx for a project without a glossary, and the project lists it after reopening', async () => {
    const s = service();
    const project = await created(s, []);
    const result = await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    const made = join(work, 'stiri.tbx');
    expect(result.glossary.path).toBe(made);
    expect(existsSync(made)).toBe(true);
    expect(await baseForms(made)).toEqual(['Prigojin']);
    const stored = JSON.parse(await readFile(project.path, 'utf8')) as { glossaries: string[] };
    expect(stored.glossaries).toEqual(['stiri.tbx']);

    const reopened = await service().openProject({ path: project.path });
    expect(reopened.project.glossaries).toEqual([made]);
    const later = service();
    await later.openProject({ path: project.path });
    const { glossaries } = await later.loadGlossaries({ path: project.path });
    expect(glossaries[0]!.text).toContain('Prigozhin');
  });

  it('keeps autosave working after the project file gained a glossary', async () => {
    const s = service();
    const project = await created(s, []);
    await s.saveSegments({ path: project.path, baseRevision: 0, changes: [{ id: 's1', target: 'Yevgeny Prigozhin' }] });
    await s.addGlossaryEntry({ path: project.path, concept: PRIGOJIN });
    const saved = await s.saveSegments({ path: project.path, baseRevision: 1, changes: [{ id: 's2', target: 'x' }] });
    expect(saved.revision).toBe(2);
    await s.flush();
    const stored = JSON.parse(await readFile(project.path, 'utf8')) as {
      glossaries: string[];
      segments: Array<{ target: string }>;
    };
    expect(stored.glossaries).toEqual(['stiri.tbx']);
    expect(stored.segments.map((x) => x.target).slice(0, 2)).toEqual(['Yevgeny Prigozhin', 'x']);
  });
});
