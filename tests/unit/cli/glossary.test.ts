import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../glossary/common/codec.js';
import { runCli, tempFolder } from './runCli.js';

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>Echipa</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="minsk">
        <note>capitala Belarusului</note>
        <langSec xml:lang="ro"><termSec><term>Minsk</term></termSec></langSec>
        <langSec xml:lang="en"><termSec><term>Minsk</term></termSec></langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`;

function concepts(dir: string, name: string) {
  const file = join(dir, name);
  return parseGlossary(readFileSync(file, 'utf8'), file).concepts;
}

describe('dragoman glossary add / edit / rm / list', () => {
  it('adds with status and note, prints the new id, and list --format json shows it (version 1)', async () => {
    const dir = tempFolder({ 'team.tbx': TBX });
    const add = await runCli(
      ['glossary', 'add', 'team.tbx', '--ro', 'Kiev', '--en', 'Kiev', '--en-status', 'forbidden', '--note', 'use Kyiv'],
      dir,
    );
    expect(add).toMatchObject({ code: 0, stderr: '' });
    const id = add.stdout.trim();
    expect(id).toMatch(/^c-/);
    const list = await runCli(['glossary', 'list', 'team.tbx', '--format', 'json'], dir);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual({
      version: 1,
      concepts: [
        {
          id: 'minsk',
          terms: [
            { lang: 'ro', term: 'Minsk', status: 'preferred' },
            { lang: 'en', term: 'Minsk', status: 'preferred' },
          ],
          note: 'capitala Belarusului',
        },
        {
          id,
          terms: [
            { lang: 'ro', term: 'Kiev', status: 'preferred' },
            { lang: 'en', term: 'Kiev', status: 'forbidden' },
          ],
          note: 'use Kyiv',
        },
      ],
    });
    const text = await runCli(['glossary', 'list', 'team.tbx'], dir);
    expect(text.stdout.split('\n')[1]).toBe(`${id}\tKiev\tKiev (forbidden)\tuse Kyiv`);
  });

  it('adds to a glossary that does not exist yet by creating it in the format of its extension, and says so', async () => {
    for (const name of ['new.tbx', 'new.tsv', 'new.csv']) {
      const dir = tempFolder({});
      const add = await runCli(['glossary', 'add', name, '--ro', 'Harkov', '--en', 'Kharkiv'], dir);
      expect(add.code).toBe(0);
      expect(add.stderr).toContain(`${name} did not exist; created`);
      const [only, ...more] = concepts(dir, name);
      expect(more).toEqual([]);
      expect(only!.terms['ro']![0]!.text).toBe('Harkov');
      expect(only!.terms['en']![0]!.text).toBe('Kharkiv');
      // The second add finds the file and says nothing about creating it.
      const again = await runCli(['glossary', 'add', name, '--ro', 'Odesa', '--en', 'Odesa'], dir);
      expect(again).toMatchObject({ code: 0, stderr: '' });
      expect(concepts(dir, name).map((c) => c.terms['en']![0]!.text)).toEqual(['Kharkiv', 'Odesa']);
    }
  });

  it('refuses to add to a glossary in a folder that does not exist, naming the file, and creates nothing', async () => {
    const dir = tempFolder({});
    const add = await runCli(['glossary', 'add', 'no-such-dir/team.tbx', '--ro', 'Harkov', '--en', 'Kharkiv'], dir);
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('team.tbx');
  });

  it('edits the English term and its status by id, keeping the rest of the concept', async () => {
    const dir = tempFolder({ 'team.tbx': TBX });
    const edit = await runCli(
      ['glossary', 'edit', 'team.tbx', 'minsk', '--en', 'Mensk', '--en-status', 'admitted'],
      dir,
    );
    expect(edit).toMatchObject({ code: 0, stdout: 'minsk\n' });
    const [minsk] = concepts(dir, 'team.tbx');
    expect(minsk).toMatchObject({ id: 'minsk', note: 'capitala Belarusului' });
    expect(minsk!.terms['en']).toEqual([{ text: 'Mensk', status: 'admitted' }]);
    expect(minsk!.modified?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('lists TSV entries by their Romanian key, which edit and rm accept after lines moved', async () => {
    const dir = tempFolder({ 'team.tsv': 'Minsk\tMinsk\nHarkov\tKharkov\nBălți\tBalti\n' });
    const list = await runCli(['glossary', 'list', 'team.tsv'], dir);
    expect(list.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(['ro:Minsk', 'ro:Harkov', 'ro:Bălți', '']);
    expect((await runCli(['glossary', 'rm', 'team.tsv', 'ro:Minsk'], dir)).code).toBe(0);
    expect((await runCli(['glossary', 'edit', 'team.tsv', 'ro:Harkov', '--en', 'Kharkiv'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'team.tsv'), 'utf8')).toBe('Harkov\tKharkiv\nBălți\tBalti\n');
  });

  it('refuses an unknown id, an empty term and a bad status with exit 2, changing nothing', async () => {
    const dir = tempFolder({ 'team.tbx': TBX });
    const rm = await runCli(['glossary', 'rm', 'team.tbx', 'kiev'], dir);
    expect(rm.code).toBe(2);
    expect(rm.stderr).toContain('team.tbx has no concept "kiev"; `dragoman glossary list team.tbx` shows the IDs');
    expect((await runCli(['glossary', 'add', 'team.tbx', '--ro', ' ', '--en', 'x'], dir)).code).toBe(2);
    expect(
      (await runCli(['glossary', 'add', 'team.tbx', '--ro', 'a', '--en', 'b', '--en-status', 'ok'], dir)).code,
    ).toBe(2);
    expect((await runCli(['glossary', 'edit', 'team.tbx', 'minsk'], dir)).code).toBe(2);
    expect((await runCli(['glossary', 'add', 'team.docx', '--ro', 'a', '--en', 'b'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'team.tbx'), 'utf8')).toBe(TBX);
  });

  it('reports a glossary that does not parse with file:line and exit 2', async () => {
    const dir = tempFolder({ 'team.tsv': 'Minsk\tMinsk\nHarkov Kharkov\n' });
    const add = await runCli(['glossary', 'add', 'team.tsv', '--ro', 'a', '--en', 'b'], dir);
    expect(add.code).toBe(2);
    expect(add.stderr).toMatch(/team\.tsv:2:1/);
    expect(add.stderr).toContain('Nothing was changed');
  });
});

describe('dragoman glossary validate', () => {
  it('reports each problem with file:line and its rule, exit 1', async () => {
    const csv = [
      'id,ro,en,en:forbidden',
      'c1,Minsk,Minsk,',
      'c2,Minsk,Minsk city,',
      'c3,Chișinău,Kishinev,',
      'c4,Chisinau,Chisinau,Kishinev',
      'c5,Harkov,,Kharkov',
      'c6,"Odesa|",Odesa,',
      '',
    ].join('\n');
    const dir = tempFolder({ 'team.csv': csv });
    const run = await runCli(['glossary', 'validate', 'team.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'team.csv:3: the Romanian term “Minsk” is also in the concept at line 2; merge the two concepts or remove one [duplicate-ro]',
      'team.csv:5: “Chisinau” and “Chișinău” in the concept at line 4 differ only in case or diacritics; keep one spelling [near-duplicate]',
      'team.csv:5: “Kishinev” is forbidden here but preferred in the concept at line 4; decide which concept is right [forbidden-preferred]',
      'team.csv:6: no preferred English term; mark the right English term preferred [no-preferred-en]',
      'team.csv:7: an empty term; write the term or remove it [empty-term]',
    ]);
    expect(run.stderr).toBe('team.csv: 5 problems in 6 concepts\n');
  });

  it('finds an empty term in a TBX, and exits 0 on a clean file', async () => {
    const dir = tempFolder({
      'bad.tbx': TBX.replace(
        '<term>Minsk</term></termSec></langSec>\n        <langSec xml:lang="en">',
        '<term>Minsk</term></termSec><termSec><term> </term></termSec></langSec>\n        <langSec xml:lang="en">',
      ),
      'good.tbx': TBX,
    });
    const bad = await runCli(['glossary', 'validate', 'bad.tbx'], dir);
    expect(bad.stdout).toBe('bad.tbx:8: an empty term; write the term or remove it [empty-term]\n');
    expect(bad.code).toBe(1);
    expect(await runCli(['glossary', 'validate', 'good.tbx'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'good.tbx: 1 concepts, no problems\n',
    });
  });
});

describe('dragoman glossary stats', () => {
  it('counts concepts, terms by language and status, and the last change', async () => {
    const dir = tempFolder({ 'team.tbx': TBX });
    await runCli(['glossary', 'add', 'team.tbx', '--ro', 'Kiev', '--en', 'Kiev', '--en-status', 'forbidden'], dir);
    const run = await runCli(['glossary', 'stats', 'team.tbx', '--format', 'json'], dir);
    const stats = JSON.parse(run.stdout);
    expect(stats).toMatchObject({
      version: 1,
      format: 'tbx',
      concepts: 2,
      terms: {
        ro: { preferred: 2, admitted: 0, deprecated: 0, forbidden: 0 },
        en: { preferred: 1, admitted: 0, deprecated: 0, forbidden: 1 },
      },
      withoutPreferredEnglish: 1,
    });
    expect(stats.lastChange.at).toMatch(/^\d{4}-/);
    const text = await runCli(['glossary', 'stats', 'team.tbx'], dir);
    expect(text.stdout).toContain(
      'team.tbx: TBX, 2 concepts\n  ro: 2 terms (2 preferred)\n  en: 2 terms (1 preferred, 1 forbidden)\n',
    );
  });
});
