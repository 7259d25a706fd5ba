import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { goToSegment, hook, settled, waitForMarkers, waitForProject } from './ui.js';

describe('findings a translator can place, see and undo', () => {
  test('a missing glossary term is marked where it belongs, not over the whole segment', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    // Segment 10: "Belarus este cel mai apropiat aliat al Rusiei din CSI." with the planted "CSI" in the draft.
    await goToSegment(page, 10);
    await page.keyboard.press('Control+a');
    const draft = 'Belarus is the closest ally of Russia in the union of former states.';
    await page.keyboard.type(draft);
    const markers = await waitForMarkers(page, 10, 'term-missing', true);
    const m = markers.find((x) => x.check === 'term-missing')!;
    const marked = draft.slice(m.startColumn - 1, m.endColumn - 1);
    // The source term is near the end of its sentence: the mark is one word there.
    expect(marked).toMatch(/^\S+$/);
    expect(m.startColumn).toBeGreaterThan(draft.length / 2);
  });

  test('ignored findings and turned-off checks are listed in the findings panel and can be undone', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');

    // Ignore the double space of segment 17 and turn capitalisation off, from the quick-fix menu.
    const space = (await hook(page, 'markers', 17)).find((m) => m.check === 'whitespace')!;
    await goToSegment(page, 17);
    const p1 = await hook(page, 'charPoint', 'target', 17, space.startColumn);
    await page.mouse.click(p1!.x, p1!.y);
    await page.keyboard.press('Control+Period');
    await page.getByRole('option', { name: /Ignore this finding/ }).click();
    await waitForMarkers(page, 17, 'whitespace', false);
    await goToSegment(page, 20);
    const monday = (await hook(page, 'markers', 20)).find((m) => m.check === 'capitalization')!;
    const p2 = await hook(page, 'charPoint', 'target', 20, monday.startColumn + 1);
    await page.mouse.click(p2!.x, p2!.y);
    await page.keyboard.press('Control+Period');
    await page.getByRole('option', { name: /Turn off “Capitalisation”/ }).click();
    await waitForMarkers(page, 20, 'capitalization', false);

    await page.getByTestId('findings-settings-toggle').click();
    const settings = page.getByTestId('findings-settings');
    await settings.waitFor();
    await expect.poll(() => page.getByTestId('settings-ignored').count()).toBe(1);
    expect(await page.getByTestId('settings-ignored').textContent()).toContain('Segment 17');
    expect(await page.getByTestId('settings-off-check').getAttribute('data-check')).toBe('capitalization');
    await wb.screenshot('settings');

    await page.getByTestId('settings-unignore').click();
    await waitForMarkers(page, 17, 'whitespace', true);
    await page.getByTestId('settings-enable-check').click();
    await waitForMarkers(page, 20, 'capitalization', true);
    expect(await page.getByTestId('settings-ignored').count()).toBe(0);
    expect(await page.getByTestId('settings-off-check').count()).toBe(0);
    const saved = JSON.parse(await readFile(projectPath, 'utf8')) as {
      settings: { ignoredFindings: unknown[]; checks: Record<string, { enabled?: boolean }> };
    };
    expect(saved.settings.ignoredFindings).toEqual([]);
    expect(saved.settings.checks.capitalization?.enabled).not.toBe(false);
  });
});

describe('keys and menus for the main actions', () => {
  test('F1 lists Ctrl+., Ctrl+Space, F8 and the window keys; Alt+N/O/E/B open and toggle', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await page.keyboard.press('F1');
    const dialog = page.getByTestId('shortcuts-dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    for (const keys of ['Ctrl+.', 'Ctrl+Space', 'F8', 'Alt+N', 'Alt+O', 'Alt+E', 'Alt+B']) expect(text).toContain(keys);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    for (const [key, id] of [
      ['Alt+n', 'new-project-dialog'],
      ['Alt+o', 'open-project-dialog'],
      ['Alt+e', 'export-dialog'],
    ] as const) {
      await page.keyboard.press(key);
      await page.getByTestId(id).waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId(id).waitFor({ state: 'detached' });
    }
    const side = page.getByTestId('side-panel');
    expect(await side.getAttribute('data-collapsed')).toBe('false');
    await page.keyboard.press('Alt+b');
    await expect.poll(() => side.getAttribute('data-collapsed')).toBe('true');
    await page.keyboard.press('Alt+b');
    await expect.poll(() => side.getAttribute('data-collapsed')).toBe('false');
  });

  test('the draft pane’s context menu confirms the segment', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await goToSegment(page, 2);
    const at = await hook(page, 'charPoint', 'target', 2, 2);
    await page.mouse.click(at!.x, at!.y, { button: 'right' });
    const item = page.locator('.context-view .action-item', { hasText: 'Confirm segment' });
    await item.waitFor();
    expect(await page.locator('.context-view .action-item', { hasText: 'Copy source to target' }).count()).toBe(1);
    await item.click();
    await expect.poll(() => hook(page, 'status', 2)).toBe('translated');
  });
});

describe('a first look at 1024 × 700', () => {
  test('the toolbar stays one row in both languages; F1 explains the signs; the sample says its mistakes are planted', async ({
    wb,
  }) => {
    const { page } = wb;
    await page.setViewportSize({ width: 1024, height: 700 });
    await wb.open();
    await waitForProject(page);
    await expect.poll(() => page.getByTestId('sample-notice').textContent()).toContain('on purpose');

    const toolbar = page.getByTestId('toolbar');
    for (const lang of ['en', 'ro'] as const) {
      await page.getByTestId('language-select').selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const box = await toolbar.boundingBox();
      expect(box!.height, `toolbar height in ${lang}`).toBeLessThanOrEqual(40);
      // Every button is whole on screen: nothing wrapped out of sight or cut off.
      const cut = await toolbar
        .locator('button')
        .evaluateAll((els) =>
          els.filter((e) => e.getBoundingClientRect().right > window.innerWidth).map((e) => e.textContent),
        );
      expect(cut, `buttons past the right edge in ${lang}`).toEqual([]);
      await page.screenshot({
        path: `test-results/e2e/roughedges-toolbar-1024-${lang}.png`,
        clip: { x: 0, y: 0, width: 1024, height: 60 },
      });
    }
    await page.getByTestId('language-select').selectOption('en');

    await page.keyboard.press('F1');
    const legend = page.getByTestId('legend');
    await legend.waitFor();
    const text = (await legend.textContent()) ?? '';
    for (const words of ['Untranslated', 'Draft', 'Translated', 'Reviewed', 'glossary term', 'error', 'Forbidden'])
      expect(text).toContain(words);
    await page.keyboard.press('Escape');

    // Dismissed, it stays away; another project never shows it.
    await page.getByTestId('sample-notice').getByRole('button').click();
    expect(await page.getByTestId('sample-notice').count()).toBe(0);
  });
});

describe('Monaco in Romanian', () => {
  test('the find widget and the problem peek speak Romanian in the Romanian UI', async ({ wb }) => {
    const { page } = wb;
    await wb.open({ lang: 'ro' });
    await waitForProject(page);
    await settled(page);
    await goToSegment(page, 1);
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('target-pane').locator('.find-widget');
    await find.waitFor();
    expect(await find.locator('textarea').first().getAttribute('placeholder')).toBe('Căutare');
    expect(await find.locator('[aria-label*="Potrivire majuscule"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F8');
    const peek = page.getByTestId('target-pane').locator('.marker-widget');
    await peek.waitFor();
    // The peek's title row sits in its zone widget, beside the message.
    const zone = page.getByTestId('target-pane').locator('.zone-widget');
    await expect.poll(() => zone.textContent()).toMatch(/\d+ din \d+ probleme/);
    await wb.screenshot('peek-ro');
  });
});
