import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { parseGlossary } from '../../glossary/common/codec.js';
import { test } from './fixtures.js';
import { startServer } from './server.js';
import { createProjectFromText, type HookWindow } from './ui.js';

// Proper names the bundled sample glossary does not know, so any underline comes from the attached file.
const TEXT = 'Delegația a ajuns la Ulan Bator.\nApoi a plecat spre Tbilisi, prin Erevan.\n';

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>e2e</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="ulan-bator">
      <langSec xml:lang="ro"><termSec><term>Ulan Bator</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Ulaanbaatar</term></termSec></langSec>
    </conceptEntry>
    <conceptEntry id="lukasenko">
      <langSec xml:lang="ro"><termSec><term>Lukașenko</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Lukashenko</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

/** The start columns (0-based) of the glossary terms recognised in segment `n`'s source. */
function termStarts(page: Page, n: number): Promise<number[]> {
  return page.evaluate((k) => ((window as HookWindow).__dragoman?.sourceTerms(k) ?? []).map((r) => r.start), n);
}

async function openManager(page: Page): Promise<void> {
  await page.getByTestId('btn-glossaries').click();
  await page.getByTestId('glossaries-dialog').waitFor();
}

/** Types a path into the manager's path field and submits the form. */
async function submitPath(page: Page, path: string): Promise<void> {
  await page.getByTestId('gl-path').fill(path);
  await page.getByTestId('gl-submit').click();
}

async function statusText(page: Page): Promise<string> {
  const status = page.getByTestId('gl-status');
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

describe('glossary files in browser mode', () => {
  test('attach an existing TBX through the completed path field: its terms are underlined in the source', async ({
    wb,
  }) => {
    const { page } = wb;
    const tbx = join(wb.projectDir, 'glosar-comun.tbx');
    await writeFile(tbx, TBX);
    await wb.open();
    await createProjectFromText(page, 'Călătorie', TEXT, 2);
    expect(await termStarts(page, 1)).toEqual([]);

    await openManager(page);
    expect(await page.getByTestId('gl-item').count()).toBe(0);
    await page.getByTestId('gl-attach').click();
    const field = page.getByTestId('gl-path');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    // Typing the folder and the start of the name offers the file; ↓ and Enter take it.
    await field.fill(join(wb.projectDir, 'glosar-c'));
    const suggestion = page.getByTestId('path-suggestion').filter({ hasText: 'glosar-comun.tbx' });
    await suggestion.waitFor();
    await field.press('ArrowDown');
    await field.press('Enter');
    await expect.poll(() => field.inputValue()).toBe(tbx);
    await page.getByTestId('gl-submit').click();
    expect(await statusText(page)).toContain('glosar-comun.tbx');
    expect(await page.getByTestId('gl-item').getAttribute('data-path')).toBe(tbx);
    await wb.screenshot('attached');

    // Escape closes the manager and the focus goes back to the toolbar button that opened it.
    await page.keyboard.press('Escape');
    await page.getByTestId('glossaries-dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('btn-glossaries');
    // The check worker reloaded the glossaries: "Ulan Bator" (column 21) is recognised.
    await expect.poll(() => termStarts(page, 1), { timeout: 15_000 }).toEqual(['Delegația a ajuns la '.length]);
  });

  test('create a glossary, import an XLSX into it, export it to XLSX, detach it; the files stay', async ({ wb }) => {
    const { page } = wb;
    const client = join(wb.projectDir, 'client.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Termeni').addRows([
      ['Română', 'English', 'en:forbidden', 'note'],
      ['Tbilisi', 'Tbilisi', 'Tiflis', 'capitala Georgiei'],
      ['Erevan', 'Yerevan', 'Erivan', 'capitala Armeniei'],
    ]);
    await book.xlsx.writeFile(client);

    await wb.open();
    await createProjectFromText(page, 'Călătorie', TEXT, 2);
    await openManager(page);

    // Create new…: the extension follows the chosen format.
    await page.getByTestId('gl-create').click();
    await page.getByTestId('gl-format').selectOption('tbx');
    await submitPath(page, join(wb.projectDir, 'nou'));
    const created = join(wb.projectDir, 'nou.tbx');
    expect(await statusText(page)).toContain('nou.tbx');
    expect(parseGlossary(await readFile(created, 'utf8'), created).concepts).toEqual([]);

    // Creating it again is refused: the file is not overwritten.
    await page.getByTestId('gl-create').click();
    await wb.tolerateErrors(/status of 400/, async () => {
      await submitPath(page, created);
      await expect.poll(() => page.getByTestId('gl-error').textContent()).toContain('already exists');
    });
    await page.getByTestId('gl-form-cancel').click();

    // Import the client's workbook into it.
    await page.getByTestId('gl-import').click();
    await submitPath(page, client);
    await expect.poll(() => statusText(page)).toMatch(/^2 new entries imported into nou\.tbx/);
    const imported = parseGlossary(await readFile(created, 'utf8'), created);
    expect(imported.concepts.map((c) => c.terms['en']?.map((t) => `${t.text}:${t.status}`))).toEqual([
      ['Tbilisi:preferred', 'Tiflis:forbidden'],
      ['Yerevan:preferred', 'Erivan:forbidden'],
    ]);
    expect(imported.concepts[1]!.note).toBe('capitala Armeniei');

    // Export to XLSX, read back with exceljs; a second export asks before replacing.
    await page.getByTestId('gl-export').click();
    const out = join(wb.projectDir, 'nou.xlsx');
    await expect.poll(() => page.getByTestId('gl-path').inputValue()).toBe(out);
    await page.getByTestId('gl-submit').click();
    await expect.poll(() => statusText(page)).toContain('2 entries written');
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(out);
    const rows = read.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['id', 'ro', 'en', 'en:forbidden', 'note'],
      [expect.any(String), 'Tbilisi', 'Tbilisi', 'Tiflis', 'capitala Georgiei'],
      [expect.any(String), 'Erevan', 'Yerevan', 'Erivan', 'capitala Armeniei'],
    ]);
    await page.getByTestId('gl-export').click();
    await wb.tolerateErrors(/status of 400/, async () => {
      await page.getByTestId('gl-submit').click();
      await page.getByTestId('gl-confirm').waitFor();
    });
    await page.getByTestId('gl-confirm-yes').click();
    await expect.poll(() => statusText(page)).toContain('2 entries written');

    // The worker reloaded the glossary after the import: Tbilisi and Erevan are recognised in segment 2.
    await expect
      .poll(() => termStarts(page, 2), { timeout: 15_000 })
      .toEqual(['Apoi a plecat spre '.length, 'Apoi a plecat spre Tbilisi, prin '.length]);

    // Detach asks first, and the file stays on disk.
    await page.getByTestId('gl-detach').click();
    await page.getByTestId('gl-confirm-yes').click();
    await expect.poll(() => page.getByTestId('gl-item').count()).toBe(0);
    expect(existsSync(created)).toBe(true);
    await page.getByTestId('gl-close').click();
    await expect.poll(() => termStarts(page, 2), { timeout: 15_000 }).toEqual([]);
  });

  test('a .tbx given to the server at startup opens by itself in the glossary view, listed and filtered', async ({
    wb,
  }) => {
    const { page } = wb;
    const tbx = join(wb.projectDir, 'glosar-comun.tbx');
    await writeFile(tbx, TBX);
    const server = await startServer({ dataDir: wb.dataDir, home: join(dirname(wb.dataDir), 'home'), args: [tbx] });
    try {
      await page.goto(server.url.href);
      // H3's glossary view, over a worker that holds just this file.
      await page.getByTestId('glossary-file').waitFor();
      expect(await page.getByTestId('gf-name').textContent()).toBe('glosar-comun.tbx');
      // One way out: the file's own Close; no "Back to the translation" when there is no translation.
      expect(await page.getByTestId('gf-close').count()).toBe(1);
      expect(await page.getByTestId('gv-close').count()).toBe(0);
      await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe('2');
      await expect.poll(() => page.getByTestId('gv-row').count()).toBe(2);
      // Filtered without diacritics, and in the other language.
      await page.getByTestId('gv-filter').fill('lukasenko');
      await expect.poll(() => page.getByTestId('gv-row').getAttribute('data-key')).toBe('id:lukasenko');
      await page.getByTestId('gv-filter').fill('ulaanbaatar');
      await expect.poll(() => page.getByTestId('gv-row').getAttribute('data-key')).toBe('id:ulan-bator');
      await wb.screenshot('glossary-only');
      // No project is open, so the project's buttons are off.
      expect(await page.getByTestId('btn-export').isDisabled()).toBe(true);
    } finally {
      await server.kill('SIGKILL');
    }
  });
});
