import { describe, expect, it } from 'vitest';
import { untranslated } from '../../../../shared/checks/untranslated.js';
import { one } from './helpers.js';

describe('untranslated', () => {
  it('catches an empty or blank target', () => {
    expect(one(untranslated, 'Guvernul a demisionat.', '')).toHaveLength(1);
    expect(one(untranslated, 'Guvernul a demisionat.', '   ')[0]).toMatchObject({
      check: 'untranslated',
      messageKey: 'check.untranslated.empty',
      segmentId: 's1',
    });
  });
  it('leaves alone translated segments and sources without text', () => {
    expect(one(untranslated, 'Guvernul a demisionat.', 'The government resigned.')).toEqual([]);
    expect(one(untranslated, '***', '')).toEqual([]);
    expect(one(untranslated, '', '')).toEqual([]);
  });
});
