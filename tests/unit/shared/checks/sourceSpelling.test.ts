import { describe, expect, it } from 'vitest';
import { sourceSpelling } from '../../../../shared/checks/sourceSpelling.js';
import { at, concept, fixed, one } from './helpers.js';
import { testTerms } from './glossaryFixture.js';
import { buildTermIndex } from '../../../../glossary/common/termIndex.js';

describe('source-spelling', () => {
  it('catches a name left in Romanian spelling and suggests the glossary term', () => {
    const t = 'Lukașenko spoke.';
    const [f] = one(sourceSpelling, 'Lukașenko a vorbit.', t, testTerms);
    expect(f).toMatchObject({
      messageKey: 'check.source-spelling.glossary',
      params: { found: 'Lukașenko', suggestion: 'Lukashenko' },
    });
    expect(fixed(t, f!)).toBe('Lukashenko spoke.');
  });
  it('keeps a possessive and looks inside hyphen compounds', () => {
    const t = 'Lukașenko’s Lukașenko-led government.';
    const found = one(sourceSpelling, 'Guvernul lui Lukașenko.', t, testTerms);
    expect(found.map((f) => at(t, f))).toEqual(['Lukașenko', 'Lukașenko']);
    expect(found.every((f) => f.fixes?.[0]?.replacement === 'Lukashenko')).toBe(true);
  });
  it('re-transliterates names the glossary does not know', () => {
    const t = 'Șoigu and Prigojin met.';
    const found = one(sourceSpelling, 'Șoigu și Prigojin s-au întâlnit.', t, testTerms);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      messageKey: 'check.source-spelling.transliterated',
      params: { found: 'Șoigu', suggestion: 'Shoigu' },
    });
    expect(one(sourceSpelling, 'Lukaşenko a vorbit.', 'Lukaşenko spoke.')[0]?.params['suggestion']).toBe('Lukashenko');
  });
  it('flags other words with Romanian letters without a fix', () => {
    const [f] = one(sourceSpelling, 'A fost o ședință.', 'It was a ședință.', testTerms);
    expect(f).toMatchObject({ messageKey: 'check.source-spelling.romanianLetters', params: { found: 'ședință' } });
    expect(f?.fixes).toBeUndefined();
  });
  it('leaves alone approved English terms with diacritics and plain English', () => {
    expect(one(sourceSpelling, 'La Timișoara.', 'In Timișoara.', testTerms)).toEqual([]);
    expect(one(sourceSpelling, 'Lukașenko a vorbit.', 'Lukashenko spoke.', testTerms)).toEqual([]);
  });
});

describe('source-spelling with the real term index', () => {
  it('finds the glossary concept of an inflected Romanian form left in the draft', async () => {
    const { buildTermIndex } = await import('../../../../glossary/common/termIndex.js');
    const terms = buildTermIndex({ concepts: [concept('buc', ['București'], [['Bucharest', 'preferred']])] });
    const t = 'The mayor of Bucureștiului resigned.';
    const [f] = one(sourceSpelling, 'Primarul Bucureștiului a demisionat.', t, terms);
    expect(f).toMatchObject({
      messageKey: 'check.source-spelling.glossary',
      params: { found: 'Bucureștiului', suggestion: 'Bucharest' },
    });
    expect(fixed(t, f!)).toBe('The mayor of Bucharest resigned.');
  });
});

describe('source-spelling: Romanian names are not re-transliterated (issue 11, cause 1)', () => {
  it.each([
    ['Spitalul din Iași are o secție nouă.', 'The hospital in Iași has a new ward.', 'Iași', 'Iasi'],
    ['Managerul, Mihai Blăjuț, a vorbit.', 'The manager, Mihai Blăjuț, spoke.', 'Blăjuț', 'Blajut'],
    ['Ionel Țăranu a votat împotrivă.', 'Ionel Țăranu voted against.', 'Țăranu', 'Taranu'],
    ['Costică Năstase a câștigat.', 'Costică Năstase won.', 'Costică', 'Costica'],
    ['Festivalul de la Brașov.', 'The festival in Brașov.', 'Brașov', 'Brasov'],
  ])('%s → info with the plain letters', (source, target, found, suggestion) => {
    const [f] = one(sourceSpelling, source, target);
    expect(f).toMatchObject({
      severity: 'info',
      messageKey: 'check.source-spelling.diacritics',
      params: { found, suggestion },
    });
    expect(fixed(target, f!)).toBe(target.replace(found, suggestion));
  });
  it('still re-transliterates Slavic names', () => {
    for (const [name, english] of [
      ['Hrușciov', 'Khrushchov'],
      ['Navalnîi', 'Navalny'],
      ['Mișustin', 'Mishustin'],
    ] as const) {
      const [f] = one(sourceSpelling, `${name} a vorbit.`, `${name} spoke.`);
      expect(f).toMatchObject({ messageKey: 'check.source-spelling.transliterated', params: { suggestion: english } });
    }
  });
  it('flags "Iași" although the glossary has "Iasi", which folding would match', () => {
    const terms = buildTermIndex({ concepts: [concept('iasi', ['Iași'], [['Iasi', 'preferred']])] });
    const t = 'The hospital serves 800,000 people in Iași.';
    const [f] = one(sourceSpelling, 'Spitalul deservește 800.000 de locuitori din Iași.', t, terms);
    expect(f).toMatchObject({
      messageKey: 'check.source-spelling.glossary',
      params: { found: 'Iași', suggestion: 'Iasi' },
    });
    expect(one(sourceSpelling, 'Spitalul din Iași.', 'The hospital in Iasi.', terms)).toEqual([]);
  });
});
