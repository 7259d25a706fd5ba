import { describe, expect, it } from 'vitest';
import { placeholderMissing } from '../../../../shared/checks/placeholderMissing.js';
import { one } from './helpers.js';

describe('placeholder-missing', () => {
  it('reports each source placeholder the target lacks, with its place in the source', () => {
    const src = 'Apăsați <b1>Salvează</b1> și apoi <a2>aici</a2>.';
    const found = one(placeholderMissing, src, 'Press <b1>Save</b1> and then here.');
    expect(found.map((f) => f.params)).toEqual([{ placeholder: '<a2>' }, { placeholder: '</a2>' }]);
    expect(found[0]!.sourceRange).toEqual({ start: src.indexOf('<a2>'), end: src.indexOf('<a2>') + 4 });
    expect(found[0]!.messageKey).toBe('check.placeholder-missing.missing');
  });
  it('accepts placeholders moved with the English word order', () => {
    expect(
      one(placeholderMissing, 'Casa <i1>albă</i1> <b2>mare</b2>.', 'The <b2>big</b2> <i1>white</i1> house.'),
    ).toEqual([]);
  });
  it('counts repeats and leaves empty targets and plain text alone', () => {
    expect(one(placeholderMissing, 'A <x1/> și <x1/>.', 'A <x1/> and.')).toHaveLength(1);
    expect(one(placeholderMissing, 'Apăsați <b1>Salvează</b1>.', '')).toEqual([]);
    expect(one(placeholderMissing, 'Nu are marcaje < 3.', 'No tags < 3.')).toEqual([]);
  });
});
