import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { test, type Workbench } from './fixtures.js';
import { createProjectFromText, goToSegment, hook, waitForProject } from './ui.js';
import { romanianText } from './texts.js';

/** What a page whose server was killed may log: refused or aborted requests. */
const CONNECTION_LOST =
  /ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET|Failed to fetch|Failed to load resource/;

/** Every *.dragoman file under a folder. */
function projectFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...projectFiles(p));
    else if (name.endsWith('.dragoman')) out.push(p);
  }
  return out;
}

/** Waits until the status bar says the last edit was saved. */
async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid=status-save]');
      return el?.getAttribute('data-state') === 'clean' && /\d/.test(el.textContent ?? '');
    },
    null,
    { timeout: 10_000 },
  );
}

/** Kills the server while the page is open, starts a new one on the same data dir and reopens the page. */
async function crashAndRestart(wb: Workbench): Promise<void> {
  await wb.tolerateErrors(CONNECTION_LOST, async () => {
    await wb.restartServer();
    await wb.open();
  });
}

describe('killing the server loses no work', () => {
  test('a kill after autosave has run: the drafts and statuses are back after a restart', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Recuperare', romanianText(6).text, 6);
    await goToSegment(page, 2);
    await page.keyboard.type('The reading rooms open every day until ten.');
    await page.keyboard.press('Control+Enter');
    await goToSegment(page, 4);
    await page.keyboard.type('Access stays free');
    await waitSaved(page);
    // The project file is rewritten within a second of the save; give it that, then read it ourselves.
    await expect
      .poll(
        () => {
          const files = projectFiles(wb.dataDir).filter((f) => readFileSync(f, 'utf8').includes('Recuperare'));
          return files.length === 1 && readFileSync(files[0] ?? '', 'utf8').includes('Access stays free');
        },
        { timeout: 2_000, interval: 100 },
      )
      .toBe(true);

    await crashAndRestart(wb);
    await waitForProject(page, 6);
    await expect.poll(() => page.getByTestId('project-name').textContent()).toBe('Recuperare');
    expect(await hook(page, 'draft', 2)).toBe('The reading rooms open every day until ten.');
    expect(await hook(page, 'status', 2)).toBe('translated');
    expect(await hook(page, 'draft', 4)).toBe('Access stays free');
    expect(await hook(page, 'status', 4)).toBe('draft');
    expect(await hook(page, 'draft', 3)).toBe('');
    expect(await page.getByTestId('recovery-dialog').count()).toBe(0);
    await wb.screenshot('restarted');
  });

  test('a kill before the project file is rewritten: the next start offers the journaled edits back', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Jurnal', romanianText(6).text, 6);
    await goToSegment(page, 3);
    // Kill the moment the backend acknowledges the save of the whole draft: it is in the
    // journal, not yet in the project file (written a second later).
    const draft = 'The director explained the decision.';
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/saveSegments') && r.ok() && (r.request().postData() ?? '').includes(draft),
      { timeout: 10_000 },
    );
    await page.keyboard.type(draft);
    await saved;
    await crashAndRestart(wb);

    await waitForProject(page, 6);
    const dialog = page.getByTestId('recovery-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    await wb.screenshot('offered');
    expect(await dialog.textContent()).toContain('1');
    expect(await hook(page, 'draft', 3)).toBe('');
    await page.getByTestId('recovery-restore').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => hook(page, 'draft', 3)).toBe(draft);

    // Restored work is saved like any other: after another kill it is simply there.
    await page.waitForTimeout(2_000);
    await crashAndRestart(wb);
    await waitForProject(page, 6);
    expect(await hook(page, 'draft', 3)).toBe(draft);
    expect(await page.getByTestId('recovery-dialog').count()).toBe(0);
  });
});
