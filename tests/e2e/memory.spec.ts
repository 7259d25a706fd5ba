import { describe, expect } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseXliff } from '../../shared/formats/xliff.js';
import { test } from './fixtures.js';
import {
  alignedPairs,
  createProjectFromText,
  goToSegment,
  hook,
  settle,
  visibleSegments,
  waitForProject,
} from './ui.js';

describe('segment notes and the segment filter', () => {
  test('a note typed in the side panel is saved in the project file and exported to XLIFF', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await waitForProject(page);
    await goToSegment(page, 2);
    expect(await page.getByTestId('source-pane').locator('.dg-note-mark').count()).toBe(0);
    await page.getByTestId('side-tab-notes').click();
    const field = page.getByTestId('segment-note');
    await field.fill('Check the date with the client.');
    // Moving the focus back to the draft flushes autosave.
    await goToSegment(page, 3);
    await page.waitForFunction(() => !window.__dragoman?.dirty());
    const projectPath = join(wb.dataDir, 'projects', 'sample', 'article.dragoman');
    // The journal has it at once; the project file within a second.
    const saved = async () => JSON.parse(await readFile(projectPath, 'utf8')) as { segments: { note?: string }[] };
    await expect
      .poll(async () => (await saved()).segments[1]!.note, { timeout: 10_000 })
      .toBe('Check the date with the client.');
    expect((await saved()).segments[2]!.note).toBeUndefined();
    // The field follows the active segment, and the note's segment is marked in the source pane.
    expect(await field.inputValue()).toBe('');
    // (one mark per wrapped row of segment 2; none before the note was typed)
    expect(await page.getByTestId('source-pane').locator('.dg-note-mark').count()).toBeGreaterThan(0);

    await page.getByTestId('btn-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await page.getByTestId('ex-format').selectOption('xliff12');
    const outPath = join(wb.projectDir, 'notes.xlf');
    await page.getByTestId('ex-path').fill(outPath);
    await page.getByTestId('ex-export').click();
    await page.getByTestId('ex-result').filter({ hasText: outPath }).waitFor();
    const xliff = await readFile(outPath, 'utf8');
    expect(xliff).toContain('<note>Check the date with the client.</note>');
    expect(parseXliff(xliff, outPath).segments[1]!.note).toBe('Check the date with the client.');
  });

  test('filtering by status shows only the chosen segments, and Ctrl+Down moves among them', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const count = await waitForProject(page);
    await goToSegment(page, 1);
    await page.keyboard.press('Control+Enter');
    await goToSegment(page, 3);
    await page.keyboard.press('Control+Enter');
    const translated: number[] = [];
    for (let n = 1; n <= count; n++) if ((await hook(page, 'status', n)) === 'translated') translated.push(n);
    expect(translated).toContain(1);
    expect(translated).toContain(3);

    await page.getByTestId('filter-status').selectOption('translated');
    await page
      .getByTestId('filter-count')
      .filter({ hasText: `${translated.length} of ${count}` })
      .waitFor();
    const visible = await visibleSegments(page, 'target');
    expect(visible).toEqual(translated.filter((n) => n <= visible[visible.length - 1]!));
    expect(await visibleSegments(page, 'source')).toEqual(visible);
    // The shown segments stay level in both panes (their fillers moved to the zones Monaco still draws).
    await settle(page);
    const pairs = await alignedPairs(page);
    expect(pairs.length).toBe(visible.length);
    for (const pair of pairs) expect(Math.abs(pair.source - pair.target)).toBeLessThanOrEqual(1);
    await wb.screenshot('filtered');
    await goToSegment(page, 1);
    await page.keyboard.press('Control+ArrowDown');
    expect(await hook(page, 'active')).toBe(translated[1]);

    await page.getByTestId('filter-clear').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=target-pane] .line-numbers').length >= Math.min(n, 5),
      count,
    );
    expect((await visibleSegments(page, 'target')).slice(0, 3)).toEqual([1, 2, 3]);
  });
});

/** Five segments: 3 repeats 1, 4 is 2 with another number (and a cedilla ţ), 5 stands alone. */
const TEXT =
  'Contractul intră în vigoare la data semnării. Părțile au convenit asupra prețului de 2,5%. ' +
  'Contractul intră în vigoare la data semnării. Părţile au convenit asupra prețului de 3,7%.\n\n' +
  'Prețurile se revizuiesc anual.';

describe('translation memory in the editor', () => {
  test('a confirmed segment is offered for its repetition (100%) and a near copy (fuzzy); Ctrl+1 inserts; concordance finds an inflected form', async ({
    wb,
  }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Contract', TEXT, 5);
    await goToSegment(page, 1);
    await page.keyboard.type('The contract enters into force on the date of signature.');
    await page.keyboard.press('Control+Enter');
    // Segment 3 repeats segment 1: the workbench offers to fill it; not now.
    await page.getByTestId('repetition-offer').filter({ hasText: 'Segment 1' }).waitFor();
    await page.getByTestId('repetition-offer').getByRole('button', { name: 'Not now' }).click();
    await goToSegment(page, 2);
    await page.keyboard.type('The parties agreed on a price of 2.5%.');
    await page.keyboard.press('Control+Enter');

    await goToSegment(page, 3);
    // The Memory tab says there is a 100% match before it is opened.
    await page.locator('[data-testid=side-matches-badge][data-score="100"]').waitFor();
    await page.getByTestId('side-tab-matches').click();
    await goToSegment(page, 3); // the caret back in the draft
    const first = page.getByTestId('memory-match').first();
    await first.waitFor();
    expect(Number(await first.getAttribute('data-score'))).toBeGreaterThanOrEqual(100);
    expect(await first.getByTestId('match-insert').textContent()).toBe(
      'The contract enters into force on the date of signature.',
    );
    await page.keyboard.press('Control+1');
    await expect
      .poll(() => hook(page, 'draft', 3), { timeout: 10_000 })
      .toBe('The contract enters into force on the date of signature.');
    // One undoable edit: Ctrl+Z empties the segment again.
    await page.keyboard.press('Control+z');
    expect(await hook(page, 'draft', 3)).toBe('');
    await page.keyboard.press('Control+1');
    await expect.poll(() => hook(page, 'draft', 3), { timeout: 10_000 }).not.toBe('');

    await goToSegment(page, 4);
    const fuzzy = page.getByTestId('memory-match').first();
    await page.waitForFunction(() => {
      const m = document.querySelector('[data-testid=memory-match]');
      const score = Number(m?.getAttribute('data-score'));
      return score > 0 && score < 100;
    });
    // The memory's source, with what differs from this segment marked: 2,5 was there, 3,7 is here.
    expect(await fuzzy.getByTestId('match-source').textContent()).toContain('au convenit asupra prețului de');
    expect((await fuzzy.getByTestId('match-del').allTextContents()).join(' ')).toContain('2,5');
    expect((await fuzzy.getByTestId('match-ins').allTextContents()).join(' ')).toContain('3,7');

    // Concordance: an inflected query ("prețul", the price) finds the memory's "prețului".
    await page.keyboard.press('Control+k');
    await page.getByTestId('concordance-dialog').waitFor();
    await page.getByTestId('concordance-query').fill('prețul');
    const hit = page.getByTestId('concordance-hit').first();
    await hit.waitFor();
    expect(await hit.getByTestId('concordance-source').textContent()).toContain('prețului');
    expect(await hit.getByTestId('concordance-mark').first().textContent()).toBe('prețului');
    expect(await hit.getByTestId('concordance-target').textContent()).toContain(
      'The parties agreed on a price of 2.5%.',
    );
    await page.keyboard.press('Escape');
  });

  test('confirming a segment fills its repetition on request, marked as copied from it', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    await createProjectFromText(page, 'Contract', TEXT, 5);
    // Segments 1 and 3 are marked as repetitions in the source pane (their line numbers).
    await expect
      .poll(
        async () =>
          (await page.getByTestId('source-pane').locator('.dg-rep-line').allTextContents()).map((x) => x.trim()),
        {
          timeout: 10_000,
        },
      )
      .toEqual(['1', '3']);
    await goToSegment(page, 1);
    await page.keyboard.type('The contract enters into force on the date of signature.');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('repetition-fill').click();
    await expect
      .poll(() => hook(page, 'draft', 3), { timeout: 10_000 })
      .toBe('The contract enters into force on the date of signature.');
    // Filled, not confirmed.
    expect(await hook(page, 'status', 3)).toBe('draft');
    await goToSegment(page, 3);
    await page.getByTestId('side-tab-notes').click();
    expect(await page.getByTestId('segment-origin').textContent()).toContain('segment 1');
    // The filter finds the repetitions.
    await page.getByTestId('filter-match').selectOption('repetition');
    await page.getByTestId('filter-count').filter({ hasText: '2 of 5' }).waitFor();
    expect(await visibleSegments(page, 'target')).toEqual([1, 3]);
  });
});

/**
 * A TMX as OmegaT writes one: its DOCTYPE naming tmx11.dtd, tu/tuv with changeid and changedate,
 * upper-case language tags.
 */
const OMEGAT_TMX = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.1" segtype="sentence" srclang="RO-RO"/>
  <body>
    <tu>
      <tuv lang="RO-RO">
        <seg>Prețurile se revizuiesc anual.</seg>
      </tuv>
      <tuv lang="EN-GB" changeid="ana" changedate="20250312T091500Z">
        <seg>Prices are reviewed every year.</seg>
      </tuv>
    </tu>
  </body>
</tmx>
`;

describe('attached memories', () => {
  test('a TMX attached in the Memories dialog gives matches, and pre-fills exact ones on the next open, marked and not confirmed', async ({
    wb,
  }) => {
    const { page } = wb;
    const tmx = join(wb.projectDir, 'client.tmx');
    await writeFile(tmx, OMEGAT_TMX);
    await wb.open();
    await createProjectFromText(page, 'Contract', TEXT, 5);
    await page.getByTestId('side-tab-matches').click();
    await page.getByTestId('memory-manage').click();
    await page.getByTestId('memories-dialog').waitFor();
    await page.getByTestId('memory-path').fill(tmx);
    await page.getByTestId('memory-attach').click();
    const item = page.locator(`[data-testid=memory-item][data-path="${tmx}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('Units: 1');
    expect(await item.getByRole('alert').count()).toBe(0);
    await page.getByTestId('memory-prefill').check();
    await page.getByTestId('memories-close').click();

    await goToSegment(page, 5);
    const match = page.getByTestId('memory-match').first();
    await match.waitFor();
    expect(await match.getAttribute('data-score')).toBe('100');
    expect(await match.getByTestId('match-origin').textContent()).toContain('client.tmx');
    expect(await match.getByTestId('match-origin').textContent()).toContain('ana');

    // Open the project again: segment 5 is pre-filled as a draft, marked in the draft pane.
    await wb.open();
    await waitForProject(page, 5);
    await expect.poll(() => hook(page, 'draft', 5), { timeout: 10_000 }).toBe('Prices are reviewed every year.');
    expect(await hook(page, 'status', 5)).toBe('draft');
    await page.getByTestId('memory-notice').waitFor();
    expect(await page.getByTestId('target-pane').locator('.dg-origin-tm').count()).toBeGreaterThan(0);
    await goToSegment(page, 5);
    await page.getByTestId('side-tab-notes').click();
    expect(await page.getByTestId('segment-origin').getAttribute('data-kind')).toBe('tm');
  });
});
