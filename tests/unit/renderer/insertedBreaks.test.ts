import { describe, expect, it } from 'vitest';
import { insertedBreaks } from '../../../renderer/editor/insertedBreaks.js';

/** Applies the events to a text as Monaco would, for checking the offsets. */
function apply(text: string, events: { rangeOffset: number; rangeLength: number; text: string }[][]): string {
  let out = text;
  for (const changes of events)
    for (const c of [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset))
      out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  return out;
}

describe('insertedBreaks', () => {
  it('follows a break typed one character at a time, as an input method sends it', () => {
    const typed = ' Cells\nare.';
    const events = [...typed].map((ch, i) => [{ rangeOffset: 5 + i, rangeLength: 0, text: ch }]);
    const after = apply('Full.\nNext', events);
    expect(after).toBe('Full. Cells\nare.\nNext');
    const found = insertedBreaks(events);
    expect(found).toEqual([[11, 12]]);
    expect(after.slice(11, 12)).toBe('\n');
  });

  it('shifts a break by later edits before it and drops one deleted again', () => {
    const events = [
      [{ rangeOffset: 3, rangeLength: 0, text: 'x\ny\r\nz' }],
      [{ rangeOffset: 0, rangeLength: 1, text: 'AB' }],
      [{ rangeOffset: 5, rangeLength: 1, text: '' }],
    ];
    const after = apply('abcdef', events);
    expect(after).toBe('ABbcxy\r\nzdef');
    expect(insertedBreaks(events)).toEqual([[6, 8]]);
  });

  it('maps several changes of one event, each against the text before it', () => {
    const events = [
      [
        { rangeOffset: 1, rangeLength: 1, text: '\n' },
        { rangeOffset: 4, rangeLength: 0, text: '-\n-' },
      ],
    ];
    const after = apply('abcdef', events);
    expect(after).toBe('a\ncd-\n-ef');
    expect(insertedBreaks(events)).toEqual([
      [1, 2],
      [5, 6],
    ]);
  });
});
