import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { createProjectFromText, focusInDraft, goToSegment, hook, settle } from './ui.js';
import { romanianText } from './texts.js';

const DRAFTS = [
  'The library opens late.',
  'Its prisons are full.',
  'Most of them are old.',
  'Readers show a card.',
  'Entry is free.',
  'Volunteers help.',
];

/** A six-segment project whose drafts are DRAFTS. */
async function withDrafts(page: Page, name: string): Promise<void> {
  await createProjectFromText(page, name, romanianText(6).text, 6);
  for (let n = 1; n <= DRAFTS.length; n++) {
    await goToSegment(page, n);
    await page.keyboard.type(DRAFTS[n - 1] ?? '');
  }
}

async function drafts(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (let n = 1; n <= DRAFTS.length; n++) out.push(await hook(page, 'draft', n));
  return out;
}

describe('edits never cross a segment boundary', () => {
  test('a triple-click selects the segment alone: typing replaces that draft and no other', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await withDrafts(page, 'Triplu clic');
    const point = await hook(page, 'charPoint', 'target', 2, 4);
    if (!point) throw new Error('segment 2 is not on screen');
    await page.mouse.click(point.x, point.y, { clickCount: 3 });
    await page.keyboard.type('Replaced.');
    await settle(page);
    expect(await drafts(page)).toEqual([DRAFTS[0], 'Replaced.', ...DRAFTS.slice(2)]);
    expect(await hook(page, 'draftLines')).toBe(6);

    // Selecting down to the start of the next line with the keyboard and deleting joins nothing either.
    await goToSegment(page, 4);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Backspace');
    await settle(page);
    expect(await hook(page, 'draft', 4)).toBe('');
    expect(await hook(page, 'draft', 5)).toBe(DRAFTS[4]);
    expect(await hook(page, 'draftLines')).toBe(6);
  });

  test('Ctrl+A selects the active segment; a second Ctrl+A everything', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await withDrafts(page, 'Selectează');
    await goToSegment(page, 3);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Most are new.');
    await settle(page);
    expect(await drafts(page)).toEqual([...DRAFTS.slice(0, 2), 'Most are new.', ...DRAFTS.slice(3)]);

    await goToSegment(page, 5);
    await page.keyboard.press('Control+a');
    expect(await hook(page, 'selections')).toEqual([
      { startLine: 5, startColumn: 1, endLine: 5, endColumn: DRAFTS[4]!.length + 1 },
    ]);
    await page.keyboard.press('Control+a');
    expect(await hook(page, 'selections')).toEqual([
      { startLine: 1, startColumn: 1, endLine: 6, endColumn: DRAFTS[5]!.length + 1 },
    ]);
    // Typing over everything stays one segment per line (the multi-segment guard as before).
    await page.keyboard.press('ArrowRight');
    expect(await hook(page, 'draftLines')).toBe(6);
  });

  test('Tab leaves the draft and never inserts spaces, also right after a reload', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await withDrafts(page, 'Tabulator');
    await goToSegment(page, 2);
    expect(await focusInDraft(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusInDraft(page)).toBe(false);
    expect(await drafts(page)).toEqual(DRAFTS);

    await expect.poll(() => hook(page, 'dirty')).toBe(false);
    await page.reload();
    await expect.poll(() => hook(page, 'draft', 6), { timeout: 30_000 }).toBe(DRAFTS[5]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await settle(page);
    expect(await drafts(page)).toEqual(DRAFTS);
  });
});

describe('line breaks never enter a draft, and undo keeps working', () => {
  test('a regex Replace All with \\n is refused with a reason; Ctrl+Z still undoes the typing before it', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await withDrafts(page, 'Înlocuire');
    await page.keyboard.press('Control+h');
    await page.getByTestId('target-pane').locator('.find-widget').waitFor();
    await page.keyboard.press('Alt+r'); // regular expressions on
    await page.keyboard.type('are');
    await page.keyboard.press('Tab');
    await page.keyboard.type('are\\nnot');
    await page.keyboard.press('Control+Alt+Enter');
    await expect.poll(() => page.getByTestId('guard-message').textContent()).toContain('line break');
    expect(await drafts(page)).toEqual(DRAFTS);
    expect(await hook(page, 'draftLines')).toBe(6);
    // Replace (Enter in the replace box) refuses it too.
    await page.keyboard.press('Enter');
    await settle(page);
    expect(await drafts(page)).toEqual(DRAFTS);

    await page.keyboard.press('Escape');
    // Enter in the replace box replaced (refused) there; it did not move to another segment.
    expect(await hook(page, 'active')).toBe(2);
    // Escape put the caret back in the draft (a click could hit the find widget as it slides away).
    for (let i = 0; i < 6 && (await hook(page, 'active')) < 6; i++) await page.keyboard.press('Control+ArrowDown');
    expect(await hook(page, 'active')).toBe(6);
    // Monaco undoes typing a word at a time.
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await drafts(page)).toEqual([...DRAFTS.slice(0, 5), 'Volunteers']);
  });

  test('a line break typed by an input method becomes a space; Ctrl+Z goes back past it', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await withDrafts(page, 'Metodă de intrare');
    await goToSegment(page, 2);
    // What an IME or a context-menu paste does: text with a break inserted past the key handlers.
    await page.keyboard.insertText(' Cells\nare small.');
    await settle(page);
    await expect.poll(() => hook(page, 'draft', 2)).toBe('Its prisons are full. Cells are small.');
    expect(await hook(page, 'draftLines')).toBe(6);
    expect(await hook(page, 'draft', 3)).toBe(DRAFTS[2]);
    await expect.poll(() => page.getByTestId('guard-message').textContent()).toContain('spaces');

    // Undo goes back through the typing (a word at a time) to the draft before it, and further.
    for (let i = 0; i < 8 && (await hook(page, 'draft', 2)) !== DRAFTS[1]; i++) {
      await page.keyboard.press('Control+z');
      await settle(page);
      expect(await hook(page, 'draftLines')).toBe(6);
      expect(await hook(page, 'draft', 3)).toBe(DRAFTS[2]);
    }
    expect(await hook(page, 'draft', 2)).toBe(DRAFTS[1]);
    // The step before: the last word typed in segment 6.
    await page.keyboard.press('Control+z');
    await settle(page);
    expect(await drafts(page)).toEqual([...DRAFTS.slice(0, 5), 'Volunteers']);
  });
});
