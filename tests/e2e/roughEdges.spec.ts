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
    await page.getByRole('option', { name: /Turn off/ }).click();
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
