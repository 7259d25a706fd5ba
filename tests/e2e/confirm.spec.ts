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
