import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { loadGlossaryFile, saveGlossaryFile } from '../../../../glossary/node/glossaryFile.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import type { Glossary } from '../../../../shared/model/glossary.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dragoman-glossary-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/glossary/${name}`, import.meta.url));

const glossary: Glossary = {
  concepts: [
    {
      id: 'cs',
      terms: {
        ro: [{ text: 'Consiliul de Securitate', status: 'preferred' }],
        en: [{ text: 'Security Council', status: 'preferred' }],
      },
    },
  ],
};

describe('loadGlossaryFile', () => {
  it('loads each format from disk, with ș and ț intact', async () => {
    const tbx = await loadGlossaryFile(fixture('v3-basic-dca-ed2.tbx'));
    expect(tbx.concepts[2]!.terms.ro?.[0]?.text).toBe('Alexandr Lukașenko');
    const csv = await loadGlossaryFile(fixture('quoted-bom.csv'));
    expect(csv.concepts[0]!.note).toBe('Comunitatea Statelor Independente, fără articol');
    const tsv = await loadGlossaryFile(fixture('omegat.tsv'));
    expect(tsv.concepts[3]!.terms.ro?.[0]?.text).toBe('Ștefan cel Mare');
  });

  it('decodes UTF-16 files that start with a BOM', async () => {
    const path = join(dir, 'utf16.tsv');
    const text = '\uFEFFțară\tcountry\r\n';
    const bytes = Buffer.alloc(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), i * 2);
    await writeFile(path, bytes);
    const g = await loadGlossaryFile(path);
    expect(g.concepts[0]!.terms.ro?.[0]?.text).toBe('țară');
  });

  it('refuses a file that is not UTF-8, saying so and how to fix it', async () => {
    const path = join(dir, 'cp1250.tsv');
    // "țară" in Windows-1250: ţ is 0xFE there, ă is 0xE3.
    await writeFile(
      path,
      Buffer.from([0x43, 0x53, 0x49, 0x09, 0x43, 0x49, 0x53, 0x0a, 0xfe, 0x61, 0x72, 0xe3, 0x09, 0x63, 0x0a]),
    );
    const err = await loadGlossaryFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).message).toMatch(/cp1250\.tsv:2:1: the file is not UTF-8 .*save it as UTF-8/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const path = join(dir, 'big.csv');
    await writeFile(path, 'ro,en\n' + 'acord,agreement\n'.repeat(100));
    await expect(loadGlossaryFile(path, { maxBytes: 1000 })).rejects.toThrow(
      /big\.csv: the file is 0\.0 MB, more than the 0\.0 MB limit\. Split/,
    );
  });

  it('refuses an unknown extension', async () => {
    const path = join(dir, 'g.ods');
    await writeFile(path, 'x');
    await expect(loadGlossaryFile(path)).rejects.toThrow(/"\.ods" is not a glossary format.* \.csv, \.xlsx/);
  });
});

describe('saveGlossaryFile', () => {
  it('writes the format the extension names and leaves no temporary file behind', async () => {
    const path = join(dir, 'out.csv');
    await saveGlossaryFile(path, glossary);
    expect(await readFile(path, 'utf8')).toBe('\uFEFFid,ro,en\r\ncs,Consiliul de Securitate,Security Council\r\n');
    await saveGlossaryFile(join(dir, 'out.tbx'), glossary);
    expect((await loadGlossaryFile(join(dir, 'out.tbx'))).concepts).toEqual(glossary.concepts);
    expect((await readdir(dir)).sort()).toEqual(['out.csv', 'out.tbx']);
  });

  it('keeps the old file intact when the glossary cannot be written', async () => {
    const path = join(dir, 'keep.tsv');
    await writeFile(path, 'acord\tagreement\n');
    const broken: Glossary = {
      concepts: [
        {
          id: 'x',
          get terms(): never {
            throw new Error('corrupt concept');
          },
        },
      ],
    };
    await expect(saveGlossaryFile(path, broken)).rejects.toThrow('corrupt concept');
    expect(await readFile(path, 'utf8')).toBe('acord\tagreement\n');
    expect(await readdir(dir)).toEqual(['keep.tsv']);
  });

  it('cleans up its temporary file when the final rename fails', async () => {
    const target = join(dir, 'taken.tsv');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'x');
    await expect(saveGlossaryFile(target, glossary)).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken.tsv']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('x');
  });
});
