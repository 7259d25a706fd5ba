import { describe, it, expect } from 'vitest';
import { scoreUnit } from '../../../memory/common/tmIndex.js';
import { tmTokens } from '../../../memory/common/tmTokens.js';
import type { TmUnit } from '../../../memory/common/tmUnit.js';

const MEMORY: TmUnit = {
  source: 'Consiliul Local a aprobat bugetul orașului pentru anul viitor.',
  target: 'The Local Council approved the city budget for next year.',
};

function match(unit: TmUnit, source: string, context: { prev?: string; next?: string } = {}) {
  return scoreUnit(unit, source, tmTokens(source), context);
}

const score = (unit: TmUnit, source: string): number => match(unit, source).score;

describe('fuzzy match scores on Romanian–English pairs', () => {
  it('gives 100 to the same sentence, and to it spelled with cedilla ş ţ instead of ș ț (one letter in Romanian)', () => {
    expect(score(MEMORY, MEMORY.source)).toBe(100);
    const unit = {
      source: 'Ședința ordinară a Consiliului Județean se ține marți.',
      target: 'The county council meets on Tuesday.',
    };
    expect(score(unit, 'Şedinţa ordinară a Consiliului Judeţean se ţine marţi.')).toBe(100);
    expect(score(unit, '  Ședința ordinară a Consiliului Județean   se ține marți. ')).toBe(100);
  });

  it('charges little for missing diacritics and for case, a lot for a different word', () => {
    const noDiacritics = score(MEMORY, 'Consiliul Local a aprobat bugetul orasului pentru anul viitor.');
    const lowerCase = score(MEMORY, 'consiliul local a aprobat bugetul orașului pentru anul viitor.');
    const otherWord = score(MEMORY, 'Consiliul Local a respins bugetul orașului pentru anul viitor.');
    expect(noDiacritics).toBeGreaterThanOrEqual(95);
    expect(noDiacritics).toBeLessThan(100);
    expect(lowerCase).toBeGreaterThanOrEqual(95);
    expect(lowerCase).toBeLessThan(100);
    expect(otherWord).toBeGreaterThanOrEqual(80);
    expect(otherWord).toBeLessThanOrEqual(92);
    expect(otherWord).toBeLessThan(noDiacritics);
  });

  it('charges little for changed punctuation', () => {
    const s = score(MEMORY, 'Consiliul Local a aprobat bugetul orașului pentru anul viitor!');
    expect(s).toBeGreaterThanOrEqual(95);
    expect(s).toBeLessThan(100);
  });

  it('charges reordered words like the words moved (a lot), and an unrelated sentence scores low', () => {
    const reordered = score(MEMORY, 'Bugetul orașului pentru anul viitor a fost aprobat de Consiliul Local.');
    expect(reordered).toBeLessThan(60);
    expect(score(MEMORY, 'Președintele a plecat ieri la Bruxelles pentru o întâlnire.')).toBeLessThan(30);
  });

  it('adapts a changed percentage to English notation and says so', () => {
    const unit = { source: 'Inflația a crescut la 2,5% în octombrie.', target: 'Inflation rose to 2.5% in October.' };
    const m = match(unit, 'Inflația a crescut la 3,7% în octombrie.');
    expect(m.target).toBe('Inflation rose to 3.7% in October.');
    expect(m.adapted).toBe(true);
    expect(m.score).toBeGreaterThanOrEqual(95);
    expect(m.score).toBeLessThan(100);
  });

  it('adapts Romanian thousands and decimals (1.234,5 → 1,234.5) and a changed date in the target’s own style', () => {
    const money = {
      source: 'Compania a raportat venituri de 850 milioane lei.',
      target: 'The company reported revenue of 850 million lei.',
    };
    expect(match(money, 'Compania a raportat venituri de 1.234,5 milioane lei.').target).toBe(
      'The company reported revenue of 1,234.5 million lei.',
    );
    const report = {
      source: 'Raportul a fost publicat pe 10 octombrie 2025.',
      target: 'The report was published on October 10, 2025.',
    };
    const m = match(report, 'Raportul a fost publicat pe 12 octombrie 2025.');
    expect(m.target).toBe('The report was published on October 12, 2025.');
    expect(m.adapted).toBe(true);
  });

  it('leaves an ambiguous number alone and scores lower than when it could adapt', () => {
    const unit = { source: 'Au venit 2 miniștri și 2 consilieri.', target: 'Two ministers and 2 advisers came.' };
    const m = match(unit, 'Au venit 2 miniștri și 5 consilieri.');
    expect(m.target).toBe('Two ministers and 2 advisers came.');
    expect(m.adapted).toBe(false);
    const clear = { source: 'Au venit 2 miniștri și 3 consilieri.', target: 'Two ministers and 3 advisers came.' };
    const adapted = match(clear, 'Au venit 2 miniștri și 5 consilieri.');
    expect(adapted.target).toBe('Two ministers and 5 advisers came.');
    expect(m.score).toBeLessThan(adapted.score);
  });

  it('renumbers a changed tag in the target', () => {
    const unit = { source: 'Apăsați <b1>Salvare</b1> acum.', target: 'Press <b1>Save</b1> now.' };
    const m = match(unit, 'Apăsați <b2>Salvare</b2> acum.');
    expect(m.target).toBe('Press <b2>Save</b2> now.');
    expect(m.score).toBeGreaterThanOrEqual(90);
  });

  it('gives 101 to an exact match whose previous and next segments are the same, 100 when a neighbour differs', () => {
    const unit = { ...MEMORY, prev: 'Ședința a început la ora 10.', next: 'Opoziția a votat împotrivă.' };
    expect(
      match(unit, MEMORY.source, { prev: 'Ședința a început la ora 10.', next: 'Opoziția a votat împotrivă.' }).score,
    ).toBe(101);
    expect(
      match(unit, MEMORY.source, { prev: 'Ședința a început la ora 11.', next: 'Opoziția a votat împotrivă.' }).score,
    ).toBe(100);
    // A unit stored without neighbours (most TMX files) is never 101.
    expect(match(MEMORY, MEMORY.source, { prev: '', next: '' }).score).toBe(100);
  });

  it('gives a word diff from the memory’s source to the new one that rebuilds both texts', () => {
    const source = 'Consiliul Local a respins  bugetul orașului pentru anul 2026.';
    const { diff } = match(MEMORY, source);
    expect(
      diff
        .filter((d) => d.op !== 'delete')
        .map((d) => d.text)
        .join(''),
    ).toBe(source);
    // Equal parts carry the new source's spacing, so the memory's text comes back up to whitespace.
    const memoryText = diff
      .filter((d) => d.op !== 'insert')
      .map((d) => d.text)
      .join('');
    expect(memoryText.replace(/\s+/g, ' ')).toBe(MEMORY.source);
    expect(diff.filter((d) => d.op === 'delete').map((d) => d.text.trim())).toEqual(['aprobat', 'viitor']);
    expect(diff.filter((d) => d.op === 'insert').map((d) => d.text.trim())).toEqual(['respins', '2026']);
  });
});
