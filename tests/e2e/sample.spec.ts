import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { waitForProject } from './ui.js';

describe('the sample project in the UI language', () => {
  test('its name follows the UI language, in the toolbar and among recent projects', async ({ wb }) => {
    const { page } = wb;
    await wb.open({ lang: 'ro' });
    await waitForProject(page);
    const name = page.getByTestId('project-name');
    await expect.poll(() => name.textContent()).toBe('Articol de exemplu');

    await page.getByTestId('btn-recent').click();
    await page.getByTestId('recent-dialog').waitFor();
    expect(await page.getByTestId('recent-item').allTextContents()).toEqual([
      expect.stringContaining('Articol de exemplu'),
    ]);
    await page.getByTestId('recent-close').click();
    await page.getByTestId('recent-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('language-select').selectOption('en');
    await expect.poll(() => name.textContent()).toBe('Sample article');
  });
});
