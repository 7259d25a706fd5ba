import { describe, expect, it } from 'vitest';
import { AlignmentState, endsParagraph, zoneAfter } from '../../../renderer/editor/alignment.js';

/** Top of each line in one pane, given own heights and the zones after each line. */
function tops(own: ArrayLike<number>, zones: number[]): number[] {
  const out: number[] = [];
  let y = 0;
  for (let i = 0; i < own.length; i++) {
    out.push(y);
    y += (own[i] ?? 0) + (zones[i] ?? 0);
  }
  return out;
}

describe('zoneAfter', () => {
  it('pads the shorter side by the difference', () => {
    expect(zoneAfter(57, 19, 0)).toEqual({ source: 0, target: 38 });
    expect(zoneAfter(19, 38, 0)).toEqual({ source: 19, target: 0 });
  });
  it('adds the paragraph gap to both sides', () => {
    expect(zoneAfter(19, 19, 14)).toEqual({ source: 14, target: 14 });
    expect(zoneAfter(38, 19, 14)).toEqual({ source: 14, target: 33 });
  });
});

describe('endsParagraph', () => {
  it('is true only before a segment of another paragraph', () => {
    const paras = [0, 0, 1, 2, 2];
    expect([0, 1, 2, 3, 4].map((i) => endsParagraph(paras, i))).toEqual([false, true, true, false, false]);
  });
});

describe('AlignmentState', () => {
  const paras = [0, 0, 1, 1, 2];

  it('puts every line at the same top in both panes', () => {
    const st = new AlignmentState(paras, 12);
    const src = [19, 57, 38, 19, 19];
    const tgt = [38, 19, 19, 19, 76];
    src.forEach((h, i) => st.update(i, h, tgt[i] ?? 0));
    const sTops = tops(
      src,
      st.zones.map((z) => z.source),
    );
    const tTops = tops(
      tgt,
      st.zones.map((z) => z.target),
    );
    expect(tTops).toEqual(sTops);
    // Line 3 starts after lines 1–2 (max heights 38 + 57) and one paragraph gap.
    expect(sTops[2]).toBe(38 + 57 + 12);
  });

  it('reports a line as changed only when its zones change', () => {
    const st = new AlignmentState(paras, 12);
    expect(st.update(0, 19, 19)).toBe(false); // same heights, no gap: still no zone
    expect(st.update(1, 19, 19)).toBe(true); // paragraph gap appears
    expect(st.update(1, 19, 19)).toBe(false);
    expect(st.update(0, 19, 38)).toBe(true); // the draft wrapped to a second row
    expect(st.zones[0]).toEqual({ source: 19, target: 0 });
  });

  it('a new gap size changes exactly the paragraph-ending lines', () => {
    const st = new AlignmentState(paras, 12);
    paras.forEach((_, i) => st.update(i, 19, 19));
    expect(st.setGap(20)).toEqual([1, 3]);
    expect(st.zones[1]).toEqual({ source: 20, target: 20 });
  });
});
