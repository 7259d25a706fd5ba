import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { createProjectFromText, goToSegment, hook, settle } from './ui.js';
import { SENTENCES, romanianText } from './texts.js';

describe('a project from pasted Romanian text', () => {
  test('the new-project dialog turns pasted text into one segment per sentence, paragraphs kept', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const { text } = romanianText(10);
    const count = await createProjectFromText(page, 'Program bibliotecă', text);
    expect(count).toBe(10);
    for (let n = 1; n <= 10; n++) expect(await hook(page, 'draft', n)).toBe('');
    // Paragraphs of 1, 2, 3 and 4 sentences: three visible boundaries in the source pane.
    await expect.poll(() => page.getByTestId('source-pane').locator('.view-zones .dg-para-rule').count()).toBe(3);
    const sourceLines = await page
      .getByTestId('source-pane')
      .locator('.view-line')
      .evaluateAll((els) => els.map((e) => e.textContent?.replace(/\u00a0/g, ' ') ?? ''));
    // Wrapped rows are separate elements; compare with whitespace collapsed.
    const shown = sourceLines.join(' ').replace(/\s+/g, ' ');
    for (const s of SENTENCES) expect(shown).toContain(s);
    await expect.poll(() => page.getByTestId('status-segments').textContent()).toBe('Segments 0/10');
    await wb.screenshot('created');
  });

  test('Ctrl+Enter confirms the segment and moves to the next unconfirmed one', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Confirmare', romanianText(10).text, 10);

    // Confirm segment 3 first, so that confirming segment 2 has to skip it.
    await goToSegment(page, 3);
    await page.keyboard.type('Those who come in late must show their card.');
    await page.keyboard.press('Control+Enter');
    // (the confirmation waits for the checks of the text just typed)
    await expect.poll(() => hook(page, 'status', 3)).toBe('translated');
    expect(await hook(page, 'active')).toBe(4);

    await goToSegment(page, 2);
    expect(await hook(page, 'status', 2)).toBe('untranslated');
    await page.keyboard.type('The reading rooms will be open every day until ten at night.');
    expect(await hook(page, 'status', 2)).toBe('draft');
    await page.keyboard.press('Control+Enter');
    // (the confirmation waits for the checks of the text just typed)
    await expect.poll(() => hook(page, 'status', 2)).toBe('translated');
    expect(await hook(page, 'active')).toBe(4);
    expect(await hook(page, 'draft', 2)).toBe('The reading rooms will be open every day until ten at night.');

    // From the last segment the search wraps round to the first unconfirmed one.
    await goToSegment(page, 10);
    await page.keyboard.type('The full results will be published in early March.');
    await page.keyboard.press('Control+Enter');
    // (the confirmation waits for the checks of the text just typed)
    await expect.poll(() => hook(page, 'status', 10)).toBe('translated');
    expect(await hook(page, 'active')).toBe(1);
    await expect.poll(() => page.getByTestId('status-segments').textContent()).toBe('Segments 3/10');
    await expect.poll(() => page.getByTestId('status-active').textContent()).toBe('Segment 1 of 10 · Untranslated');
    // Typing now goes into segment 1.
    await page.keyboard.type('The county library');
    expect(await hook(page, 'draft', 1)).toBe('The county library');
    await wb.screenshot('confirmed');
  });

  test('Enter never adds a line and pasted newlines become spaces', async ({ wb }) => {
    const { page } = wb;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: wb.server.origin });
    await wb.open();
    await createProjectFromText(page, 'Linii', romanianText(6).text, 6);
    await goToSegment(page, 2);
    await page.keyboard.type('Reading rooms');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Enter');
    await settle(page);
    expect(await hook(page, 'draft', 2)).toBe('Reading rooms');
    expect(await hook(page, 'draft', 3)).toBe('');
    expect(await hook(page, 'draft', 4)).toBe('');
    const lineNumbers = await page
      .getByTestId('target-pane')
      .locator('.line-numbers')
      .evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    expect(lineNumbers).toEqual(['1', '2', '3', '4', '5', '6']);

    await goToSegment(page, 5);
    await page.evaluate(() => navigator.clipboard.writeText('In the weekend,\naccess stays free\r\nfor all visitors.'));
    await page.keyboard.press('Control+V');
    await settle(page);
    expect(await hook(page, 'draft', 5)).toBe('In the weekend, access stays free for all visitors.');
    expect(await hook(page, 'draft', 6)).toBe('');
    expect(await hook(page, 'draft', 4)).toBe('');
    expect(await hook(page, 'active')).toBe(5);
  });
});
