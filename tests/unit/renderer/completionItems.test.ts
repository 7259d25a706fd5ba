import { beforeAll, describe, expect, it } from 'vitest';
import { completionEntries, wordPrefixAt } from '../../../renderer/editor/completionItems.js';
import { initI18n } from '../../../renderer/i18n/i18n.js';
import type { CompletionView } from '../../../renderer/workers/protocol.js';

beforeAll(() => initI18n('en'));

describe('wordPrefixAt', () => {
  it('takes the letters before the cursor, diacritics included', () => {
    expect(wordPrefixAt('He met Lukaș', 13)).toEqual({ text: 'Lukaș', startColumn: 8, endColumn: 13 });
  });

  it('stops at spaces and punctuation and keeps inner hyphens', () => {
    expect(wordPrefixAt('the (US-le', 11)).toEqual({ text: 'US-le', startColumn: 6, endColumn: 11 });
    expect(wordPrefixAt('said “Mosc', 11).text).toBe('Mosc');
  });

  it('is empty after a space or at the start of the line', () => {
    expect(wordPrefixAt('in ', 4)).toEqual({ text: '', startColumn: 4, endColumn: 4 });
    expect(wordPrefixAt('', 1)).toEqual({ text: '', startColumn: 1, endColumn: 1 });
  });

  it('only looks before the cursor', () => {
    expect(wordPrefixAt('Moscow', 4).text).toBe('Mos');
  });
});

describe('completionEntries', () => {
  const views: CompletionView[] = [
    { text: 'Moscow', source: 'Moscova', status: 'preferred', inSegment: true },
    { text: 'Minsk', source: 'Minsk', status: 'preferred', inSegment: false },
    { text: 'Kiev', source: 'Kiev', status: 'forbidden', inSegment: false },
  ];

  it("keeps the worker's order, names the Romanian term and matches what was typed", () => {
    const entries = completionEntries(views, { text: 'Moscova', startColumn: 1, endColumn: 8 });
    expect(entries.map((e) => e.label)).toEqual(['Moscow', 'Minsk', 'Kiev']);
    const sorted = [...entries].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    expect(sorted.map((e) => e.label)).toEqual(['Moscow', 'Minsk', 'Kiev']);
    expect(entries[0]).toMatchObject({ insertText: 'Moscow', detail: 'Moscova', filterText: 'Moscova' });
    expect(entries[2]!.documentation).toBe('Forbidden');
  });

  it('sorts eleven and more items by number, not as text', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...views[0]!, text: `T${i}` }));
    const entries = completionEntries(many, { text: '', startColumn: 1, endColumn: 1 });
    const sorted = [...entries].sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
    expect(sorted.map((e) => e.label)).toEqual(many.map((v) => v.text));
  });
});
