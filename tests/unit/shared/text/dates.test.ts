import { describe, expect, it } from 'vitest';
import { findDatesEn, findDatesRo, formatEnglishDate, sameDate } from '../../../../shared/text/dates.js';

const readings = (list: { readings: unknown[] }[]) => list.map((m) => m.readings);

describe('dates in Romanian text', () => {
  it('reads day-month-year, with abbreviations', () => {
    expect(readings(findDatesRo('pe 10 octombrie 2025 și pe 3 oct. 2024'))).toEqual([
      [{ day: 10, month: 10, year: 2025 }],
      [{ day: 3, month: 10, year: 2024 }],
    ]);
  });
  it('reads numeric dates day first', () => {
    expect(readings(findDatesRo('la 10.11.2025'))).toEqual([[{ day: 10, month: 11, year: 2025 }]]);
  });
  it('reads "mai" as May only after a day number', () => {
    expect(readings(findDatesRo('pe 1 mai'))).toEqual([[{ day: 1, month: 5 }]]);
    expect(findDatesRo('este mai bine așa')).toEqual([]);
    expect(findDatesRo('în mai')).toEqual([]);
  });
  it('reads month-only mentions and month-year', () => {
    expect(readings(findDatesRo('în octombrie 2025, apoi în martie'))).toEqual([
      [{ month: 10, year: 2025 }],
      [{ month: 3 }],
    ]);
  });
  it('reads weekdays, with and without diacritics', () => {
    expect(readings(findDatesRo('marți și sâmbătă, apoi duminica'))).toEqual([
      [{ weekday: 2 }],
      [{ weekday: 6 }],
      [{ weekday: 7 }],
    ]);
    expect(readings(findDatesRo('marti si sambata'))).toEqual([[{ weekday: 2 }], [{ weekday: 6 }]]);
  });
  it('reads "luni" as Monday only where it cannot mean "months"', () => {
    expect(readings(findDatesRo('Luni, ministrul a plecat.'))).toEqual([[{ weekday: 1 }]]);
    expect(readings(findDatesRo('A sosit luni seara.'))).toEqual([[{ weekday: 1 }]]);
    expect(readings(findDatesRo('A sosit luni, 10 octombrie.'))).toEqual([[{ weekday: 1 }], [{ day: 10, month: 10 }]]);
    expect(findDatesRo('A stat trei luni acolo.')).toEqual([]);
    expect(findDatesRo('De luni de zile nu plouă.')).toEqual([]);
  });
});

describe('dates in English text', () => {
  it('reads both textual orders and abbreviations', () => {
    const one = { day: 10, month: 10, year: 2025 };
    expect(readings(findDatesEn('on October 10, 2025'))).toEqual([[one]]);
    expect(readings(findDatesEn('on 10 October 2025'))).toEqual([[one]]);
    expect(readings(findDatesEn('on Oct. 10, 2025'))).toEqual([[one]]);
    expect(readings(findDatesEn('on the 10th of October'))).toEqual([[{ day: 10, month: 10 }]]);
  });
  it('keeps both readings of an ambiguous numeric date', () => {
    expect(readings(findDatesEn('on 10/11/2025'))).toEqual([
      [
        { day: 10, month: 11, year: 2025 },
        { day: 11, month: 10, year: 2025 },
      ],
    ]);
    expect(readings(findDatesEn('on 25/11/2025'))).toEqual([[{ day: 25, month: 11, year: 2025 }]]);
    expect(readings(findDatesEn('on 2025-11-10'))).toEqual([[{ day: 10, month: 11, year: 2025 }]]);
  });
  it('reads "May" alone only after a preposition, and softly', () => {
    const [may] = findDatesEn('elections in May');
    expect(may?.readings).toEqual([{ month: 5 }]);
    expect(may?.soft).toBe(true);
    expect(findDatesEn('May I ask?')).toEqual([]);
  });
  it('reads weekdays in any case', () => {
    expect(readings(findDatesEn('on Tuesday and on friday'))).toEqual([[{ weekday: 2 }], [{ weekday: 5 }]]);
  });
});

describe('sameDate and formatEnglishDate', () => {
  it('tolerates a missing year, not a missing day', () => {
    expect(sameDate({ day: 10, month: 10, year: 2025 }, { day: 10, month: 10 })).toBe(true);
    expect(sameDate({ day: 10, month: 10 }, { month: 10 })).toBe(false);
    expect(sameDate({ day: 10, month: 10, year: 2025 }, { day: 10, month: 10, year: 2024 })).toBe(false);
  });
  it('writes a date in the target style', () => {
    expect(formatEnglishDate({ day: 10, month: 10, year: 2025 }, 'mdy')).toBe('October 10, 2025');
    expect(formatEnglishDate({ day: 10, month: 10, year: 2025 }, 'dmy')).toBe('10 October 2025');
    expect(formatEnglishDate({ month: 3 }, 'month')).toBe('March');
    expect(formatEnglishDate({ weekday: 2 }, 'weekday')).toBe('Tuesday');
  });
});
