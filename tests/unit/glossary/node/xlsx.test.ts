import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../../glossary/common/csv.js';
import { loadGlossaryFile, saveGlossaryFile } from '../../../../glossary/node/glossaryFile.js';
import { parseXlsxGlossary, readXlsxGlossary, xlsxGlossaryBytes } from '../../../../glossary/node/xlsx.js';
import { FormatError } from '../../../../shared/formats/formatError.js';
import type { Glossary } from '../../../../shared/model/glossary.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dragoman-xlsx-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A workbook as a client would send it: the given rows on the first sheet, a second sheet that must be ignored. */
async function workbook(rows: ExcelJS.CellValue[][], sheetName = 'Termeni'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  wb.addWorksheet('Altceva').addRow(['nu', 'e', 'glosar']);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function failure(p: Promise<unknown>): Promise<FormatError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('expected a FormatError');
}

const glossary: Glossary = {
  concepts: [
    {
      id: 'lukasenko',
      note: 'Președintele Belarusului',
      terms: {
        ro: [{ text: 'Lukașenko', status: 'preferred', type: 'properName' }],
        en: [
          { text: 'Lukashenko', status: 'preferred', type: 'properName' },
          { text: 'Lukașenko', status: 'forbidden', type: 'properName' },
        ],
      },
    },
    {
      id: 'tara',
      subjectField: 'geografie',
      terms: {
        ro: [
          { text: 'țară', status: 'preferred' },
          { text: 'stat', status: 'admitted' },
        ],
        en: [{ text: 'country', status: 'preferred' }],
      },
    },
    // An id that looks like a number must come back as the same text.
    {
      id: '12',
      terms: { ro: [{ text: 'ședință', status: 'preferred' }], en: [{ text: 'meeting', status: 'preferred' }] },
    },
  ],
};

describe('XLSX glossaries', () => {
  it('round-trips a glossary with ș ț, statuses, notes and a numeric-looking id', async () => {
    const path = join(dir, 'g.xlsx');
    await saveGlossaryFile(path, glossary);
    const back = await loadGlossaryFile(path);
    expect(back).toEqual({ ...glossary, origin: path });
  });

  it('writes the CSV writer’s columns, header first', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsxGlossaryBytes(glossary)) as never);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const csvHeader = parseCsvHeader(writeCsv(glossary));
    expect(header).toEqual(csvHeader);
    expect(header).toContain('en:forbidden');
  });

  it('reads cedilla ş ţ in Romanian terms as ș ț, numbers, dates and rich text as text', async () => {
    const bytes = await workbook([
      ['Română', 'English', 'en:forbidden', 'note', 'id'],
      [
        'Lukaşenko',
        'Lukashenko',
        'Lukaşenko',
        { richText: [{ text: 'nume ' }, { text: 'propriu', font: { bold: true } }] },
        7,
      ],
      ['ţară', 'country', null, new Date(Date.UTC(2024, 2, 5)), 8.5],
    ]);
    const g = await parseXlsxGlossary(bytes, 'client.xlsx');
    expect(g.concepts).toEqual([
      {
        id: '7',
        note: 'nume propriu',
        terms: {
          ro: [{ text: 'Lukașenko', status: 'preferred' }],
          // English terms are left as written: a forbidden misspelling must stay findable as written.
          en: [
            { text: 'Lukashenko', status: 'preferred' },
            { text: 'Lukaşenko', status: 'forbidden' },
          ],
        },
      },
      {
        id: '8.5',
        note: '2024-03-05',
        terms: { ro: [{ text: 'țară', status: 'preferred' }], en: [{ text: 'country', status: 'preferred' }] },
      },
    ]);
  });

  it('reads the same concepts as the CSV of the same table', async () => {
    const rows = [
      ['ro', 'en', 'en:deprecated', 'status', 'type'],
      ['CSI', 'CIS | Commonwealth of Independent States', 'Community of Independent States', '', 'acronym'],
      ['Bielorusia', 'Byelorussia', '', 'deprecated', ''],
    ];
    const fromXlsx = await parseXlsxGlossary(await workbook(rows), 't.xlsx');
    const fromCsv = parseCsv(rows.map((r) => r.join(',')).join('\n'), 't.csv');
    expect(fromXlsx.concepts).toEqual(fromCsv.concepts);
  });

  it('names the sheet row and column letter of a bad cell', async () => {
    const bytes = await workbook([
      ['ro', 'en', 'status'],
      ['CSI', 'CIS', 'preferred'],
      ['UE', 'EU', 'poate'],
    ]);
    const err = await failure(parseXlsxGlossary(bytes, 'bad.xlsx'));
    expect([err.file, err.line, err.column]).toEqual(['bad.xlsx', 3, 3]);
    expect(err.message).toMatch(/^bad\.xlsx:3:3: unknown status "poate" \(sheet "Termeni", column C\)\. Use preferred/);
  });

  it('refuses an unknown header with its cell, and a header without languages', async () => {
    const err = await failure(
      parseXlsxGlossary(
        await workbook([
          ['ro', 'en', 'defintion'],
          ['a', 'b', 'c'],
        ]),
        'h.xlsx',
      ),
    );
    expect(err.message).toMatch(/^h\.xlsx:1:3: the header "defintion" \(sheet "Termeni", column C\) is not a column/);
    await expect(parseXlsxGlossary(await workbook([['note'], ['x']]), 'h.xlsx')).rejects.toThrow(
      /^h\.xlsx:1: the header names no language column \(sheet "Termeni"\)/,
    );
  });

  it('refuses a cell holding a formula error, naming it', async () => {
    const bytes = await workbook([
      ['ro', 'en'],
      ['CSI', { error: '#REF!' }],
    ]);
    const err = await failure(parseXlsxGlossary(bytes, 'f.xlsx'));
    expect(err.message).toMatch(/^f\.xlsx:2:2: the cell shows the error #REF!/);
  });

  it('refuses a file that is not a workbook and an empty first sheet', async () => {
    await expect(parseXlsxGlossary(new TextEncoder().encode('ro,en\nCSI,CIS\n'), 'csv.xlsx')).rejects.toThrow(
      /^csv\.xlsx: this is not a spreadsheet \(\.xlsx\) file \(it is not a zip archive\)/,
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Gol');
    const empty = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    await expect(parseXlsxGlossary(empty, 'e.xlsx')).rejects.toThrow(/^e\.xlsx: the first worksheet, "Gol", is empty/);
  });

  it('refuses an oversized workbook before reading it', async () => {
    const path = join(dir, 'big.xlsx');
    await writeFile(path, Buffer.alloc(2048, 1));
    await expect(readXlsxGlossary(path, { maxBytes: 1024 })).rejects.toThrow(
      /^.*big\.xlsx: the workbook is .* more than the .* limit\. Split the glossary/,
    );
  });
});

function parseCsvHeader(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!
    .split(',');
}
