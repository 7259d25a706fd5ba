import { describe, expect, it } from 'vitest';
import { whitespace } from '../../../../shared/checks/whitespace.js';
import { at, fixed, one } from './helpers.js';

const SRC = 'Ministrul a vorbit despre buget.';

describe('whitespace', () => {
  it('catches a double space and offers a single one', () => {
    const t = 'The minister  spoke about the budget.';
    const [f] = one(whitespace, SRC, t);
    expect(f?.messageKey).toBe('check.whitespace.double');
    expect(fixed(t, f!)).toBe('The minister spoke about the budget.');
  });
  it('catches leading and trailing spaces the source does not have', () => {
    const t = ' The minister spoke. ';
    const keys = one(whitespace, SRC, t).map((f) => f.messageKey);
    expect(keys).toEqual(['check.whitespace.leading', 'check.whitespace.trailing']);
  });
  it('catches a space before punctuation and removes it', () => {
    const t = 'The minister spoke , then left .';
    const found = one(whitespace, SRC, t);
    expect(found.map((f) => f.messageKey)).toEqual([
      'check.whitespace.beforePunctuation',
      'check.whitespace.beforePunctuation',
    ]);
    expect(fixed(t, found[0]!)).toBe('The minister spoke, then left .');
    expect(found[1]!.params['punctuation']).toBe('.');
  });
  it('reports a double space before a mark once, as a space before punctuation', () => {
    const found = one(whitespace, SRC, 'He spoke  .');
    expect(found).toHaveLength(1);
    expect(found[0]!.messageKey).toBe('check.whitespace.beforePunctuation');
  });
  it('leaves alone clean text, ellipses, .NET and spaces the source has too', () => {
    expect(one(whitespace, SRC, 'The minister spoke about the budget.')).toEqual([]);
    expect(one(whitespace, SRC, 'He paused ... and went on.')).toEqual([]);
    expect(one(whitespace, SRC, 'The app is written in .NET today.')).toEqual([]);
    expect(one(whitespace, ' Ministrul a vorbit. ', ' The minister spoke. ')).toEqual([]);
    expect(one(whitespace, SRC, '')).toEqual([]);
  });
  it('points at the extra spaces', () => {
    const t = 'A  b';
    expect(at(t, one(whitespace, SRC, t)[0]!)).toBe('  ');
  });
});
