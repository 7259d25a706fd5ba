import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { goToSegment, hook as checks, settled, waitForMarkers, waitForProject } from './ui.js';

/** Replaces segment n's draft with `text` by typing, as a translator would. */
async function retype(page: Page, n: number, text: string): Promise<void> {
  await goToSegment(page, n);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type(text);
  await expect.poll(() => checks(page, 'draft', n)).toBe(text);
}

/** Opens the quick-fix menu on segment n's spelling marker and picks the entry named `name`. */
async function pickOnSpelling(page: Page, n: number, name: RegExp): Promise<void> {
  const marker = (await waitForMarkers(page, n, 'spelling', true)).find((m) => m.check === 'spelling')!;
  await goToSegment(page, n);
  const at = await checks(page, 'charPoint', 'target', n, marker.startColumn + 1);
  await page.mouse.click(at!.x, at!.y);
  await page.keyboard.press('Control+Period');
  await page.getByRole('option', { name }).click();
}

async function reopen(page: Page): Promise<void> {
  await page.reload();
  await waitForProject(page);
  await settled(page);
}

describe('“Add to dictionary” from the spelling quick fix (issue 11)', () => {
  test('a misspelt word’s quick fix offers the dictionary’s suggestion and replaces the word', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    await retype(page, 12, 'Officials recieved the figures.');
    await pickOnSpelling(page, 12, /receive/);
    await expect.poll(() => checks(page, 'draft', 12)).toBe('Officials received the figures.');
    await waitForMarkers(page, 12, 'spelling', false);
  });

  test('a project word is written to the project file, clears every segment at once and holds after a reload', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');
    await retype(page, 10, 'Belarus is the frobnicated ally of Russia.');
    await retype(page, 12, 'Officials frobnicated the figures.');
    await retype(page, 13, 'Nobody zquartled it.');
    await waitForMarkers(page, 10, 'spelling', true);
    await waitForMarkers(page, 12, 'spelling', true);
    // The drafts reach the file before the reload, so the reload re-checks the same words.
    await expect
      .poll(async () => (await readFile(projectPath, 'utf8')).split('frobnicated').length - 1, { timeout: 15_000 })
      .toBe(2);

    await pickOnSpelling(page, 10, /Add “frobnicated” to the project dictionary/);
    await waitForMarkers(page, 10, 'spelling', false);
    await waitForMarkers(page, 12, 'spelling', false);
    await expect
      .poll(async () => JSON.parse(await readFile(projectPath, 'utf8')).settings.dictionary)
      .toEqual(['frobnicated']);
    // The findings panel's settings list it, with a way to take it out.
    await page.getByRole('button', { name: 'Settings' }).first().click();
    await expect.poll(() => page.getByTestId('settings-project-words').textContent()).toContain('frobnicated');

    await reopen(page);
    expect(await checks(page, 'draft', 12)).toBe('Officials frobnicated the figures.');
    // The speller is at work again (a word nobody added is marked) before the absence below means anything.
    await waitForMarkers(page, 13, 'spelling', true);
    expect((await checks(page, 'markers', 10)).some((m) => m.check === 'spelling')).toBe(false);
    expect((await checks(page, 'markers', 12)).some((m) => m.check === 'spelling')).toBe(false);
  });

  test('a word added to my dictionary is kept in my settings, not the project, and holds after a reload', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');
    await retype(page, 10, 'Belarus is the blorbing ally of Russia.');
    // A word nobody adds: its marker after the reload shows the speller is back at work.
    await retype(page, 12, 'Officials zquartled the figures.');
    await expect
      .poll(async () => (await readFile(projectPath, 'utf8')).includes('blorbing'), { timeout: 15_000 })
      .toBe(true);

    await pickOnSpelling(page, 10, /Add “blorbing” to my dictionary/);
    await waitForMarkers(page, 10, 'spelling', false);
    await expect
      .poll(async () => JSON.parse(await readFile(join(wb.dataDir, 'settings.json'), 'utf8')).dictionary)
      .toEqual(['blorbing']);
    expect(JSON.parse(await readFile(projectPath, 'utf8')).settings.dictionary).toBeUndefined();

    await reopen(page);
    expect(await checks(page, 'draft', 10)).toBe('Belarus is the blorbing ally of Russia.');
    await waitForMarkers(page, 12, 'spelling', true);
    expect((await checks(page, 'markers', 10)).some((m) => m.check === 'spelling')).toBe(false);
  });
});
