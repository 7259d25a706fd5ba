import { describe, expect, it } from 'vitest';
import { sameAsSource } from '../../../../shared/checks/sameAsSource.js';
import { one } from './helpers.js';

describe('same-as-source', () => {
  it('catches a sentence copied into the target', () => {
    expect(one(sameAsSource, 'Guvernul a demisionat.', 'Guvernul a demisionat.')).toHaveLength(1);
    expect(one(sameAsSource, 'Guvernul a demisionat.', ' guvernul  a demisionat. ')[0]?.messageKey).toBe(
      'check.same-as-source.copied',
    );
  });
  it('compares cedilla and comma-below spellings as the same', () => {
    expect(one(sameAsSource, 'Ședința a început.', 'Şedinţa a început.')).toHaveLength(1);
  });
  it('leaves alone names, acronyms, numbers and URLs', () => {
    expect(one(sameAsSource, 'NATO', 'NATO')).toEqual([]);
    expect(one(sameAsSource, '2025', '2025')).toEqual([]);
    expect(one(sameAsSource, 'https://www.gov.ro', 'https://www.gov.ro')).toEqual([]);
    expect(one(sameAsSource, 'Vladimir Putin', 'Vladimir Putin')).toEqual([]);
    expect(one(sameAsSource, 'Guvernul a demisionat.', 'The government resigned.')).toEqual([]);
    expect(one(sameAsSource, 'Guvernul a demisionat.', '')).toEqual([]);
  });
});
