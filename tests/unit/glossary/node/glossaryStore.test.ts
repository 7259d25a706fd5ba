import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../../glossary/common/codec.js';
import { conceptKeys } from '../../../../glossary/common/conceptEdit.js';
import { conceptToWire } from '../../../../glossary/common/glossaryChanges.js';
import { GlossaryFileStore } from '../../../../glossary/node/glossaryStore.js';
import { GlossaryStoreError } from '../../../../glossary/node/storeError.js';
import type { ConceptWire, NewConcept } from '../../../../shared/api/workbenchApi.js';

/** A TBX a colleague's tool wrote: a comment, a header, an unknown data category. */
const TEAM_TBX = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Glosarul echipei: nu ștergeți intrările, marcați-le deprecated. -->
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Echipa de știri</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="minsk">
        <descrip type="x-client-code">BY-01</descrip>
        <langSec xml:lang="ro"><termSec><term>Minsk</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Minsk</term></termSec></langSec>
      </conceptEntry>
      <conceptEntry id="harkov">
        <langSec xml:lang="ro"><termSec><term>Harkov</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Kharkov</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

const BALTI: NewConcept = {
  ro: [{ text: 'Bălți', status: 'preferred' }],
  en: [{ text: 'Balti', status: 'preferred' }],
};

const FAST = { staleMs: 2000, waitMs: 300, retryMs: 10 };

function setup(text = TEAM_TBX, name = 'team.tbx') {
  const dir = mkdtempSync(join(tmpdir(), 'dragoman-store-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  let n = 0;
  const store = new GlossaryFileStore({
    now: () => new Date('2026-12-04T09:30:00Z'),
    userName: 'ioana',
    random: () => `r${++n}`,
    lock: FAST,
  });
  return { dir, file, store };
}

function conceptOf(file: string, id: string): ConceptWire {
  const g = parseGlossary(readFileSync(file, 'utf8'), file);
  return conceptToWire(g.concepts.find((c) => c.id === id)!);
}

function withEnglish(c: ConceptWire, en: string): ConceptWire {
  return { ...c, terms: { ...c.terms, en: [{ text: en, status: 'preferred' }] } };
}

describe('GlossaryFileStore.change', () => {
  it('adds in the file’s own form and keeps every other byte, stamping who and when', async () => {
    const { file, store } = setup();
    const out = await store.change(file, [{ kind: 'add', concept: BALTI }]);
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('      <conceptEntry id="c-');
    expect(text.slice(0, cut) + text.slice(text.indexOf('</conceptEntry>', cut) + '</conceptEntry>\n'.length)).toBe(
      TEAM_TBX,
    );
    expect(out.applied).toEqual([{ key: `id:${out.applied[0]!.id}`, id: expect.stringMatching(/^c-/) }]);
    const added = parseGlossary(text, file).concepts.at(-1)!;
    expect(added.created).toEqual({ by: 'ioana', at: '2026-12-04T09:30:00.000Z' });
    expect(out.stamp).toBe(await store.stamp(file));
  });

  it('re-reads the file: a colleague’s entry written after our read is kept', async () => {
    const { file, store } = setup();
    await store.read(file);
    // A colleague's app writes between our read and our change.
    writeFileSync(file, TEAM_TBX.replace('Kharkov', 'Kharkiv'));
    await store.change(file, [{ kind: 'add', concept: BALTI }]);
    const g = parseGlossary(readFileSync(file, 'utf8'), file);
    expect(g.concepts.map((c) => c.terms['en']![0]!.text)).toEqual(['Minsk', 'Kharkiv', 'Balti']);
  });

  it('edits only a concept that still has the content the user saw, and stamps modified', async () => {
    const { file, store } = setup();
    const base = conceptOf(file, 'harkov');
    const out = await store.change(file, [
      { kind: 'edit', key: 'id:harkov', base, next: withEnglish(base, 'Kharkiv') },
    ]);
    expect(out).toMatchObject({ applied: [{ key: 'id:harkov', id: 'harkov' }], conflicts: [] });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('<term>Kharkiv</term>');
    expect(text).toContain('<descrip type="x-client-code">BY-01</descrip>');
    expect(parseGlossary(text, file).concepts[1]!.modified).toEqual({ by: 'ioana', at: '2026-12-04T09:30:00.000Z' });
  });

  it('edit vs a colleague’s edit: a conflict with both versions, nothing written', async () => {
    const { file, store } = setup();
    const base = conceptOf(file, 'harkov');
    const theirs = TEAM_TBX.replace('Kharkov', 'Kharkiv');
    writeFileSync(file, theirs);
    const mine = withEnglish(base, 'Harkiv');
    const out = await store.change(file, [{ kind: 'edit', key: 'id:harkov', base, next: mine }]);
    expect(out.applied).toEqual([]);
    expect(out.conflicts).toEqual([
      { index: 0, key: 'id:harkov', mine, theirs: expect.objectContaining({ id: 'harkov' }) },
    ]);
    expect(out.conflicts[0]!.theirs!.terms['en']![0]!.text).toBe('Kharkiv');
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('delete vs a colleague’s edit: a conflict, the edited concept stays', async () => {
    const { file, store } = setup();
    const base = conceptOf(file, 'harkov');
    writeFileSync(file, TEAM_TBX.replace('Kharkov', 'Kharkiv'));
    const out = await store.change(file, [{ kind: 'delete', key: 'id:harkov', base }]);
    expect(out.conflicts).toMatchObject([{ index: 0, key: 'id:harkov', mine: null }]);
    expect(readFileSync(file, 'utf8')).toContain('Kharkiv');
  });

  it('edit vs a colleague’s delete: a conflict whose theirs is null', async () => {
    const { file, store } = setup();
    const base = conceptOf(file, 'harkov');
    const start = TEAM_TBX.indexOf('      <conceptEntry id="harkov">');
    const end = TEAM_TBX.indexOf('</conceptEntry>', start) + '</conceptEntry>\n'.length;
    const deleted = TEAM_TBX.slice(0, start) + TEAM_TBX.slice(end);
    writeFileSync(file, deleted);
    const out = await store.change(file, [
      { kind: 'edit', key: 'id:harkov', base, next: withEnglish(base, 'Kharkiv') },
    ]);
    expect(out.conflicts).toEqual([{ index: 0, key: 'id:harkov', mine: withEnglish(base, 'Kharkiv'), theirs: null }]);
    expect(readFileSync(file, 'utf8')).toBe(deleted);
  });

  it('deletes by key in a TSV, leaving comments and other lines as they were', async () => {
    const tsv = '# echipa\r\nMinsk\tMinsk\r\nHarkov\tKharkov\r\nBălți\tBalti\r\n';
    const { file, store } = setup(tsv, 'team.tsv');
    const g = parseGlossary(tsv, file);
    expect(conceptKeys(g)).toEqual(['ro:Minsk', 'ro:Harkov', 'ro:Bălți']);
    const out = await store.change(file, [{ kind: 'delete', key: 'ro:Harkov', base: conceptToWire(g.concepts[1]!) }]);
    expect(out.conflicts).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('# echipa\r\nMinsk\tMinsk\r\nBălți\tBalti\r\n');
  });

  it('keeps a UTF-8 byte order mark', async () => {
    const { file, store } = setup('\uFEFFMinsk\tMinsk\n', 'team.tsv');
    await store.add(file, BALTI);
    expect(readFileSync(file)).toEqual(Buffer.from('\uFEFFMinsk\tMinsk\nBălți\tBalti\n', 'utf8'));
  });

  it('refuses a file that does not parse with its line, and leaves it as it was', async () => {
    const broken = '<tbx><text><body><conceptEntry id="x">\n';
    const { file, store } = setup(broken);
    const err = await store.add(file, BALTI).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GlossaryStoreError);
    expect(err).toMatchObject({ code: 'invalid-file', params: { file } });
    expect((err as Error).message).toMatch(/Nothing was changed/);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('answers locked, naming the file, while another writer holds the lock; writes nothing', async () => {
    const { dir, file, store } = setup();
    // Another writer's live lock (fresh mtime): proper-lockfile's lock folder.
    await mkdir(`${file}.lock`);
    let waited = 0;
    const err = await store.add(file, BALTI, { onWait: () => waited++ }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'locked', params: { file } });
    expect((err as Error).message).toBe(
      `${file} is being written by another user; your change is kept and will be retried.`,
    );
    expect(waited).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(TEAM_TBX);
    expect(readdirSync(dir).sort()).toEqual(['team.tbx', 'team.tbx.lock']);
  });

  it('removes the temp files killed writers left, and leaves other files alone', async () => {
    const { dir, file, store } = setup();
    writeFileSync(join(dir, '.team.tbx.dragoman-tmp-4242-deadbeef'), '<tbx>half a fi');
    writeFileSync(join(dir, '.other.tbx.dragoman-tmp-4242-deadbeef'), 'not ours');
    await store.add(file, BALTI);
    expect(readdirSync(dir).sort()).toEqual(['.other.tbx.dragoman-tmp-4242-deadbeef', 'team.tbx']);
  });

  it('creates an empty glossary once and refuses to overwrite when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dragoman-store-'));
    const file = join(dir, 'new.tbx');
    const { store } = setup();
    expect(await store.create(file)).toBe(true);
    expect(parseGlossary(readFileSync(file, 'utf8'), file).concepts).toEqual([]);
    expect(await store.create(file)).toBe(false);
    await expect(store.create(file, { refuseExisting: true })).rejects.toMatchObject({ code: 'exists' });
  });
});

describe('GlossaryFileStore.rewrite (whole-file writers such as a merge result)', () => {
  it('hands each writer the file as the previous one left it, so two rewrites at once keep both', async () => {
    const { file } = setup('Minsk\tMinsk\n', 'team.tsv');
    // Two stores stand for two processes: only the file lock keeps them apart.
    const [a, b] = [setup().store, setup().store];
    const append = (line: string) => (current: { text: string } | null) => ({
      text: `${current?.text ?? ''}${line}\n`,
      encoding: 'utf8' as const,
    });
    await Promise.all([a.rewrite(file, append('Harkov\tKharkiv')), b.rewrite(file, append('Bălți\tBalti'))]);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Minsk\tMinsk');
    expect(lines.slice(1).sort()).toEqual(['Bălți\tBalti', 'Harkov\tKharkiv']);
  });

  it('leaves the file byte for byte when the writer has nothing to change, and waits for a held lock', async () => {
    const { file, store } = setup();
    const before = readFileSync(file);
    expect(await store.rewrite(file, () => null)).toMatch(/^\d+:/);
    expect(readFileSync(file)).toEqual(before);
    await mkdir(`${file}.lock`);
    await expect(store.rewrite(file, () => ({ text: 'x', encoding: 'utf8' }))).rejects.toMatchObject({
      code: 'locked',
    });
    expect(readFileSync(file)).toEqual(before);
  });
});

describe('GlossaryFileStore: putting a deleted concept back (Undo)', () => {
  const rich: ConceptWire = {
    id: 'c-csi',
    note: 'Organizație regională.',
    definition: 'Asociere de state foste sovietice, fondată în 1991.',
    created: { by: 'radu', at: '2026-11-02T08:00:00.000Z' },
    terms: {
      ro: [{ text: 'CSI', status: 'preferred', type: 'acronym', partOfSpeech: 'noun', caseSensitive: true }],
      en: [
        { text: 'CIS', status: 'preferred', type: 'acronym' },
        { text: 'Commonwealth of Independent States', status: 'admitted', type: 'fullForm' },
      ],
    },
  };

  it('brings back every field it had, its id and its creator, stamped as modified now', async () => {
    const { file, store } = setup();
    await store.change(file, [{ kind: 'restore', concept: rich }]);
    await store.change(file, [{ kind: 'delete', key: 'id:c-csi', base: conceptOf(file, 'c-csi') }]);
    expect(() => conceptOf(file, 'c-csi')).toThrow();
    const out = await store.change(file, [{ kind: 'restore', concept: rich }]);
    expect(out.applied).toEqual([{ key: 'id:c-csi', id: 'c-csi' }]);
    expect(conceptOf(file, 'c-csi')).toEqual({
      ...rich,
      modified: { by: 'ioana', at: '2026-12-04T09:30:00.000Z' },
    });
  });

  it('takes a new id when a colleague used the old one meanwhile, and leaves their concept alone', async () => {
    const { file, store } = setup();
    const out = await store.change(file, [{ kind: 'restore', concept: { ...rich, id: 'minsk' } }]);
    const id = out.applied[0]!.id;
    expect(id).not.toBe('minsk');
    expect(conceptOf(file, 'minsk').terms['en']).toEqual([{ text: 'Minsk', status: 'preferred' }]);
    expect(conceptOf(file, id).definition).toBe(rich.definition);
  });
});
