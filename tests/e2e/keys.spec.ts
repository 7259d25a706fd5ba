import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.js';
import { alignedPairs, createProjectFromText, goToSegment, hook, renderedTop, settle, waitForProject } from './ui.js';
import { SENTENCES, romanianText } from './texts.js';

/** Top edges (page px) of the active-segment highlight in each pane. */
function highlightTops(page: Page): Promise<{ source: number[]; target: number[] }> {
  return page.evaluate(() => {
    const tops = (pane: string) =>
      [...document.querySelectorAll(`[data-testid=${pane}-pane] .view-overlays .dg-active`)].map(
        (e) => e.getBoundingClientRect().top,
      );
    return { source: tops('source'), target: tops('target') };
  });
}

describe('the editor keys a translator relies on', () => {
  test('the sample project opens on first run', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const n = await waitForProject(page);
    expect(n).toBeGreaterThan(10);
    expect(await page.getByTestId('project-name').textContent()).toBeTruthy();
    expect(await hook(page, 'active')).toBe(1);
  });

  test('the active segment is highlighted at the same height in both panes', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Evidențiere', romanianText(10).text, 10);
    for (const n of [4, 7]) {
      await goToSegment(page, n);
      await settle(page);
      const top = await renderedTop(page, 'source', n);
      const hl = await highlightTops(page);
      expect(top).toBeDefined();
      expect(hl.source.some((t) => Math.abs(t - (top ?? NaN)) <= 2)).toBe(true);
      expect(hl.target.some((t) => Math.abs(t - (top ?? NaN)) <= 2)).toBe(true);
    }
  });

  test('copy source, status keys, undo and redo work on one segment at a time', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Taste', romanianText(6).text, 6);
    await goToSegment(page, 2);
    await page.keyboard.press('Control+Shift+KeyS');
    expect(await hook(page, 'draft', 2)).toBe(SENTENCES[1]);
    expect(await hook(page, 'draft', 3)).toBe('');
    await page.keyboard.press('Control+z');
    expect(await hook(page, 'draft', 2)).toBe('');
    await page.keyboard.press('Control+y');
    expect(await hook(page, 'draft', 2)).toBe(SENTENCES[1]);

    await page.keyboard.press('Control+Shift+Digit3');
    expect(await hook(page, 'status', 2)).toBe('reviewed');
    await page.keyboard.press('Control+Shift+Digit1');
    expect(await hook(page, 'status', 2)).toBe('draft');
    await page.keyboard.press('Control+Shift+Digit0');
    expect(await hook(page, 'status', 2)).toBe('untranslated');
    expect(await hook(page, 'active')).toBe(2);
  });

  test('find and replace all and multi-cursor edit several segments without merging them', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Căutare', romanianText(6).text, 6);
    const drafts = [
      'The library opens late.',
      'The rooms open daily.',
      'Students asked for it.',
      'Readers show a card.',
      'Entry is free.',
      'Volunteers help.',
    ];
    for (let n = 1; n <= drafts.length; n++) {
      await goToSegment(page, n);
      await page.keyboard.type(drafts[n - 1] ?? '');
    }
    await goToSegment(page, 1);
    await page.keyboard.press('Home');

    // Ctrl+D twice from "The" in segment 1: a cursor on "The" in segments 1 and 2 as well.
    await page.keyboard.press('Control+d');
    await page.keyboard.press('Control+d');
    await page.keyboard.type('A');
    expect(await hook(page, 'draft', 1)).toBe('A library opens late.');
    expect(await hook(page, 'draft', 2)).toBe('A rooms open daily.');
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+h');
    const find = page.getByTestId('target-pane').locator('.find-widget');
    await find.waitFor();
    await page.keyboard.type('open');
    await page.keyboard.press('Tab');
    await page.keyboard.type('close');
    await page.keyboard.press('Control+Alt+Enter');
    await expect.poll(() => hook(page, 'draft', 2)).toBe('A rooms close daily.');
    expect(await hook(page, 'draft', 1)).toBe('A library closes late.');
    for (let n = 3; n <= 6; n++) expect(await hook(page, 'draft', n)).toBe(drafts[n - 1]);
    await page.keyboard.press('Escape');
    await settle(page);
    const pairs = await alignedPairs(page);
    expect(pairs.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pairs.filter((p) => Math.abs(p.source - p.target) > 2)).toEqual([]);
  });

  test('a Markdown file opened in the new-project dialog keeps its heading as a segment', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await page.getByTestId('btn-new-project').click();
    await page.getByTestId('new-project-dialog').waitFor();
    const md = `# Program prelungit la bibliotecă\n\n${SENTENCES[0]} ${SENTENCES[1]}\n\n- ${SENTENCES[4]}\n`;
    await page.getByTestId('np-file').setInputFiles({
      name: 'stire.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(md, 'utf8'),
    });
    await expect.poll(() => page.getByTestId('np-format').inputValue()).toBe('md');
    expect(await page.getByTestId('np-name').inputValue()).toBe('stire');
    await page.getByTestId('np-create').click();
    await page.getByTestId('new-project-dialog').waitFor({ state: 'detached' });
    const n = await waitForProject(page, 4);
    expect(n).toBe(4);
    const source = await page
      .getByTestId('source-pane')
      .locator('.view-line')
      .evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    // Markup is not part of the text to translate.
    expect(source.join(' ')).toContain('Program prelungit la bibliotecă');
    expect(source.join(' ')).not.toContain('#');
  });

  test('F1 in the draft opens the shortcuts reference; Escape closes it', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Confirm the segment and go to the next unconfirmed one');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
