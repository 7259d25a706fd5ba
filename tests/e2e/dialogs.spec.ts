import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.js';
import { goToSegment, hook, settle, waitForProject } from './ui.js';
import { romanianText } from './texts.js';

/** Opens a dialog, closes it without acting, and checks typing goes on where the caret was. */
async function typingSurvives(page: Page, n: number, word: string, openAndClose: () => Promise<void>): Promise<void> {
  await goToSegment(page, n);
  const before = await hook(page, 'draft', n);
  await openAndClose();
  await page.keyboard.type(word);
  expect(await hook(page, 'draft', n)).toBe(before + word);
  expect(await hook(page, 'active')).toBe(n);
}

/**
 * Holds back the first-run sample project until `release` is called, so the
 * test can act while the startup project is still on its way. `arrived`
 * resolves once the renderer has the sample's answer.
 */
async function holdSample(page: Page): Promise<{ release(): void; arrived: Promise<unknown> }> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/api/openSample', async (route) => {
    await gate;
    await route.continue();
  });
  const arrived = page.waitForResponse('**/api/openSample', { timeout: 30_000 });
  return { release, arrived };
}

describe('the startup project arriving late', () => {
  test('does not close a new-project dialog opened before it', async ({ wb }) => {
    const { page } = wb;
    const sample = await holdSample(page);
    await wb.open();
    await page.getByTestId('btn-new-project').click();
    const dialog = page.getByTestId('new-project-dialog');
    await dialog.waitFor();
    await page.getByTestId('np-name').fill('Înainte de eșantion');
    sample.release();
    await sample.arrived;
    await waitForProject(page);
    await settle(page);
    expect(await dialog.isVisible()).toBe(true);
    expect(await page.getByTestId('np-name').inputValue()).toBe('Înainte de eșantion');
  });

  test('does not replace a project the user created meanwhile', async ({ wb }) => {
    const { page } = wb;
    const sample = await holdSample(page);
    await wb.open();
    await page.getByTestId('btn-new-project').click();
    const dialog = page.getByTestId('new-project-dialog');
    await dialog.waitFor();
    await page.getByTestId('np-name').fill('Proiectul meu');
    await page.getByTestId('np-source').fill(romanianText(4).text);
    await page.getByTestId('np-create').click();
    await dialog.waitFor({ state: 'detached' });
    await waitForProject(page, 4);
    sample.release();
    await sample.arrived;
    await settle(page);
    await settle(page);
    expect(await page.getByTestId('project-name').textContent()).toBe('Proiectul meu');
    expect(await hook(page, 'lineCount')).toBe(4);
  });
});

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
