import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, tempFolder } from './runCli.js';

// Two concepts, five terms; Kiev is forbidden in English.
const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="kiev">
      <langSec xml:lang="ro"><termSec><term>Kiev</term></termSec></langSec>
      <langSec xml:lang="en">
        <termSec><term>Kyiv</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Kiev</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><termNote type="x-dragoman-status">forbidden</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="sanctiune">
      <langSec xml:lang="ro"><termSec><term>sancțiune</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>sanction</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

describe('dragoman convert', () => {
  it('converts TBX to CSV and back, reporting the counts and keeping statuses', async () => {
    const dir = tempFolder({ 'g.tbx': TBX });
    const toCsv = await runCli(['convert', 'g.tbx', 'g.csv'], dir);
    expect(toCsv.code).toBe(0);
    expect(toCsv.stdout).toBe('g.tbx → g.csv: 2 concepts, 5 terms\n');
    const csv = readFileSync(join(dir, 'g.csv'), 'utf8');
    expect(csv).toContain('sancțiune');
    expect(csv).toContain('Kyiv');

    const back = await runCli(['convert', 'g.csv', 'back.tbx'], dir);
    expect(back.code).toBe(0);
    writeFileSync(join(dir, 'ro.txt'), 'Delegația a plecat la Kiev.\n');
    const found = await runCli(['terms', 'ro.txt', '-g', 'back.tbx', '--lines', '-f', 'json'], dir);
    const english = (JSON.parse(found.stdout) as { segments: { terms: { english: unknown }[] }[] }).segments[0]!
      .terms[0]!.english;
    expect(english).toEqual([
      { text: 'Kyiv', status: 'preferred' },
      { text: 'Kiev', status: 'forbidden' },
    ]);
  });

  it('writes TSV and reports what TSV could not hold', async () => {
    const dir = tempFolder({ 'g.tbx': TBX });
    const run = await runCli(['convert', 'g.tbx', 'g.tsv'], dir);
    expect(run.code).toBe(0);
    // The forbidden "Kiev" has no place in TSV, and the report says so.
    expect(run.stdout).toBe(
      'g.tbx → g.tsv: read 2 concepts, 5 terms; wrote 2 concepts, 4 terms (TSV holds one Romanian→English pair per line, preferred and admitted terms only)\n',
    );
    expect(readFileSync(join(dir, 'g.tsv'), 'utf8')).toMatch(/^sancțiune\tsanction/m);
  });

  it('refuses to write over its input (exit 2)', async () => {
    const dir = tempFolder({ 'g.tbx': TBX });
    const run = await runCli(['convert', 'g.tbx', './g.tbx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the input file');
    expect(readFileSync(join(dir, 'g.tbx'), 'utf8')).toBe(TBX);
  });

  it('refuses to replace an existing output without --force', async () => {
    const dir = tempFolder({ 'g.tbx': TBX, 'old.csv': 'keep me\n' });
    const run = await runCli(['convert', 'g.tbx', 'old.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('old.csv already exists; add --force');
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toBe('keep me\n');
    expect((await runCli(['convert', 'g.tbx', 'old.csv', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'old.csv'), 'utf8')).toContain('Kyiv');
  });

  it('refuses an extension it cannot tell the format of', async () => {
    const dir = tempFolder({ 'g.tbx': TBX });
    const run = await runCli(['convert', 'g.tbx', 'g.ods'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('".ods" is not a glossary format');
    expect(run.stderr).toContain('.csv, .xlsx');
    expect(existsSync(join(dir, 'g.ods'))).toBe(false);
  });

  it('converts TBX to XLSX and back, keeping ș ț and the forbidden term', async () => {
    const dir = tempFolder({ 'g.tbx': TBX });
    const toXlsx = await runCli(['convert', 'g.tbx', 'g.xlsx'], dir);
    expect(toXlsx.stderr).toBe('');
    expect(toXlsx.stdout).toBe('g.tbx → g.xlsx: 2 concepts, 5 terms\n');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'g.xlsx'));
    const rows = wb.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['id', 'ro', 'en', 'en:forbidden'],
      ['kiev', 'Kiev', 'Kyiv', 'Kiev'],
      ['sanctiune', 'sancțiune', 'sanction'],
    ]);
    const back = await runCli(['convert', 'g.xlsx', 'back.csv'], dir);
    expect(back.stdout).toBe('g.xlsx → back.csv: 2 concepts, 5 terms\n');
    expect(readFileSync(join(dir, 'back.csv'), 'utf8')).toContain('sanctiune,sancțiune,sanction');
  });

  it('a bad XLSX cell names file:row:column and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Glosar').addRows([
      ['ro', 'en', 'type'],
      ['ONU', 'UN', 'acronim'],
    ]);
    const dir = tempFolder({ 'bad.xlsx': new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) });
    const run = await runCli(['convert', 'bad.xlsx', 'out.tbx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^dragoman: error: bad\.xlsx:2:3: unknown term type "acronim" \(sheet "Glosar", column C\)/,
    );
    expect(existsSync(join(dir, 'out.tbx'))).toBe(false);
  });

  it('a broken input names file:line:column and writes nothing', async () => {
    const dir = tempFolder({ 'bad.tbx': TBX.replace('<term>sanction</term>', '<term>sanction</termSec>') });
    const run = await runCli(['convert', 'bad.tbx', 'out.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dragoman: error: bad\.tbx:14:\d+: /);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });
});
