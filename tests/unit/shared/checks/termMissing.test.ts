import { describe, expect, it } from 'vitest';
import { termMissing } from '../../../../shared/checks/termMissing.js';
import { at, concept, fakeTerms, fixed, one } from './helpers.js';
import { testTerms } from './glossaryFixture.js';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';
import { parseTsv } from '../../../../glossary/common/tsv.js';

describe('term-missing', () => {
  it('catches a recognised source term with no approved English term in the target', () => {
    const src = 'Liderii CSI s-au întâlnit.';
    const [f] = one(termMissing, src, 'The leaders of the bloc met.', testTerms);
    expect(f).toMatchObject({ messageKey: 'check.term-missing.missing', params: { source: 'CSI', term: 'CIS' } });
    expect(f!.range).toBeUndefined();
    expect(src.slice(f!.sourceRange!.start, f!.sourceRange!.end)).toBe('CSI');
  });
  it('points at the Romanian spelling left in the target and offers the preferred term', () => {
    const t = 'The CSI leaders met.';
    const [f] = one(termMissing, 'Liderii CSI-ului s-au întâlnit.', t, testTerms);
    expect(f?.messageKey).toBe('check.term-missing.leftAsSource');
    expect(at(t, f!)).toBe('CSI');
    expect(fixed(t, f!)).toBe('The CIS leaders met.');
  });
  it('reports each concept once per segment', () => {
    expect(one(termMissing, 'CSI și iar CSI.', 'The bloc and the bloc again.', testTerms)).toHaveLength(1);
  });
  it('accepts any approved English term, in any form', () => {
    expect(one(termMissing, 'Liderii CSI s-au întâlnit.', 'CIS leaders met.', testTerms)).toEqual([]);
    expect(
      one(termMissing, 'Liderii CSI s-au întâlnit.', 'Commonwealth of Independent States leaders met.', testTerms),
    ).toEqual([]);
    expect(one(termMissing, 'Lukașenko a vorbit.', 'Lukashenka spoke.', testTerms)).toEqual([]);
    expect(one(termMissing, 'Acordul a fost semnat.', 'The agreements were signed.', testTerms)).toEqual([]);
  });
  it('leaves alone a bad rendering (term-forbidden’s job), untranslated segments, concepts without English and no glossary', () => {
    expect(one(termMissing, 'Liderul de la Kiev.', 'The leader in Kiev.', testTerms)).toEqual([]);
    expect(one(termMissing, 'Liderii CSI s-au întâlnit.', '', testTerms)).toEqual([]);
    expect(one(termMissing, 'O notă scurtă.', 'A short memo.', testTerms)).toEqual([]);
    expect(one(termMissing, 'Liderii CSI s-au întâlnit.', 'The leaders met.')).toEqual([]);
  });
});

describe('term-missing and source-spelling', () => {
  it('leaves a leftover with Romanian letters to source-spelling, so it is reported once', () => {
    expect(one(termMissing, 'Lukașenko a vorbit.', 'Lukașenko spoke.', testTerms)).toEqual([]);
  });
});

describe('term-missing and look-alikes', () => {
  it('ignores a capitalised term met as a lower-case word (puțin is not Putin)', () => {
    const terms = fakeTerms([concept('putin', ['Putin'], [['Putin', 'preferred']])]);
    // The stand-in lookup, like a diacritic-folding index, matches "puțin" only if told to: feed it the folded text.
    const folded = {
      ...terms,
      findSource: (text: string) =>
        terms.findSource(text.replace(/ț/g, 't')).map((m) => ({ ...m, surface: text.slice(m.start, m.end) })),
    };
    expect(one(termMissing, 'A durat puțin.', 'It took a while.', folded)).toEqual([]);
    expect(one(termMissing, 'Putin a tăcut.', 'The president kept silent.', folded)).toHaveLength(1);
  });
});

describe('term-missing with a plain TSV glossary holding "n.r." (issue 11, cause 6)', () => {
  const tsv = buildTermIndex(parseTsv('n.r.\tEd.\teditor’s note\n', 'glossary.tsv'));
  it('says nothing about "nr." (number) in a law’s name', () => {
    expect(
      one(termMissing, 'Legea nr. 245/2025 intră în vigoare.', 'Law No. 245/2025 enters into force.', tsv),
    ).toEqual([]);
  });
  it('catches "n.r." left in the English, with "Ed." as fix', () => {
    const t = '(n.r. The text has been updated.)';
    const [f] = one(termMissing, '(n.r. Textul a fost actualizat.)', t, tsv);
    expect(f?.messageKey).toBe('check.term-missing.leftAsSource');
    expect(at(t, f!)).toBe('n.r.');
  });
});
