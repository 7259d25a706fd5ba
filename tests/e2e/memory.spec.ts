import { describe, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseXliff } from '../../shared/formats/xliff.js';
import { test } from './fixtures.js';
import { goToSegment, hook, visibleSegments, waitForProject } from './ui.js';

describe('segment notes and the segment filter', () => {
  test('a note typed in the side panel is saved in the project file and exported to XLIFF', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await goToSegment(page, 2);
    expect(await page.getByTestId('source-pane').locator('.dg-note-mark').count()).toBe(0);
    await page.getByTestId('side-tab-notes').click();
    const field = page.getByTestId('segment-note');
    await field.fill('Check the date with the client.');
    // Moving the focus back to the draft flushes autosave.
    await goToSegment(page, 3);
    await page.waitForFunction(() => !window.__dragoman?.dirty());
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');
    // The journal has it at once; the project file within a second.
    const saved = async () => JSON.parse(await readFile(projectPath, 'utf8')) as { segments: { note?: string }[] };
    await expect.poll(async () => (await saved()).segments[1]!.note).toBe('Check the date with the client.');
    expect((await saved()).segments[2]!.note).toBeUndefined();
    // The field follows the active segment, and the note's segment is marked in the source pane.
    expect(await field.inputValue()).toBe('');
    // (one mark per wrapped row of segment 2; none before the note was typed)
    expect(await page.getByTestId('source-pane').locator('.dg-note-mark').count()).toBeGreaterThan(0);

    await page.getByTestId('btn-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('ex-format').selectOption('xliff12');
    const outPath = join(wb.projectDir, 'notes.xlf');
    await page.getByTestId('ex-path').fill(outPath);
    await page.getByTestId('ex-export').click();
    await page.getByTestId('ex-result').filter({ hasText: outPath }).waitFor();
    const xliff = await readFile(outPath, 'utf8');
    expect(xliff).toContain('<note>Check the date with the client.</note>');
    expect(parseXliff(xliff, outPath).segments[1]!.note).toBe('Check the date with the client.');
  });

  test('filtering by status shows only the chosen segments, and Ctrl+Down moves among them', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const count = await waitForProject(page);
    await goToSegment(page, 1);
    await page.keyboard.press('Control+Enter');
    await goToSegment(page, 3);
    await page.keyboard.press('Control+Enter');
    const translated: number[] = [];
    for (let n = 1; n <= count; n++) if ((await hook(page, 'status', n)) === 'translated') translated.push(n);
    expect(translated).toContain(1);
    expect(translated).toContain(3);

    await page.getByTestId('filter-status').selectOption('translated');
    await page
      .getByTestId('filter-count')
      .filter({ hasText: `${translated.length} of ${count}` })
      .waitFor();
    const visible = await visibleSegments(page, 'target');
    expect(visible).toEqual(translated.filter((n) => n <= visible[visible.length - 1]!));
    expect(await visibleSegments(page, 'source')).toEqual(visible);
    await goToSegment(page, 1);
    await page.keyboard.press('Control+ArrowDown');
    expect(await hook(page, 'active')).toBe(translated[1]);

    await page.getByTestId('filter-clear').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=target-pane] .line-numbers').length >= Math.min(n, 5),
      count,
    );
    expect((await visibleSegments(page, 'target')).slice(0, 3)).toEqual([1, 2, 3]);
  });
});
