import { describe, expect } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseXliff } from '../../shared/formats/xliff.js';
import { test } from './fixtures.js';
import { goToSegment, hook, waitForProject } from './ui.js';

describe('the Export dialog', () => {
  test('exports the draft just typed to XLIFF 1.2 on disk', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await goToSegment(page, 1);
    const typed = ' exported straight away';
    await page.keyboard.type(typed);
    const draft = await hook(page, 'draft', 1);
    expect(draft).toContain(typed.trim());

    await page.getByTestId('btn-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.waitFor();
    await page.getByTestId('ex-format').selectOption('xliff12');
    // The path follows the format: beside the sample project, same name; XLIFF 1.2 and 2.1 differ.
    expect(await page.getByTestId('ex-path').inputValue()).toMatch(/[/\\]sample[/\\]article\.en\.xlf$/);
    await page.getByTestId('ex-format').selectOption('xliff21');
    expect(await page.getByTestId('ex-path').inputValue()).toMatch(/[/\\]sample[/\\]article\.en\.xliff21\.xlf$/);
    await page.getByTestId('ex-format').selectOption('xliff12');
    const outPath = join(wb.projectDir, 'handoff.xlf');
    await page.getByTestId('ex-path').fill(outPath);
    await page.getByTestId('ex-export').click();
    await page.getByTestId('ex-result').filter({ hasText: outPath }).waitFor();

    const doc = parseXliff(await readFile(outPath, 'utf8'), outPath);
    expect(doc.segments[0]!.target).toBe(draft);
    await wb.screenshot('exported');
  });

  test('shows in the dialog why an export failed', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await page.getByTestId('btn-export').click();
    await page.getByTestId('export-dialog').waitFor();
    const missing = join(wb.projectDir, 'no-such-folder', 'out.html');
    await page.getByTestId('ex-format').selectOption('html');
    await page.getByTestId('ex-path').fill(missing);
    await wb.tolerateErrors(/404|Failed to load resource/, async () => {
      await page.getByTestId('ex-export').click();
      await page.getByTestId('ex-error').waitFor();
    });
    expect(await page.getByTestId('ex-error').textContent()).toContain(join(wb.projectDir, 'no-such-folder'));
  });

  test('asks before replacing an existing file, and keeps it when the user says so', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    const outPath = join(wb.projectDir, 'existing.txt');
    await writeFile(outPath, 'the only copy\n');
    await page.getByTestId('btn-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('ex-format').selectOption('txt');
    await page.getByTestId('ex-path').fill(outPath);
    await wb.tolerateErrors(/409|Failed to load resource/, async () => {
      await page.getByTestId('ex-export').click();
      await page.getByTestId('ex-confirm').filter({ hasText: outPath }).waitFor();
    });
    await page.getByTestId('ex-keep').click();
    expect(await page.getByTestId('ex-confirm').count()).toBe(0);
    expect(await readFile(outPath, 'utf8')).toBe('the only copy\n');

    await wb.tolerateErrors(/409|Failed to load resource/, async () => {
      await page.getByTestId('ex-export').click();
      await page.getByTestId('ex-confirm').waitFor();
    });
    await page.getByTestId('ex-replace').click();
    await page.getByTestId('ex-result').filter({ hasText: outPath }).waitFor();
    expect(await readFile(outPath, 'utf8')).not.toBe('the only copy\n');
  });
});
