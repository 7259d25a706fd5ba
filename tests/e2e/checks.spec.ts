import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { parseGlossary } from '../../glossary/common/codec.js';
import { test } from './fixtures.js';
import { goToSegment, hook as checks, settled, waitForMarkers, waitForProject, type HookWindow } from './ui.js';

/**
 * The sample's planted faults (samples/README.md) by segment number in the
 * app: source line 18 is a two-sentence quotation the segmenter cuts in two,
 * so the faults after it sit one segment lower than their line.
 */
const PLANTED: Record<number, string> = {
  4: 'source-spelling',
  10: 'term-missing',
  11: 'term-forbidden',
  14: 'untranslated',
  15: 'number-mismatch',
  17: 'whitespace',
  18: 'quote-style',
  20: 'capitalization',
};

/** Double-clicks the word starting at UTF-16 offset `at` of segment n in a pane (selects it, as a user would). */
async function doubleClickWord(page: Page, pane: 'source' | 'target', n: number, at: number): Promise<void> {
  const point = await checks(page, 'charPoint', pane, n, at + 3);
  if (!point) throw new Error(`segment ${n} is not on screen in the ${pane} pane`);
  await page.mouse.dblclick(point.x, point.y);
}

describe('live checks in the editor', () => {
  test('the sample’s planted faults carry markers and the findings panel counts them', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const lines = await waitForProject(page);
    await settled(page);
    const bySeverity: Record<string, number> = { error: 0, warning: 0, info: 0 };
    for (let n = 1; n <= lines; n++) {
      const markers = await checks(page, 'markers', n);
      for (const m of markers) bySeverity[m.severity] = (bySeverity[m.severity] ?? 0) + 1;
      const serious = markers.filter((m) => m.severity !== 'info').map((m) => m.check);
      if (PLANTED[n])
        expect(
          markers.map((m) => m.check),
          `segment ${n}`,
        ).toContain(PLANTED[n]);
      else expect(serious, `segment ${n} has no planted fault`).toEqual([]);
    }
    const panel = page.getByTestId('findings-panel');
    await panel.waitFor();
    const total = bySeverity.error! + bySeverity.warning! + bySeverity.info!;
    expect(total).toBeGreaterThanOrEqual(Object.keys(PLANTED).length);
    await expect.poll(() => panel.getByTestId('findings-total').textContent()).toContain(String(total));
    for (const sev of ['error', 'warning', 'info'])
      expect(await panel.getByTestId(`findings-count-${sev}`).textContent()).toContain(String(bySeverity[sev]));
    expect(await panel.getByTestId('finding-row').count()).toBe(total);

    // A click on a row goes to its segment.
    await panel.locator('[data-testid=finding-row][data-check=term-forbidden]').click();
    await expect.poll(() => checks(page, 'active')).toBe(11);
  });

  test('typing “CSI” for CSI gets a marker; the quick fix writes “CIS” and the marker goes', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    await goToSegment(page, 10);
    // Replace the planted draft with a correct one: no term-missing finding.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('Belarus is Russia’s closest ally in the CIS.');
    expect(await checks(page, 'draft', 10)).toBe('Belarus is Russia’s closest ally in the CIS.');
    await waitForMarkers(page, 10, 'term-missing', false);

    // Now the translator writes the acronym as in the source.
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('CSI');
    const markers = await waitForMarkers(page, 10, 'term-missing', true);
    const csi = markers.find((m) => m.check === 'term-missing')!;
    expect([csi.startColumn, csi.endColumn]).toEqual([41, 44]);
    expect(csi.message).toContain('CIS');

    // Ctrl+. on the marked word opens the quick fixes; the preferred one comes first.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Period');
    const fix = page.getByRole('option', { name: 'Use the glossary term: “CIS”' });
    await fix.waitFor();
    expect(await page.getByRole('option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Ignore this finding/), expect.stringMatching(/Turn off/)]),
    );
    await fix.click();
    await expect.poll(() => checks(page, 'draft', 10)).toBe('Belarus is Russia’s closest ally in the CIS.');
    await waitForMarkers(page, 10, 'term-missing', false);
  });

  test('a term added from a selection is written to the glossary file and underlined elsewhere', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const glossaryPath = join(wb.dataDir, 'projects', 'sample', 'glossary.tbx');
    // "Washington" is not in the sample glossary: segment 20 has it, uninflected, without an underline.
    const source20 = 'Următoarea rundă de negocieri dintre Minsk și Washington';
    const at20 = source20.indexOf('Washington');
    expect((await checks(page, 'sourceTerms', 20)).some((r) => r.start === at20)).toBe(false);

    // Select "Washingtonul" in the source of segment 6 and "Washington" in its draft.
    await goToSegment(page, 6);
    await doubleClickWord(page, 'source', 6, 'În schimb, '.length);
    await doubleClickWord(page, 'target', 6, 'In return, '.length);
    await page.keyboard.press('Control+Shift+KeyG');
    const dialog = page.getByTestId('add-term-dialog');
    await dialog.waitFor();
    // The base form of the inflected selection, the English selection, and a name.
    expect(await page.getByTestId('add-term-ro').inputValue()).toBe('Washington');
    expect(await page.getByTestId('add-term-en').inputValue()).toBe('Washington');
    await page.getByTestId('add-term-note').fill('The US capital, also the US government.');
    await page.getByTestId('add-term-save').click();
    await dialog.waitFor({ state: 'detached' });

    const g = parseGlossary(await readFile(glossaryPath, 'utf8'), glossaryPath);
    const added = g.concepts.find((c) => c.terms.ro?.some((t) => t.text === 'Washington'));
    expect(added?.terms.en?.map((t) => t.text)).toEqual(['Washington']);
    expect(added?.terms.ro?.[0]?.note ?? added?.note ?? added?.terms.en?.[0]?.note).toContain('US capital');
    await page.waitForFunction(
      (at) => ((window as HookWindow).__dragoman?.sourceTerms(20) ?? []).some((r) => r.start === at),
      at20,
      { timeout: 10_000 },
    );
    // The inflected form in segment 6 too.
    expect((await checks(page, 'sourceTerms', 6)).some((r) => r.start === 'În schimb, '.length)).toBe(true);
  });

  test('a glossary changed on disk by someone else is reloaded and re-checked without a restart', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const glossaryPath = join(wb.dataDir, 'projects', 'sample', 'glossary.tbx');
    const source20 = 'Următoarea rundă de negocieri dintre Minsk și Washington ar urma să aibă loc luni, la Vilnius.';
    const atVilnius = source20.indexOf('Vilnius');
    expect((await checks(page, 'sourceTerms', 20)).some((r) => r.start === atVilnius)).toBe(false);
    expect((await checks(page, 'markers', 20)).some((m) => m.check === 'term-missing')).toBe(false);

    // A colleague adds Vilnius with an English spelling the draft does not use.
    const tbx = await readFile(glossaryPath, 'utf8');
    const entry =
      '<conceptEntry id="c-vilnius"><langSec xml:lang="ro"><termSec><term>Vilnius</term></termSec></langSec>' +
      '<langSec xml:lang="en"><termSec><term>Vilna</term></termSec></langSec></conceptEntry>';
    const changed = tbx.replace('</body>', `${entry}\n</body>`);
    expect(changed).not.toBe(tbx);
    await writeFile(glossaryPath, changed);

    await page.waitForFunction(
      (at) => ((window as HookWindow).__dragoman?.sourceTerms(20) ?? []).some((r) => r.start === at),
      atVilnius,
      { timeout: 15_000 },
    );
    // The document was checked against the new entry: "Vilnius" in the draft is not "Vilna".
    await waitForMarkers(page, 20, 'term-missing', true);
    // Said over the panes whatever tab is open, and kept in the glossary tab.
    await expect
      .poll(() => page.getByTestId('glossary-banner').textContent())
      .toContain('glossary.tbx changed on disk');
    await page.getByTestId('side-tab-glossary').click();
    await expect.poll(() => page.getByTestId('glossary-notice').textContent()).toContain('glossary.tbx');
  });

  test('the Romanian UI shows findings in Romanian', async ({ wb }) => {
    const { page } = wb;
    await wb.open({ lang: 'ro' });
    await waitForProject(page);
    await settled(page);
    const csi = (await checks(page, 'markers', 10)).find((m) => m.check === 'term-missing');
    expect(csi?.message).toBe('„CSI” a rămas ca în sursă; termenul din glosar este „CIS”.');
    const panel = page.getByTestId('findings-panel');
    // The panel is rebuilt at most every 250 ms while findings stream in (liveChecks.ts): it may lag the markers.
    await expect.poll(() => panel.textContent()).toContain('Lipsește termenul din glosar');
    expect(await panel.textContent()).toContain('„CSI” a rămas ca în sursă');
  });

  test('“Ignore this finding” and “Turn off” are kept in the project file, with who and when', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');

    // The double space in segment 17: ignore it from the quick-fix menu.
    const before = (await checks(page, 'markers', 17)).find((m) => m.check === 'whitespace')!;
    await goToSegment(page, 17);
    const point = await checks(page, 'charPoint', 'target', 17, before.startColumn);
    await page.mouse.click(point!.x, point!.y);
    await page.keyboard.press('Control+Period');
    await page.getByRole('option', { name: /Ignore this finding/ }).click();
    await waitForMarkers(page, 17, 'whitespace', false);
    await expect.poll(() => page.getByTestId('findings-panel').textContent()).toContain('Ignored: 1');
    const saved = JSON.parse(await readFile(projectPath, 'utf8')) as {
      settings: { ignoredFindings: { id: string; by: string; at: string }[]; checks: Record<string, unknown> };
    };
    expect(saved.settings.ignoredFindings).toHaveLength(1);
    expect(saved.settings.ignoredFindings[0]!.id).toMatch(/^whitespace:/);
    expect(Date.now() - Date.parse(saved.settings.ignoredFindings[0]!.at)).toBeLessThan(60_000);

    // Capitalisation off for the project: the “monday” marker in segment 20 goes.
    expect((await checks(page, 'markers', 20)).some((m) => m.check === 'capitalization')).toBe(true);
    await goToSegment(page, 20);
    const monday = (await checks(page, 'markers', 20)).find((m) => m.check === 'capitalization')!;
    const at = await checks(page, 'charPoint', 'target', 20, monday.startColumn + 1);
    await page.mouse.click(at!.x, at!.y);
    await page.keyboard.press('Control+Period');
    await page.getByRole('option', { name: /Turn off “Capitalisation”/ }).click();
    await waitForMarkers(page, 20, 'capitalization', false);
    await expect
      .poll(async () => JSON.parse(await readFile(projectPath, 'utf8')).settings.checks)
      .toEqual({ capitalization: { enabled: false } });

    // Both hold after reopening: the settings travel with the project.
    await page.reload();
    await waitForProject(page);
    await settled(page);
    expect((await checks(page, 'markers', 17)).some((m) => m.check === 'whitespace')).toBe(false);
    expect((await checks(page, 'markers', 20)).some((m) => m.check === 'capitalization')).toBe(false);
    expect((await checks(page, 'markers', 10)).some((m) => m.check === 'term-missing')).toBe(true);
  });

  test('the glossary panel lists the segment’s terms; Alt+1 inserts the first, a click another', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    // Segment 12: "De atunci, relațiile dintre Minsk și Kiev sunt practic înghețate."
    await goToSegment(page, 12);
    await page.getByTestId('side-tab-glossary').click();
    const terms = page.getByTestId('glossary-term');
    await expect.poll(() => terms.count()).toBe(2);
    expect(await terms.nth(0).textContent()).toContain('Minsk');
    expect(await terms.nth(1).textContent()).toContain('Kyiv');
    // The forbidden spelling is shown as such, not offered for insertion.
    expect(await terms.nth(1).locator('s').allTextContents()).toContain('Kiev');

    await page
      .getByTestId('target-pane')
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 300, y: 10 } });
    await goToSegment(page, 12);
    const draft = await checks(page, 'draft', 12);
    await page.keyboard.type(' ');
    await page.keyboard.press('Alt+Digit1');
    await expect.poll(() => checks(page, 'draft', 12)).toBe(`${draft} Minsk`);
    await terms.nth(1).getByRole('button', { name: /Kyiv/ }).first().click();
    await expect.poll(() => checks(page, 'draft', 12)).toBe(`${draft} MinskKyiv`);

    // The search finds entries by either language, diacritics or not.
    await page.getByTestId('glossary-search').fill('lukasenko');
    await expect.poll(() => page.getByTestId('glossary-result').first().textContent()).toContain('Lukashenko');
    await page.getByTestId('glossary-search').fill('Kharkiv');
    await expect.poll(() => page.getByTestId('glossary-result').first().textContent()).toContain('Harkov');
  });

  test('hovering an inflected term in the source shows its English terms by status', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    // Segment 11 has "Kievului": the glossary says Kyiv, with Kiev forbidden.
    const source11 =
      'În februarie 2022, Minskul a permis trupelor ruse să atace Ucraina dinspre nord, inclusiv în direcția Kievului.';
    const at = source11.indexOf('Kievului');
    expect((await checks(page, 'sourceTerms', 11)).some((r) => r.start === at)).toBe(true);
    await goToSegment(page, 11);
    const point = await checks(page, 'charPoint', 'source', 11, at + 3);
    await page.mouse.move(point!.x - 4, point!.y);
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    const hover = page.locator('.monaco-hover-content').filter({ hasText: 'Kyiv' });
    await hover.waitFor({ timeout: 10_000 });
    const text = (await hover.textContent()) ?? '';
    expect(text).toContain('Kyiv');
    expect(text).toMatch(/Forbidden[\s\S]*Kiev/);
  });

  test('Ctrl+Space in the draft offers the segment’s glossary renderings first', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await settled(page);
    await goToSegment(page, 12);
    const draft = await checks(page, 'draft', 12);
    await page.keyboard.type(' K');
    await page.keyboard.press('Control+Space');
    const first = page.locator('.suggest-widget .monaco-list-row').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('Kyiv');
    // Deprecated and forbidden renderings are never offered.
    expect(await page.locator('.suggest-widget .monaco-list-row').allTextContents()).not.toContainEqual(
      expect.stringMatching(/^Kiev/),
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => checks(page, 'draft', 12)).toBe(`${draft} Kyiv`);
  });

  test('through the in-process API (the Electron route) the glossary reaches the worker from the UI thread', async ({
    wb,
  }) => {
    const { page } = wb;
    // `?fake` runs the in-memory WorkbenchApi in the page: glossaries go API → UI thread → worker,
    // as with Electron's preload, instead of the worker fetching them over HTTP.
    await wb.open({ fake: '' });
    await waitForProject(page);
    await page.waitForFunction(() => ((window as HookWindow).__dragoman?.checks().concepts ?? 0) === 24, null, {
      timeout: 20_000,
    });
    await page.getByTestId('side-tab-glossary').click();
    await expect.poll(() => page.getByTestId('glossary-panel').textContent()).toContain('24');
    // The fake sample has no drafts: every segment is untranslated, and the panel says so.
    const lines = await checks(page, 'lineCount');
    await page.getByTestId('side-tab-findings').click();
    await expect.poll(() => page.getByTestId('findings-count-warning').textContent()).toBe(String(lines));
  });
});
