import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.js';
import { repoRoot } from './server.js';
import { waitForProject } from './ui.js';

type Catalogue = { [key: string]: string | Catalogue };

function catalogue(lang: 'en' | 'ro'): Catalogue {
  return JSON.parse(readFileSync(join(repoRoot, 'renderer', 'i18n', `${lang}.json`), 'utf8')) as Catalogue;
}

/** A message by dotted key, or undefined. */
function message(cat: Catalogue, key: string): string | undefined {
  let cur: string | Catalogue | undefined = cat;
  for (const part of key.split('.')) cur = typeof cur === 'object' ? cur[part] : undefined;
  return typeof cur === 'string' ? cur : undefined;
}

/** The message with `{{name}}` placeholders filled in. */
function fill(template: string | undefined, params: Record<string, string | number>): string {
  if (template === undefined) throw new Error('missing message');
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));
}

const en = catalogue('en');
const ro = catalogue('ro');

/**
 * Visible UI text that the pseudo-language did not reach: text nodes, titles,
 * aria-labels and placeholders outside the editors' own text (segment text is
 * the user's, not the UI's) that are not wholly inside ⟦…⟧ brackets. Numbers
 * and punctuation alone are fine, and so are key caps such as F1 or S.
 */
function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // The user's own text: segments, and whatever the UI marks translate="no" (project names, paths).
    const userText =
      '[translate="no"], .view-lines, .line-numbers, [data-testid=project-name], .dg-recent-name, .monaco-aria-container, .native-edit-context, textarea.inputarea';
    const isPath = (s: string): boolean => /^(\/|[A-Za-z]:\\)/.test(s);
    const translated = (s: string): boolean => {
      const rest = s.replace(/⟦[^⟧]*⟧/g, '').replace(/⟦[\s\S]*⟧/g, '');
      return !/\p{L}/u.test(rest);
    };
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none';
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el || el.closest(userText) || !visible(el)) continue;
      // Key caps name physical keys (S, F1), which no language translates.
      const keyCaps = el.closest('kbd') ? text.replace(/(^|\+)(F\d{1,2}|[A-Z0-9])(?=\+|$)/g, '$1') : text;
      if (!translated(keyCaps)) bad.push(`text "${text}" in <${el.tagName.toLowerCase()} class="${el.className}">`);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest(userText)) continue;
      for (const attr of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(attr)?.trim();
        if (v && !isPath(v) && !translated(v))
          bad.push(`${attr} "${v}" on <${el.tagName.toLowerCase()} class="${el.className}">`);
      }
    }
    // The product name is the same in every language; any other title must be translated.
    if (document.title !== 'Dragoman' && !translated(document.title)) bad.push(`document title "${document.title}"`);
    return bad;
  });
}

describe('the UI in Romanian', () => {
  test('switching the language relabels the window, and the choice is remembered across restarts', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const segments = await waitForProject(page);
    await expect.poll(() => page.getByTestId('btn-new-project').textContent()).toBe(message(en, 'toolbar.newProject'));

    await page.getByTestId('language-select').selectOption('ro');
    const roNew = message(ro, 'toolbar.newProject');
    expect(roNew).not.toBe(message(en, 'toolbar.newProject'));
    await expect.poll(() => page.getByTestId('btn-new-project').textContent()).toBe(roNew);
    const checkRomanian = async () => {
      expect(await page.getByTestId('btn-open-project').textContent()).toBe(message(ro, 'toolbar.openProject'));
      expect(await page.getByTestId('btn-shortcuts').textContent()).toBe(message(ro, 'toolbar.shortcuts'));
      expect(await page.locator('.dg-pane-title').allTextContents()).toEqual([
        message(ro, 'pane.source'),
        message(ro, 'pane.target'),
      ]);
      await expect
        .poll(() => page.getByTestId('status-segments').textContent())
        .toBe(fill(message(ro, 'statusBar.segments'), { done: 0, total: segments }));
      expect(await page.getByTestId('language-select').inputValue()).toBe('ro');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    };
    await checkRomanian();
    await wb.screenshot('romanian');

    // The shortcuts reference speaks Romanian too.
    await page.getByTestId('btn-shortcuts').click();
    const help = page.getByRole('dialog');
    await help.waitFor();
    expect(await help.textContent()).toContain(message(ro, 'shortcuts.confirm'));
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // Remembered by the backend: a new server on the same profile starts in Romanian.
    await wb.restartServer();
    await wb.open();
    await waitForProject(page);
    await expect.poll(() => page.getByTestId('btn-new-project').textContent()).toBe(roNew);
    await checkRomanian();
  });

  it('the menu catalogue (Electron menus) has every key in Romanian, with the same placeholders', () => {
    const enMenu = en.menu;
    const roMenu = ro.menu;
    if (typeof enMenu !== 'object' || typeof roMenu !== 'object')
      throw new Error('no "menu" section in en.json or ro.json');
    const keys = Object.keys(enMenu);
    expect(keys).toEqual(expect.arrayContaining(['file', 'edit', 'view', 'help', 'quit', 'language']));
    const differing = keys.filter((k) => roMenu[k] !== enMenu[k]);
    for (const k of keys) {
      const r = roMenu[k];
      expect(typeof r, `ro.json menu.${k}`).toBe('string');
      expect((r as string).trim()).not.toBe('');
      const holes = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(holes(r), `placeholders of menu.${k}`).toEqual(holes(enMenu[k]));
    }
    // Translated, not copied: nearly every label differs from the English one.
    expect(differing.length).toBeGreaterThan(keys.length * 0.8);
    expect(roMenu.file).toBe('Fișier');
  });

  test('in the pseudo-language every visible UI string is bracketed: none bypasses i18next', async ({ wb }) => {
    const { page } = wb;
    await wb.open({ lang: 'pseudo' });
    await waitForProject(page);
    await expect.poll(() => page.getByTestId('btn-new-project').textContent()).toMatch(/^⟦.+⟧$/);
    expect(await untranslated(page)).toEqual([]);
    await wb.screenshot('pseudo');

    // The live checks' UI: the findings panel once findings arrive, the glossary tab, the add-term dialog.
    await page.getByTestId('finding-row').first().waitFor();
    expect(await untranslated(page), 'with findings listed').toEqual([]);
    await page.getByTestId('side-tab-glossary').click();
    await page.getByTestId('glossary-term').first().waitFor();
    expect(await untranslated(page), 'in the glossary tab').toEqual([]);
    await page
      .getByTestId('target-pane')
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+Shift+KeyG');
    await page.getByTestId('add-term-dialog').waitFor();
    expect(await untranslated(page), 'in the add-term dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('add-term-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('side-tab-findings').click();

    // The glossary view: its tabs, table, chips and a row's edit form.
    await page.getByTestId('view-tab-glossary').click();
    await page.getByTestId('gv-row').first().waitFor();
    expect(await untranslated(page), 'in the glossary view').toEqual([]);
    await page.getByTestId('gv-edit').first().click();
    await page.getByTestId('gv-form').waitFor();
    expect(await untranslated(page), 'in the glossary view’s edit form').toEqual([]);
    await page.getByTestId('gv-cancel').click();
    await page.getByTestId('view-tab-editor').click();
    await page.getByTestId('glossary-view').waitFor({ state: 'detached' });

    for (const [button, dialog] of [
      ['btn-new-project', 'new-project-dialog'],
      ['btn-shortcuts', null],
      ['btn-recent', null],
      ['btn-open-project', null],
      ['btn-glossaries', 'glossaries-dialog'],
    ] as const) {
      await page.getByTestId(button).click();
      const d = dialog ? page.getByTestId(dialog) : page.getByRole('dialog');
      await d.waitFor();
      expect(await untranslated(page), `in the dialog of ${button}`).toEqual([]);
      await page.keyboard.press('Escape');
      await d.waitFor({ state: 'detached' });
    }
  });
});
