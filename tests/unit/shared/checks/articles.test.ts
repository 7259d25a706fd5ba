import { describe, expect, it } from 'vitest';
import { articleNumbers, isHeadlineSource } from '../../../../shared/checks/articles.js';
import { doc } from './helpers.js';

describe('articles of a file', () => {
  it('knows a Romanian headline: short, capitalised, no final mark, not a caption', () => {
    expect(isHeadlineSource('Economia României a încetinit în trimestrul patru')).toBe(true);
    expect(isHeadlineSource('Liga 1: FCSB a învins-o pe Rapid cu 2-1')).toBe(true);
    expect(isHeadlineSource('Produsul intern brut a crescut cu 0,6%.')).toBe(false);
    expect(isHeadlineSource('Foto: Intrarea principală a spitalului')).toBe(false);
    expect(isHeadlineSource('continuarea unei fraze')).toBe(false);
  });
  it('starts a new article at a headline after body text; a title and a subtitle are one article', () => {
    const d = doc(
      [
        ['Titlul primului articol', 'A'],
        ['Subtitlul primului articol', 'B'],
        ['Prima frază.', 'C'],
        ['A doua frază.', 'D'],
        ['Titlul celui de-al doilea articol', 'E'],
        ['Textul lui.', 'F'],
      ],
      [0, 1, 2, 2, 3, 4],
    );
    expect(articleNumbers(d.segments)).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
