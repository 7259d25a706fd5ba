import { describe, expect, it } from 'vitest';
import { capitalization } from '../../../../shared/checks/capitalization.js';
import { fixed, one } from './helpers.js';

describe('capitalization', () => {
  it('catches weekdays and months in lower case', () => {
    const t = 'The vote took place on monday, 10 october.';
    const found = one(capitalization, 'Votul a avut loc luni, 10 octombrie.', t);
    expect(found.map((f) => f.params['word'])).toEqual(['monday', 'october']);
    expect(found.every((f) => f.messageKey === 'check.capitalization.calendarWord')).toBe(true);
    expect(fixed(t, found[0]!)).toBe('The vote took place on Monday, 10 october.');
  });
  it('catches "may" and "march" only beside a day or a year', () => {
    expect(one(capitalization, 'Pe 3 mai.', 'On 3 may.')).toHaveLength(1);
    expect(one(capitalization, 'În martie 2025.', 'In march 2025.')).toHaveLength(1);
    expect(one(capitalization, 'Ei pot mărșălui.', 'They may march.')).toEqual([]);
    expect(one(capitalization, 'Vor mărșălui.', 'They will march on the capital in august company.')).toEqual([]);
  });
  it('catches a lower-case sentence start when the source starts with a capital', () => {
    const t = 'the talks failed.';
    const [f] = one(capitalization, 'Negocierile au eșuat.', t);
    expect(f?.messageKey).toBe('check.capitalization.sentenceStart');
    expect(fixed(t, f!)).toBe('The talks failed.');
    expect(one(capitalization, '„Nu”, a spus el.', '“no,” he said.')).toHaveLength(1);
  });
  it('leaves alone continuations, iPhone-like words and sentences opening with a number', () => {
    expect(one(capitalization, 'a declarat el.', 'he declared.')).toEqual([]);
    expect(one(capitalization, 'Telefonul nou.', 'iPhone sales rose.')).toEqual([]);
    expect(one(capitalization, 'În 2025 s-a votat.', '2025 saw a vote.')).toEqual([]);
    expect(one(capitalization, 'Luni, 10 octombrie.', 'On Monday, October 10.')).toEqual([]);
  });
});
