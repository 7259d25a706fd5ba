import { describe, expect, it } from 'vitest';
import { firstDiffering } from '../../../renderer/editor/zoneMirror.js';

describe('firstDiffering', () => {
  it('finds the first line below a zone that only one pane has', () => {
    for (const step of [1, 2, 7, 99, 100]) expect(firstDiffering(100, (l) => l >= step)).toBe(step);
  });
  it('answers n + 1 when no line differs (the zone is below the last line)', () => {
    expect(firstDiffering(100, () => false)).toBe(101);
    expect(firstDiffering(0, () => true)).toBe(1);
  });
});
