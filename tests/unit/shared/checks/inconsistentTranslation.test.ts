import { describe, expect, it } from 'vitest';
import { inconsistentTranslation } from '../../../../shared/checks/inconsistentTranslation.js';
import { run } from './helpers.js';

describe('inconsistent-translation', () => {
  it('catches one source translated two ways, on both segments', () => {
    const found = run(inconsistentTranslation, [
      ['Ședința s-a încheiat.', 'The meeting ended.'],
      ['Premierul a plecat.', 'The prime minister left.'],
      ['Ședința s-a încheiat.', 'The session ended.'],
    ]);
    expect(found.map((f) => [f.segmentId, f.messageKey, f.severity])).toEqual([
      ['s1', 'check.inconsistent-translation.sameSource', 'warning'],
      ['s3', 'check.inconsistent-translation.sameSource', 'warning'],
    ]);
    expect(found[0]!.params['other']).toBe('The session ended.');
  });
  it('reports one translation of two different sources as info', () => {
    const found = run(inconsistentTranslation, [
      ['A plecat.', 'He left.'],
      ['El a plecat.', 'He left.'],
    ]);
    expect(found.map((f) => [f.segmentId, f.messageKey, f.severity])).toEqual([
      ['s1', 'check.inconsistent-translation.sameTarget', 'info'],
      ['s2', 'check.inconsistent-translation.sameTarget', 'info'],
    ]);
  });
  it('leaves alone repeats translated the same way (up to case, spacing and ş/ș) and untranslated repeats', () => {
    expect(
      run(inconsistentTranslation, [
        ['Ședința s-a încheiat.', 'The meeting ended.'],
        ['Şedinţa  s-a încheiat.', 'the meeting ended.'],
        ['Ședința s-a încheiat.', ''],
      ]),
    ).toEqual([]);
  });
});
