import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.js';
import { goToSegment, hook, waitForProject } from './ui.js';

/** Opens a dialog, closes it without acting, and checks typing goes on where the caret was. */
async function typingSurvives(page: Page, n: number, word: string, openAndClose: () => Promise<void>): Promise<void> {
  await goToSegment(page, n);
  const before = await hook(page, 'draft', n);
  await openAndClose();
  await page.keyboard.type(word);
  expect(await hook(page, 'draft', n)).toBe(before + word);
  expect(await hook(page, 'active')).toBe(n);
}

describe('dialogs hand the keyboard back to the draft', () => {
  test('after Escape, Cancel or Close the caret is back in the draft where it was', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);

    await typingSurvives(page, 2, ' unu', async () => {
      await page.keyboard.press('F1');
      await page.getByTestId('shortcuts-dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' });
    });
    await typingSurvives(page, 3, ' doi', async () => {
      await page.getByTestId('btn-shortcuts').click();
      await page.getByTestId('shortcuts-close').click();
      await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' });
    });
    await typingSurvives(page, 4, ' trei', async () => {
      await page.getByTestId('btn-new-project').click();
      await page.getByTestId('new-project-dialog').waitFor();
      await page.getByTestId('np-cancel').click();
      await page.getByTestId('new-project-dialog').waitFor({ state: 'detached' });
    });
    await typingSurvives(page, 5, ' patru', async () => {
      await page.getByTestId('btn-open-project').click();
      await page.getByTestId('open-project-dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('open-project-dialog').waitFor({ state: 'detached' });
    });
  });
});
