import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { parseGlossary } from '../../glossary/common/codec.js';
import type { Glossary } from '../../shared/model/glossary.js';
import { test, type Workbench } from './fixtures.js';
import { waitForProject, type HookWindow } from './ui.js';

/** The sample project's glossary in the test's data dir. */
const glossaryOf = (wb: Workbench) => join(wb.dataDir, 'projects', 'sample', 'glossary.tbx');

async function readGlossary(path: string): Promise<Glossary> {
  return parseGlossary(await readFile(path, 'utf8'), path);
}

/** Opens the sample, waits for its glossary, and opens the glossary view from its tab. */
async function openView(wb: Workbench): Promise<Page> {
  const { page } = wb;
  await wb.open();
  await waitForProject(page);
  await page.waitForFunction(() => ((window as HookWindow).__dragoman?.checks().concepts ?? 0) > 0, null, {
    timeout: 20_000,
  });
  await page.getByTestId('view-tab-glossary').click();
  await page.getByTestId('glossary-view').waitFor();
  await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe('24');
  return page;
}

/** Types a filter and waits until the count says how many rows match. */
async function filterTo(page: Page, text: string, count: number): Promise<void> {
  await page.getByTestId('gv-filter').fill(text);
  await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe(String(count));
}

/** The row of a concept by its key. */
const row = (page: Page, key: string): Locator => page.locator(`[data-testid=gv-row][data-key="${key}"]`);

/** The terms a row shows, as "text:status", per language. */
async function chips(r: Locator, lang: 'ro' | 'en'): Promise<string[]> {
  return r
    .locator(`[data-testid=gv-term][data-lang=${lang}]`)
    .evaluateAll((els) => els.map((e) => `${e.firstChild?.textContent ?? ''}:${e.getAttribute('data-status')}`));
}

describe('the glossary view', () => {
  test('lists the glossary, filters by inflected forms in both languages, sorts, and goes back with Escape', async ({
    wb,
  }) => {
    const page = await openView(wb);
    await wb.screenshot('all');
    // Inflected Romanian forms find their entries; English and unaccented spellings too.
    await filterTo(page, 'Minskului', 1);
    expect(await chips(row(page, 'id:c-minsk'), 'ro')).toEqual(['Minsk:preferred']);
    await filterTo(page, 'prizonierilor politici', 1);
    await expect.poll(() => row(page, 'id:c-prizonier-politic').count()).toBe(1);
    await filterTo(page, 'LUKASENKO', 1);
    await filterTo(page, 'political prisoners', 1);
    // Sorted by English term, descending on the second click.
    await filterTo(page, '', 24);
    await page.getByTestId('gv-sort-en').click();
    await expect.poll(() => page.getByTestId('gv-sort-en').textContent()).toContain('▴');
    const firstEn = async () => (await chips(page.getByTestId('gv-row').first(), 'en'))[0];
    const ascending = await firstEn();
    await page.getByTestId('gv-sort-en').click();
    await expect.poll(firstEn).not.toBe(ascending);
    // Keyboard: Down from the filter into the rows, Escape back to the translation.
    await page.getByTestId('gv-filter').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('gv-row');
    await page.keyboard.press('Escape');
    await page.getByTestId('glossary-view').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+KeyL');
    await page.getByTestId('glossary-view').waitFor();
  });

  test('a colleague’s change on disk is announced with what was added, changed and deleted', async ({ wb }) => {
    const page = await openView(wb);
    const path = glossaryOf(wb);
    const tbx = await readFile(path, 'utf8');
    const vilnius =
      '<conceptEntry id="c-vilnius"><langSec xml:lang="ro"><termSec><term>Vilnius</term></termSec></langSec>' +
      '<langSec xml:lang="en"><termSec><term>Vilnius</term></termSec></langSec></conceptEntry>';
    // One added, Minsk's English changed, the CSI entry deleted.
    const changed = tbx
      .replace('</body>', `${vilnius}\n</body>`)
      .replace(/<conceptEntry id="c-csi">[\s\S]*?<\/conceptEntry>\s*/, '')
      .replace(/(<conceptEntry id="c-minsk">[\s\S]*?xml:lang="en">[\s\S]*?<term>)Minsk(<\/term>)/, '$1Mensk$2');
    expect(changed).not.toBe(tbx);
    await writeFile(path, changed);
    await expect
      .poll(() => page.getByTestId('glossary-banner').textContent(), { timeout: 15_000 })
      .toContain('1 added, 1 changed, 1 deleted');
    // The view follows: 24 + 1 − 1 entries, the changed term shown.
    await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe('24');
    await filterTo(page, 'Mensk', 1);
    await filterTo(page, 'CSI', 0);
  });

  test('an edited term and a deleted entry reach the TBX file; Undo brings the entry back', async ({ wb }) => {
    const page = await openView(wb);
    const path = glossaryOf(wb);
    await filterTo(page, 'Minsk', 1);
    const minsk = row(page, 'id:c-minsk');
    await minsk.getByTestId('gv-edit').click();
    const form = minsk.getByTestId('gv-form');
    await form.waitFor();
    // Add an English variant as deprecated, and a note.
    await form.getByTestId('gv-add-en').click();
    await form.locator('[data-testid=gv-term-text][data-lang=en]').last().fill('Mensk');
    await form.locator('[data-testid=gv-term-status][data-lang=en]').last().selectOption('deprecated');
    await form.getByTestId('gv-note').fill('Capital of Belarus.');
    await form.getByTestId('gv-save').click();
    await expect
      .poll(async () => (await readGlossary(path)).concepts.find((c) => c.id === 'c-minsk')?.terms.en, {
        timeout: 10_000,
      })
      .toContainEqual(expect.objectContaining({ text: 'Mensk', status: 'deprecated' }));
    expect((await readGlossary(path)).concepts.find((c) => c.id === 'c-minsk')?.note).toBe('Capital of Belarus.');
    await expect.poll(() => minsk.getAttribute('data-phase')).toBe('saved');
    await expect.poll(() => chips(minsk, 'en')).toContain('Mensk:deprecated');
    // Our own edit is not announced as a colleague's.
    expect(await page.getByTestId('glossary-banner').count()).toBe(0);

    await filterTo(page, 'Lukașenko', 1);
    const luka = page.getByTestId('gv-row').first();
    const key = await luka.getAttribute('data-key');
    await luka.getByTestId('gv-delete').click();
    await page.getByTestId('gv-toast').waitFor();
    await expect
      .poll(async () => (await readGlossary(path)).concepts.some((c) => `id:${c.id}` === key), { timeout: 10_000 })
      .toBe(false);
    await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe('0');
    await page.getByTestId('gv-undo').click();
    await expect
      .poll(
        async () => (await readGlossary(path)).concepts.some((c) => c.terms.ro?.some((t) => t.text === 'Lukașenko')),
        { timeout: 10_000 },
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('gv-count').getAttribute('data-count')).toBe('1');
    // Neither the delete nor its undo is announced as someone else's change.
    await page.waitForTimeout(2500);
    expect(await page.getByTestId('glossary-banner').count()).toBe(0);
  });

  test('a concept changed on disk while the user edits it is shown as a conflict and resolved by keeping both', async ({
    wb,
  }) => {
    const page = await openView(wb);
    const path = glossaryOf(wb);
    await filterTo(page, 'Minsk', 1);
    const minsk = row(page, 'id:c-minsk');
    await minsk.getByTestId('gv-edit').click();
    const form = minsk.getByTestId('gv-form');
    await form.getByTestId('gv-add-en').click();
    await form.locator('[data-testid=gv-term-text][data-lang=en]').last().fill('Minsk City');
    await form.locator('[data-testid=gv-term-status][data-lang=en]').last().selectOption('admitted');

    // Meanwhile a colleague adds a Romanian form to the same concept.
    const tbx = await readFile(path, 'utf8');
    const changed = tbx.replace(
      /(<conceptEntry id="c-minsk">[\s\S]*?<langSec xml:lang="ro">)/,
      '$1<termSec><term>Minsc</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>',
    );
    expect(changed).not.toBe(tbx);
    await writeFile(path, changed);
    await expect
      .poll(() => page.getByTestId('glossary-banner').textContent(), { timeout: 15_000 })
      .toContain('1 changed');

    await form.getByTestId('gv-save').click();
    const conflict = minsk.getByTestId('gv-conflict');
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.getByTestId('gv-mine').textContent()).toContain('Minsk City');
    expect(await conflict.getByTestId('gv-theirs').textContent()).toContain('Minsc');
    await wb.screenshot('conflict');
    await conflict.getByTestId('gv-keep-both').click();
    await expect
      .poll(
        async () => {
          const c = (await readGlossary(path)).concepts.find((x) => x.id === 'c-minsk');
          return [c?.terms.ro?.map((t) => t.text), c?.terms.en?.map((t) => t.text)];
        },
        { timeout: 10_000 },
      )
      .toEqual([expect.arrayContaining(['Minsk', 'Minsc']), expect.arrayContaining(['Minsk', 'Minsk City'])]);
    await expect.poll(() => minsk.getAttribute('data-phase')).toBe('saved');
  });
});
