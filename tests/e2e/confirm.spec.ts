import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { createProjectFromText, focusInDraft, goToSegment, hook, type HookWindow } from './ui.js';
import { romanianText } from './texts.js';

/** Waits until the checks have caught up with typing and segment n has (or has no) error marker. */
async function waitForError(page: Page, n: number, present: boolean): Promise<void> {
  await page.waitForFunction(
    ([line, want]) => {
      const h = (window as HookWindow).__dragoman;
      const c = h?.checks();
      if (!h || !c || c.applied < c.model) return false;
      return h.markers(line).some((m) => m.severity === 'error') === want;
    },
    [n, present] as [number, boolean],
    { timeout: 15_000 },
  );
}

/**
 * Keeps the check worker's thread busy for a while (as a large glossary rebuild or a slow machine does), so
 * edits sent meanwhile wait for their findings. Returns once the busy spell has begun; `done` when it ends.
 */
async function busyWorker(page: Page, millis = 1000): Promise<{ done: Promise<unknown> }> {
  const worker = page.workers().find((w) => w.url().includes('check.worker'));
  if (!worker)
    throw new Error(
      `no check worker among ${page
        .workers()
        .map((w) => w.url())
        .join(', ')}`,
    );
  const done = worker.evaluate((ms) => {
    const end = Date.now() + ms;
    while (Date.now() < end);
  }, millis);
  await page.waitForTimeout(100);
  return { done };
}

describe('confirming a segment with open errors', () => {
  test('Ctrl+Enter shows the open errors and asks; going back keeps the segment open', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Confirmare cu erori', romanianText(6).text, 6);
    // Segment 2 says "ora zece": a draft without the number is an error (number-mismatch).
    await goToSegment(page, 2);
    await page.keyboard.type('The reading rooms will be open every day.');
    await waitForError(page, 2, true);

    await page.keyboard.press('Control+Enter');
    const dialog = page.getByTestId('confirm-errors-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('confirm-errors-item').first().getAttribute('data-check')).toBe('number-mismatch');
    expect(await dialog.textContent()).toContain('zece');
    await page.getByTestId('confirm-errors-back').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await hook(page, 'status', 2)).toBe('draft');
    expect(await hook(page, 'active')).toBe(2);
    expect(await focusInDraft(page)).toBe(true);

    // Confirm anyway: confirmed, and on to the next unconfirmed segment.
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor();
    await page.getByTestId('confirm-errors-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await hook(page, 'status', 2)).toBe('translated');
    expect(await hook(page, 'active')).toBe(3);

    // A segment without errors is confirmed at once.
    await page.keyboard.type('The director said the decision follows many requests from students.');
    await waitForError(page, 3, false);
    await page.keyboard.press('Control+Enter');
    expect(await hook(page, 'status', 3)).toBe('translated');
    expect(await page.getByTestId('confirm-errors-dialog').count()).toBe(0);
  });

  test('Ctrl+Enter pressed right after typing judges the draft as typed, not the checks of the draft before it', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Confirmare rapidă', romanianText(6).text, 6);
    // Segment 2 says "ora zece": "ten" satisfies the number check, a draft without it is an error.
    await goToSegment(page, 2);
    await page.keyboard.type('The reading rooms will be open every day until ten in the evening.');
    await waitForError(page, 2, false);
    // Replace the draft in one go and confirm at once, while the check worker is still busy: the findings on
    // hand (none) are for the old text.
    await page.keyboard.press('Control+a');
    const busy1 = await busyWorker(page);
    await page.keyboard.insertText('The reading rooms will be open every day.');
    await page.keyboard.press('Control+Enter');
    await busy1.done;
    const dialog = page.getByTestId('confirm-errors-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('confirm-errors-item').first().getAttribute('data-check')).toBe('number-mismatch');
    await page.getByTestId('confirm-errors-back').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await hook(page, 'status', 2)).toBe('draft');

    // And the other way round: an error just typed away is not asked about.
    await page.keyboard.press('Control+a');
    const busy2 = await busyWorker(page);
    await page.keyboard.insertText('The reading rooms will be open every day until ten in the evening.');
    await page.keyboard.press('Control+Enter');
    await busy2.done;
    await expect.poll(() => hook(page, 'status', 2), { timeout: 10_000 }).toBe('translated');
    expect(await hook(page, 'active')).toBe(3);
    expect(await dialog.count()).toBe(0);
    expect(await hook(page, 'draft', 2)).toBe('The reading rooms will be open every day until ten in the evening.');
  });

  test('“Don’t ask again” turns the question off, and it stays off after a reload', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Fără întrebare', romanianText(6).text, 6);
    await goToSegment(page, 4);
    // Segment 4 says "ora opt".
    await page.keyboard.type('Readers who come in late must show their card.');
    await waitForError(page, 4, true);
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('confirm-errors-dialog').waitFor();
    await page.getByTestId('confirm-errors-dont-ask').check();
    await page.getByTestId('confirm-errors-back').click();
    await page.getByTestId('confirm-errors-dialog').waitFor({ state: 'detached' });
    expect(await hook(page, 'status', 4)).toBe('draft');

    await page.keyboard.press('Control+Enter');
    expect(await hook(page, 'status', 4)).toBe('translated');
    expect(await page.getByTestId('confirm-errors-dialog').count()).toBe(0);

    await expect.poll(() => hook(page, 'dirty')).toBe(false);
    await page.reload();
    await expect.poll(() => hook(page, 'status', 4), { timeout: 30_000 }).toBe('translated');
    await goToSegment(page, 2);
    await page.keyboard.type('The rooms are open daily.');
    await waitForError(page, 2, true);
    await page.keyboard.press('Control+Enter');
    expect(await hook(page, 'status', 2)).toBe('translated');
  });
});

describe('focus after a dialog', () => {
  test('closing the add-term dialog puts the focus back in the draft', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Focalizare', romanianText(6).text, 6);
    await goToSegment(page, 3);
    await page.keyboard.type('The director');
    await page.keyboard.press('Control+Shift+KeyG');
    const dialog = page.getByTestId('add-term-dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusInDraft(page)).toBe(true);
    await page.keyboard.type(' said');
    expect(await hook(page, 'draft', 3)).toBe('The director said');

    await page.keyboard.press('Control+Shift+KeyG');
    await dialog.waitFor();
    await page.getByTestId('add-term-cancel').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusInDraft(page)).toBe(true);
  });
});
