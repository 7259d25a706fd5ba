import { describe, expect, it } from 'vitest';
import { dateMismatch } from '../../../../shared/checks/dateMismatch.js';
import { at, fixed, one } from './helpers.js';

const keys = (list: { messageKey: string }[]) => list.map((f) => f.messageKey);

describe('date-mismatch: equal dates stay quiet', () => {
  it.each([
    ['Alegerile au avut loc pe 10 octombrie 2025.', 'The election took place on October 10, 2025.'],
    ['Alegerile au avut loc pe 10 octombrie 2025.', 'The election took place on 10 October 2025.'],
    ['Alegerile au avut loc pe 10 octombrie 2025.', 'The election took place on Oct. 10, 2025.'],
    ['Alegerile au avut loc pe 10 octombrie 2025.', 'The election took place on October 10.'],
    ['Documentul este datat 10.11.2025.', 'The document is dated 10/11/2025.'],
    ['Documentul este datat 10.11.2025.', 'The document is dated 11/10/2025.'],
    ['Documentul este datat 10.11.2025.', 'The document is dated November 10, 2025.'],
    ['Marți, premierul a plecat la Bruxelles.', 'On Tuesday, the prime minister left for Brussels.'],
    ['Luni, 10 octombrie, s-a votat.', 'On Monday, October 10, a vote was held.'],
    ['Legea intră în vigoare în martie.', 'The law comes into force in March.'],
    ['Este mai bine așa.', 'It is better this way.'],
    ['Vor vota în mai.', 'They will vote in May.'],
    ['A stat trei luni în arest.', 'He spent three months in custody.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(dateMismatch, source, target)).toEqual([]);
  });
});

describe('date-mismatch: catches', () => {
  it('a changed day, with a fix in the target’s style', () => {
    const t = 'The election took place on October 11, 2025.';
    const [f] = one(dateMismatch, 'Alegerile au avut loc pe 10 octombrie 2025.', t);
    expect(f?.messageKey).toBe('check.date-mismatch.differs');
    expect(at(t, f!)).toBe('October 11, 2025');
    expect(fixed(t, f!)).toBe('The election took place on October 10, 2025.');
    const u = 'It was held on 11 October 2025.';
    expect(fixed(u, one(dateMismatch, 'A avut loc pe 10 octombrie 2025.', u)[0]!)).toBe(
      'It was held on 10 October 2025.',
    );
  });
  it('a wrong weekday', () => {
    const t = 'On Monday, the prime minister left.';
    const [f] = one(dateMismatch, 'Marți, premierul a plecat.', t);
    expect(fixed(t, f!)).toBe('On Tuesday, the prime minister left.');
  });
  it('a numeric date that fits neither reading', () => {
    expect(keys(one(dateMismatch, 'Documentul este datat 10.11.2025.', 'The document is dated 12/11/2025.'))).toEqual([
      'check.date-mismatch.differs',
    ]);
  });
  it('a different year', () => {
    expect(keys(one(dateMismatch, 'Pe 10 octombrie 2025.', 'On October 10, 2024.'))).toEqual([
      'check.date-mismatch.differs',
    ]);
  });
  it('a short day.month date read as another date, but not when it stood for a time', () => {
    expect(
      keys(one(dateMismatch, 'Ședința din 10.03 a fost amânată.', 'The meeting of 3 October was postponed.')),
    ).toEqual(['check.date-mismatch.differs']);
    expect(one(dateMismatch, 'Ședința din 10.03 a fost amânată.', 'The meeting was postponed.')).toEqual([]);
  });
  it('a date left out or added', () => {
    expect(keys(one(dateMismatch, 'Pe 10 octombrie au votat.', 'They voted.'))).toEqual([
      'check.date-mismatch.missing',
    ]);
    expect(keys(one(dateMismatch, 'Au votat.', 'They voted on October 10.'))).toEqual(['check.date-mismatch.extra']);
  });
});

describe('date-mismatch on real news (issue 11, cause 3)', () => {
  it.each([
    ['Lucrările vor dura 35 de luni.', 'Work will last 35 months.'],
    ['În ultimele luni, internările au crescut.', 'Admissions have risen in recent months.'],
    ['După câteva luni, proiectul a fost abandonat.', 'After a few months, the project was dropped.'],
    ['Românii au cheltuit 1,2 miliarde de lei de Black Friday.', 'Romanians spent 1.2 billion lei on Black Friday.'],
    ['Magazinele se pregătesc de Vinerea Neagră.', 'Shops are getting ready for Black Friday.'],
    ['Turneul va avea loc în perioada 24-26 aprilie.', 'The tournament will be held from April 24 to 26.'],
    ['Orchestra a cântat pe 7 și 8 septembrie.', 'The orchestra played on September 7 and 8.'],
  ])('%s ↔ %s', (source, target) => {
    expect(one(dateMismatch, source, target)).toEqual([]);
  });
  it('still reads Monday where "luni" can only be a weekday', () => {
    expect(one(dateMismatch, 'Luni, guvernul s-a reunit.', 'On Tuesday, the government met.')).toHaveLength(1);
  });
  it('each day of a range is compared', () => {
    expect(
      one(dateMismatch, 'Turneul are loc în perioada 24-26 aprilie.', 'It runs from April 24 to 27.'),
    ).toHaveLength(1);
  });
});
