import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../../../shared/checks/numberMismatch.js';
import { at, fixed, one } from './helpers.js';

const keys = (list: { messageKey: string }[]) => list.map((f) => f.messageKey);

describe('number-mismatch: equal values written the other locale’s way stay quiet', () => {
  it.each([
    ['Bugetul este de 1.234,56 lei.', 'The budget is 1,234.56 lei.'],
    ['Au votat 1.234 de deputați.', '1,234 deputies voted.'],
    ['Au votat 1.234 de deputați.', '1234 deputies voted.'],
    ['Inflația a fost de 2,5%.', 'Inflation was 2.5%.'],
    ['Inflația a fost de 2,5 la sută.', 'Inflation was 2.5 percent.'],
    ['Statul a pierdut 2,5 milioane de euro.', 'The state lost 2.5 million euros.'],
    ['Statul a pierdut 2,5 milioane de euro.', 'The state lost €2,500,000.'],
    ['Datoria a ajuns la 3 mld. lei.', 'The debt reached 3 billion lei.'],
    ['Datoria a ajuns la 3 miliarde de lei.', 'The debt reached 3bn lei.'],
    ['Un bilion de dolari.', 'A trillion dollars.'],
    ['Au fost eliberați 52 de prizonieri politici.', '52 political prisoners were freed.'],
    ['Două țări au refuzat.', 'Two countries refused.'],
    ['Au venit 3 delegații.', 'Three delegations came.'],
    ['Este al 3-lea mandat.', 'It is the third term, his 3rd.'],
    ['În secolul al XX-lea.', 'In the 20th century.'],
    ['Ședința începe la ora 10.30.', 'The meeting starts at 10:30.'],
    ['Una dintre țări a refuzat.', 'One of the countries refused.'],
    ['O nouă lege a intrat în vigoare.', 'A new law came into force.'],
    ['Cei doi lideri au vorbit.', 'Both leaders spoke.'],
    ['Pandemia de COVID-19 a lovit în 2020.', 'The COVID-19 pandemic struck in 2020.'],
    ['În perioada 2020-2025 au fost 5-6 alegeri.', 'In 2020-2025 there were 5-6 elections.'],
    ['Legea 123/2024 a intrat în vigoare.', 'Law 123/2024 came into force.'],
    ['Peste 100 de mii de oameni au protestat.', 'More than 100,000 people protested.'],
    ['Au fost 3 milioane și jumătate de votanți.', 'There were 3.5 million voters.'],
    ['În anii ’90, economia a scăzut.', 'In the 1990s, the economy shrank.'],
    ['Ședința din 10.03 a fost amânată.', 'The meeting of 10 March was postponed.'],
    ['Ședința de la ora 10.03 a fost amânată.', 'The 10:03 meeting was postponed.'],
    ['S-a întâmplat de două ori.', 'It happened twice.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(numberMismatch, source, target)).toEqual([]);
  });
  it('leaves numbers inside dates to date-mismatch', () => {
    expect(one(numberMismatch, 'Pe 10 octombrie 2025 au votat.', 'On October 11, 2025, they voted.')).toEqual([]);
  });
});

describe('number-mismatch: catches', () => {
  it('a changed number, with the source number in English format as fix', () => {
    const t = 'The budget is 1,243.56 lei.';
    const [f] = one(numberMismatch, 'Bugetul este de 1.234,56 lei.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.differs');
    expect(at(t, f!)).toBe('1,243.56');
    expect(fixed(t, f!)).toBe('The budget is 1,234.56 lei.');
  });
  it('"1.234" copied into English, where it means 1.234', () => {
    const t = '1.234 deputies voted.';
    const [f] = one(numberMismatch, 'Au votat 1.234 de deputați.', t);
    expect(fixed(t, f!)).toBe('1,234 deputies voted.');
  });
  it('a wrong scale: milliard is billion, bilion is trillion', () => {
    const t = 'The debt reached 3 million lei.';
    const [f] = one(numberMismatch, 'Datoria a ajuns la 3 mld. lei.', t);
    expect(fixed(t, f!)).toBe('The debt reached 3 billion lei.');
    expect(keys(one(numberMismatch, 'Un bilion de dolari.', 'A billion dollars.'))).toEqual([
      'check.number-mismatch.differs',
    ]);
  });
  it('a wrong number word', () => {
    const t = 'Three countries refused.';
    const [f] = one(numberMismatch, 'Două țări au refuzat.', t);
    expect(fixed(t, f!)).toBe('Two countries refused.');
  });
  it('a soft word ("nouă": nine or new) replaced by another number', () => {
    const t = 'Eight delegations came.';
    const [f] = one(numberMismatch, 'Au venit nouă delegații.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.differs');
    expect(fixed(t, f!)).toBe('Nine delegations came.');
  });
  it('a number left out or added', () => {
    const lost = one(numberMismatch, 'Au fost 52 de răniți și 3 morți.', 'There were 52 injured and several dead.');
    expect(keys(lost)).toEqual(['check.number-mismatch.missing']);
    expect(lost[0]!.params['source']).toBe('3');
    expect(keys(one(numberMismatch, 'Au fost răniți mulți.', 'There were 12 injured.'))).toEqual([
      'check.number-mismatch.extra',
    ]);
  });
  it('a Romanian decimal comma left in English, with the English form as fix', () => {
    const t = 'Inflation was 2,5 percent.';
    const [f] = one(numberMismatch, 'Inflația a fost de 2,5 la sută.', t);
    expect(f?.messageKey).toBe('check.number-mismatch.format');
    expect(fixed(t, f!)).toBe('Inflation was 2.5 percent.');
  });
  it('a changed time', () => {
    expect(keys(one(numberMismatch, 'Ședința începe la ora 10.30.', 'The meeting starts at 11:30.'))).toEqual([
      'check.number-mismatch.differs',
    ]);
  });
});
