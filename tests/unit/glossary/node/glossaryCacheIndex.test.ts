import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseTbx, writeTbx } from '../../../../glossary/common/tbx.js';
import { buildTermIndex, type TermIndex } from '../../../../glossary/common/termIndex.js';
import { cachedTermIndex, glossaryCacheFile, type GlossarySource } from '../../../../glossary/node/glossaryCache.js';
import type { Glossary, Term } from '../../../../shared/model/glossary.js';
import { tempFolder } from '../../cli/runCli.js';

const t = (text: string, extra: Partial<Term> = {}): Term => ({ text, status: 'preferred', ...extra });

const glossary: Glossary = {
  concepts: [
    {
      id: 'csi',
      definition: 'Organizație regională a unor foste republici sovietice.',
      terms: {
        ro: [t('CSI', { type: 'acronym' }), t('Comunitatea Statelor Independente')],
        en: [t('CIS'), t('Commonwealth of Independent States')],
      },
    },
    { id: 'unsc', terms: { ro: [t('Consiliul de Securitate')], en: [t('Security Council')] } },
    { id: 'council', terms: { ro: [t('consiliu')], en: [t('council')] } },
    {
      id: 'polpris',
      terms: {
        ro: [t('prizonier politic'), t('deținut politic', { status: 'admitted' })],
        en: [t('political prisoner'), t('prisoner of conscience', { status: 'deprecated' })],
      },
    },
    { id: 'minsk', terms: { ro: [t('Minsk')], en: [t('Minsk')] } },
    { id: 'stat', terms: { ro: [t('stat membru')], en: [t('member state')] } },
    { id: 'tara', terms: { ro: [t('țară')], en: [t('country')] } },
    { id: 'guvern', terms: { ro: [t('Guvern', { caseSensitive: true })], en: [t('Government')] } },
    { id: 'nr', terms: { ro: [t('n.r.', { type: 'abbreviation' })], en: [t("editor's note")] } },
    { id: 'cadre', terms: { ro: [t('cadre', { exact: true })], en: [t('staff', { exact: true })] } },
    // A second concept with a Romanian term another one has: both are found.
    { id: 'council2', terms: { ro: [t('consiliu')], en: [t('board')] } },
  ],
};

const SOURCES = [
  'Statele membre ale Comunității Statelor Independente s-au întâlnit la Minsk.',
  'Membrii Consiliului de Securitate au cerut eliberarea prizonierilor politici din Minskului.',
  'Consiliile au discutat despre deținuții politici și despre țările vecine (n.r. CSI-ului).',
  'Guvernul a trimis cadrele; guvernul nu a răspuns; tara nu e țara.',
  'Fara diacritice: tarile si statele membre ale Comunitatii.',
];
const TARGETS = [
  "The member states of the Commonwealth of Independent States met in Minsk (editor's note).",
  'Members of the Security Council called for the release of political prisoners and prisoners of conscience.',
  "The councils and the board discussed the Government's staff and the CIS countries.",
];

function source(path: string, parsed: { count: number }): GlossarySource {
  return {
    path,
    read: () => Promise.resolve({ bytes: readFileSync(path), stat: statSync(path) }),
    decode: (bytes) => new TextDecoder().decode(bytes),
    parse: (text) => {
      parsed.count++;
      return parseTbx(text, path);
    },
  };
}

/** Everything the checks and the UI ask an index, on the texts above. */
function answers(index: TermIndex): unknown {
  return {
    size: index.size,
    sourceTerms: index.sourceTermCount,
    targetTerms: index.targetTermCount,
    source: SOURCES.map((s) => index.findSource(s)),
    target: TARGETS.map((s) => index.findTarget(s)),
    targetFor: TARGETS.map((s) => ['csi', 'polpris', 'council', 'council2'].map((id) => index.findTargetFor(id, s))),
    words: ['Minskului', 'consiliilor', 'țări', 'tari', 'n.r.', 'Guvernului', 'guvernului'].map((w) =>
      index.lookupSourceWord(w),
    ),
    concepts: ['csi', 'tara', 'nr', 'council2', 'nope'].map((id) => index.concept(id)),
  };
}

function setup(): { dir: string; path: string; cache: string } {
  const dir = tempFolder({ 'g.tbx': writeTbx(glossary) });
  return { dir, path: join(dir, 'g.tbx'), cache: join(dir, 'cache') };
}

describe('the term index in the glossary cache', () => {
  it('answers from the cache exactly as an index built from the parsed file', async () => {
    const { path, cache } = setup();
    const built = buildTermIndex(parseTbx(readFileSync(path, 'utf8'), path));
    const parsed = { count: 0 };
    const cold = await cachedTermIndex(source(path, parsed), { dir: cache });
    const warm = await cachedTermIndex(source(path, parsed), { dir: cache });
    expect([cold.hit, warm.hit, parsed.count]).toEqual([false, 'index', 1]);
    expect(answers(warm.index)).toEqual(answers(built));
    expect(answers(cold.index)).toEqual(answers(built));
    // What a user sees: inflected forms of the glossary's terms, found from the cache.
    const found = warm.index.findSource(SOURCES[1]!).map((m) => [m.conceptId, m.surface]);
    expect(found).toEqual([
      ['unsc', 'Consiliului de Securitate'],
      ['polpris', 'prizonierilor politici'],
      ['minsk', 'Minskului'],
    ]);
    expect(warm.index.findSource(SOURCES[0]!).map((m) => [m.conceptId, m.surface])).toEqual([
      ['csi', 'Comunității Statelor Independente'],
      ['minsk', 'Minsk'],
    ]);
    expect(warm.index.concept('csi')?.definition).toBe(glossary.concepts[0]!.definition);
  });

  it('rebuilds a damaged index section from the cached glossary, and a damaged cache from the file', async () => {
    const { path, cache } = setup();
    const parsed = { count: 0 };
    const cold = await cachedTermIndex(source(path, parsed), { dir: cache });
    const expected = answers(cold.index);
    const file = glossaryCacheFile(cache, path);
    const good = readFileSync(file);

    // The index section's string count made impossible, the checksum made to agree: only the section's own check sees it.
    const damaged = Uint8Array.from(good);
    const view = new DataView(damaged.buffer);
    const keyLength = view.getUint32(12, true);
    const start = (16 + keyLength + 8 + 3) & ~3;
    const glossaryLength = view.getUint32(start, true);
    view.setUint32(start + 8 + glossaryLength, 0xffffff, true);
    view.setUint32(16 + keyLength + 4, crc32(damaged.subarray(start)), true);
    writeFileSync(file, damaged);
    const again = await cachedTermIndex(source(path, parsed), { dir: cache });
    expect([again.hit, parsed.count]).toEqual(['glossary', 1]);
    expect(answers(again.index)).toEqual(expected);
    expect(readFileSync(file).equals(good)).toBe(true);

    // A flipped byte in the index without a matching checksum: the whole cache is refused and the file parsed.
    writeFileSync(
      file,
      Uint8Array.from(good, (b, i) => (i === good.length - 5 ? b ^ 0x40 : b)),
    );
    const reparsed = await cachedTermIndex(source(path, parsed), { dir: cache });
    expect([reparsed.hit, parsed.count]).toEqual([false, 2]);
    expect(answers(reparsed.index)).toEqual(expected);
    expect(readFileSync(file).equals(good)).toBe(true);
    expect((await cachedTermIndex(source(path, parsed), { dir: cache })).hit).toBe('index');
  });

  it('adds the index to a cache that holds only the glossary', async () => {
    const { dir, path, cache } = setup();
    const { cachedGlossary } = await import('../../../../glossary/node/glossaryCache.js');
    const parsed = { count: 0 };
    expect((await cachedGlossary(source(path, parsed), { dir: cache })).hit).toBe(false);
    const withGlossary = await cachedTermIndex(source(path, parsed), { dir: cache });
    expect([withGlossary.hit, parsed.count]).toEqual(['glossary', 1]);
    expect((await cachedTermIndex(source(path, parsed), { dir: cache })).hit).toBe('index');
    // …and the glossary still reads from the cache that now holds both.
    const g = await cachedGlossary(source(path, parsed), { dir: cache });
    expect([g.hit, parsed.count]).toEqual([true, 1]);
    expect(g.glossary.concepts).toEqual(parseTbx(readFileSync(join(dir, 'g.tbx'), 'utf8'), path).concepts);
  });
});
