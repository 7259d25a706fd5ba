import { describe, expect } from 'vitest';
import { test } from './fixtures.js';
import { goToSegment, hook, settle, waitForProject } from './ui.js';

describe('text from input methods, dictation and the emoji picker', () => {
  test('inserted text and composed text land in the segment with the caret, without page errors', async ({ wb }) => {
    const { page } = wb;
    await wb.open();
    const count = await waitForProject(page);
    const third = await hook(page, 'draft', 3);

    // What dictation and the emoji picker do: one insertText, no key events.
    await goToSegment(page, 2);
    const second = await hook(page, 'draft', 2);
    await page.keyboard.insertText(' Învățăm 🙂');
    await settle(page);
    expect(await hook(page, 'draft', 2)).toBe(`${second} Învățăm 🙂`);

    // What an input method does: a composition that grows, then is committed.
    await goToSegment(page, 4);
    const fourth = await hook(page, 'draft', 4);
    const cdp = await page.context().newCDPSession(page);
    for (const partial of ['ș', 'șt', 'ști']) {
      await cdp.send('Input.imeSetComposition', {
        text: partial,
        selectionStart: partial.length,
        selectionEnd: partial.length,
      });
    }
    await cdp.send('Input.insertText', { text: 'știință' });
    await settle(page);
    expect(await hook(page, 'draft', 4)).toBe(`${fourth}știință`);

    // Neither insertion touched the neighbours or the number of segments.
    expect(await hook(page, 'draft', 3)).toBe(third);
    const lines = await page.evaluate(
      () => (window as { __dragoman?: { draftLines(): number } }).__dragoman?.draftLines() ?? 0,
    );
    expect(lines).toBe(count);
    expect(wb.errors).toEqual([]);
  });
});
