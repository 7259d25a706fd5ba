import { describe, expect, it } from 'vitest';
import { findNumbersEn, findNumbersRo, formatEnglishNumber } from '../../../../shared/text/numbers.js';
import { tokenize } from '../../../../shared/text/tokenize.js';

const ro = (text: string) => findNumbersRo(text, tokenize(text));
const en = (text: string) => findNumbersEn(text, tokenize(text));
const values = (list: { readings: string[] }[]) => list.map((m) => m.readings);

describe('numbers in Romanian text', () => {
  it('reads the decimal comma and the thousands dot', () => {
    expect(values(ro('Bugetul are 1.234,56 lei, adică 2,5% din total.'))).toEqual([['n:1234.56'], ['n:2.5']]);
    expect(values(ro('Au fost 1.234 de voturi.'))).toEqual([['n:1234']]);
  });
  it('applies scale words: mii, milioane, mld., bilion = 10^12', () => {
    expect(values(ro('2,5 milioane de euro și 3 mld. lei, apoi 4 mii'))).toEqual([
      ['n:2500000'],
      ['n:3000000000'],
      ['n:4000'],
    ]);
    expect(values(ro('un bilion de dolari'))).toEqual([['n:1000000000000']]);
    expect(ro('3 mld. lei')[0]!.text).toBe('3 mld.');
  });
  it('applies a scale after "de": 1.234 de miliarde, 800 de milioane', () => {
    expect(values(ro('1.234 de miliarde de ruble și 800 de milioane de dolari'))).toEqual([
      ['n:1234000000000'],
      ['n:800000000'],
    ]);
    expect(ro('800 de milioane')[0]!.text).toBe('800 de milioane');
  });
  it('does not read the ordinal "a doua" (second) as two', () => {
    expect(ro('a doua jumătate')).toEqual([]);
    expect(values(ro('a cumpărat două case'))).toEqual([['n:2']]);
  });
  it('reads "52 de" as 52 and number words up to twenty', () => {
    expect(values(ro('52 de prizonieri politici'))).toEqual([['n:52']]);
    expect(values(ro('două țări și șaisprezece orașe'))).toEqual([['n:2'], ['n:16']]);
    expect(values(ro('douăzeci de ani'))).toEqual([['n:20']]);
  });
  it('treats "nouă" (also "new") and "una" as soft, "un"/"o" as numbers only before a scale', () => {
    const [noua] = ro('o nouă lege');
    expect(noua?.soft).toBe(true);
    expect(ro('un om și o casă')).toEqual([]);
    expect(values(ro('un milion de oameni'))).toEqual([['n:1000000']]);
  });
  it('reads ordinals: al 3-lea, a 3-a, secolul al XX-lea', () => {
    expect(values(ro('al 3-lea mandat, a 3-a oară, secolul al XX-lea'))).toEqual([['n:3'], ['n:3'], ['n:20']]);
  });
  it('reads ora 10.30 as a time (or an English-style decimal)', () => {
    expect(values(ro('la ora 10.30'))).toEqual([['t:10:30', 'n:10.3']]);
    expect(values(ro('la ora 10:30'))).toEqual([['t:10:30']]);
  });
  it('joins thousands groups split by a no-break space', () => {
    expect(values(ro('10\u00A0000 de oameni'))).toEqual([['n:10000']]);
  });
});

describe('numbers in English text', () => {
  it('reads the decimal point and the thousands comma', () => {
    expect(values(en('1,234.56 euros and 2.5% of 1,234'))).toEqual([['n:1234.56'], ['n:2.5'], ['n:1234']]);
  });
  it('applies scale words and glued scales', () => {
    expect(values(en('2.5 million, 3 billion, $3bn and 2.5m'))).toEqual([
      ['n:2500000'],
      ['n:3000000000'],
      ['n:3000000000'],
      ['n:2500000'],
    ]);
    expect(values(en('a million people'))).toEqual([['n:1000000']]);
  });
  it('reads ordinals and number words', () => {
    expect(values(en('the 3rd term, the 20th century, two states'))).toEqual([['n:3'], ['n:20'], ['n:2']]);
    expect(en('one of them')[0]?.soft).toBe(true);
  });
  it('does not take property names of plain objects for number words', () => {
    expect(en('the constructor called toString')).toEqual([]);
    expect(ro('constructor')).toEqual([]);
  });
  it('reads 10.30 as a decimal or a British time', () => {
    expect(values(en('at 10.30'))).toEqual([['n:10.3', 't:10:30']]);
  });
  it('notices Romanian number format left in English', () => {
    const [m] = en('growth of 2,5 percent');
    expect(m?.readings).toEqual(['n:2.5']);
    expect(m?.localeSlip).toBe('2.5');
    expect(en('1.234,56 euros')[0]?.localeSlip).toBe('1,234.56');
    expect(en('1,234 votes')[0]?.localeSlip).toBeUndefined();
  });
});

describe('formatEnglishNumber', () => {
  it('writes Romanian numbers the English way', () => {
    expect(ro('1.234,56').map(formatEnglishNumber)).toEqual(['1,234.56']);
    expect(ro('2,5 milioane').map(formatEnglishNumber)).toEqual(['2.5 million']);
    expect(ro('un bilion').map(formatEnglishNumber)).toEqual(['one trillion']);
    expect(ro('3 mld.').map(formatEnglishNumber)).toEqual(['3 billion']);
    expect(ro('al 3-lea, al 22-lea, al 11-lea').map(formatEnglishNumber)).toEqual(['3rd', '22nd', '11th']);
    expect(ro('două').map(formatEnglishNumber)).toEqual(['two']);
    expect(ro('2025').map(formatEnglishNumber)).toEqual(['2025']);
    expect(ro('ora 10.30').map(formatEnglishNumber)).toEqual(['10:30']);
  });
});
