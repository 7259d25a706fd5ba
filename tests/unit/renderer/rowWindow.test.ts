import { describe, expect, it } from 'vitest';
import { RowLayout } from '../../../renderer/panels/rowWindow.js';

describe('the rows on screen of a long list', () => {
  it('with one height: positions, the row at a point, the window with overscan', () => {
    const l = new RowLayout(100_000, 34);
    expect(l.total).toBe(3_400_000);
    expect(l.top(10)).toBe(340);
    expect(l.indexAt(345)).toBe(10);
    expect(l.range(340, 340, 2)).toEqual({ first: 8, last: 21 });
    // Past the end the window stops at the last row.
    expect(l.range(3_400_000, 340, 2).last).toBe(99_999);
    expect(new RowLayout(0, 34).range(0, 340, 2)).toEqual({ first: 0, last: -1 });
  });

  it('a grown row pushes the rows after it down, and is found anywhere in its height', () => {
    // Row 5 shows an edit form 200 px tall.
    const l = new RowLayout(1_000, 34, new Map([[5, 166]]));
    expect(l.total).toBe(34_000 + 166);
    expect(l.top(5)).toBe(170);
    expect(l.top(6)).toBe(370);
    expect(l.height(5)).toBe(200);
    expect(l.indexAt(171)).toBe(5);
    expect(l.indexAt(369)).toBe(5);
    expect(l.indexAt(370)).toBe(6);
    expect(l.indexAt(169)).toBe(4);
  });

  it('scrolls as little as needed to show a row whole', () => {
    const l = new RowLayout(1_000, 34, new Map([[5, 166]]));
    expect(l.scrollFor(5, 0, 300)).toBe(70);
    expect(l.scrollFor(2, 100, 300)).toBe(68);
    expect(l.scrollFor(4, 100, 300)).toBe(100);
  });
});
