import { describe, expect, it } from 'vitest';
import { startsSentence } from '../../../../shared/text/sentenceStart.js';

describe('startsSentence (the "Add term" selection’s place in its segment)', () => {
  it('is true at the segment start and after a sentence end, quotes and dashes aside', () => {
    for (const before of ['', '  ', '„', 'Guvernul a demisionat. ', 'A plecat? „', 'Nu! — ', '(Foto) A plecat.” '])
      expect(startsSentence(before), JSON.stringify(before)).toBe(true);
  });

  it('is false inside a sentence', () => {
    for (const before of ['Ieri ', 'Ministrul a spus că ', 'Potrivit Agerpres, ', 'Suma de 3.5'])
      expect(startsSentence(before), JSON.stringify(before)).toBe(false);
  });
});
