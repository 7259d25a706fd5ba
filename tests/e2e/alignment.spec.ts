import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.js';
import {
  alignedPairs,
  createProjectFromText,
  goToSegment,
  hook,
  renderedTop,
  settle,
  visibleSegments,
  type HookWindow,
} from './ui.js';
import { LONG_DRAFT, romanianText } from './texts.js';

/** How far apart (px) segment N's top edges may be in the two panes. */
const TOLERANCE = 2;

/**
 * Every segment visible in both panes starts at the same height in both (within
 * 2 px), and there are enough of them for the check to mean something.
 */
async function expectLevel(page: Page, minPairs = 5): Promise<number[]> {
  await settle(page);
  const pairs = await alignedPairs(page);
  expect(pairs.length).toBeGreaterThanOrEqual(minPairs);
  const off = pairs.filter((p) => Math.abs(p.source - p.target) > TOLERANCE);
  expect(off, `segments whose top edges differ between the panes: ${JSON.stringify(off)}`).toEqual([]);
  // The editors' own idea of the layout agrees with what is rendered.
  const first = pairs[0];
  if (first) {
    expect(Math.abs((await hook(page, 'segmentTop', 'source', first.n)) - first.source)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs((await hook(page, 'segmentTop', 'target', first.n)) - first.target)).toBeLessThanOrEqual(TOLERANCE);
  }
  return pairs.map((p) => p.n);
}

/** Height (px) segment n takes in a pane: its top to the next segment's top. */
async function rowsHeight(page: Page, pane: 'source' | 'target', n: number): Promise<number> {
  const a = await renderedTop(page, pane, n);
  const b = await renderedTop(page, pane, n + 1);
  if (a === undefined || b === undefined) throw new Error(`segments ${n} and ${n + 1} are not both visible`);
  return b - a;
}

async function openLibraryProject(page: Page, open: () => Promise<void>): Promise<void> {
  await open();
  await createProjectFromText(page, 'Aliniere', romanianText(60).text, 60);
}

describe('segment N is level in both panes', () => {
  test('after typing a draft that wraps to more rows than its source', async ({ wb }) => {
    const { page } = wb;
    await openLibraryProject(page, () => wb.open());
    // Segment 3 is the second sentence of the second paragraph: a short source line.
    const sourceBefore = await rowsHeight(page, 'source', 3);
    await goToSegment(page, 3);
    await page.keyboard.type(LONG_DRAFT);
    expect(await hook(page, 'draft', 3)).toBe(LONG_DRAFT);
    await expectLevel(page);
    // The draft really wraps: segment 3 now takes more rows, in both panes alike.
    const targetAfter = await rowsHeight(page, 'target', 3);
    expect(targetAfter).toBeGreaterThan(sourceBefore * 2);
    expect(Math.abs((await rowsHeight(page, 'source', 3)) - targetAfter)).toBeLessThanOrEqual(TOLERANCE);
    await wb.screenshot('wrapped');

    // Deleting the draft again shrinks both sides back.
    // Shift+Home selects one visual row of a wrapped line at a time.
    for (let i = 0; i < 20 && (await hook(page, 'draft', 3)) !== ''; i++) {
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Backspace');
    }
    expect(await hook(page, 'draft', 3)).toBe('');
    await expectLevel(page);
    expect(Math.abs((await rowsHeight(page, 'target', 3)) - sourceBefore)).toBeLessThanOrEqual(TOLERANCE);
  });

  test('while either pane scrolls', async ({ wb }) => {
    const { page } = wb;
    await openLibraryProject(page, () => wb.open());
    await goToSegment(page, 2);
    await page.keyboard.type(LONG_DRAFT);
    const start = (await expectLevel(page))[0] ?? 0;

    const targetBox = await page.getByTestId('target-pane').boundingBox();
    const sourceBox = await page.getByTestId('source-pane').boundingBox();
    if (!targetBox || !sourceBox) throw new Error('the panes have no size');

    // Scroll the draft pane down.
    await page.mouse.move(targetBox.x + targetBox.width / 2, targetBox.y + targetBox.height / 2);
    const firstShown = async (pane: 'source' | 'target') => (await visibleSegments(page, pane))[0] ?? 0;
    for (let i = 0; i < 40 && (await firstShown('target')) <= start + 15; i++) await page.mouse.wheel(0, 300);
    expect(await firstShown('target')).toBeGreaterThan(start + 15);
    await expectLevel(page);
    await wb.screenshot('scrolled-draft');

    // Scroll the source pane back up part of the way.
    await page.mouse.move(sourceBox.x + sourceBox.width / 2, sourceBox.y + sourceBox.height / 2);
    const before = await firstShown('source');
    for (let i = 0; i < 40 && (await firstShown('source')) >= before - 5; i++) await page.mouse.wheel(0, -200);
    expect(await firstShown('source')).toBeLessThan(before - 5);
    await expectLevel(page);

    // Keyboard navigation far down scrolls both panes together.
    await goToSegment(page, 55);
    await expect.poll(async () => (await visibleSegments(page, 'target')).includes(55)).toBe(true);
    const shown = await expectLevel(page);
    expect(shown).toContain(55);
  });

  test('after the window is resized and the font size changes', async ({ wb }) => {
    const { page } = wb;
    await openLibraryProject(page, () => wb.open());
    await goToSegment(page, 4);
    await page.keyboard.type(LONG_DRAFT);
    await expectLevel(page);
    const wide = await rowsHeight(page, 'source', 1);

    // Narrower: sources wrap to more rows, the draft to even more.
    await page.setViewportSize({ width: 760, height: 700 });
    await expectLevel(page, 3);
    expect(await rowsHeight(page, 'source', 1)).toBeGreaterThan(wide);
    await wb.screenshot('narrow');

    await page.setViewportSize({ width: 1600, height: 1000 });
    await expectLevel(page);
    const beforeFont = await rowsHeight(page, 'source', 1);
    await wb.screenshot('wide');

    await page.getByTestId('btn-font-larger').click();
    await page.getByTestId('btn-font-larger').click();
    await page.getByTestId('btn-font-larger').click();
    await expectLevel(page);
    expect(await rowsHeight(page, 'source', 1)).toBeGreaterThan(beforeFont);
    await wb.screenshot('larger-font');
  });

  test('far from the start of a long project, right after it opens', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    // Long enough that the editor aligns the tail after the first paint, in slices.
    await createProjectFromText(page, 'Proiect lung', romanianText(700).text, 700);
    await page.keyboard.press('Control+End');
    await expect.poll(async () => (await visibleSegments(page, 'target')).includes(700)).toBe(true);
    expect(await expectLevel(page)).toContain(700);
    await page.keyboard.type(LONG_DRAFT);
    expect(await hook(page, 'draft', 700)).toBe(LONG_DRAFT);
    await expectLevel(page);
    await goToSegment(page, 690);
    await expectLevel(page);
    await wb.screenshot('end-of-long-project');
  });

  test('while Monaco’s problem peek (F8) is open in the draft, and after it closes', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Problemă', romanianText(10).text, 10);
    // Segments 2 ("ora zece") and 4 ("ora opt") get drafts without their numbers: two errors.
    await goToSegment(page, 2);
    await page.keyboard.type('The reading rooms will be open every day.');
    await goToSegment(page, 4);
    await page.keyboard.type('Readers who come in late must show their card.');
    await page.waitForFunction(
      () => {
        const h = (window as HookWindow).__dragoman;
        return !!h && h.markers(2).length > 0 && h.markers(4).length > 0;
      },
      null,
      { timeout: 15_000 },
    );
    await goToSegment(page, 1);
    const peek = page.getByTestId('target-pane').locator('.marker-widget');
    await page.keyboard.press('F8');
    await peek.waitFor();
    await page.waitForTimeout(300); // the peek lays itself out over a frame or two
    await expectLevel(page);
    await wb.screenshot('peek-2');
    // The next problem: the peek moves to segment 4.
    await page.keyboard.press('F8');
    await expect.poll(() => hook(page, 'active')).toBe(4);
    await page.waitForTimeout(300);
    await expectLevel(page);
    await page.keyboard.press('Escape');
    await peek.waitFor({ state: 'detached' });
    await expectLevel(page);
  });
});
